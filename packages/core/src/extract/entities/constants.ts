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
