// The seed golden test for entities (issue 4): every gold entity with its type, and each gold alias group
// merged into one entity.
import { describe, expect, it } from 'vitest';
import { EXPECTED, seedArticle } from './seed';

const TYPES = ['person', 'organization', 'location', 'group'] as const;
const forms = (e: { name: string; aliases: string[] }) => [e.name, ...e.aliases].map((f) => f.toLowerCase());

describe('seed article: entities', () => {
  const article = seedArticle();
  const byName = (name: string) => article.entities.find((e) => e.name === name);

  const gold = TYPES.flatMap((type) =>
    (EXPECTED.entities[type] as string[]).map((name) => [name, type] as const),
  );
  it.each(gold)('finds %s as a %s', (name, type) => {
    expect(byName(name)?.type).toBe(type);
  });

  it.each((EXPECTED.aliases as string[][]).map((group) => [group[0]!, group]))(
    'merges the aliases of %s into one entity',
    (_name, group) => {
      const holders = group.map((alias) =>
        article.entities.filter((e) => forms(e).includes(alias.toLowerCase())),
      );
      for (const found of holders) expect(found).toHaveLength(1);
      expect(new Set(holders.map((found) => found[0]!.id)).size).toBe(1);
    },
  );

  it('keeps titles apart from names', () => {
    expect(byName('Sergei Lavrov')?.roles).toEqual(['Russian Foreign Minister']);
    expect(article.entities.some((e) => /Minister|President/.test(e.name))).toBe(false);
  });

  it('counts mentions in the headline and caption, and across possessives', () => {
    const place = (name: string) => byName(name)!.mentions.map((m) => m.text);
    expect(byName("Suway'iah")!.mentions[0]!.start).toBeLessThan(article.paragraphs[0]!.start);
    expect(byName('Islamic State')!.mentions[0]!.start).toBeLessThan(article.paragraphs[0]!.start);
    // "Syria's army" and "Iran's Mohammad Javad Zarif" are mentions of Syria and Iran.
    expect(place('Syria').length).toBeGreaterThanOrEqual(8);
    expect(place('Iran')).toHaveLength(3);
  });

  it('numbers entities e1… and keeps every mention span exact', () => {
    article.entities.forEach((e, i) => {
      expect(e.id).toBe(`e${i + 1}`);
      for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    });
  });
});
