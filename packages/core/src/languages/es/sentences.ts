import type { SentenceWords } from '../types';

/**
 * Spanish: abbreviations a full stop follows inside a sentence: "Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "D.",
 * "Dña.", "Ud.", "núm.", "pág.", "etc.", and month abbreviations ("ene.", "sept.").
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'sr sra srta sres dr dra d dña lic ing gral prof ud uds núm nº pág págs etc aprox av avda c/ cía ej vol ene feb mar abr may jun jul ago sep sept oct nov dic'.split(
    ' ',
  ),
);

export const ES_SENTENCES: Partial<SentenceWords> = { abbreviations: ABBREVIATIONS };
