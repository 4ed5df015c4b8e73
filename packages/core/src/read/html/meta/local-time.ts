import { parseDate } from '../parse-date';
import type { PageScan } from '../scan-page';
import { CET_LANGUAGE } from './constants';

export const UTC_STAMP = /T\d{2}:\d{2}:\d{2}(?:Z|[+-]00:00)$/;
export const OFFSET_STAMP = /T\d{2}:\d{2}:\d{2}[+-](?!00:00)\d{2}:\d{2}$/;

/** Whole days between the calendar days of two ISO dates. */
export function daysApart(a: string, b: string): number {
  return (
    Math.abs(Date.parse(`${a.slice(0, 10)}T00:00:00Z`) - Date.parse(`${b.slice(0, 10)}T00:00:00Z`)) /
    86_400_000
  );
}

// A UTC time can print as the day before or after where the publisher is; a stated offset is exact.
export function sameLocalDay(stamp: string, day: string): boolean {
  if (stamp.slice(0, 10) === day) return true;
  if (!UTC_STAMP.test(stamp)) return false;
  return daysApart(stamp, day) <= 1;
}

/**
 * A UTC timestamp restated in the offset the page itself uses for the same instant (a `<time>` or another
 * `<meta>`), so the day is the publisher's: 02:11 UTC on the 9th is the evening of the 8th in Boston (timeout-1).
 */
export function inLocalTime(stamp: string, scan: PageScan, now: number): string {
  if (!UTC_STAMP.test(stamp)) return stamp;
  const instant = Date.parse(stamp);
  const stated = [
    ...scan.times.map((t) => t.attrs.datetime),
    ...scan.itemprops.map((el) => el.attrs.datetime ?? el.attrs.content),
    ...[...scan.metas.values()].flat(),
  ];
  for (const raw of stated.slice(0, 500)) {
    if (!raw || !/\d{2}:\d{2}/.test(raw)) continue;
    const d = parseDate(raw, now);
    if (d && OFFSET_STAMP.test(d) && Math.abs(Date.parse(d) - instant) < 60_000) return d;
  }
  return centralEuropeanMidnight(stamp, scan.lang) ?? stamp;
}

/**
 * "2021-11-04T23:00:00Z" on a German page is a date-only field stored as local midnight: restated as
 * "2021-11-05T00:00:00+01:00", the same instant, it falls on the day the page prints.
 */
function centralEuropeanMidnight(stamp: string, lang: string | null): string | null {
  const m = /T(2[23]):00:00(?:\.0+)?(?:Z|[+-]00:00)$/.exec(stamp);
  if (!m || !lang || !CET_LANGUAGE.test(lang)) return null;
  const offset = m[1] === '23' ? 1 : 2;
  const local = new Date(Date.parse(stamp) + offset * 3_600_000).toISOString().slice(0, 10);
  return `${local}T00:00:00+0${offset}:00`;
}
