import { describe, expect, it } from 'vitest';
import { storyPackFor } from '../../languages';
import { annotate } from '../../nlp/annotate';
import { readText } from '../../read/text/read-text';
import { extractQuotes } from './extract-quotes';

// Attribution forms of the languages beyond English, one class a row, in sentences written for these tests. No
// entities are passed: the rows test how the words attribute, not what a name tagger finds.
function quotesOf(code: string, text: string) {
  const doc = annotate(readText(text), storyPackFor(code)!);
  return extractQuotes(doc, []).map((q) => ({
    type: q.type,
    text: q.text,
    speaker: q.speaker?.name ?? null,
    cue: q.cue?.text ?? null,
  }));
}

type Row = [string, string, string, { type: string; text: string; speaker: string; cue: string | null }];

const rows: Row[] = [
  // German
  [
    'de',
    '„…“, sagte Name: verb-second inversion after the closing mark',
    '„Wir bauen die Brücke neu“, sagte Jana Vogt.',
    { type: 'direct', text: 'Wir bauen die Brücke neu', speaker: 'Jana Vogt', cue: 'sagte' },
  ],
  [
    'de',
    '»…«, sagte er: an inverted pronoun',
    '„Wir sind bereit“, sagte Marta Fischer. Bürgermeister Paul Weber sagte, die Halle sei fertig. »Das ist ein guter Tag«, sagte er.',
    { type: 'direct', text: 'Das ist ein guter Tag', speaker: 'Paul Weber', cue: 'sagte' },
  ],
  [
    'de',
    'sagte, … seien: indirect speech after a comma',
    'Stadtsprecher Jonas Brandt sagte, die Straße sei ab Montag wieder frei.',
    { type: 'indirect', text: 'die Straße sei ab Montag wieder frei', speaker: 'Jonas Brandt', cue: 'sagte' },
  ],
  [
    'de',
    'sagte, dass …',
    'Jonas Brandt erklärte, dass die Arbeiten länger dauern würden.',
    { type: 'indirect', text: 'die Arbeiten länger dauern würden', speaker: 'Jonas Brandt', cue: 'erklärte' },
  ],
  [
    'de',
    'sagte Name der Zeitung: a dative addressee after the inverted name',
    'Jonas Brandt leitet das Amt. „Wir sind im Plan“, sagte Brandt der Lokalzeitung.',
    { type: 'direct', text: 'Wir sind im Plan', speaker: 'Jonas Brandt', cue: 'sagte' },
  ],
  [
    'de',
    'so Name: a postposed cue',
    'Der Bau koste zehn Millionen Euro, so Brandt.',
    { type: 'indirect', text: 'Der Bau koste zehn Millionen Euro', speaker: 'Brandt', cue: 'so' },
  ],
  // French
  [
    'fr',
    '« … », a déclaré Nom: a compound cue and French guillemets with their spaces',
    '« Nous allons reconstruire le pont », a déclaré Claire Dumas.',
    { type: 'direct', text: 'Nous allons reconstruire le pont', speaker: 'Claire Dumas', cue: 'a déclaré' },
  ],
  [
    'fr',
    '« … », a-t-elle ajouté: clitic inversion',
    '« Le budget tient », a dit Marc Petit. La maire Claire Dumas a affirmé que le chantier avançait. « Les travaux avancent bien », a-t-elle ajouté.',
    { type: 'direct', text: 'Les travaux avancent bien', speaker: 'Claire Dumas', cue: 'a-t-elle ajouté' },
  ],
  [
    'fr',
    '« … », a indiqué à l’AFP un élu: an addressee between the cue and its speaker',
    "« Le pont était fissuré », a indiqué à l'AFP un élu local.",
    { type: 'direct', text: 'Le pont était fissuré', speaker: 'un élu local', cue: 'a indiqué' },
  ],
  [
    'fr',
    'a déclaré aux journalistes que …: the person spoken to is no part of the content',
    'Claire Dumas a déclaré aux journalistes que le chantier serait terminé en juin.',
    {
      type: 'indirect',
      text: 'le chantier serait terminé en juin',
      speaker: 'Claire Dumas',
      cue: 'a déclaré',
    },
  ],
  [
    'fr',
    'a affirmé que …',
    'Claire Dumas a affirmé que le chantier serait terminé en juin.',
    {
      type: 'indirect',
      text: 'le chantier serait terminé en juin',
      speaker: 'Claire Dumas',
      cue: 'a affirmé',
    },
  ],
  [
    'fr',
    "d'« … »: a guillemet after an elided article opens",
    "Le maire parle d'« urgence » depuis lundi. « Nous payons la facture », a déclaré Paul Martin.",
    { type: 'direct', text: 'Nous payons la facture', speaker: 'Paul Martin', cue: 'a déclaré' },
  ],
  // Spanish
  [
    'es',
    'Lo dijo Nombre: an object clitic stands for the sentence before',
    'La nueva línea de tranvía abrirá en marzo. Lo dijo la alcaldesa Ana Ruiz en una rueda de prensa.',
    {
      type: 'indirect',
      text: 'La nueva línea de tranvía abrirá en marzo',
      speaker: 'Ana Ruiz',
      cue: 'dijo',
    },
  ],
  [
    'es',
    '"…", dijo a EFE el cargo, Nombre: addressee, then a description with its name in apposition',
    '"El agua ya baja", dijo a EFE el jefe de la policía local, Marta Ruiz.',
    { type: 'direct', text: 'El agua ya baja', speaker: 'Marta Ruiz', cue: 'dijo' },
  ],
  [
    'es',
    '"…", añadió: a dropped subject takes the last speaker',
    '"El agua ya baja", dijo Marta Ruiz. "Mañana abriremos la carretera", añadió.',
    { type: 'direct', text: 'Mañana abriremos la carretera', speaker: 'Marta Ruiz', cue: 'añadió' },
  ],
  [
    'es',
    'dijo a los periodistas que …: the person spoken to is no part of the content',
    'Marta Ruiz dijo a los periodistas que la carretera abrirá el lunes.',
    { type: 'indirect', text: 'la carretera abrirá el lunes', speaker: 'Marta Ruiz', cue: 'dijo' },
  ],
  [
    'es',
    '"…", dijo a los periodistas el cargo: a common noun told between the cue and its speaker',
    '"El agua ya baja", dijo a los periodistas el alcalde Pedro Gil.',
    { type: 'direct', text: 'El agua ya baja', speaker: 'Pedro Gil', cue: 'dijo' },
  ],
  [
    'es',
    'afirmó que …',
    'Marta Ruiz afirmó que la carretera abrirá el lunes.',
    { type: 'indirect', text: 'la carretera abrirá el lunes', speaker: 'Marta Ruiz', cue: 'afirmó' },
  ],
  [
    'es',
    'La cargo, Nombre, … y afirmó que: a coordinated cue takes the subject in apposition',
    'La alcaldesa, Marta Ruiz, visitó la zona y afirmó que habrá ayudas.',
    { type: 'indirect', text: 'habrá ayudas', speaker: 'Marta Ruiz', cue: 'afirmó' },
  ],
  [
    'es',
    '—…, —dijo Nombre—.: a line of dialogue with its inciso',
    'Titular\n\n—Seguiremos buscando a los vecinos —dijo Marta Ruiz—. No vamos a parar.',
    { type: 'direct', text: 'Seguiremos buscando a los vecinos', speaker: 'Marta Ruiz', cue: 'dijo' },
  ],
  // Italian
  [
    'it',
    'Lo ha detto Nome: an object clitic stands for the sentence before, and the speaker follows the cue',
    'La nuova linea del tram aprirà a marzo. Lo ha detto il sindaco Luca Neri durante una conferenza a Torino.',
    {
      type: 'indirect',
      text: 'La nuova linea del tram aprirà a marzo',
      speaker: 'Luca Neri',
      cue: 'ha detto',
    },
  ],
  [
    'it',
    'Lo ha detto ai giornalisti il cargo: a common noun told between the cue and its speaker',
    'La nuova linea del tram aprirà a marzo. Lo ha detto ai giornalisti il sindaco Luca Neri.',
    {
      type: 'indirect',
      text: 'La nuova linea del tram aprirà a marzo',
      speaker: 'Luca Neri',
      cue: 'ha detto',
    },
  ],
  [
    'it',
    'CITTÀ - …. Lo ha detto …: the dateline of the sentence the clitic stands for is none of its content',
    'TORINO - La nuova linea del tram aprirà a marzo. Lo ha detto il sindaco Luca Neri.',
    {
      type: 'indirect',
      text: 'La nuova linea del tram aprirà a marzo',
      speaker: 'Luca Neri',
      cue: 'ha detto',
    },
  ],
  [
    'it',
    'ha detto ai giornalisti che …: the person spoken to is no part of the content',
    'Luca Neri ha detto ai giornalisti che i lavori finiranno a maggio.',
    { type: 'indirect', text: 'i lavori finiranno a maggio', speaker: 'Luca Neri', cue: 'ha detto' },
  ],
  [
    'it',
    '"…": lo ha detto Nome …: a clitic after the colon stands for the quotation',
    '"I lavori finiranno a maggio": lo ha detto Luca Neri ad un incontro con i residenti.',
    { type: 'direct', text: 'I lavori finiranno a maggio', speaker: 'Luca Neri', cue: 'ha detto' },
  ],
  [
    'it',
    '…, lo ha detto il cargo: a clitic after the comma stands for the clause before it',
    'La nuova linea del tram aprirà a marzo, lo ha detto il sindaco Luca Neri.',
    {
      type: 'indirect',
      text: 'La nuova linea del tram aprirà a marzo',
      speaker: 'Luca Neri',
      cue: 'ha detto',
    },
  ],
  [
    'it',
    '…, secondo cui …: the relative stands for the phrase before, and what follows is what it said',
    "Il fiume è salito. Lo ha riferito l'agenzia Ansa, secondo cui tre strade sono chiuse.",
    { type: 'indirect', text: 'tre strade sono chiuse', speaker: 'Ansa', cue: 'secondo' },
  ],
  [
    'it',
    "Lo ha detto a Testata l'Ambasciatore: an elided article opens the speaker after the addressee",
    "Il ponte riaprirà a maggio. Lo ha detto a SkyTg24 l'Ambasciatore Luca Neri.",
    { type: 'indirect', text: 'Il ponte riaprirà a maggio', speaker: 'Luca Neri', cue: 'ha detto' },
  ],
  [
    'it',
    "«…», ha detto all'Agenzia il cargo: an elided preposition before the addressee",
    "«Siamo pronti», ha detto all'ANSA il sindaco Luca Neri.",
    { type: 'direct', text: 'Siamo pronti', speaker: 'Luca Neri', cue: 'ha detto' },
  ],
  [
    'it',
    '"… - dichiara il presidente Nome - …": hyphens with spaces set off the aside too',
    '"I lupi sono tornati - dichiara il presidente Luca Neri - e li proteggeremo".',
    {
      type: 'direct',
      text: 'I lupi sono tornati - dichiara il presidente Luca Neri - e li proteggeremo',
      speaker: 'Luca Neri',
      cue: 'dichiara',
    },
  ],
  [
    'it',
    '"… – dichiara il presidente Nome – …": a cue set off by dashes inside the quotation',
    '"I lupi sono tornati – dichiara il presidente Luca Neri – e li proteggeremo".',
    {
      type: 'direct',
      text: 'I lupi sono tornati – dichiara il presidente Luca Neri – e li proteggeremo',
      speaker: 'Luca Neri',
      cue: 'dichiara',
    },
  ],
  [
    'it',
    '"…", ha detto il cargo, Nome: a compound cue with a name in apposition',
    '"La strada resta chiusa", ha detto il sindaco di Pavia, Luca Neri.',
    { type: 'direct', text: 'La strada resta chiusa', speaker: 'Luca Neri', cue: 'ha detto' },
  ],
  [
    'it',
    'ha detto che …',
    'Luca Neri ha detto che i lavori finiranno a maggio.',
    { type: 'indirect', text: 'i lavori finiranno a maggio', speaker: 'Luca Neri', cue: 'ha detto' },
  ],
  [
    'it',
    '«…», ha scritto Cognome: a surname expands to the name given before',
    'Il sindaco Luca Neri era in città. «Siamo pronti», ha scritto Neri sui social.',
    { type: 'direct', text: 'Siamo pronti', speaker: 'Luca Neri', cue: 'ha scritto' },
  ],
  // Portuguese
  [
    'pt',
    '"…", afirmou à Lusa a cargo, Nome: addressee and apposition',
    '"A ponte vai reabrir", afirmou à Lusa a autarca de Braga, Rita Sousa.',
    { type: 'direct', text: 'A ponte vai reabrir', speaker: 'Rita Sousa', cue: 'afirmou' },
  ],
  [
    'pt',
    'disse aos jornalistas que …: the person spoken to is no part of the content',
    'Rita Sousa disse aos jornalistas que a ponte vai reabrir em maio.',
    { type: 'indirect', text: 'a ponte vai reabrir em maio', speaker: 'Rita Sousa', cue: 'disse' },
  ],
  [
    'pt',
    'disse que …',
    'Rita Sousa disse que a ponte vai reabrir em maio.',
    { type: 'indirect', text: 'a ponte vai reabrir em maio', speaker: 'Rita Sousa', cue: 'disse' },
  ],
  [
    'pt',
    '"…", declarou: a dropped subject',
    '"A ponte vai reabrir", disse Rita Sousa. "Estamos prontos", declarou.',
    { type: 'direct', text: 'Estamos prontos', speaker: 'Rita Sousa', cue: 'declarou' },
  ],
  // Dutch
  [
    'nl',
    '"…", zei Naam: inversion after the closing mark',
    '"De brug gaat dicht", zei Pieter de Vries.',
    { type: 'direct', text: 'De brug gaat dicht', speaker: 'Pieter de Vries', cue: 'zei' },
  ],
  [
    'nl',
    '"…", zei een bewoner tegen het ANP: a description and its addressee',
    '"Het was een harde klap", zei een bewoner tegen het ANP.',
    { type: 'direct', text: 'Het was een harde klap', speaker: 'een bewoner', cue: 'zei' },
  ],
  [
    'nl',
    'zei tegen de krant dat …: the person spoken to is no part of the content',
    'Pieter de Vries zei tegen de krant dat de brug maandag dichtgaat.',
    { type: 'indirect', text: 'de brug maandag dichtgaat', speaker: 'Pieter de Vries', cue: 'zei' },
  ],
  [
    'nl',
    'zei dat …',
    'Pieter de Vries zei dat de brug maandag dichtgaat.',
    { type: 'indirect', text: 'de brug maandag dichtgaat', speaker: 'Pieter de Vries', cue: 'zei' },
  ],
  [
    'nl',
    '"…", aldus Naam: a postposed cue',
    '"De brug gaat dicht", aldus De Vries.',
    { type: 'direct', text: 'De brug gaat dicht', speaker: 'De Vries', cue: 'aldus' },
  ],
];

describe('attribution forms beyond English', () => {
  it.each(rows)('%s: %s', (code, _, text, expected) => {
    expect(quotesOf(code, text)).toContainEqual(expected);
  });

  it('reads "selon lui" as the last speaker, by gender', () => {
    const quotes = quotesOf(
      'fr',
      '« Le pont était fissuré », a déclaré Paul Martin. Selon lui, la ville savait depuis des mois.',
    );
    expect(quotes).toContainEqual({
      type: 'indirect',
      text: 'la ville savait depuis des mois',
      speaker: 'Paul Martin',
      cue: 'Selon',
    });
  });

  it('gives no German "er" to a common noun that spoke ("laut Redetext")', () => {
    const quotes = quotesOf(
      'de',
      'Jetzt müsse die Politik handeln, heißt es laut Redetext. Es überwiege der Schaden, sagte er.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Redetext', 'er']);
  });

  it('reads "so" before a verb as no cue', () => {
    expect(quotesOf('de', 'Es regnet, so bleibt das Fest in der Halle.')).toEqual([]);
  });

  it('reads "selon le dernier rapport" whole: a time adjective after its article is part of the speaker', () => {
    const quotes = quotesOf('fr', 'Le chômage a reculé, selon le dernier rapport du ministère.');
    expect(quotes).toContainEqual({
      type: 'indirect',
      text: 'Le chômage a reculé',
      speaker: 'le dernier rapport du ministère',
      cue: 'selon',
    });
  });

  it('reads a French participle without its auxiliary, and "autrement dit", as no cue', () => {
    expect(quotesOf('fr', 'Un imam de Beaucaire condamné à de la prison avec sursis.')).toEqual([]);
    expect(quotesOf('fr', 'Le budget baisse, autrement dit la ville paiera moins.')).toEqual([]);
  });

  it('keeps a separable verb that is no speech out of the German quotes', () => {
    expect(quotesOf('de', 'Jonas Brandt sagte die Reise nach Berlin ab.')).toEqual([]);
  });
});
