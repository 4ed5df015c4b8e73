import { compilePattern, escapeRegExp, requiredLiteral } from '../util/pattern';
import { table } from '../util/table';
import { AR } from './ar';
import { DE } from './de';
import { EL } from './el';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { HE } from './he';
import { IT } from './it';
import { JA } from './ja';
import { KO } from './ko';
import { NL } from './nl';
import { PL } from './pl';
import { PT } from './pt';
import { RU } from './ru';
import { TR } from './tr';
import type { LanguagePack, PageWords, StoryPack } from './types';
import { ZH } from './zh';

export type * from './types';

// Language identification breaks near ties by this order: keep English first.
export const PACKS: readonly LanguagePack[] = [
  EN,
  FR,
  DE,
  ES,
  IT,
  PT,
  NL,
  RU,
  PL,
  TR,
  ZH,
  JA,
  KO,
  AR,
  HE,
  EL,
];

const BY_CODE = new Map(PACKS.map((p) => [p.code, p]));

/** The primary language subtag of a BCP 47 tag, lower case: "en-GB" → "en", "pt_BR" → "pt". */
export function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The pack for a BCP 47 tag ("en", "en-US", "de-AT"), by its primary subtag; null when copydesk has none. */
export function packFor(tag: string | null): LanguagePack | null {
  if (!tag) return null;
  return BY_CODE.get(primarySubtag(tag)) ?? null;
}

const HOME_OF_AGENCY = (() => {
  const homes = new Map<string, string | null>();
  for (const pack of PACKS)
    for (const agency of pack.page.agencies) {
      const known = homes.get(agency.name);
      // An agency two packs call their own (none today) tells no language.
      homes.set(agency.name, known === undefined || known === pack.code ? pack.code : null);
    }
  return homes;
})();

/**
 * The language whose pack calls the agency its own ("EFE" → "es", "dpa" → "de"), or null: the last evidence of an
 * article's language when its text is too thin to identify (a results table under "MADRID, 5 nov (EFE).-").
 */
export function homeLanguageOf(agency: string | null): string | null {
  return agency ? (HOME_OF_AGENCY.get(agency) ?? null) : null;
}

/** Whether a pack can read stories. */
export function hasStory(pack: LanguagePack | null): pack is StoryPack {
  return pack?.story != null;
}

/**
 * The pack the story extractors use for an article in `tag`, or null when copydesk cannot read stories in it.
 * An unknown language (null: a short text, no declared `lang`) reads as English, as copydesk always has.
 */
export function storyPackFor(tag: string | null): StoryPack | null {
  if (tag === null) return EN;
  const pack = packFor(tag);
  return hasStory(pack) ? pack : null;
}

/** The English pack: the default of internal helpers that annotate crafted English text. */
export const ENGLISH: StoryPack = EN;

function unique<T>(lists: readonly (readonly T[])[]): T[] {
  return [...new Set(lists.flat())];
}

/** Every pack's page words in one: pages are read before their language is known. */
function mergePageWords(packs: readonly LanguagePack[]): PageWords {
  const pages = packs.map((p) => p.page);
  // First pack wins a name two packs share; the registry test checks that they never disagree.
  const months = (pick: (p: PageWords) => Readonly<Record<string, number>>) =>
    table(Object.assign({}, ...[...pages].reverse().map(pick)) as Record<string, number>);
  return {
    months: months((p) => p.months),
    monthAbbreviations: months((p) => p.monthAbbreviations),
    yearFirstMarks: [
      ...new Map(pages.flatMap((p) => p.yearFirstMarks ?? []).map((m) => [m.join(''), m])).values(),
    ],
    // One script's numerals and one calendar's eras so far (Han; Japan's): the first pack that gives them.
    numerals: pages.find((p) => p.numerals)?.numerals,
    eras: pages.find((p) => p.eras)?.eras,
    bylineLabels: unique(pages.map((p) => p.bylineLabels)),
    bylineRoles: unique(pages.map((p) => p.bylineRoles)),
    bylineTimestamps: unique(pages.map((p) => p.bylineTimestamps)),
    bylineOtherCredits: unique(pages.map((p) => p.bylineOtherCredits)),
    bylineJoiners: unique(pages.map((p) => p.bylineJoiners)),
    publishedLabels: unique(pages.map((p) => p.publishedLabels)),
    publishedLinks: unique(pages.map((p) => p.publishedLinks)),
    publishedByLabels: unique(pages.map((p) => p.publishedByLabels)),
    memberSinceLabels: unique(pages.map((p) => p.memberSinceLabels)),
    stampLabels: unique(pages.map((p) => p.stampLabels)),
    stampPrefixes: unique(pages.map((p) => p.stampPrefixes)),
    bylineOnBehalf: unique(pages.map((p) => p.bylineOnBehalf)),
    bylineElementLabels: unique(pages.map((p) => p.bylineElementLabels)),
    bylineElementTails: unique(pages.map((p) => p.bylineElementTails)),
    bylineNotNames: unique(pages.map((p) => p.bylineNotNames)),
    bylineNodeLabels: unique(pages.map((p) => p.bylineNodeLabels)),
    bylineNodeOpeners: unique(pages.map((p) => p.bylineNodeOpeners)),
    furnitureLabels: unique(pages.map((p) => p.furnitureLabels)),
    tailHeadings: unique(pages.map((p) => p.tailHeadings)),
    noticePhrases: unique(pages.map((p) => p.noticePhrases)),
    rightsReserved: unique(pages.map((p) => p.rightsReserved ?? [])),
    creditLabels: unique(pages.map((p) => p.creditLabels)),
    captionLabels: unique(pages.map((p) => p.captionLabels)),
    creditWords: unique(pages.map((p) => p.creditWords)),
    datelineMonths: unique(pages.map((p) => p.datelineMonths)),
    datelineKickers: unique(pages.map((p) => p.datelineKickers)),
    agencyServices: unique(pages.map((p) => p.agencyServices)),
    agencyArticles: unique(pages.map((p) => p.agencyArticles)),
    agencies: pages.flatMap((p) => p.agencies),
  };
}

/** The union of every pack's page words, for the page readers. */
export const PAGE_WORDS: PageWords = mergePageWords(PACKS);

/** Every month name and abbreviation of every pack, lower case, 1–12. */
export const PAGE_MONTHS: Readonly<Record<string, number>> = table({
  ...PAGE_WORDS.monthAbbreviations,
  ...PAGE_WORDS.months,
});

/** An alternation of literal words, longest first, for a regular expression: "written by|by". */
export function alternationOf(words: readonly string[]): string {
  return alternationInOrder([...words].sort((a, b) => b.length - a.length));
}

/** An alternation of literal words in the order given, where the first to match must win. */
export function alternationInOrder(words: readonly string[]): string {
  return words.map(escapeRegExp).join('|');
}

// For the HTML reader: short blocks that are furniture even inside the article container (004-boilerplate-and-lede,
// timeout-1).
// A copyright notice closing the story ("(Copyright (c) 2023 … All Rights Reserved. …)", "© 2024 … Alle Rechte
// vorbehalten."): a year or a sign after "Copyright", so a sentence about copyright stays.
const RIGHTS_NOTICE = PAGE_WORDS.rightsReserved?.length
  ? [
      `\\(?(?:copyright ?(?:©|\\(c\\))? ?\\d{4}|©|\\(c\\)).{0,100}\\b(?:${PAGE_WORDS.rightsReserved.join('|')})\\b.*`,
    ]
  : [];
/** A heading that opens the page's list of other stories after the story ({@link PageWords.tailHeadings}). */
export const TAIL_HEADING: RegExp = compilePattern(`^(?:${PAGE_WORDS.tailHeadings.join('|')})[:.]?$`, 'iu');
/** A phrase of a notice to the reader, consent or appeal ({@link PageWords.noticePhrases}), anywhere in a block. */
export const NOTICE_TEXT: RegExp = compilePattern(`(?:${PAGE_WORDS.noticePhrases.join('|')})`, 'iu');
// What each phrase must hold, so that the long alternation runs only on the few blocks that hold one (it read every
// paragraph of every page, 1.6% of the page reader's time); null when some phrase holds no literal of its own. The
// literals are one alternation of plain strings, tried on the lower-cased block: V8 scans for all of them in one
// pass, about six times faster than one `includes` per literal (62 of them cost 6% of the page reader's time).
const NOTICE_LITERALS: RegExp | null = (() => {
  const literals = PAGE_WORDS.noticePhrases.map(requiredLiteral);
  return literals.every((l): l is string => l !== null)
    ? compilePattern([...new Set(literals)].map(escapeRegExp).join('|'))
    : null;
})();

/** Whether a block holds a notice's phrase ({@link NOTICE_TEXT}): cookie or embed consent, an appeal. */
export function hasNoticePhrase(text: string): boolean {
  if (NOTICE_LITERALS && !NOTICE_LITERALS.test(text.toLowerCase())) return false;
  return NOTICE_TEXT.test(text);
}
export const FURNITURE_TEXT: RegExp = compilePattern(
  `^(?:${[...RIGHTS_NOTICE, ...PAGE_WORDS.furnitureLabels].join('|')})$`,
  'i',
);
