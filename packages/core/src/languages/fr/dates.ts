import { table } from '../../util/table';
import type { DateWords } from '../types';
import { words } from '../word-list';

/** Month names in full, lower case, as pages print them (the page readers read them too). */
export const FR_MONTH_NAMES: Record<string, number> = {
  janvier: 1,
  février: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
};

/** French: weekdays, months and relative-date words with their tense rules ("dimanche dernier", "hier soir"). */
export const FR_DATES: Partial<DateWords> = {
  weekdays: table({ dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 }),
  // The names in full, their abbreviations, and spellings without accents.
  months: table({
    ...FR_MONTH_NAMES,
    fevrier: 2,
    aout: 8,
    decembre: 12,
    janv: 1,
    févr: 2,
    avr: 4,
    juil: 7,
    sept: 9,
    oct: 10,
    nov: 11,
    déc: 12,
  }),
  shortMonths: new Set(['mai', 'juin', 'mars', 'août', 'aout']),
  shifts: table<-1 | 0 | 1>({ ce: 0, cette: 0, cet: 0 }),
  shiftsAfter: table<-1 | 0 | 1>({
    dernier: -1,
    dernière: -1,
    passé: -1,
    passée: -1,
    prochain: 1,
    prochaine: 1,
  }),
  leads: new Set(['la', 'le']),
  capitalisedNames: false,
  capitalisedUnits: false,
  dayWords: table({
    "aujourd'hui": 0,
    'aujourd’hui': 0,
    hier: -1,
    'avant-hier': -2,
    demain: 1,
    'après-demain': 2,
  }),
  dayPhrases: table({
    'ce matin': 0,
    'ce soir': 0,
    'cette nuit': 0,
    'cet après-midi': 0,
    'hier soir': -1,
    'hier matin': -1,
    'hier après-midi': -1,
    'demain matin': 1,
    'demain soir': 1,
  }),
  dayNumber: /^(\d{1,2})(?:er)?$/,
  monthLeads: new Set(words('en début fin mi depuis jusqu avant après dès courant')),
  yearLeads: new Set(words('en depuis année jusqu avant après dès début fin')),
  countLeads: new Set(words('moins plus environ près quelque quelques total')),
  countNouns: new Set(words('personnes morts blessés euros dollars habitants soldats')),
  calendarUnits: table({
    semaine: 'week',
    semaines: 'week',
    'week-end': 'week',
    mois: 'month',
    an: 'year',
    ans: 'year',
    année: 'year',
    années: 'year',
    // The tokenizer keeps an elided article on its word: "l'année dernière".
    "l'année": 'year',
    "l'an": 'year',
    jour: 'day',
    jours: 'day',
  }),
  pluralUnits: new Set(['semaines', 'ans', 'années', 'jours']),
  // Passé composé participles ("a annoncé", "ont été tués") and the imparfait ("menait"); nouns in -é and -ée
  // ("sécurité", "armée") are excluded by NOT_PAST.
  regularPast: /^[a-zàâçéèêëîïôûùüÿœ]{2,}(?:é|ée|és|ées|ait|aient)$/,
  notPast: new Set(
    words(`été santé côté liberté volonté moitié pitié amitié marché comité degré député lycée musée année
    journée soirée matinée armée idée entrée durée arrivée rentrée assemblée pensée mosquée vallée allée portée
    tournée société sécurité communauté université activité autorité majorité priorité réalité unité identité
    capacité qualité quantité difficulté vérité nationalité publicité électricité sait fait`),
  ),
  pastVerbs: new Set(
    words(`été avait avaient était étaient fut furent eut dit fait mis pris vu eu hier dernier dernière
    récemment déjà`),
  ),
  regularFuture:
    /^[a-zàâçéèêëîïôûùüÿœ]{2,}(?:era|eront|erons|ira|iront|rra|rront|vra|vront|dra|dront|rait|raient)$/,
  futureCues: new Set(
    words(`va vont doit doivent devrait devraient prévu prévue prévus prévoit sera seront aura auront fera
    feront prochain prochaine demain`),
  ),
  futureParticiples: new Set(['prévu', 'prévue', 'prévus', 'prévues', 'programmé', 'programmée']),
  unmarkedTense: 'past',
};
