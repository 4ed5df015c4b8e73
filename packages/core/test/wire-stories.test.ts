// Golden wire stories, one per language with a story pack (issue 16): each is a short story written for copydesk in
// that language's wire style (src/languages/<code>/fixtures/wire-story.txt, not an agency's copy), with its
// hand-checked facts beside it (wire-story.facts.json). Each section of the facts is checked on its own, so a
// failure names the extractor and the language. Facts copydesk gets wrong today are listed under `knownMisses`
// with the reason, and checked the other way (strictly, as pytest's xfail): each must still be missed, so the day
// one is found the test says to move it back among the facts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Article, parseArticle } from '@copydesk/core';
import { checkSpans, validateArticle } from '@copydesk/core/schema';
import { describe, expect, it } from 'vitest';

const LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'nl'] as const;
const TYPES = ['person', 'organization', 'location', 'group'] as const;

interface Facts {
  language: string;
  referenceDate: string;
  headline: string;
  dateline: { place: string; agency: string | null };
  agencies: string[];
  quotes: { type: string; startsWith: string; speaker: string; speakerAlso?: string[]; cue?: string }[];
  entities: Partial<Record<(typeof TYPES)[number], string[]>>;
  casualties: { kind: string; count: number | null; vague?: string }[];
  dates: { text: string; value: string }[];
  knownMisses?: {
    entities?: Facts['entities'];
    quotes?: Facts['quotes'];
    why: string;
  };
}

const fixture = (code: string, file: string) =>
  readFileSync(fileURLToPath(new URL(`../src/languages/${code}/fixtures/${file}`, import.meta.url)), 'utf8');

describe.each(LANGUAGES)('the %s wire story', (code) => {
  const facts = JSON.parse(fixture(code, 'wire-story.facts.json')) as Facts;
  let article: Article;
  const parse = () => {
    article ??= parseArticle({ text: fixture(code, 'wire-story.txt') }, { publishedAt: facts.referenceDate });
    return article;
  };

  it('is a valid Article whose spans point into its text', () => {
    const a = parse();
    const result = validateArticle(a);
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(checkSpans(a.text, a)).toEqual([]);
  });

  it('reads the language, the headline and no unsupported-language warning', () => {
    const a = parse();
    expect(a.language).toBe(facts.language);
    expect(a.headline).toBe(facts.headline);
    expect(a.warnings.map((w) => w.code)).not.toContain('unsupported-language');
  });

  it('reads the dateline and its agency', () => {
    const a = parse();
    expect(a.dateline).toMatchObject(facts.dateline);
    expect(a.agencies).toEqual(facts.agencies);
  });

  const quoteFound = (q: Facts['quotes'][number]) => {
    const found = parse().quotes.find((x) => x.type === q.type && x.text.startsWith(q.startsWith));
    return (
      found !== undefined &&
      [q.speaker, ...(q.speakerAlso ?? [])].includes(found.speaker?.name ?? '') &&
      (!q.cue || found.cue?.text === q.cue)
    );
  };
  it.each(facts.quotes.map((q) => [q.startsWith, q] as const))('finds the quote "%s"', (_, q) => {
    const found = parse().quotes.find((x) => x.type === q.type && x.text.startsWith(q.startsWith));
    expect(found, `${q.type} quote starting "${q.startsWith}"`).toBeDefined();
    expect([q.speaker, ...(q.speakerAlso ?? [])]).toContain(found!.speaker?.name);
    if (q.cue) expect(found!.cue?.text).toBe(q.cue);
  });

  const entityFound = (name: string, type: string) => {
    const found = parse().entities.filter((e) => e.name === name || e.aliases.includes(name));
    return found.length === 1 && found[0]!.type === type;
  };
  const listed = (entities: Facts['entities'] = {}) =>
    TYPES.flatMap((type) => (entities[type] ?? []).map((name) => [name, type] as const));
  it.each(listed(facts.entities))('finds %s as a %s', (name, type) => {
    const found = parse().entities.filter((e) => e.name === name || e.aliases.includes(name));
    expect(found.map((e) => e.type)).toEqual([type]);
  });

  const misses = facts.knownMisses;
  if (misses) {
    it.each(listed(misses.entities))(
      'still misses %s as a %s (a known miss: move it back when found)',
      (name, type) => {
        expect(entityFound(name, type), misses.why).toBe(false);
      },
    );
    it.each((misses.quotes ?? []).map((q) => [q.startsWith, q] as const))(
      'still misses the quote "%s" (a known miss: move it back when found)',
      (_, q) => {
        expect(quoteFound(q), misses.why).toBe(false);
      },
    );
  }

  it.each(facts.casualties.map((c) => [c.kind, c.count ?? c.vague, c] as const))(
    'counts %s: %s',
    (_kind, _count, c) => {
      const found = parse().casualties.find((x) => x.kind === c.kind && x.count === c.count);
      expect(found, `${c.kind} ${c.count}`).toBeDefined();
      if (c.vague) expect(found!.vague).toBe(c.vague);
    },
  );

  it.each(facts.dates.map((d) => [d.text, d.value] as const))('resolves "%s" to %s', (text, value) => {
    const found = parse().dates.filter((d) => d.text.toLowerCase() === text.toLowerCase());
    expect(found.map((d) => d.value)).toContain(value);
  });
});
