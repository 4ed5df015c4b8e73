import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parse';
import { makeArticle } from './_fixture';
import { toNinjs } from './to-ninjs';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
// Vendored from IPTC (MIT): the test needs nothing outside the repository.
const SCHEMA = JSON.parse(
  readFileSync(resolve(ROOT, 'packages/core/test/vendor/ninjs/ninjs-schema_2.2.json'), 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
// places[].geojson refers to the GeoJSON schema online; copydesk never writes geojson, so a stub suffices.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
const validate = ajv.compile(SCHEMA);
const SEED = readFileSync(resolve(ROOT, 'seeds/afp-syria-albu-kamal-2017-11-19.txt'), 'utf8');

function errorsOf(item: unknown): string {
  return validate(item) ? '' : ajv.errorsText(validate.errors);
}

describe('toNinjs', () => {
  it.each([
    ['a full article', makeArticle()],
    [
      'an article without URL, dates or images',
      makeArticle({ source: { ...makeArticle().source, url: null }, publishedAt: '2017-11-19', images: [] }),
    ],
    ['an article with HTML and no headline', makeArticle({ headline: null, html: '<p>Body</p>' })],
    ['the parsed seed wire story', parseArticle({ text: SEED }, { publishedAt: '2017-11-19' })],
  ])('validates against the ninjs 2.2 schema: %s', (_, article) => {
    expect(errorsOf(toNinjs(article))).toBe('');
  });

  it('rejects what the schema forbids, so the check can fail', () => {
    expect(errorsOf({ ...toNinjs(makeArticle()), headline: 'not a ninjs field' })).not.toBe('');
  });

  it('maps the article fields', () => {
    const item = toNinjs(makeArticle());
    expect(item).toMatchObject({
      uri: 'https://news.example.com/2017/11/19/army',
      type: 'text',
      firstcreated: '2017-11-19T10:30:00Z',
      headlines: [{ role: 'main', value: 'Army retakes *border* town' }],
      descriptions: [
        { role: 'summary', value: 'Fighters withdrew overnight' },
        { role: 'description', value: 'The army and its allies took Albu Kamal.' },
      ],
      subjects: [
        { name: 'World', rel: 'section' },
        { name: 'Syria', rel: 'tag' },
        { name: 'Islamic State', rel: 'tag' },
      ],
      by: 'Ann Reporter and Bob Writer',
      located: 'Deir Ezzor, Syria',
      infosources: [{ name: 'AFP', role: 'source' }],
      places: [{ name: 'Deir Ezzor', rel: 'mentions' }],
      organisations: [{ name: 'AFP', rel: 'mentions' }],
    });
    expect(item.associations).toEqual([
      expect.objectContaining({
        type: 'picture',
        uri: 'https://news.example.com/img/troops.jpg',
        copyrightholder: 'AFP PHOTO / STRINGER',
      }),
    ]);
  });

  it('leaves out a bare date, which ninjs date-times cannot hold', () => {
    expect(toNinjs(makeArticle({ publishedAt: '2017-11-19' }))).not.toHaveProperty('firstcreated');
  });

  it('gives an article without URL a stable URN from its text', () => {
    const a = makeArticle({ source: { ...makeArticle().source, url: null } });
    const uri = toNinjs(a).uri;
    expect(uri).toMatch(/^urn:copydesk:text:[0-9a-f]{14}$/);
    expect(toNinjs(a).uri).toBe(uri);
    expect(toNinjs({ ...a, text: `${a.text}!` }).uri).not.toBe(uri);
  });
});
