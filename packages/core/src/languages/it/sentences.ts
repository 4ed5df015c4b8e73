import type { SentenceWords } from '../types';

/**
 * Italian: abbreviations a full stop follows inside a sentence: "dott.", "dott.ssa" (one token), "sig.", "sig.ra",
 * "prof.", "avv.", "ing.", "on.", "sen.", "gen.", "p.es.", "ecc." and month abbreviations ("gen.", "sett.").
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'dott dott.ssa sig sig.ra sigg prof prof.ssa avv ing arch on sen gen col magg mons don p.es ecc pag pagg n nr tel gen feb mar apr mag giu lug ago set sett ott nov dic'.split(
    ' ',
  ),
);

/** Articles and prepositions Italian elides before a vowel: "l'Italia", "dell'Unione", "all'ANSA", "un'ora". */
const ELISIONS: ReadonlySet<string> = new Set(
  "l' un' d' dell' all' dall' nell' sull' coll' dev' quest' quell' nessun' tutt' c' m' t' s' v' po'".split(
    ' ',
  ),
);

export const IT_SENTENCES: Partial<SentenceWords> = { abbreviations: ABBREVIATIONS, elisions: ELISIONS };
