import { table } from '../../util/table';
import type { DateWords } from '../types';
import { words } from '../word-list';

/** Month names in full, lower case, as pages print them (the page readers read them too). */
export const ES_MONTH_NAMES: Record<string, number> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

/** Spanish: weekdays, months and relative-date words with their tense rules ("el pasado domingo", "ayer"). */
export const ES_DATES: Partial<DateWords> = {
  weekdays: table({
    domingo: 0,
    lunes: 1,
    martes: 2,
    miércoles: 3,
    miercoles: 3,
    jueves: 4,
    viernes: 5,
    sábado: 6,
    sabado: 6,
  }),
  // The names in full, their abbreviations, and spellings without accents.
  months: table({
    ...ES_MONTH_NAMES,
    setiembre: 9,
    ene: 1,
    feb: 2,
    mar: 3,
    abr: 4,
    jun: 6,
    jul: 7,
    ago: 8,
    sep: 9,
    sept: 9,
    oct: 10,
    nov: 11,
    dic: 12,
  }),
  shortMonths: new Set(['mayo', 'junio', 'julio', 'marzo', 'abril']),
  shifts: table<-1 | 0 | 1>({
    este: 0,
    esta: 0,
    pasado: -1,
    pasada: -1,
    próximo: 1,
    próxima: 1,
    proximo: 1,
    proxima: 1,
  }),
  shiftsAfter: table<-1 | 0 | 1>({ pasado: -1, pasada: -1, próximo: 1, próxima: 1 }),
  // "el pasado domingo", "la semana pasada".
  leads: new Set(['el', 'la']),
  capitalisedNames: false,
  capitalisedUnits: false,
  dayWords: table({ hoy: 0, ayer: -1, anteayer: -2, anoche: -1, mañana: 1 }),
  dayPhrases: table({
    'esta mañana': 0,
    'esta tarde': 0,
    'esta noche': 0,
    'ayer por la mañana': -1,
    'ayer por la tarde': -1,
    'ayer por la noche': -1,
    'pasado mañana': 2,
  }),
  // "la mañana", "por la mañana", "cada mañana": the morning.
  notDayAfter: new Set(['la', 'una', 'cada', 'toda', 'de', 'esa', 'aquella', 'misma']),
  dayMonthLinks: new Set(['de']),
  monthYearLinks: new Set(['de']),
  dayNumber: /^(\d{1,2})$/,
  monthLeads: new Set(words('en desde hasta de principios finales mediados antes después durante')),
  yearLeads: new Set(words('en desde hasta año de durante antes después')),
  countLeads: new Set(words('menos más unos unas cerca casi total')),
  countNouns: new Set(words('personas muertos heridos euros dólares habitantes soldados')),
  calendarUnits: table({
    semana: 'week',
    semanas: 'week',
    mes: 'month',
    meses: 'month',
    año: 'year',
    años: 'year',
    día: 'day',
    días: 'day',
  }),
  pluralUnits: new Set(['semanas', 'meses', 'años', 'días']),
  // Pretérito ("informó", "murieron", "resultaron") and imperfect ("contaba"); nouns in -ía are left out.
  regularPast: /^[a-záéíóúñü]{2,}(?:ó|aron|ieron|aba|aban)$/,
  notPast: new Set(words('pasó')),
  pastVerbs: new Set(
    words(`fue fueron dijo dijeron hizo hicieron estuvo estuvieron tuvo tuvieron hubo había habían ha han era
    eran vino dio dieron puso pudo quiso murió ayer anoche`),
  ),
  regularFuture: /^[a-záéíóúñü]{2,}(?:rá|rán|remos|ría|rían)$/,
  futureCues: new Set(
    words(`va van vamos próximo próxima prevé prevén previsto prevista previstos mañana será serán habrá
    celebrará`),
  ),
  futureParticiples: new Set(['previsto', 'prevista', 'programado', 'programada']),
  unmarkedTense: 'past',
};
