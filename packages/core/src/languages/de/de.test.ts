import { describe, expect, it } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { DE } from './index';

describe('the de pack', () => {
  checkPack(DE, 'de');

  it('names the poster and dates the forum member in German ("Gespeichert von", "Registriert")', () => {
    expect(DE.page.publishedByLabels).toEqual(['von']);
    expect(DE.page.memberSinceLabels).toContain('registriert');
  });

  it('knows the ministers named by their ministry ("Entwicklungsministerin", "Justizminister") as titles', () => {
    for (const title of [
      'entwicklungsministerin',
      'justizminister',
      'gesundheitsministerin',
      'außenminister',
    ])
      expect(DE.story.entities.titleWords.has(title)).toBe(true);
  });
});
