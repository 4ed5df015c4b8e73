import { describe, expect, it } from 'vitest';
import { annotateSentence } from '../../../test/annotate-sentence';
import { DE } from '../../languages/de';
import { ES } from '../../languages/es';
import { FR } from '../../languages/fr';
import { IT } from '../../languages/it';
import { NL } from '../../languages/nl';
import { PT } from '../../languages/pt';
import type { StoryPack } from '../../languages/types';
import type { Casualty } from '../../schema/article';
import { extractCasualties } from './extract-casualties';

type Row = [Casualty['kind'], number | null, Casualty['qualifier'], string | null, string | null];

const PACKS: Record<string, StoryPack> = { de: DE, fr: FR, es: ES, it: IT, pt: PT, nl: NL };

function rowsOf(code: string, sentence: string): Row[] {
  const doc = annotateSentence(sentence, PACKS[code]);
  return extractCasualties(doc).map((c) => {
    expect(sentence.slice(c.span.start, c.span.end)).toBe(c.span.text);
    return [c.kind, c.count, c.qualifier, c.vague, c.who];
  });
}

// Crafted sentences, one form each: counts in digits and in words, qualifiers, vague amounts, the people counted,
// and the state after them, passive or adjectival.
describe('extractCasualties in de, fr, es, it, pt, nl', () => {
  it.each<[string, string, Row[]]>([
    ['de', 'Bei dem Anschlag gab es mindestens 50 Tote.', [['killed', 50, 'at_least', null, null]]],
    [
      'de',
      'Ein Angriff mit mindestens 50 Toten erschütterte das Land.',
      [['killed', 50, 'at_least', null, null]],
    ],
    ['de', 'Zudem wurden mehr als 120 Menschen verletzt.', [['wounded', 120, 'more_than', null, 'Menschen']]],
    ['de', 'Zwei Soldaten wurden getötet.', [['killed', 2, 'exact', null, 'Soldaten']]],
    ['de', 'Dutzende Menschen werden vermisst.', [['missing', null, null, 'dutzende', 'Menschen']]],
    ['de', 'Rund 1.200 Menschen wurden vertrieben.', [['displaced', 1200, 'about', null, 'Menschen']]],
    ['fr', 'Huit civils ont été tués dans la frappe.', [['killed', 8, 'exact', null, 'civils']]],
    [
      'fr',
      'Au moins quinze personnes ont également été blessées.',
      [['wounded', 15, 'at_least', null, 'personnes']],
    ],
    ['fr', 'Le séisme a fait plus de 300 morts.', [['killed', 300, 'more_than', null, null]]],
    [
      'fr',
      'Des dizaines de manifestants ont été arrêtés.',
      [['arrested', null, null, 'dizaines', 'manifestants']],
    ],
    ['es', 'Al menos 31 muertos dejó el derrumbe.', [['killed', 31, 'at_least', null, null]]],
    ['es', 'En total, 31 personas murieron en el derrumbe.', [['killed', 31, 'exact', null, 'personas']]],
    ['es', 'Otras 40 resultaron heridas.', [['wounded', 40, 'exact', null, null]]],
    ['es', 'Decenas de familias quedaron damnificadas.', []],
    ['es', 'Unos 2.000 vecinos fueron evacuados.', [['displaced', 2000, 'about', null, 'vecinos']]],
    [
      'it',
      'Il bilancio è di due morti e 25 feriti.',
      [
        ['killed', 2, 'exact', null, null],
        ['wounded', 25, 'exact', null, null],
      ],
    ],
    ['it', 'Due persone sono morte nello scontro.', [['killed', 2, 'exact', null, 'persone']]],
    ['it', 'Almeno dieci migranti risultano dispersi.', [['missing', 10, 'at_least', null, 'migranti']]],
    ['pt', 'O balanço aponta para dezenas de mortos.', [['killed', null, null, 'dezenas', null]]],
    ['pt', 'Há mais de 100 feridos.', [['wounded', 100, 'more_than', null, null]]],
    ['pt', 'Dezenas de pessoas morreram nas cheias.', [['killed', null, null, 'dezenas', 'pessoas']]],
    ['pt', 'Pelo menos três polícias ficaram feridos.', [['wounded', 3, 'at_least', null, 'polícias']]],
    ['nl', 'Bij de explosie vielen twee doden.', [['killed', 2, 'exact', null, null]]],
    ['nl', 'Vier mensen raakten gewond.', [['wounded', 4, 'exact', null, 'mensen']]],
    [
      'nl',
      'Minstens 30 demonstranten werden opgepakt.',
      [['arrested', 30, 'at_least', null, 'demonstranten']],
    ],
    ['nl', 'Tientallen bewoners zijn dakloos.', [['displaced', null, null, 'tientallen', 'bewoners']]],
  ])('%s: %s', (code, sentence, expected) => {
    expect(rowsOf(code, sentence)).toEqual(expected);
  });

  // Deaths said in more than one word ("lost their lives"), the verbs of dying, and compounds for the people.
  it.each<[string, string, Row[]]>([
    ['de', 'Zwei Kinder verstarben im Krankenhaus.', [['killed', 2, 'exact', null, 'Kinder']]],
    ['de', 'Drei Menschen sterben bei Brand.', [['killed', 3, 'exact', null, 'Menschen']]],
    ['de', 'Vier Menschen kamen ums Leben.', [['killed', 4, 'exact', null, 'Menschen']]],
    ['de', 'Drei Menschen haben ihr Leben verloren.', [['killed', 3, 'exact', null, 'Menschen']]],
    ['de', 'Zwei Radfahrer wurden tödlich verletzt.', [['killed', 2, 'exact', null, 'Radfahrer']]],
    ['de', 'Sechs Bergleute sind verstorben.', [['killed', 6, 'exact', null, 'Bergleute']]],
    ['de', 'Drei Bauarbeiter wurden schwer verletzt.', [['wounded', 3, 'exact', null, 'Bauarbeiter']]],
    ['fr', 'Cinq personnes ont perdu la vie.', [['killed', 5, 'exact', null, 'personnes']]],
    ['fr', 'Deux soldats ont été mortellement blessés.', [['killed', 2, 'exact', null, 'soldats']]],
    ['fr', 'Trois manifestants ont été tués.', [['killed', 3, 'exact', null, 'manifestants']]],
    ['es', 'Cuatro personas perdieron la vida en el accidente.', [['killed', 4, 'exact', null, 'personas']]],
    ['it', 'Tre bambini hanno perso la vita.', [['killed', 3, 'exact', null, 'bambini']]],
    ['pt', 'Quatro pessoas perderam a vida.', [['killed', 4, 'exact', null, 'pessoas']]],
    ['nl', 'Twee mensen kwamen om het leven bij het ongeluk.', [['killed', 2, 'exact', null, 'mensen']]],
    ['nl', 'Vier mensen stierven bij de brand.', [['killed', 4, 'exact', null, 'mensen']]],
  ])('%s: %s', (code, sentence, expected) => {
    expect(rowsOf(code, sentence)).toEqual(expected);
  });

  it.each([
    ['de', 'Die Inflation lag bei 3,2 Prozent.'],
    ['fr', 'Le trajet dure huit heures.'],
    ['es', 'El edificio tenía 12 plantas.'],
    ['it', 'Tre dei feriti sono in gravi condizioni.'],
    // "ein" is the article as much as the number, as English "a" is: "a man was killed" counts no one either.
    ['de', 'Ein Autofahrer verstarb noch an der Unfallstelle.'],
  ])('%s: counts no one in %j', (code, sentence) => {
    expect(rowsOf(code, sentence)).toEqual([]);
  });
});
