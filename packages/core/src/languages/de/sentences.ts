import type { SentenceWords } from '../types';
import { DE_MONTHS } from './dates';

/**
 * German: abbreviations a full stop follows inside a sentence: titles ("Dr.", "Prof."), "z. B." (its "z"; the
 * single capital "B" is kept by the splitter), "bzw.", "ca.", "Nr.", street and company forms, and month
 * abbreviations ("Jan.").
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...'dr prof dipl ing hr fr st nr bzw ca vgl usw etc ggf evtl inkl zzgl bspw sog z u.a d.h z.b mio mrd abs str tel jh jhd gmbh co geb gest insb ehem'.split(
    ' ',
  ),
  ...'jan feb mär apr jun jul aug sep sept okt nov dez'.split(' '),
]);

/** Words after "12." that make it an ordinal ("am 12. März", "der 3. Platz"), not a sentence end. */
const ORDINAL_NOUNS: ReadonlySet<string> = new Set([
  ...Object.keys(DE_MONTHS),
  ...'jahrhundert jahrestag platz mal stock runde spieltag liga etappe lauf klasse tag oktoberfest'.split(
    ' ',
  ),
]);

export const DE_SENTENCES: Partial<SentenceWords> = {
  abbreviations: ABBREVIATIONS,
  ordinalNouns: ORDINAL_NOUNS,
};
