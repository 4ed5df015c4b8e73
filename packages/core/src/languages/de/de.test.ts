import { describe, expect, it } from 'vitest';
import { checkPack } from '../../../test/check-pack';
import { DE } from './index';

describe('the de pack', () => {
  checkPack(DE, 'de');

  it('names the poster and dates the forum member in German ("Gespeichert von", "Registriert")', () => {
    expect(DE.page.publishedByLabels).toEqual(['von']);
    expect(DE.page.memberSinceLabels).toContain('registriert');
  });
});
