import type { SentenceWords } from '../types';

/**
 * Portuguese: abbreviations a full stop follows inside a sentence: "Sr.", "Sra.", "Dr.", "Dra.", "Prof.", "Eng.",
 * "D.", "V. Exa.", "n.º", "pág.", "etc.", and month abbreviations ("jan.", "set.").
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'sr sra srs dr dra prof profa eng d exa exmo exma av gen cel n nº n.º pág págs etc aprox jan fev mar abr mai jun jul ago set out nov dez'.split(
    ' ',
  ),
);

export const PT_SENTENCES: Partial<SentenceWords> = { abbreviations: ABBREVIATIONS };
