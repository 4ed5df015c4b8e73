// Word lists and label patterns of the page-metadata rules, each named so a language pack can take it over.

/** Credentials after a name ("Jane Doe, MD, PhD") are not part of it. */
export const CREDENTIAL =
  /^(?:[A-Z][A-Za-z.]{0,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|[A-Z]{2,6}(?:-\w+)?(?: \d+)?)$/;

/** Words a byline element holds that name no person ("Full bio", "View profile"). */
export const NOT_A_PERSON =
  /^(?:full bio|bio|the author|author|authors|about|about the author|center|more|view profile|profile|sponsored|contributor|guest)$/i;

/** A byline label before the name: "By", "Written by:", "Authors:", "ByJane" run together. */
export const BYLINE_LABEL = /^(?:author|authors|written by|posted by|reviewed by|by)\s*:?\s*|^By(?=\p{Lu})/iu;

/** Link text a byline element ends with ("Jane Doe sponsored", "Jane Doe full bio"). */
export const BYLINE_TAIL = / (?:sponsored|full bio|more)$/i;

/** A text node that is only a byline label, the name following in the next one ("Written by" | "Jane Doe"). */
export const TEXT_BYLINE_LABEL = /^(?:by|written by|author|authored by|posted by)\s*:?$/i;

/** A text node that is a whole byline: "By Jane Doe". */
export const TEXT_BYLINE = /^By\s+\p{Lu}/u;

/** A name as structured data states it, in any case: one to four words of letters. */
export const PLAIN_NAME = /^\p{L}[\p{L}'’.-]*(?:\s\p{L}[\p{L}'’.-]*){0,3}$/u;

/**
 * "Erschienen am: 01.11.2023", "Published on 3 May 2019", "Datum: 18.10.2021": a printed date its label names
 * as the publication date, ahead of the earliest date on the page (often "Last changed: …").
 */
export const PUBLISHED_LABEL =
  /\b(?:published|posted|created|submitted|erschienen|veröffentlicht|publiziert|erstellt|gespeichert|eingestellt|datum|publié|publicado|pubblicato|gepubliceerd)(?:\s+(?:on|am|le|el|il|op))?\s*:?\s*/giu;

/** "Submitted by jane on …", "Gespeichert von rasos am …": a name between the label and the date. */
export const BY_NAME = /^(?:by|von|par|por|da)\s/i;

/** Where the name after {@link BY_NAME} ends and the date starts. */
export const NAME_END = /\s(?:on|am|le|el|il|op)\s+|,\s*/;

/** "Registriert: 18.09.2008", "Member since Jan 3, 2015": a forum's profile box dates the member, not the post. */
export const MEMBER_SINCE =
  /(?:registriert|registered|joined|member since|mitglied seit|dabei seit|inscrit le):?$/i;

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
