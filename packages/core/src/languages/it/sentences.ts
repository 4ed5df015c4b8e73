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

export const IT_SENTENCES: Partial<SentenceWords> = { abbreviations: ABBREVIATIONS };
