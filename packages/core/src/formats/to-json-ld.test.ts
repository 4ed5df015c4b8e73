import { describe, expect, it } from 'vitest';
import { makeArticle } from './_fixture';
import { toJsonLd } from './to-json-ld';

describe('toJsonLd', () => {
  const ld = toJsonLd(makeArticle());

  it('is a schema.org NewsArticle', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
  });

  it.each([
    ['headline', 'Army retakes *border* town'],
    ['description', 'The army and its allies took Albu Kamal.'],
    ['alternativeHeadline', 'Fighters withdrew overnight'],
    ['articleSection', 'World'],
    ['keywords', 'Syria, Islamic State'],
    ['datePublished', '2017-11-19T10:30:00Z'],
    ['url', 'https://news.example.com/2017/11/19/army'],
    ['inLanguage', 'en'],
    ['wordCount', 20],
  ])('maps %s', (key, value) => {
    expect(ld[key]).toBe(value);
  });

  it('lists authors as Persons and agencies as source organisations', () => {
    expect(ld.author).toEqual([
      { '@type': 'Person', name: 'Ann Reporter' },
      { '@type': 'Person', name: 'Bob Writer', jobTitle: 'AFP' },
    ]);
    expect(ld.sourceOrganization).toEqual([{ '@type': 'Organization', name: 'AFP' }]);
  });

  it('keeps the body paragraphs only, joined by a blank line', () => {
    const body = ld.articleBody as string;
    expect(body.startsWith('DEIR EZZOR:')).toBe(true);
    expect(body).not.toContain('Troops enter the town.');
    expect(body.split('\n\n')).toHaveLength(2);
  });

  it('maps images, place and entities', () => {
    expect(ld.image).toEqual([
      {
        '@type': 'ImageObject',
        contentUrl: 'https://news.example.com/img/troops.jpg',
        url: 'https://news.example.com/img/troops.jpg',
        caption: 'Troops enter the town.',
        creditText: 'AFP PHOTO / STRINGER',
      },
    ]);
    expect(ld.contentLocation).toEqual({ '@type': 'Place', name: 'Deir Ezzor, Syria' });
    expect(ld.mentions).toContainEqual({
      '@type': 'Organization',
      name: 'AFP',
      alternateName: ['Agence France-Presse'],
    });
  });

  it('leaves out what is unknown instead of writing null', () => {
    const sparse = toJsonLd(makeArticle({ dek: null, modifiedAt: null, authors: [], images: [] }));
    expect(Object.values(sparse)).not.toContain(null);
    expect(sparse).not.toHaveProperty('author');
    expect(sparse).not.toHaveProperty('dateModified');
  });
});
