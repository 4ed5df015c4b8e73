import type { SentenceWords } from '../types';

/**
 * French: abbreviations a full stop follows inside a sentence: "M." (a single capital, kept by the splitter),
 * "MM.", "Dr.", "Pr.", "St.", "av.", "bd.", "etc.", "cf.", "env.", and month abbreviations ("janv.", "févr.").
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'mm dr pr mgr me st ste av bd boul etc cf env vol chap art p pp no nº tél janv févr fév avr juil sept oct nov déc'.split(
    ' ',
  ),
);

/** Articles, pronouns and conjunctions French elides before a vowel: "l'ONU", "d'Israël", "qu'elle". */
const ELISIONS: ReadonlySet<string> = new Set(
  "l' d' qu' j' n' s' c' m' t' lorsqu' puisqu' jusqu' quoiqu' presqu'".split(' '),
);

export const FR_SENTENCES: Partial<SentenceWords> = { abbreviations: ABBREVIATIONS, elisions: ELISIONS };
