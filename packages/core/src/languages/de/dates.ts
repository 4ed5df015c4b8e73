import { table } from '../../util/table';
import type { DateWords } from '../types';

/** Month names in full, lower case, as pages print them (the page readers read them too). */
export const DE_MONTH_NAMES: Record<string, number> = {
  januar: 1,
  februar: 2,
  märz: 3,
  april: 4,
  mai: 5,
  juni: 6,
  juli: 7,
  august: 8,
  september: 9,
  oktober: 10,
  november: 11,
  dezember: 12,
  // Austrian forms.
  jänner: 1,
  feber: 2,
  // März without its umlaut.
  maerz: 3,
};

/** Month names and the abbreviations German prints, lower case. */
export const DE_MONTHS: Readonly<Record<string, number>> = table({
  ...DE_MONTH_NAMES,
  jan: 1,
  feb: 2,
  mär: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dez: 12,
});

/** Weekdays, Sunday = 0, with the parts of the day they join in one word: "Sonntagabend", "zondagavond". */
export function weekdaysWithParts(
  days: readonly (readonly string[])[],
  parts: readonly string[],
): Readonly<Record<string, number>> {
  const out: Record<string, number> = {};
  days.forEach((names, day) => {
    for (const name of names) {
      out[name] = day;
      for (const part of parts) out[name + part] = day;
    }
  });
  return table(out);
}

const WEEKDAYS = weekdaysWithParts(
  [
    ['sonntag'],
    ['montag'],
    ['dienstag'],
    ['mittwoch'],
    ['donnerstag'],
    ['freitag'],
    ['samstag', 'sonnabend'],
  ],
  ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'],
);

const SHIFTS = table<-1 | 0 | 1>({
  letzte: -1,
  letzten: -1,
  letzter: -1,
  letztes: -1,
  vergangene: -1,
  vergangenen: -1,
  vergangener: -1,
  vergangenes: -1,
  vorige: -1,
  vorigen: -1,
  voriger: -1,
  diese: 0,
  diesen: 0,
  dieser: 0,
  dieses: 0,
  nächste: 1,
  nächsten: 1,
  nächster: 1,
  nächstes: 1,
  kommende: 1,
  kommenden: 1,
  kommender: 1,
  kommendes: 1,
});

// Präteritum and Perfekt: "sagte", "war", "hat … gefordert", "ist … gestorben". Nouns are capitalised, so a
// lower-case word with these endings is a verb or an adjective; the adjectives are listed in NOT_PAST.
const REGULAR_PAST =
  /^(?:[a-zäöüß]{2,}[^aeiouäöüs\W](?:te|ten|tet)|[a-zäöüß]{2,}(?:ete|eten)|(?:[a-zäöü]{2,5})?ge[a-zäöüß]{3,}(?:t|en))$/;

const NOT_PAST: ReadonlySet<string> = new Set(
  `letzte letzten dritte dritten mitte bitte rechte rechten alten gesamten bekannten konkreten geplanten
  geplant bevorstehenden erwarteten vorgesehenen angekündigten weiteren achten achte gegen genug gelten gehen
  geben gewinnen gehören geschehen gestalten genießen gestehen gefallen gewähren gelingen geraten bestehen
  beiden besten echten festen harten leichten schlechten`
    .split(/\s+/)
    .filter(Boolean),
);

const PAST_VERBS: ReadonlySet<string> = new Set(
  `war waren warst hatte hatten wurde wurden kam kamen gab gaben ging gingen stand standen sprach sprachen fand
  fanden hielt hielten rief riefen traf trafen nahm nahmen starb starben fiel fielen schoss schossen sah sahen
  blieb blieben zog zogen trat traten wies wiesen schrieb schrieben lag lagen bat baten erschien verlor verloren
  gewann begann begannen brachte brachten dachte wusste konnte konnten musste mussten durfte wollte wollten
  gestern vorgestern damals zuvor bereits`
    .split(/\s+/)
    .filter(Boolean),
);

const FUTURE_CUES: ReadonlySet<string> = new Set(
  `wird werden werde will wollen soll sollen plant planen geplant bevorstehenden bevorstehende kommende
  kommenden nächste nächsten morgen übermorgen künftig demnächst voraussichtlich angesetzt vorgesehen`
    .split(/\s+/)
    .filter(Boolean),
);

/** German: weekdays, months and relative-date words with their tense rules. */
export const DE_DATES: Partial<DateWords> = {
  weekdays: WEEKDAYS,
  months: DE_MONTHS,
  shortMonths: new Set(['mai', 'juni', 'juli', 'märz']),
  shifts: SHIFTS,
  shiftsAfter: table({}),
  // "am Montag", "am kommenden Sonntag".
  leads: new Set(['am']),
  capitalisedNames: true,
  capitalisedUnits: true,
  dayWords: table({ heute: 0, gestern: -1, vorgestern: -2, morgen: 1, übermorgen: 2 }),
  dayPhrases: table({
    'heute morgen': 0,
    'heute früh': 0,
    'heute abend': 0,
    'heute nacht': 0,
    'gestern morgen': -1,
    'gestern abend': -1,
    'gestern nacht': -1,
    'morgen früh': 1,
    'morgen abend': 1,
  }),
  dayMonthLinks: new Set(['.']),
  dayNumber: /^(\d{1,2})$/,
  monthLeads: new Set([
    'im',
    'seit',
    'bis',
    'ab',
    'von',
    'anfang',
    'ende',
    'mitte',
    'vor',
    'nach',
    'letzten',
  ]),
  yearLeads: new Set([
    'im',
    'jahr',
    'jahres',
    'seit',
    'bis',
    'von',
    'ab',
    'anfang',
    'ende',
    'mitte',
    'vor',
    'nach',
  ]),
  countLeads: new Set([
    'als',
    'mindestens',
    'rund',
    'etwa',
    'über',
    'knapp',
    'fast',
    'insgesamt',
    'nur',
    'zahl',
  ]),
  countNouns: new Set(['menschen', 'personen', 'euro', 'dollar', 'tote', 'toten', 'verletzte', 'soldaten']),
  calendarUnits: table({
    woche: 'week',
    wochen: 'week',
    wochenende: 'week',
    monat: 'month',
    monats: 'month',
    monate: 'month',
    jahr: 'year',
    jahres: 'year',
    jahre: 'year',
    tag: 'day',
    tage: 'day',
  }),
  pluralUnits: new Set(['wochen', 'monate', 'jahre', 'tage']),
  regularPast: REGULAR_PAST,
  notPast: NOT_PAST,
  pastVerbs: PAST_VERBS,
  futureCues: FUTURE_CUES,
  futureParticiples: new Set(['geplant', 'angesetzt', 'vorgesehen']),
  // "Die Kommission berät am Donnerstag": the present looks ahead; the past has its own verb forms.
  unmarkedTense: 'future',
};
