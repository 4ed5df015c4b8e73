import { describe, expect, it } from 'vitest';
import { slugify } from './download';
import { inputTypeOfFile } from './read-file';

describe('slugify', () => {
  it.each([
    [
      'Syria army, allies retake Albu Kamal from Islamic State',
      'syria-army-allies-retake-albu-kamal-from-islamic-state',
    ],
    ['  Café — “quoted”  ', 'cafe-quoted'],
    [null, 'article'],
    ['!!!', 'article'],
  ])('%s', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });
});

describe('inputTypeOfFile', () => {
  it.each([
    ['story.txt', '', 'text'],
    ['page.HTML', '', 'html'],
    ['page.htm', '', 'html'],
    ['noext', 'text/html', 'html'],
    ['record.json', '', 'json'],
    ['photo.jpg', 'image/jpeg', null],
  ])('%s %s', (name, mime, expected) => {
    expect(inputTypeOfFile(name, mime)).toBe(expected);
  });
});
