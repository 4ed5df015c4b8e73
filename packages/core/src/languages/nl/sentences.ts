import type { SentenceWords } from '../types';

/**
 * Dutch: abbreviations a full stop follows inside a sentence: "mr." (meester, the lawyer's title), "dhr.",
 * "mevr.", "dr.", "drs.", "ir.", "ing.", "prof.", "bijv.", "o.a.", "d.w.z.", "ca.", "nr." and month
 * abbreviations ("jan.", "okt.").
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'mr dhr mevr mw dr drs ir ing prof bijv bv o.a d.w.z m.a.w i.p.v ca nr blz st jl jhr mgr etc enz resp vs jan feb mrt apr jun jul aug sep sept okt nov dec'.split(
    ' ',
  ),
);

export const NL_SENTENCES: Partial<SentenceWords> = { abbreviations: ABBREVIATIONS };
