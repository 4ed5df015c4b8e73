import { table } from '../../util/table';
import type { CasualtyWords, Qualifier } from '../types';
import { words } from '../word-list';

/** German: the words of casualty counts ("mindestens 50 Tote", "mehr als 120 Menschen verletzt"). */
export const DE_CASUALTIES: Partial<CasualtyWords> = {
  of: 'von',
  toll: ['der', 'toten'],
  tollWords: new Set(words('stieg steigt ist auf gestiegen liegt lag bei mittlerweile inzwischen nun')),
  breakdownOpeners: new Set(['darunter']),
  breakdownJoiners: new Set(['und']),
  activeVerbs: table({
    tötete: 'killed',
    töteten: 'killed',
    tötet: 'killed',
    verletzte: 'wounded',
    verletzten: 'wounded',
    festgenommen: 'arrested',
    nahm: 'arrested',
    entführte: 'kidnapped',
    entführten: 'kidnapped',
  }),
  eventNouns: table({ tötung: 'killed', festnahme: 'arrested', entführung: 'kidnapped' }),
  states: table({
    tote: 'killed',
    toten: 'killed',
    getötet: 'killed',
    tot: 'killed',
    starben: 'killed',
    gestorben: 'killed',
    umgekommen: 'killed',
    starb: 'killed',
    stirbt: 'killed',
    sterben: 'killed',
    verstarb: 'killed',
    verstarben: 'killed',
    verstorben: 'killed',
    erlag: 'killed',
    erlagen: 'killed',
    ertrunken: 'killed',
    ertranken: 'killed',
    erschossen: 'killed',
    ermordet: 'killed',
    todesopfer: 'killed',
    verletzte: 'wounded',
    verletzten: 'wounded',
    verletzt: 'wounded',
    schwerverletzte: 'wounded',
    leichtverletzte: 'wounded',
    verwundet: 'wounded',
    vermisst: 'missing',
    vermisste: 'missing',
    vermissten: 'missing',
    vertrieben: 'displaced',
    obdachlos: 'displaced',
    festgenommen: 'arrested',
    verhaftet: 'arrested',
    entführt: 'kidnapped',
    verschleppt: 'kidnapped',
  }),
  statePhrases: [
    ['ums leben', 'killed'],
    ['ihr leben verloren', 'killed'],
    ['tödlich verletzt', 'killed'],
    ['tödlich verunglückt', 'killed'],
  ],
  // German writes kinds of people as compounds: "Autofahrer", "Bergleute", "Polizeibeamte", "Rettungskräfte".
  personSuffix:
    /(?:leute|fahrer|gänger|arbeiter|bewohner|insassen|beamte|beamten|kräfte|soldaten|polizisten|schüler|sportler|urlauber|besucher|reisende|reisenden)$/,
  leftStates: new Set(),
  bridgeWords: new Set(
    words(`wurden wurde werden sind ist waren war seien sei worden gelten galten als bereits mindestens zudem auch dabei schwer leicht kamen kam haben hat
    lebensgefährlich teils teilweise offenbar vermutlich nach angaben`),
  ),
  qualifiers: [
    ['mehr als', 'more_than'],
    ['weniger als', 'fewer_than'],
    ['bis zu', 'up_to'],
    ['mindestens', 'at_least'],
    ['wenigstens', 'at_least'],
    ['über', 'more_than'],
    ['rund', 'about'],
    ['etwa', 'about'],
    ['ungefähr', 'about'],
    ['knapp', 'about'],
    ['fast', 'about'],
    ['nahezu', 'about'],
    ['annähernd', 'about'],
  ] as readonly (readonly [string, Qualifier])[],
  personNouns: new Set(
    words(`menschen personen person zivilisten soldaten kinder frauen männer polizisten helfer kämpfer
    demonstranten passagiere bewohner einwohner mitarbeiter arbeiter journalisten flüchtlinge migranten schüler
    studenten opfer insassen häftlinge geiseln angreifer extremisten rebellen milizionäre feuerwehrleute
    sanitäter besucher fahrgäste touristen dorfbewohner zivilpersonen`),
  ),
  whoStops: new Set(
    words(`und oder aber in im an am auf bei mit von vom zu zum zur aus nach vor seit durch für gegen der die das
    den dem des ein eine einer als wie während`),
  ),
  measureWords: new Set(
    words(`prozent mal jahre jahren jahr tage tagen tag stunden stunde minuten wochen monate kilometer meter euro
    dollar tonnen grad punkte`),
  ),
};
