import { alternationOf, PAGE_WORDS } from '../../../languages';
import { compilePattern } from '../../../util/pattern';

// Patterns of the page-metadata rules, built once from every pack's page words; shapes and keys stay here.

/** Credentials after a name ("Jane Doe, MD, PhD") are not part of it. */
export const CREDENTIAL =
  /^(?:[A-Z][A-Za-z.]{0,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|[A-Z]{2,6}(?:-\w+)?(?: \d+)?)$/;

/** Words a byline element holds that name no person ("Full bio", "View profile"). */
export const NOT_A_PERSON: RegExp = compilePattern(`^(?:${alternationOf(PAGE_WORDS.bylineNotNames)})$`, 'i');

/** A byline label before the name: "By", "Written by:", "Authors:"; see `stripBylineLabel` for what may follow. */
export const BYLINE_LABEL: RegExp = compilePattern(
  `^(?:${alternationOf(PAGE_WORDS.bylineElementLabels)})`,
  'iu',
);

/**
 * "Niko Matsakis on behalf of the Vision Doc group": the name ends where whom it writes for begins (the first
 * match cuts the byline; no `.*$` tail, which would rescan the rest of the text from every match).
 */
export const ON_BEHALF: RegExp = compilePattern(` (?:${alternationOf(PAGE_WORDS.bylineOnBehalf)}) `, 'iu');

/** Link text a byline element ends with ("Jane Doe sponsored", "Jane Doe full bio"). */
export const BYLINE_TAIL: RegExp = compilePattern(
  ` (?:${alternationOf(PAGE_WORDS.bylineElementTails)})$`,
  'i',
);

/** A text node that is only a byline label, the name following in the next one ("Written by" | "Jane Doe"). */
export const TEXT_BYLINE_LABEL: RegExp = compilePattern(
  `^[|•·\\s]*(?:${alternationOf(PAGE_WORDS.bylineNodeLabels)})\\s*:?$`,
  'i',
);

/**
 * The same opener in lower case, then a capitalised name ("by Jane Doe", which a style sheet capitalises on screen):
 * taken only when it is its element's whole text, since in running text "by Google" is no byline.
 */
export const TEXT_BYLINE_LOWER: RegExp = compilePattern(
  `^(?:${alternationOf(PAGE_WORDS.bylineNodeOpeners.map((w) => w.toLowerCase()))})\\s+\\p{Lu}`,
  'u',
);

/** A text node that is a byline label, a colon and the name: "Autorin: Jana Roth, Projektleiterin" (any case). */
export const TEXT_LABELLED_BYLINE: RegExp = compilePattern(
  `^(?:${alternationOf(PAGE_WORDS.bylineNodeLabels)})\\s*:\\s*\\p{Lu}`,
  'iu',
);

/** A text node that is a whole byline: "By Jane Doe", or with a colon in any case, "by: Jane Doe". */
export const TEXT_BYLINE: RegExp = compilePattern(
  `^(?:(?:${alternationOf(PAGE_WORDS.bylineNodeOpeners)})\\s+|(?:${alternationOf(PAGE_WORDS.bylineNodeOpeners.map((w) => w.toLowerCase()))}|${alternationOf(PAGE_WORDS.bylineNodeOpeners)})\\s*:\\s*)\\p{Lu}`,
  'u',
);

/** The address of a writer's profile page, its last part the writer's slug: "/author/jane-doe/", "/autoren/…". */
export const PROFILE_PATH =
  /\/(?:author|authors|auteur|auteurs|autor|autoren|autore|autori|autorzy|contributors?|staff|people|profiles?|writers?|reporters?|journalists?|columnists?|redakteur(?:e|in)?)\/([^/?#]+)\/?(?:[?#]|$)/i;

/** A name as structured data states it, in any case: one to four words of letters. */
export const PLAIN_NAME = /^\p{L}[\p{L}'’.-]*(?:\s\p{L}[\p{L}'’.-]*){0,3}$/u;

/**
 * A login as an author link shows it, the link's whole text: one token of letters and digits, perhaps with "_",
 * "." or "-" inside ("gizzmo", "ThE_PaiN", "Marianne1"), at least one letter in it.
 */
export const LOGIN = /^(?=[^\p{L}]*\p{L})[\p{L}\p{N}](?:[\p{L}\p{N}_.-]{0,28}[\p{L}\p{N}])?$/u;

/**
 * A printed line that is a name and nothing else: two to four capitalised words. Stricter than PLAIN_NAME, which
 * trusts the markup that declared it a name; a line of page text has only its shape to show it is one.
 */
export const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * "Erschienen am: 01.11.2023", "Published on 3 May 2019", "Datum: 18.10.2021": a printed date its label names
 * as the publication date, ahead of the earliest date on the page (often "Last changed: …"). Not `\b`, which
 * knows only ASCII letters: "发布时间：2024年3月12日", "نشر في ١٢ آذار ٢٠٢٤". A label must not go on from a
 * letter or digit ("unveröffentlicht"): {@link WORD_BEFORE} checks each match, as a leading lookbehind would; with
 * one, V8 could not skip ahead to a label's first letters, and the scan over a page's text took three times as long.
 */
export const PUBLISHED_LABEL: RegExp = compilePattern(
  `(?:${alternationOf(PAGE_WORDS.publishedLabels)})(?:\\s+(?:${alternationOf(PAGE_WORDS.publishedLinks)}))?\\s*[:：]?\\s*`,
  'giu',
);

/** A letter or digit ending the text (the flags of {@link PUBLISHED_LABEL}, so that it reads code points alike). */
export const WORD_BEFORE = /[\p{L}\p{N}]$/iu;

/** "Submitted by jane on …", "Gespeichert von rasos am …": a name between the label and the date. */
export const BY_NAME: RegExp = compilePattern(`^(?:${alternationOf(PAGE_WORDS.publishedByLabels)})\\s`, 'i');

/** Where the name after {@link BY_NAME} ends and the date starts. */
export const NAME_END: RegExp = compilePattern(
  `\\s(?:${alternationOf(PAGE_WORDS.publishedLinks)})\\s+|,\\s*`,
);

/** "Registriert: 18.09.2008", "Member since Jan 3, 2015": a forum's profile box dates the member, not the post. */
export const MEMBER_SINCE: RegExp = compilePattern(
  `(?:${alternationOf(PAGE_WORDS.memberSinceLabels)}):?$`,
  'i',
);

/** A publication date in a CMS's JSON state ("published_at": "2019-03-02T06:22:28+01:00"). */
export const SCRIPT_DATE =
  /"(?:date_?published|published_?(?:at|date|time|on)|date_?created|created_?(?:at|date|time))"\s*:\s*"([^"]{8,40})"/gi;

/** Generic date metas, often the page's render or last-edit date: a date the page prints beats them. */
export const GENERIC_DATE_KEYS: ReadonlySet<string> = new Set([
  'dc.date',
  'dcterms.date',
  'date',
  'created',
  'date.available',
  'citation_date',
]);

/** Languages of countries on Central European Time. */
export const CET_LANGUAGE = /^(?:de|fr|it|nl|pl|cs|sk|sl|hr|hu|da|sv|nb|nn|no|sr|bs|lb|rm)\b/i;
