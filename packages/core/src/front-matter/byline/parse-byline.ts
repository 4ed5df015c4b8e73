import { alternationOf, PAGE_WORDS } from '../../languages';
import type { Author } from '../../schema/article';
import { compilePattern } from '../../util/pattern';
import { canonicalAgency } from '../agencies/canonical-agency';

export interface ParsedByline {
  authors: Author[];
  /** Agencies named in the byline ("Associated Press" → "AP"). */
  agencies: string[];
}

// Words that are a role, a desk or a byline's own label ("Von", "Auteurs"), never a person's name.
const NOT_A_NAME = compilePattern(
  `^(?:${alternationOf([...PAGE_WORDS.bylineRoles, ...PAGE_WORDS.bylineLabels, ...PAGE_WORDS.bylineElementLabels])})$`,
  'i',
);

// What follows a byline and is not a name: "Updated 5:02 p.m.", "| Nov. 9, 2017".
const TIMESTAMP_WORD = compilePattern(`\\b(?:${alternationOf(PAGE_WORDS.bylineTimestamps)})\\b`, 'i');
// Where another contributor's credit starts: "Text von Christian Seiler Illustration von Markus Roost".
const OTHER_CREDIT = compilePattern(`\\s(?:${alternationOf(PAGE_WORDS.bylineOtherCredits)})(?=\\s|$)`, 'i');
const DATE_AFTER_BAR = /[|•·,] ?(?:\w{3,9}\.? \d{1,2},? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})/;
const SEPARATOR = /,|\||—|–| - |\bfor\b/g;

/** The text before the first match of `re`, or all of it. */
function cutAt(text: string, re: RegExp): string {
  const m = re.exec(text);
  return m ? text.slice(0, m.index) : text;
}

const TRAILING_MARKS = new Set([',', ';', '|', '•', '·', '–', '—', '-']);

/** The text without the spaces and separators it ends with (a loop: a `[…]+$` pattern backtracks on long runs). */
function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && (TRAILING_MARKS.has(text[end - 1]!) || text[end - 1]!.trim() === '')) end--;
  return text.slice(0, end);
}

/** One word of two to five capitals: a broadcaster's or a desk's initials ("NDR", "BBC"), not a person. */
const SHOUTED_INITIALS = /^\p{Lu}{2,5}$/u;

/** The last separator that has neither a comma nor a bar after it: where a trailing role starts. */
function lastSeparator(text: string): { start: number; end: number } | null {
  let last: { start: number; end: number } | null = null;
  for (const m of text.matchAll(SEPARATOR)) last = { start: m.index, end: m.index + m[0].length };
  if (!last || /[,|]/.test(text.slice(last.end))) return null;
  return last;
}

// "By", "Written by", "Von", "Por", "Par": every pack's byline labels.
const BY = compilePattern(`^\\s*(?:${alternationOf(PAGE_WORDS.bylineLabels)})\\s*:?\\s+`, 'i');

// ",", "&" and every pack's joining words: "and", "und", "y", "et".
const JOINERS = compilePattern(`,|&|${PAGE_WORDS.bylineJoiners.map((w) => `\\b${w}\\b`).join('|')}`);

const JOINER_FIRST = compilePattern(`^(?:${alternationOf(PAGE_WORDS.bylineJoiners)})\\s`, 'i');

function titleCaseIfShouting(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  // "MICHAEL McDONALD" shouts too: most, not all, of its letters are capitals.
  if (letters.length < 2 || upper / letters.length < 0.8) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’.-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\bMc(\p{L})/gu, (_m, ch: string) => `Mc${ch.toUpperCase()}`);
}

function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length < 1 || words.length > 6) return false;
  if (NOT_A_NAME.test(s)) return false;
  if (/\d|@|https?:/.test(s)) return false;
  // A script without letter case (Chinese, Japanese, Thai …) writes a name with no capital: "肖春芳".
  if (words.length <= 2 && words.every((w) => /^[\p{Lo}\p{M}·・]{2,12}$/u.test(w))) return true;
  return words.every((w) =>
    /^(?:\p{Lu}[\p{L}'’.-]*|(?:de|da|del|der|van|von|al|el|bin|ibn|la|le|di|du|dos|das)(?:-\p{L}+)?)$/u.test(
      w,
    ),
  );
}

/**
 * Parses a byline into authors and agencies: "By Jane Doe", "By JANE DOE, Associated Press",
 * "By Jane Doe and John Roe | Reuters", "Jane Doe, Staff Writer".
 */
export function parseByline(raw: string): ParsedByline {
  const authors: Author[] = [];
  const agencies: string[] = [];
  let text = cutAt(cutAt(raw.replace(BY, ''), TIMESTAMP_WORD), DATE_AFTER_BAR).trim();
  // "Text by Jane Doe, illustration by John Roe": the writer's credit ends where the next one starts.
  const credit = OTHER_CREDIT.exec(text);
  if (credit) text = trimSeparators(text.slice(0, credit.index));
  // A trailing role or agency after a comma, pipe, dash or "for": "…, Associated Press", "… | Reuters".
  let role: string | null = null;
  // A role in brackets after the name: "Jane Doe (Content Manager)".
  const open = text.endsWith(')') ? text.lastIndexOf('(') : -1;
  // lastIndexOf, not /\s*\(([^()]+)\)$/: that pattern backtracks quadratically on long runs of spaces.
  const inside = open > 0 ? text.slice(open + 1, -1).trim() : '';
  // "Jane Doe (avec John Roe)": brackets that open with a joining word hold more writers, not a role.
  if (open > 0 && JOINER_FIRST.test(inside)) text = `${text.slice(0, open).trim()} ${inside}`;
  else if (open > 0 && text.length - open <= 42 && !inside.includes('(')) {
    role = inside;
    text = text.slice(0, open).trim();
    const agency = canonicalAgency(role);
    if (agency) agencies.push(agency);
  }
  const tail = lastSeparator(text);
  if (tail) {
    const candidate = text.slice(tail.end).trim();
    const agency = canonicalAgency(candidate);
    if (
      agency ||
      NOT_A_NAME.test(candidate) ||
      !looksLikeName(candidate) ||
      // "…, Benedikt Strunz, NDR": one short word in capitals after the names is the outlet or desk, never a name.
      SHOUTED_INITIALS.test(candidate) ||
      /^(?:The )?[A-Z][a-z]+ (?:Times|Post|News|Journal|Press|Herald|Tribune)$/.test(candidate)
    ) {
      role = candidate;
      if (agency) agencies.push(agency);
      text = text.slice(0, tail.start).trim();
    }
  }
  const whole = canonicalAgency(text);
  if (whole) return { authors: [], agencies: [...new Set([...agencies, whole])] };
  for (const part of text.split(JOINERS)) {
    const name = titleCaseIfShouting(part.replace(BY, '').trim());
    if (!name) continue;
    const agency = canonicalAgency(name);
    if (agency) {
      if (!agencies.includes(agency)) agencies.push(agency);
      continue;
    }
    if (looksLikeName(name)) authors.push({ name, role });
  }
  return { authors, agencies };
}

/** True when a short block of text is a byline ("By Jane Doe"). */
export function isBylineBlock(text: string): boolean {
  if (text.length > 160) return false;
  // The label, then a capital: "By Jane Doe", "Written by Jane Doe", "Text von Christian Seiler".
  const label = BY.exec(text);
  return label !== null && /^\p{Lu}/u.test(text.slice(label[0].length));
}

/** True when a block is nothing but a person's name ("Peter Blackburn"): a byline without "By". */
export function isNameOnlyBlock(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && text.length <= 60 && looksLikeName(text.trim());
}
