// The browser entry carries English only: another language's entity model is loaded on request, and until then
// parseArticle finds no entities in that language and says why (never the English model's guesses).
import { describe, expect, it } from 'vitest';
import { isLanguageLoaded, loadLanguage, parseArticle } from '../src/index';

// A German story written for this test.
const GERMAN = `Hilfe für den Sudan

BERLIN (dpa) - Außenministerin Annalena Baerbock hat am Montag in Berlin mehr Geld für die Menschen im Sudan zugesagt. Das Welternährungsprogramm der Vereinten Nationen warnt seit Wochen vor einer Hungersnot in der Region Darfur.

Die Bundesregierung werde in diesem Jahr weitere 50 Millionen Euro bereitstellen, sagte Baerbock nach einem Treffen mit Vertretern der Afrikanischen Union in Addis Abeba.`;

const codes = (article: ReturnType<typeof parseArticle>) => article.warnings.map((w) => w.code);

describe('loadLanguage', () => {
  it('has English from the start and nothing to load for a language without a model', () => {
    expect(isLanguageLoaded('en')).toBe(true);
    expect(isLanguageLoaded('pl')).toBe(true);
    expect(isLanguageLoaded('de-AT')).toBe(false);
  });

  it('leaves a German article without entities and warns until German is loaded, then tags it', async () => {
    const before = parseArticle(GERMAN);
    expect(before.language).toBe('de');
    expect(before.entities).toEqual([]);
    expect(codes(before)).toContain('model-not-loaded');
    expect(before.warnings.find((w) => w.code === 'model-not-loaded')?.message).toContain(
      "loadLanguage('de')",
    );

    await loadLanguage('de-DE');
    expect(isLanguageLoaded('de')).toBe(true);
    const after = parseArticle(GERMAN);
    expect(codes(after)).not.toContain('model-not-loaded');
    const names = after.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(expect.arrayContaining(['location:Berlin', 'location:Sudan']));
    // The rest of the record does not depend on the model.
    expect({ ...after, entities: [], quotes: [], warnings: [] }).toEqual({
      ...before,
      entities: [],
      quotes: [],
      warnings: [],
    });
  });

  it('never warns on an English article', () => {
    const article = parseArticle(
      'Aid for Sudan\n\nBERLIN (Reuters) - Germany pledged more money for Sudan on Monday, Foreign Minister Annalena Baerbock said in Berlin.',
    );
    expect(codes(article)).not.toContain('model-not-loaded');
    expect(article.entities.length).toBeGreaterThan(0);
  });
});
