import { alternationOf, PAGE_MONTHS, PAGE_WORDS } from '../../languages';

/** A month as datelines print it ("Sept.", "March"), in any pack's forms. */
export const MONTH = `(?:${alternationOf(PAGE_WORDS.datelineMonths)})\\.?`;

/** All-caps lead words that open a first paragraph without being a place. */
export const NOT_PLACES: ReadonlySet<string> = new Set(PAGE_WORDS.datelineKickers);

/** Month numbers by printed name or abbreviation, lower case. */
export const MONTH_NUMBER: Readonly<Record<string, number>> = PAGE_MONTHS;
