import { table } from '../../util/table';

/** Month names, lower case. */
export const MONTHS = table({
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
});

/** The abbreviations newsrooms print ("Nov.", "Sept."); "May" is a name in full. */
export const MONTH_ABBREVIATIONS = table({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});

/** Weekday names, Sunday = 0 as in Date.getUTCDay. */
export const WEEKDAYS = table({
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
});
