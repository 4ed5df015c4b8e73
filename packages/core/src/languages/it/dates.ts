import { table } from '../../util/table';
import type { DateWords } from '../types';
import { words } from '../word-list';

/** Month names in full, lower case, as pages print them (the page readers read them too). */
export const IT_MONTH_NAMES: Record<string, number> = {
  gennaio: 1,
  febbraio: 2,
  marzo: 3,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  agosto: 8,
  settembre: 9,
  ottobre: 10,
  novembre: 11,
  dicembre: 12,
};

/** Italian: weekdays, months and relative-date words with their tense rules ("ieri sera", "domenica scorsa"). */
export const IT_DATES: Partial<DateWords> = {
  weekdays: table({
    domenica: 0,
    lunedì: 1,
    lunedi: 1,
    martedì: 2,
    martedi: 2,
    mercoledì: 3,
    mercoledi: 3,
    giovedì: 4,
    giovedi: 4,
    venerdì: 5,
    venerdi: 5,
    sabato: 6,
  }),
  // The names in full, their abbreviations, and spellings without accents.
  months: table({
    ...IT_MONTH_NAMES,
    gen: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    mag: 5,
    giu: 6,
    lug: 7,
    ago: 8,
    set: 9,
    sett: 9,
    ott: 10,
    nov: 11,
    dic: 12,
  }),
  shortMonths: new Set(['marzo']),
  shifts: table<-1 | 0 | 1>({
    questo: 0,
    questa: 0,
    scorso: -1,
    scorsa: -1,
    prossimo: 1,
    prossima: 1,
  }),
  shiftsAfter: table<-1 | 0 | 1>({ scorso: -1, scorsa: -1, prossimo: 1, prossima: 1 }),
  // "lo scorso anno", "la settimana scorsa".
  leads: new Set(['la', 'lo', 'il']),
  capitalisedNames: false,
  capitalisedUnits: false,
  dayWords: table({
    oggi: 0,
    stamattina: 0,
    stamane: 0,
    stasera: 0,
    stanotte: 0,
    ieri: -1,
    domani: 1,
    dopodomani: 2,
  }),
  dayPhrases: table({
    'questa mattina': 0,
    'questa sera': 0,
    'questo pomeriggio': 0,
    'questa notte': 0,
    'ieri sera': -1,
    'ieri mattina': -1,
    'ieri pomeriggio': -1,
    'ieri notte': -1,
    "l'altro ieri": -2,
    'domani mattina': 1,
    'domani sera': 1,
  }),
  dayNumber: /^(\d{1,2})$/,
  monthLeads: new Set(words('a in di da entro fino dal al inizio fine metà')),
  yearLeads: new Set(words('nel dal al anno entro fino in')),
  countLeads: new Set(words('meno più circa quasi oltre totale')),
  countNouns: new Set(words('persone morti feriti euro dollari abitanti soldati')),
  calendarUnits: table({
    settimana: 'week',
    settimane: 'week',
    mese: 'month',
    mesi: 'month',
    anno: 'year',
    anni: 'year',
    "l'anno": 'year',
    giorno: 'day',
    giorni: 'day',
  }),
  pluralUnits: new Set(['settimane', 'mesi', 'anni', 'giorni']),
  // Passato prossimo participles ("ha detto" is irregular; "ha espresso"; "è stata riaperta"), passato remoto
  // ("dichiarò", "arrivarono") and imperfetto ("aveva causato").
  regularPast:
    /^[a-zàèéìòù]{2,}(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute|ò|arono|irono|erono|ava|avano|eva|evano|iva|ivano)$/,
  notPast: new Set(
    words(`stato stati stata state mercato senato deputato avvocato soldato sindacato risultato partito minuto
    minuti istituto sito quantità prossimo prossima nuova`),
  ),
  pastVerbs: new Set(
    words(`ha hanno è sono era erano fu furono aveva avevano disse dissero detto fatto scritto messo preso
    visto morto morti ieri scorso scorsa`),
  ),
  regularFuture: /^[a-zàèéìòù]{2,}(?:rà|ranno|remo|rebbe|rebbero)$/,
  futureCues: new Set(
    words('prossimo prossima previsto prevista previsti domani dovrà dovranno sarà saranno'),
  ),
  futureParticiples: new Set(['previsto', 'prevista', 'previsti', 'previste', 'programmato', 'programmata']),
  unmarkedTense: 'past',
};
