import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { requiredLiteral } from '../util/pattern';
import {
  ENGLISH,
  FURNITURE_TEXT,
  hasNoticePhrase,
  NOTICE_TEXT,
  PACKS,
  PAGE_MONTHS,
  PAGE_WORDS,
  packFor,
  storyPackFor,
  TAIL_HEADING,
} from './index';

const here = fileURLToPath(new URL('.', import.meta.url));
const folders = readdirSync(here).filter((f) => statSync(`${here}/${f}`).isDirectory());

describe('the language registry', () => {
  it('registers every pack folder once, and nothing else', () => {
    expect(PACKS.map((p) => p.code).sort()).toEqual(folders.sort());
  });

  it('gives every pack folder its own test file', () => {
    for (const f of folders) expect(readdirSync(`${here}/${f}`)).toContain(`${f}.test.ts`);
  });

  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['de-AT', 'de'],
    ['pt_BR', 'pt'],
    ['fr', 'fr'],
    ['pl', 'pl'],
    ['zh-Hans-CN', 'zh'],
    ['sw-KE', null],
    ['', null],
  ])('finds the pack of %j by its primary subtag', (tag, code) => {
    expect(packFor(tag)?.code ?? null).toBe(code);
  });

  it('finds no pack for no language', () => {
    expect(packFor(null)).toBeNull();
  });

  it('reads an unknown language (null) as English, and a language without a story part as none', () => {
    expect(storyPackFor(null)).toBe(ENGLISH);
    expect(storyPackFor('en-GB')).toBe(ENGLISH);
    expect(storyPackFor('de-AT')?.code).toBe('de');
    expect(storyPackFor('ru')).toBeNull();
    expect(storyPackFor('pl')).toBeNull();
    expect(storyPackFor('sw')).toBeNull();
  });

  it('never gives one month name two numbers across packs', () => {
    const seen = new Map<string, string>();
    for (const p of PACKS) {
      for (const [name, n] of Object.entries({ ...p.page.months, ...p.page.monthAbbreviations })) {
        const before = seen.get(name);
        if (before) expect(`${name}=${n}`, `${p.code} and ${before}`).toBe(`${name}=${PAGE_MONTHS[name]}`);
        seen.set(name, p.code);
      }
    }
  });

  it('still reads every month name the page reader read before the packs, as it read them', () => {
    // The position-indexed lists read/html/parse-date.ts held before the packs, read the way it read them.
    const legacy: Record<string, number> = {};
    const lists = [
      'january february march april may june july august september october november december',
      'jan feb mar apr may jun jul aug sep oct nov dec',
      'januar februar märz april mai juni juli august september oktober november dezember',
      'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
      'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
      'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
      'januari februari maart april mei juni juli augustus september oktober november december',
      'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
      'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
    ];
    for (const list of lists) {
      list.split(' ').forEach((name, i) => {
        legacy[name] ??= i + 1;
      });
    }
    Object.assign(legacy, { jänner: 1, feber: 2, maerz: 3, sept: 9 });
    expect({ ...PAGE_MONTHS }).toMatchObject(legacy);
  });

  it.each([
    'Advertisement',
    'Share on Facebook',
    '12 comments',
    'Read more: the week in pictures',
    'Loading...',
    'Written by',
    'Authors:',
  ])('takes the whole block %j for furniture', (line) => {
    expect(FURNITURE_TEXT.test(line)).toBe(true);
  });

  it.each([
    'Advertisement for the new bridge drew complaints',
    'Share prices fell on Monday.',
    'By Jane Doe',
    'Photos of the flood',
    'The video was shared widely.',
  ])('keeps %j, which only starts like furniture', (line) => {
    expect(FURNITURE_TEXT.test(line)).toBe(false);
  });

  it.each([
    'Read This Next',
    'You may also like:',
    'Das könnte Sie auch interessieren',
    'Sur le même sujet',
    'Noticias relacionadas',
    'Articoli correlati',
    'Notícias relacionadas',
    'Meest gelezen',
  ])('reads %j as a tail heading, in every language that has one', (line) => {
    expect(TAIL_HEADING.test(line)).toBe(true);
  });

  it.each(['Read this next week’s budget', 'Related stories are rare', 'Lo más leído del año fue un libro'])(
    'reads %j, which only opens like one, as no tail heading',
    (line) => {
      expect(TAIL_HEADING.test(line)).toBe(false);
    },
  );

  it.each([
    'We use cookies to improve your experience.',
    'Um Ihnen ein besseres Erlebnis zu bieten, verwenden wir Cookies.',
    'Ich bin einverstanden, dass mir externe Inhalte angezeigt werden.',
    'En poursuivant votre navigation, vous acceptez les cookies.',
    'Utilizamos cookies propias y de terceros.',
    'Questo sito utilizza i cookie.',
    'Este site usa cookies.',
    'Deze website gebruikt cookies.',
    'If you enjoyed reading this post - would you consider supporting our work?',
    'Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus.',
    'Pour lire la suite et accéder gratuitement à 3 articles par mois, créez votre compte',
  ])('finds the notice to the reader in %j', (line) => {
    expect(NOTICE_TEXT.test(line)).toBe(true);
    expect(hasNoticePhrase(line)).toBe(true);
  });

  it('gives every consent phrase a literal of its own, so the fast test before the pattern always runs', () => {
    for (const phrase of PAGE_WORDS.noticePhrases) expect(requiredLiteral(phrase), phrase).not.toBeNull();
  });

  it('finds no consent notice in a story sentence about cookies', () => {
    expect(NOTICE_TEXT.test('The regulator fined the retailer for setting cookies without asking.')).toBe(
      false,
    );
  });

  it('merges every pack’s agencies, each canonical name once', () => {
    const names = PAGE_WORDS.agencies.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['AFP', 'dpa', 'EFE', 'ANSA', 'Reuters', 'TASS']));
  });
});
