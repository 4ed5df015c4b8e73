import { table } from '../../util/table';
import type { DateWords } from '../types';
import { words } from '../word-list';

/** Month names in full, lower case, as pages print them (the page readers read them too). */
export const PT_MONTH_NAMES: Record<string, number> = {
  janeiro: 1,
  fevereiro: 2,
  março: 3,
  abril: 4,
  maio: 5,
  junho: 6,
  julho: 7,
  agosto: 8,
  setembro: 9,
  outubro: 10,
  novembro: 11,
  dezembro: 12,
};

/** Portuguese: weekdays, months and relative-date words with their tense rules ("na semana passada", "ontem"). */
export const PT_DATES: Partial<DateWords> = {
  // The short forms ("sexta", "segunda") are also ordinals and stay out.
  weekdays: table({
    domingo: 0,
    'segunda-feira': 1,
    'terça-feira': 2,
    'terca-feira': 2,
    'quarta-feira': 3,
    'quinta-feira': 4,
    'sexta-feira': 5,
    sábado: 6,
    sabado: 6,
  }),
  // The names in full, their abbreviations, and spellings without accents.
  months: table({
    ...PT_MONTH_NAMES,
    marco: 3,
    jan: 1,
    fev: 2,
    mar: 3,
    abr: 4,
    mai: 5,
    jun: 6,
    jul: 7,
    ago: 8,
    set: 9,
    out: 10,
    nov: 11,
    dez: 12,
  }),
  shortMonths: new Set(['maio', 'junho', 'julho', 'março', 'abril']),
  shifts: table<-1 | 0 | 1>({ este: 0, esta: 0, próximo: 1, próxima: 1, proximo: 1, proxima: 1 }),
  shiftsAfter: table<-1 | 0 | 1>({ passado: -1, passada: -1, próximo: 1, próxima: 1 }),
  // "na semana passada", "no domingo passado", "na próxima semana".
  leads: new Set(['na', 'no', 'o', 'a']),
  capitalisedNames: false,
  capitalisedUnits: false,
  dayWords: table({ hoje: 0, ontem: -1, anteontem: -2, amanhã: 1, amanha: 1 }),
  dayPhrases: table({
    'esta manhã': 0,
    'esta tarde': 0,
    'esta noite': 0,
    'hoje de manhã': 0,
    'ontem à noite': -1,
    'ontem de manhã': -1,
    'ontem à tarde': -1,
    'amanhã de manhã': 1,
  }),
  dayMonthLinks: new Set(['de']),
  monthYearLinks: new Set(['de']),
  dayNumber: /^(\d{1,2})$/,
  monthLeads: new Set(words('em desde até de início final meados antes depois durante')),
  yearLeads: new Set(words('em desde até ano de durante antes depois')),
  countLeads: new Set(words('menos mais cerca quase total')),
  countNouns: new Set(words('pessoas mortos feridos euros dólares reais habitantes soldados')),
  calendarUnits: table({
    semana: 'week',
    semanas: 'week',
    mês: 'month',
    meses: 'month',
    ano: 'year',
    anos: 'year',
    dia: 'day',
    dias: 'day',
  }),
  pluralUnits: new Set(['semanas', 'meses', 'anos', 'dias']),
  // Pretérito perfeito ("afirmou", "morreram", "atingiram", "morreu") and imperfeito ("estava").
  regularPast: /^[a-záâãàçéêíóôõúü]{2,}(?:ou|aram|eram|iram|eu|iu|ava|avam)$/,
  notPast: new Set(words('europeu museu judeu ateu seu meu teu estou vou sou dou')),
  pastVerbs: new Set(
    words(`foi foram disse disseram fez fizeram esteve estiveram teve tiveram houve tinha tinham estava estavam
    era eram deu deram pôs pôde veio vieram ontem`),
  ),
  regularFuture: /^[a-záâãàçéêíóôõúü]{2,}(?:rá|rão|remos|ria|riam)$/,
  futureCues: new Set(
    words('vai vão irá irão próximo próxima prevê previsto prevista amanhã será serão deverá deverão'),
  ),
  futureParticiples: new Set(['previsto', 'prevista', 'programado', 'programada']),
  unmarkedTense: 'past',
};
