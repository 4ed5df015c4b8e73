import { canonicalAgency } from '../../../front-matter/agencies/canonical-agency';
import { parseByline } from '../../../front-matter/byline/parse-byline';
import { hasStory, PACKS } from '../../../languages';
import { isFirstName, lookupPlace } from '../../../nlp/gazetteer';
import { genderOfGivenName } from '../../../nlp/gazetteer/gender';
import type { Author } from '../../../schema/article';
import { ORGANISATION_NAME } from '../constants';
import { foldSpace } from '../dom';
import type { JsonLdAuthor } from '../json-ld';
import { datesIn } from '../parse-date';
import {
  BYLINE_LABEL,
  BYLINE_TAIL,
  CREDENTIAL,
  LOGIN,
  NOT_A_PERSON,
  ON_BEHALF,
  PLAIN_NAME,
} from './constants';

/** Who wrote the story: people, and the agencies a byline credits. */
export interface Credits {
  authors: Author[];
  agencies: string[];
}

/**
 * A byline without its label: "By Jane Doe", "Authors: Jane Doe" and "ByJane Doe" (run together in the markup)
 * lose it, but a label that is the start of a word stays ("Byron Smith", "Authority"), so the longest label wins
 * only where a space, a colon or a capital follows it.
 */
export function stripBylineLabel(text: string): string {
  const m = BYLINE_LABEL.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  const sep = /^\s*[:：]\s*|^\s+/.exec(rest);
  if (sep) return rest.slice(sep[0].length);
  // A capital, compared case-sensitively: the label's own pattern ignores case.
  if (rest === '' || (rest[0] !== rest[0]!.toLowerCase() && rest[0] === rest[0]!.toUpperCase())) return rest;
  return text;
}

// Weekday names of every pack with dates, lower case: "Sat", "Fr" and "Montag" before a date a byline runs on.
let weekdays: string[] | null = null;
function isWeekday(word: string): boolean {
  weekdays ??= PACKS.flatMap((p) => (hasStory(p) ? Object.keys(p.story.dates.weekdays) : []));
  const w = word.toLowerCase().replace(/\.$/, '');
  return w.length >= 2 && weekdays.some((d) => d.startsWith(w));
}

/**
 * A byline element's text before the date it runs on ("Jane Doe Fr, 18. Oktober 2019", "Sat, 20 Dec, 2025 -
 * 06:36"), the weekday that opens the date dropped with it: a date is never part of a name. A byline that opens
 * with its date ("Dec. 19, 2025 · Jane Doe") is the text after it, past the separator.
 */
export function beforeRunOnDate(text: string): string {
  const date = datesIn(text)[0];
  if (date === undefined) return text;
  const words = trimTrailing(text.slice(0, date.at)).split(' ');
  if (words.length > 0 && isWeekday(words[words.length - 1]!)) words.pop();
  const before = words.join(' ');
  if (before !== '') return before;
  const after = LEADING_SEPARATORS.exec(text.slice(date.end));
  return after ? beforeRunOnDate(after[1]!) : '';
}

/** What follows a leading date in a byline: separators, then a name ("· Jane Doe", "| by Jane Doe"). */
const LEADING_SEPARATORS = /^(?:\s*(?:[·•|–—-]|\bby\b))+\s*(\S.*)$/isu;

/** "© 2026 Example Ltd. Terms & Conditions": a copyright notice, styled like a byline in many footers. */
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/i;

/** A place the gazetteer knows that opens with no given name: "New York", "Berlin"; not "Paris Hilton". */
function isPlaceName(text: string): boolean {
  return lookupPlace(text) !== null && !isGivenName(text.split(' ')[0]!);
}

/** A site's host name standing for its name: "hessenschau.de", "www.example.co.uk". */
const HOSTNAME = /^(?:[\p{L}\d-]+\.)+\p{L}{2,}$/u;

/** One slash between a name and a credit, no address: "Jana Roth/SP-X", "dsw / DPA". */
const SLASH_CREDIT = /^([^/]{2,80}?)\s*\/\s*([^/]{2,40})$/;

/** A byline up to whom it writes for: "Jane Doe on behalf of the Harbour Board" → "Jane Doe". */
function beforeOnBehalf(text: string): string {
  const m = ON_BEHALF.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** Cleans candidate author names: no "By", no credentials, no dates, no desks or organisations (telegraph-1). */
export function cleanAuthors(raw: string[], siteName: string | null, structured = false): Credits {
  const authors: Author[] = [];
  const agencies: string[] = [];
  const seen = new Set<string>();
  for (const value of raw) {
    const folded = foldSpace(value);
    if (COPYRIGHT.test(folded)) continue;
    let text = beforeOnBehalf(beforeRunOnDate(stripBylineLabel(folded))).replace(BYLINE_TAIL, '');
    // Separators left at the end of a byline: "Jane Doe |", "Jane Doe, —".
    text = trimTrailing(text);
    if (!text || /^https?:\/\//.test(text) || text.length > 200) continue;
    // The site's own name as a byline ("Mac & i" in DC.creator), whole, before it is split into "Mac" and "i".
    if (!structured && siteName && text.toLowerCase() === siteName.toLowerCase()) continue;
    // ", USA TODAY": a CMS's "name, affiliation" with the name left empty credits the outlet, not a person.
    if (text.startsWith(',')) continue;
    // "Jana Roth/SP-X", "dpa/lno", "AFP/The Local": the writer, then the service or desk credited beside.
    const slash = SLASH_CREDIT.exec(text);
    if (slash) {
      const service = canonicalAgency(slash[2]!.trim());
      if (service && !agencies.includes(service)) agencies.push(service);
      text = slash[1]!.trim();
    }
    const all = text.split(',').map((p) => p.trim());
    // "hessenschau.de, Frankfurt, Germany": a site's address and its town credit the outlet, not a person.
    if (all.length > 1 && HOSTNAME.test(all[0]!)) continue;
    // "Nada Tawfik, BBC News, New York": where the writer files from is no second writer; "Nürnberg, Germany" alone
    // is no writer at all.
    const places = all.map(isPlaceName);
    if (places.every(Boolean)) continue;
    const parts = all.filter((_, i) => i === 0 || !places[i]);
    if (parts.length < all.length) text = parts.join(', ');
    // "Jane Doe, MD" is one person with credentials, not two people (wral-1's "Clare Duffy, CNN").
    const trimmed = parts.length > 1 && parts.slice(1).every((p) => CREDENTIAL.test(p)) ? parts[0]! : text;
    const parsed = parseByline(trimmed);
    // Structured data names a person outright, even in lower case ("kirstin boatto").
    // Not the initials a desk signs with before its agency ("det/dpa").
    if (
      structured &&
      !slash &&
      parsed.authors.length === 0 &&
      parsed.agencies.length === 0 &&
      PLAIN_NAME.test(trimmed)
    )
      parsed.authors.push({ name: trimmed, role: null });
    for (const a of parsed.agencies) if (!agencies.includes(a)) agencies.push(a);
    for (const a of parsed.authors) {
      const key = a.name.toLowerCase();
      if (seen.has(key) || namesNoPerson(a.name)) continue;
      if (!structured && siteName && key === siteName.toLowerCase()) continue;
      seen.add(key);
      authors.push(a);
    }
  }
  return { authors, agencies };
}

/** A name that is an organisation's, a placeholder or a byline's furniture ("Full bio"), or a wire agency's. */
function namesNoPerson(name: string): boolean {
  return ORGANISATION_NAME.test(name) || NOT_A_PERSON.test(name) || Boolean(canonicalAgency(name));
}

/** The first byline among `lines` that names someone (a person or an agency); null when none does. */
export function firstNamingByline(lines: string[], siteName: string | null): Credits | null {
  for (const [i, line] of lines.entries()) {
    const found = cleanAuthors([line], siteName);
    if (found.authors.length > 0 || found.agencies.length > 0)
      return shortestPrinted(found, lines.slice(i + 1), siteName);
  }
  return null;
}

/**
 * The byline's authors, each cut to the shorter name another byline prints alone when that is its first words
 * ("Jane Doe Search for this author" beside "Jane Doe"): the words after it ran on from the element's links.
 */
function shortestPrinted(found: Credits, others: string[], siteName: string | null): Credits {
  if (others.length === 0) return found;
  const alone = cleanAuthors(others, siteName).authors.map((a) => a.name);
  const authors = found.authors.map((a) => {
    const shorter = alone.find(
      (n) => n.includes(' ') && n.length < a.name.length && a.name.startsWith(`${n} `),
    );
    return shorter ? { ...a, name: shorter } : a;
  });
  return { ...found, authors };
}

/**
 * The credits a site's rules name: its `authors` elements (one name each), else its first `byline` that names
 * someone; null when they name nobody, so the generic rules run.
 */
export function creditsFromSite(
  site: { authors: string[]; bylines: string[] },
  siteName: string | null,
): Credits | null {
  const named = cleanAuthors(site.authors, siteName, true);
  if (named.authors.length > 0) return named;
  return firstNamingByline(site.bylines, siteName);
}

export interface AuthorSources {
  /** `author` names from JSON-LD, with the kind each declares. */
  jsonLd: JsonLdAuthor[];
  /** Bylines printed in the page, best first. */
  bylines: string[];
  /** `<meta name="author">` values and the like. */
  metas: string[];
  /**
   * Logins that author links show ("gizzmo"), after every source of names; the first that names someone is taken.
   * Default: none.
   */
  logins?: string[];
  /** Names in author boxes' name elements, the last resort. */
  boxed?: string[];
  siteName: string | null;
}

/** The article's credits before the body is read: JSON-LD, then the first printed byline, then metas. */
export function chooseCredits({
  jsonLd,
  bylines,
  metas,
  logins = [],
  boxed = [],
  siteName,
}: AuthorSources): Credits {
  // An author typed as an organisation is no person: a wire agency at most (USA Today's "USA TODAY").
  const organisations = cleanAuthors(
    jsonLd.filter((a) => a.kind === 'organization').map((a) => a.name),
    siteName,
    true,
  );
  const people = cleanAuthors(
    jsonLd.filter((a) => a.kind !== 'organization').map((a) => a.name),
    siteName,
    true,
  );
  // The first printed byline that names someone wins; later ones are often quoted experts or teasers (a WCXB page of
  // mitsloan.mit.edu).
  // Declared people each with a full name need none, so the bylines are read only when that is not so.
  const needsPrinted = people.authors.length === 0 || people.authors.some((a) => !a.name.includes(' '));
  const printed = needsPrinted ? firstNamingByline(bylines, siteName) : null;
  const declared = {
    authors: printed ? withFullNames(people.authors, printed.authors) : people.authors,
    agencies: merge(organisations.agencies, people.agencies),
  };
  const fromMeta = cleanAuthors(
    metas.filter((a) => !a.startsWith('@')),
    siteName,
  );
  // The agencies credited when no declared or printed person is: the chosen byline's, and the metas'.
  const otherAgencies = merge((printed ?? declared).agencies, fromMeta.agencies);
  // Best source first, but a source whose names are all one word that nothing completed is a login ("KatieS",
  // "andrew.keaveney") or a brand: the first later source that names someone in full wins over it. A portrait's
  // or author box's name stays the last resort: on a forum page the poster's login is declared, and the full
  // names beside photos are other members'.
  const sources: Credits[] = [
    declared,
    printed ?? { authors: [], agencies: otherAgencies },
    { authors: fromMeta.authors, agencies: otherAgencies },
    // A blog's author link shows the login when the writer set no display name: better than no author at all.
    { authors: cleanLogins(logins, siteName), agencies: otherAgencies },
  ];
  const chosen =
    sources.find((s) => s.authors.some((a) => a.name.includes(' '))) ??
    sources.find((s) => s.authors.length > 0);
  return chosen ?? { authors: firstNamingByline(boxed, siteName)?.authors ?? [], agencies: otherAgencies };
}

/**
 * The first login that names a person, as the author: not "admin", "Redaktion", an agency or the site itself. Only
 * the first: on a forum the later ones are the members who replied.
 */
function cleanLogins(logins: readonly string[], siteName: string | null): Author[] {
  for (const raw of logins) {
    const name = raw.trim();
    if (!LOGIN.test(name) || HOSTNAME.test(name) || namesNoPerson(name)) continue;
    if (siteName && name.toLowerCase() === siteName.toLowerCase()) continue;
    return [{ name, role: null }];
  }
  return [];
}

/**
 * Declared authors given by one name ("Todd"), each replaced by the fuller name a printed byline gives the same
 * person ("By Todd Bates"): the structured data was filled from a profile's display name.
 */
function withFullNames(declared: Author[], printed: readonly Author[]): Author[] {
  return declared.map((a) => {
    if (a.name.includes(' ')) return a;
    const full = printed.find((p) => p.name.startsWith(`${a.name} `));
    return full ? { ...a, name: full.name } : a;
  });
}

/**
 * A person's name and nothing else: a given name from the name lists, perhaps a second one or an initial, then
 * one capitalised surname ("Brett Larkin Yoga" is a business).
 */
const PERSON_SHAPE = /^(\p{Lu}\p{Ll}+)(?: (\p{Lu}\.|\p{Lu}\p{Ll}+))? \p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;

/** A given name from the name lists, or one whose gender they know. */
export const isGivenName = (word: string) => isFirstName(word) || genderOfGivenName(word) !== null;

/**
 * The site's owner as the author when nothing named one and the site is named after a person ("Damien Walter",
 * "Paige Brunton"): a personal site's pages are its owner's. A firm named after people ("Morgan & Morgan") or a
 * name with another word ("Brett Larkin Yoga") is no such site.
 */
export function withSiteOwner(credits: Credits, siteName: string | null): Credits {
  if (credits.authors.length > 0 || !siteName) return credits;
  const m = PERSON_SHAPE.exec(siteName);
  // A middle word must be a common given name ("Mary Ann Lowe"): the birth counts also hold surnames given as
  // first names ("Brandt" in "Ida Brandt Pottery").
  if (!m || !isGivenName(m[1]!) || (m[2] && !m[2].endsWith('.') && !isFirstName(m[2]))) return credits;
  if (namesNoPerson(siteName)) return credits;
  return { ...credits, authors: [{ name: siteName, role: null }] };
}

/** Credits with bylines found in the body's first blocks, when nothing else named an author. */
export function withLateBylines(credits: Credits, late: string[], siteName: string | null): Credits {
  if (credits.authors.length > 0 || late.length === 0) return credits;
  const found = cleanAuthors(late, siteName);
  const agencies = [...credits.agencies];
  for (const a of found.agencies) if (!agencies.includes(a)) agencies.push(a);
  return { authors: found.authors, agencies };
}

function merge(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

const TRAILING = new Set([' ', ',', '|', '•', '·', '–', '—', '-']);

// A loop, not /[\s,|–—-]+$/: that pattern backtracks quadratically on long runs of separators.
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}
