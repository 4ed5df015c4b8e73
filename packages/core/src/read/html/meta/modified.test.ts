// Modification-date rules (modified.ts), each on a page reduced to the markup that decides it.
import { describe, expect, it } from 'vitest';
import { LONG, parsePage } from '../../../../test/page-dates';

const ld = (published: string, modified: string) =>
  `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rates held","datePublished":"${published}","dateModified":"${modified}"}</script>`;
const meta = (modified: string) => `<meta property="article:modified_time" content="${modified}">`;
const modifiedAt = (head: string) =>
  parsePage(`<html><head>${head}</head><body><h1>Rates held</h1>${LONG}</body></html>`).modifiedAt;

describe('modification date', () => {
  it.each([
    [
      'JSON-LD first',
      ld('2021-11-01T10:52:50+01:00', '2021-11-02T09:00:00+01:00'),
      '2021-11-02T09:00:00+01:00',
    ],
    [
      'a later meta over a JSON-LD stamp that copies the publication',
      `${ld('2021-11-01T10:52:50+01:00', '2021-11-01T10:52:50+01:00')}${meta('2021-11-01T12:34:23+01:00')}`,
      '2021-11-01T12:34:23+01:00',
    ],
    [
      'the copied stamp when nothing later is declared',
      ld('2021-11-01T10:52:50+01:00', '2021-11-01T10:52:50+01:00'),
      '2021-11-01T10:52:50+01:00',
    ],
    ['a meta alone', meta('2021-11-01T12:34:23+01:00'), '2021-11-01T12:34:23+01:00'],
  ])('%s', (_, head, expected) => {
    expect(modifiedAt(head)).toBe(expected);
  });
});
