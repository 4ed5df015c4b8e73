// The `node` export condition (src/node.ts) registers every language's entity model up front, so Node users and
// the CLI get entities in any language without calling loadLanguage.
import { describe, expect, it } from 'vitest';
import { isLanguageLoaded, parseArticle } from '../src/node';

// A Spanish story written for this test.
const SPANISH = `Ayuda para Sudán

MADRID, 4 nov (EFE).- El Gobierno de España aprobó este lunes en Madrid una ayuda de 20 millones de euros para Sudán, según informó el ministro de Asuntos Exteriores, José Manuel Albares.

La Organización de las Naciones Unidas advirtió la semana pasada del riesgo de hambruna en la región de Darfur.`;

describe('the node entry', () => {
  it.each(['de', 'es', 'fr', 'it', 'nl', 'pt'])('has the %s model loaded', (code) => {
    expect(isLanguageLoaded(code)).toBe(true);
  });

  it('tags a Spanish article with no call to loadLanguage', () => {
    const article = parseArticle(SPANISH);
    expect(article.language).toBe('es');
    expect(article.warnings.map((w) => w.code)).not.toContain('model-not-loaded');
    expect(article.entities.map((e) => `${e.type}:${e.name}`)).toEqual(
      expect.arrayContaining(['location:Madrid', 'location:Sudán']),
    );
  });
});
