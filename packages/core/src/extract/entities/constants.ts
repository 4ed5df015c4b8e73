/** Longest role phrase read in front of a name, in words. */
export const MAX_ROLE_WORDS = 6;

/** A sentence with more capitalised words than this share is a title-case headline: the tagger is blind there. */
export const TITLE_CASE_SHARE = 0.7;

/** An acronym as a text gives it in brackets: "IS", "SOHR", "G20". */
export const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;

/** "(R-TX)": a US politician's party and state, not a name. */
export const PARTY_STATE = /^[RDI]-[A-Z]{2}$/;

/** A mention typed by a sure sign outweighs several the tagger typed alone. */
export const SURE_WEIGHT = 4;

/** The most tokens one name may span; a longer run of capitals is a shouted line, not a name ("Syrian Observatory for Human Rights" is 5). */
export const MAX_NAME_TOKENS = 12;

/**
 * The lower-case words that stand inside people's names in the languages copydesk reads ("Charles de Gaulle",
 * "Ludwig van Beethoven", "Leonardo da Vinci", "Osama bin Laden", "Joan of Arc"), whatever the text's language: names travel.
 * In CoNLL-2003, CoNLL-2002 and GermEval nearly every lower-case word inside a gold person name is one of these;
 * the rest are particles joined by a hyphen or an apostrophe ("al-Kabariti", "d'Elzius") or a name's last word
 * ("Pu shenfu"), which holdsCommonWord does not read as a common word.
 */
export const PERSON_PARTICLES: ReadonlySet<string> = new Set(
  'de del della dei der den des di da dal do dos das du la le las los el van von ter ten zu zur y e of the bin ibn ben bint al af av'.split(
    ' ',
  ),
);
