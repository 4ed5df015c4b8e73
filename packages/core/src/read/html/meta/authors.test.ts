import { describe, expect, it } from 'vitest';
import {
  beforeRunOnDate,
  chooseCredits,
  cleanAuthors,
  creditsFromSite,
  withLateBylines,
  withSiteOwner,
} from './authors';

const names = (c: { authors: { name: string }[] }) => c.authors.map((a) => a.name);

describe('cleanAuthors', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['Written by: Jane Doe |', ['Jane Doe']],
    ['Jane Doe, MD, PhD', ['Jane Doe']],
    ['Full bio', []],
    ['Newsroom Staff', []],
    ['https://example.com/jane', []],
    ['Authors: Jane Doe', ['Jane Doe']],
    ['ByJane Doe', ['Jane Doe']],
    // A label that begins a name is no label.
    ['Byron Smith', ['Byron Smith']],
    // Whom the writer writes for is not part of the name, in any pack's words.
    ['Dec. 19, 2025 · Jane Doe on behalf of the Harbour Board', ['Jane Doe']],
    ['Anna Weber im Auftrag von Stadtwerke Kiel', ['Anna Weber']],
  ])('%s → %j', (raw, expected) => {
    expect(names(cleanAuthors([raw], null))).toEqual(expected);
  });

  it.each([
    ['No Author', []],
    ['Unknown', []],
    ['undefined', []],
    ['von Gesponserte Inhalte', []],
    ['Unknownia Smith', ['Unknownia Smith']],
  ])('a template placeholder names nobody, even from structured data: %s → %j', (raw, expected) => {
    expect(names(cleanAuthors([raw], null, true))).toEqual(expected);
    expect(names(cleanAuthors([raw], null))).toEqual(expected);
  });

  it('takes a lower-case name from structured data only', () => {
    expect(names(cleanAuthors(['kirstin boatto'], null, true))).toEqual(['kirstin boatto']);
    expect(names(cleanAuthors(['kirstin boatto'], null))).toEqual([]);
  });

  it.each([
    // A byline element runs on into the date printed after the name, weekday first, in any pack's language.
    ['Von Lena Brandt Mo, 14. März 2022', ['Lena Brandt']],
    ['By Owen Hale Tuesday, March 3, 2020', ['Owen Hale']],
    // A date alone, weekday and time included, names nobody.
    ['Sun, 12 Jan, 2025 - 09:10', []],
    // A copyright notice styled like a byline is no byline.
    ['© 2024 Harbour Media Ltd. Terms & Conditions', []],
    // One slash between the writer and a service or desk credited beside.
    ['Jana Roth/SP-X', ['Jana Roth']],
  ])('%s → %j (run-on dates, copyright lines, slash credits)', (raw, expected) => {
    expect(names(cleanAuthors([raw], null))).toEqual(expected);
  });

  it('reads the agency after a slash, and no desk initials as a name, even from structured data', () => {
    expect(cleanAuthors(['Jana Roth / Reuters'], null)).toEqual({
      authors: [{ name: 'Jana Roth', role: null }],
      agencies: ['Reuters'],
    });
    expect(names(cleanAuthors(['kw/Reuters'], null, true))).toEqual([]);
  });

  it('reads no person in a label for a group of writers ("Auswärtige Autoren", "Guest Contributors")', () => {
    expect(names(cleanAuthors(['Auswärtige Autoren', 'Guest Contributors'], null))).toEqual([]);
  });

  it('reads no second writer in the place the writer files from, and no writer in a place alone', () => {
    expect(names(cleanAuthors(['By Nada Tawfik, BBC News, New York'], null))).toEqual(['Nada Tawfik']);
    expect(names(cleanAuthors(['London, United Kingdom'], null))).toEqual([]);
    // A person named like a place is a person.
    expect(names(cleanAuthors(['Paris Hilton, Nicole Richie'], null))).toEqual([
      'Paris Hilton',
      'Nicole Richie',
    ]);
  });

  it("reads no person in a site's host name and its town", () => {
    expect(cleanAuthors(['hessenschau.de, Frankfurt, Germany'], null)).toEqual({ authors: [], agencies: [] });
    expect(names(cleanAuthors(['Jane Doe, Frankfurt'], null))).not.toEqual([]);
  });

  it('drops a byline that is the site’s own name, unless structured data says so', () => {
    expect(names(cleanAuthors(['Contour'], 'Contour'))).toEqual([]);
  });
});

describe('choosing the credits', () => {
  const sources = { jsonLd: [], bylines: [], metas: [], siteName: null };

  it('prefers JSON-LD, then the first printed byline that names someone, then metas', () => {
    expect(
      names(
        chooseCredits({ ...sources, jsonLd: [{ name: 'Ana Ld', kind: null }], bylines: ['By Bo Printed'] }),
      ),
    ).toEqual(['Ana Ld']);
    expect(
      names(chooseCredits({ ...sources, bylines: ['Full bio', 'By Bo Printed'], metas: ['Cy Meta'] })),
    ).toEqual(['Bo Printed']);
    // A Twitter handle in a meta is no name.
    expect(names(chooseCredits({ ...sources, metas: ['@handle'] }))).toEqual([]);
    expect(names(chooseCredits({ ...sources, metas: ['Cy Meta'] }))).toEqual(['Cy Meta']);
  });

  it('passes over a declared login for the full name a printed byline gives', () => {
    const login = { ...sources, jsonLd: [{ name: 'KatieS', kind: null }] };
    expect(names(chooseCredits({ ...login, bylines: ['by Aoife Riordan'] }))).toEqual(['Aoife Riordan']);
    expect(names(chooseCredits({ ...login, metas: ['Aoife Riordan'] }))).toEqual(['Aoife Riordan']);
    // A one-word name stays when nothing names anyone in full, and a portrait's name never outranks it.
    expect(names(chooseCredits({ ...login, boxed: ['Peter Reinhard'] }))).toEqual(['KatieS']);
    // The printed full name of the same person completes it ("Todd" → "Todd Bates").
    const todd = { ...sources, jsonLd: [{ name: 'Todd', kind: null }], bylines: ['By Todd Bates'] };
    expect(names(chooseCredits(todd))).toEqual(['Todd Bates']);
  });

  it("takes an author link's login after every other source, before a portrait's name", () => {
    expect(names(chooseCredits({ ...sources, logins: ['gizzmo'], boxed: ['Peter Reinhard'] }))).toEqual([
      'gizzmo',
    ]);
    expect(names(chooseCredits({ ...sources, logins: ['gizzmo'], metas: ['Cy Meta'] }))).toEqual(['Cy Meta']);
    // The first login only: on a forum the later ones are the members who replied.
    expect(names(chooseCredits({ ...sources, logins: ['ron1cne', 'paul2009'] }))).toEqual(['ron1cne']);
    // A login that is a desk, a placeholder or a host name names no one.
    expect(names(chooseCredits({ ...sources, logins: ['admin', 'unknown', 'example.org'] }))).toEqual([]);
  });

  it('cuts a byline to the name another byline prints alone, when that is its first words', () => {
    const bylines = ['Mara Quill Search for this author in: Scholar', 'Mara Quill', 'Editorial policies'];
    expect(names(chooseCredits({ ...sources, bylines }))).toEqual(['Mara Quill']);
    // A later byline naming someone else changes nothing.
    expect(names(chooseCredits({ ...sources, bylines: ['By Mara Quill', 'Mara'] }))).toEqual(['Mara Quill']);
  });

  it('adds late bylines only when nothing named an author', () => {
    const none = { authors: [], agencies: ['Reuters'] };
    expect(withLateBylines(none, ['By Di Late'], null)).toEqual({
      authors: [{ name: 'Di Late', role: null }],
      agencies: ['Reuters'],
    });
    const some = { authors: [{ name: 'Ana Ld', role: null }], agencies: [] };
    expect(withLateBylines(some, ['By Di Late'], null)).toBe(some);
  });

  it('takes a site’s authors over its byline, and gives way when they name nobody', () => {
    expect(names(creditsFromSite({ authors: ['Ana One', 'Bo Two'], bylines: ['By Cy'] }, null)!)).toEqual([
      'Ana One',
      'Bo Two',
    ]);
    expect(names(creditsFromSite({ authors: [], bylines: ['By Cy Three'] }, null)!)).toEqual(['Cy Three']);
    expect(creditsFromSite({ authors: ['About'], bylines: [] }, null)).toBeNull();
  });
});

describe('a byline that opens with its date', () => {
  it.each([
    ['Mar. 4, 2024 · Ida Brandt', 'Ida Brandt'],
    ['4 March 2024 | by Ida Brandt', 'Ida Brandt'],
    ['Ida Brandt, March 4, 2024', 'Ida Brandt'],
    // Nothing after the date but the date's own time.
    ['March 4, 2024', ''],
  ])('%s → %j', (text, expected) => {
    expect(beforeRunOnDate(text)).toBe(expected);
  });
});

describe('the owner of a personal site', () => {
  const none = { authors: [], agencies: [] };
  it.each([
    ['Ida Brandt', ['Ida Brandt']],
    ['Mary Ann Holm', ['Mary Ann Holm']],
    ['Peter J. Ostrow', ['Peter J. Ostrow']],
    // A business named after its owner, a firm, a word that is no given name.
    ['Ida Brandt Pottery', []],
    ['Morgan & Morgan', []],
    ['Fjordline Travel', []],
    ['Daily Planet', []],
  ])('a site named %j wrote %j', (siteName, expected) => {
    expect(names(withSiteOwner(none, siteName))).toEqual(expected);
  });

  it('never overrides an author found in the page', () => {
    const some = { authors: [{ name: 'Ana Ld', role: null }], agencies: [] };
    expect(withSiteOwner(some, 'Ida Brandt')).toBe(some);
    expect(withSiteOwner(none, null)).toBe(none);
  });
});
