import { describe, expect, it } from 'vitest';
import { annotateSentence } from '../../../test/annotate-sentence';
import { DE } from '../../languages/de';
import { ES } from '../../languages/es';
import { FR } from '../../languages/fr';
import { IT } from '../../languages/it';
import { NL } from '../../languages/nl';
import { PT } from '../../languages/pt';
import type { StoryPack } from '../../languages/types';
import { extractDates } from './extract-dates';

// 2024-03-12 is a Tuesday. Crafted sentences, one form each: weekdays with the news tense rules (a past verb
// looks back, a future one ahead; German and Dutch read an unmarked present as coming), shift words before and
// after ("el pasado domingo", "dimanche dernier"), leads kept in the span ("am Montag"), day words and phrases,
// periods, and printed dates.
const REFERENCE = '2024-03-12';
const PACKS: Record<string, StoryPack> = { de: DE, fr: FR, es: ES, it: IT, pt: PT, nl: NL };

const ROWS: readonly (readonly [string, string, string, string])[] = [
  ['de', 'Die Kanzlerin sagte am Sonntag in Berlin, sie sei zufrieden.', 'am Sonntag', '2024-03-10'],
  ['de', 'Die Polizei hat am Montag drei Verdächtige festgenommen.', 'am Montag', '2024-03-11'],
  ['de', 'Die Minister beraten am Donnerstag über den Haushalt.', 'am Donnerstag', '2024-03-14'],
  ['de', 'Die Afrikanische Union will am Donnerstag in Addis Abeba beraten.', 'am Donnerstag', '2024-03-14'],
  ['de', 'Der Angriff war am vergangenen Freitag.', 'am vergangenen Freitag', '2024-03-08'],
  ['de', 'Am Sonntagabend brannte eine Lagerhalle.', 'Am Sonntagabend', '2024-03-10'],
  ['de', 'Heute tagt der Rat.', 'Heute', '2024-03-12'],
  ['de', 'Der Zug ist gestern entgleist.', 'gestern', '2024-03-11'],
  ['de', 'Die Entscheidung fällt morgen.', 'morgen', '2024-03-13'],
  ['de', 'Er sprach am 12. März 2024 vor dem Parlament.', '12. März 2024', '2024-03-12'],
  ['de', 'Die Wahl fand am 3. März statt.', '3. März', '2024-03-03'],
  ['de', 'Die Gespräche wurden letzte Woche abgebrochen.', 'letzte Woche', '2024-03'],
  ['de', 'Im März 2023 begann der Bau.', 'März 2023', '2023-03'],
  ['fr', 'Huit civils ont été tués dimanche.', 'dimanche', '2024-03-10'],
  ['fr', "L'armée avait affirmé mardi dernier qu'elle avançait.", 'mardi dernier', '2024-03-05'],
  ['fr', 'Le Conseil de sécurité doit se réunir jeudi.', 'jeudi', '2024-03-14'],
  ['fr', 'Le ministre se rendra vendredi à Bamako.', 'vendredi', '2024-03-15'],
  ['fr', "Aujourd'hui, le calme est revenu.", "Aujourd'hui", '2024-03-12'],
  ['fr', 'Le président a parlé hier soir.', 'hier soir', '2024-03-11'],
  ['fr', 'Le sommet aura lieu demain.', 'demain', '2024-03-13'],
  ['fr', 'Le vote est prévu le 12 mars 2024.', '12 mars 2024', '2024-03-12'],
  ['fr', 'Il a démissionné le 2 mars.', '2 mars', '2024-03-02'],
  ['fr', 'Les combats ont repris la semaine dernière.', 'la semaine dernière', '2024-03'],
  ['es', 'El pasado domingo murieron tres personas.', 'El pasado domingo', '2024-03-10'],
  ['es', 'El ministerio informó este martes.', 'este martes', '2024-03-12'],
  ['es', 'La presidenta visitó ayer la zona.', 'ayer', '2024-03-11'],
  ['es', 'Hoy se reúne el Gobierno.', 'Hoy', '2024-03-12'],
  ['es', 'Mañana se votará la ley.', 'Mañana', '2024-03-13'],
  ['es', 'El rescate continuará el próximo jueves.', 'el próximo jueves', '2024-03-14'],
  ['es', 'El alcalde habló el domingo pasado.', 'el domingo pasado', '2024-03-10'],
  ['es', 'La ley se aprobó el 12 de marzo de 2024.', '12 de marzo de 2024', '2024-03-12'],
  ['es', 'La reunión fue la semana pasada.', 'la semana pasada', '2024-03'],
  ['it', 'Due persone sono morte ieri sera.', 'ieri sera', '2024-03-11'],
  ['it', "L'autostrada è stata riaperta questa mattina.", 'questa mattina', '2024-03-12'],
  ['it', 'Domenica scorsa un altro incidente aveva causato un ferito.', 'Domenica scorsa', '2024-03-10'],
  ['it', 'Oggi il governo si riunisce.', 'Oggi', '2024-03-12'],
  ['it', 'Il ministro sarà a Roma domani.', 'domani', '2024-03-13'],
  ['it', 'Il vertice si terrà giovedì.', 'giovedì', '2024-03-14'],
  ['it', 'Lunedì il sindaco ha detto di no.', 'Lunedì', '2024-03-11'],
  ['it', 'Il decreto è stato firmato il 12 marzo 2024.', '12 marzo 2024', '2024-03-12'],
  ['it', 'La settimana scorsa il tribunale ha deciso.', 'La settimana scorsa', '2024-03'],
  ['pt', 'Dezenas de pessoas morreram na semana passada.', 'na semana passada', '2024-03'],
  ['pt', 'O instituto afirmou hoje que a situação é grave.', 'hoje', '2024-03-12'],
  ['pt', 'O Presidente visitou ontem as zonas afetadas.', 'ontem', '2024-03-11'],
  ['pt', 'As chuvas deverão continuar até sexta-feira.', 'sexta-feira', '2024-03-15'],
  ['pt', 'O ministro chega amanhã a Maputo.', 'amanhã', '2024-03-13'],
  ['pt', 'O acidente ocorreu no domingo passado.', 'no domingo passado', '2024-03-10'],
  ['pt', 'A lei foi aprovada em 12 de março de 2024.', '12 de março de 2024', '2024-03-12'],
  ['nl', 'Bij een explosie zijn zondagavond twee doden gevallen.', 'zondagavond', '2024-03-10'],
  ['nl', 'Dat meldde de politie maandag.', 'maandag', '2024-03-11'],
  ['nl', 'De gemeente houdt donderdag een bijeenkomst.', 'donderdag', '2024-03-14'],
  ['nl', 'Zij had vorige week al met de burgemeester gesproken.', 'vorige week', '2024-03'],
  ['nl', 'Vandaag vergadert de raad.', 'Vandaag', '2024-03-12'],
  ['nl', 'Gisteren werd de verdachte aangehouden.', 'Gisteren', '2024-03-11'],
  ['nl', 'Het kabinet beslist morgen.', 'morgen', '2024-03-13'],
  ['nl', 'De minister sprak gisteravond in Den Haag.', 'gisteravond', '2024-03-11'],
  ['nl', 'Het vonnis volgt op 12 maart 2024.', '12 maart 2024', '2024-03-12'],
];

describe('extractDates in de, fr, es, it, pt, nl (reference Tuesday 2024-03-12)', () => {
  it.each(ROWS)('%s: %s → "%s" = %s', (code, sentence, text, value) => {
    const { dates } = extractDates(annotateSentence(sentence, PACKS[code]), REFERENCE);
    const start = sentence.indexOf(text);
    expect(dates.map((d) => [d.text, d.value, d.span.start])).toContainEqual([text, value, start]);
    for (const d of dates) expect(sentence.slice(d.span.start, d.span.end)).toBe(d.text);
  });

  it.each([
    ['es', 'Salió de casa por la mañana.'],
    ['nl', 'Hij las De Morgen in de trein.'],
    ['de', 'Der Morgen war kalt.'],
    ['pt', 'Ficou em segundo lugar na sexta volta.'],
  ])('%s: finds no date in %j', (code, sentence) => {
    expect(extractDates(annotateSentence(sentence, PACKS[code]!), REFERENCE).dates).toEqual([]);
  });

  it('keeps "12." of a German date inside its sentence', () => {
    const doc = annotateSentence('Er sprach am 12. März vor dem Parlament.', DE);
    expect(doc.sentences).toHaveLength(1);
  });
});
