/** Longest speaker phrase, in tokens, read around a cue. */
export const MAX_SPEAKER_TOKENS = 14;

/** Longest run of skippable words between a cue and its content. */
export const MAX_ADJUNCT_TOKENS = 8;

/** Fewest words a direct quote with no attribution needs to stand as a quote. */
export const MIN_UNATTRIBUTED_WORDS = 4;

/** Most words of a quotation that may be a scare quote ("de-escalation" zones). */
export const MAX_SCARE_WORDS = 3;

/** Most words of a Title Case quotation taken as a name rather than speech. */
export const MAX_TITLE_WORDS = 6;

/** Longest apposition, in tokens, between a speaker and its cue: "Rep. Bobby Scott, ranking member of …, said". */
export const MAX_APPOSITION_TOKENS = 40;
