import { table } from '../../util/table';
import { weekdaysWithParts } from '../de/dates';
import type { DateWords } from '../types';
import { words } from '../word-list';

/** Month names in full, lower case, as pages print them (the page readers read them too). */
export const NL_MONTH_NAMES: Record<string, number> = {
  januari: 1,
  februari: 2,
  maart: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
};

/** Dutch: weekdays, months and relative-date words with their tense rules ("vorige week", "zondagavond"). */
export const NL_DATES: Partial<DateWords> = {
  weekdays: weekdaysWithParts(
    [['zondag'], ['maandag'], ['dinsdag'], ['woensdag'], ['donderdag'], ['vrijdag'], ['zaterdag']],
    ['ochtend', 'morgen', 'middag', 'avond', 'nacht'],
  ),
  // The names in full, their abbreviations, and spellings without accents.
  months: table({
    ...NL_MONTH_NAMES,
    jan: 1,
    feb: 2,
    mrt: 3,
    apr: 4,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    okt: 10,
    nov: 11,
    dec: 12,
  }),
  shortMonths: new Set(['mei', 'juni', 'juli', 'maart']),
  shifts: table<-1 | 0 | 1>({
    vorige: -1,
    vorig: -1,
    afgelopen: -1,
    deze: 0,
    dit: 0,
    volgende: 1,
    volgend: 1,
    komende: 1,
    aanstaande: 1,
  }),
  shiftsAfter: table({}),
  leads: new Set(),
  capitalisedNames: false,
  capitalisedUnits: false,
  dayWords: table({
    vandaag: 0,
    vanochtend: 0,
    vanmorgen: 0,
    vanmiddag: 0,
    vanavond: 0,
    vannacht: 0,
    gisteren: -1,
    gisterochtend: -1,
    gistermiddag: -1,
    gisteravond: -1,
    gisternacht: -1,
    eergisteren: -2,
    morgen: 1,
    morgenochtend: 1,
    morgenavond: 1,
    overmorgen: 2,
  }),
  // "de morgen", "'s morgens": the morning.
  notDayAfter: new Set(['de', 'die', 'elke', 'iedere', 'een']),
  dayNumber: /^(\d{1,2})$/,
  monthLeads: new Set(words('in sinds tot van begin eind half medio vóór voor na')),
  yearLeads: new Set(words('in sinds tot van jaar begin eind medio')),
  countLeads: new Set(words("dan minstens ruim zo'n circa bijna ongeveer totaal")),
  countNouns: new Set(words('mensen personen doden gewonden euro dollar inwoners soldaten')),
  calendarUnits: table({
    week: 'week',
    weken: 'week',
    weekend: 'week',
    maand: 'month',
    maanden: 'month',
    jaar: 'year',
    jaren: 'year',
    dag: 'day',
    dagen: 'day',
  }),
  pluralUnits: new Set(['weken', 'maanden', 'jaren', 'dagen']),
  // Past tense ("meldde", "raakten") and participles ("heeft … ingesteld", "zijn … gevallen"). Dutch writes its
  // nouns in lower case, so the frequent nouns these endings catch are listed in NOT_PAST.
  regularPast:
    /^(?!.*(?:end|heid|icht|echt)(?:e|en)?$)(?:[a-z]{2,}[^aeiouyst\W](?:de|te|den|ten)|[a-z]{2,}(?:tte|tten|dde|dden)|(?:[a-z]{2,5})?ge[a-z]{3,}(?:d|t|en))$/,
  notPast: new Set(
    words(`derde vierde harde echte slechte rechte lichte zwarte korte witte aparte gebied gebieden gezicht
    gevecht gevechten gewicht gerecht gemeenten gedachten gelegenheid gebruiken geven gelden geloven gebeuren
    gebouwen gesprekken gemiddeld genoeg geleden gemeente ruimte ruimten hoogte lengte breedte diepte warmte
    sterkte grootte helft`),
  ),
  pastVerbs: new Set(
    words(`was waren had hadden zei zeiden kwam kwamen ging gingen gaf gaven stond stonden vond vonden kreeg
    kregen sprak spraken nam namen werd werden viel vielen liet lieten bleef bleven stierf stierven overleed
    overleden schoot schoten vloog brak hield hielden riep trof zag zagen wist dacht bracht kocht zocht
    geweest gisteren eerder`),
  ),
  regularFuture: /(?!)/,
  futureCues: new Set(words('zal zullen gaat gaan wil willen moet moeten komende volgende morgen gepland')),
  futureParticiples: new Set(['gepland', 'verwacht']),
  // "De gemeente houdt donderdag een bijeenkomst": the present looks ahead; the past has its own verb forms.
  unmarkedTense: 'future',
};
