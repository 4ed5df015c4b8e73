import type { SentenceWords } from '../types';
import { MONTH_ABBREVIATIONS } from './calendar';

/** Abbreviations a full stop follows inside a sentence: titles, company forms, Latin, units and months. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...'mr mrs ms dr prof gen lt col sgt capt maj sen rep gov pres st jr sr inc ltd co corp no vs etc u.s u.n u.k e.g i.e a.m p.m mt ft rev hon del det supt insp cpl pvt adm cmdr msgr atty'.split(
    ' ',
  ),
  ...Object.keys(MONTH_ABBREVIATIONS),
]);

/** Words after a hyphen that make the name before them an adjective: "Britain-based", "Saudi-led". */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(
  'based led backed held controlled owned born bound made run funded allied linked affiliated aligned sponsored brokered dominated style era wide area bred trained educated listed registered'.split(
    ' ',
  ),
);

export const EN_SENTENCES: SentenceWords = {
  abbreviations: ABBREVIATIONS,
  nameSuffixes: NAME_SUFFIXES,
  // English ordinals take a suffix ("12th"), never a full stop.
  ordinalNouns: new Set(),
  elisions: new Set(),
};
