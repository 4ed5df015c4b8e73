import { describe, expect, it } from 'vitest';
import { DE } from '../../languages/de';
import { ES } from '../../languages/es';
import { FR } from '../../languages/fr';
import { IT } from '../../languages/it';
import { NL } from '../../languages/nl';
import { PT } from '../../languages/pt';
import type { StoryPack } from '../../languages/types';
import { extractAgencies } from './extract-agencies';

const PACKS: Record<string, StoryPack> = { de: DE, fr: FR, es: ES, it: IT, pt: PT, nl: NL };

const inText = (code: string, text: string, dateline: string | null = null) =>
  extractAgencies({ dateline, bylines: [], declared: [], text, words: PACKS[code]!.story.agencies });

describe('extractAgencies in de, fr, es, it, pt, nl', () => {
  it.each([
    ['de', 'Ein Sprecher sagte der Deutschen Presse-Agentur, die Route sei abgestimmt.', ['dpa']],
    ['fr', 'Un élu a déclaré à AFP que le marché était visé.', ['AFP']],
    ['es', 'El jefe de bomberos dijo a EFE que seguían buscando.', ['EFE']],
    ['it', 'Il prefetto ha detto a Adnkronos che tre feriti sono gravi.', ['Adnkronos']],
    ['pt', 'A presidente afirmou à Lusa que a situação é grave.', ['Lusa']],
    ['nl', 'Dat zei een buurtbewoner tegen het ANP.', ['ANP']],
  ])('%s: reads the wire phrase in %j', (code, text, agencies) => {
    expect(inText(code, text)).toEqual(agencies);
  });

  it.each([
    ['de', 'APA', 'APA'],
    ['de', 'KNA', 'KNA'],
    ['de', 'Keystone-SDA', 'Keystone-SDA'],
    ['fr', 'ATS', 'Keystone-ATS'],
    ['es', 'Europa Press', 'Europa Press'],
    ['it', 'AGI', 'AGI'],
    ['pt', 'Agência Brasil', 'Agência Brasil'],
    ['nl', 'Belga', 'Belga'],
  ])('%s: names the dateline agency %j', (code, dateline, agency) => {
    expect(inText(code, 'Kein Hinweis.', dateline)).toEqual([agency]);
  });

  it('never trusts an ambiguous form in running text ("Agi" is also a name)', () => {
    expect(inText('it', 'Il sindaco ha detto a Agi che tutto va bene.')).toEqual([]);
  });
});
