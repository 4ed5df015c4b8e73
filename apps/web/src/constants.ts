/** The example article's own date, printed in its file name; its text has none. */
export const SEED_REFERENCE_DATE = '2017-11-19';
/** Quiet time after typing before the page re-parses, in milliseconds. */
export const TYPING_DEBOUNCE_MS = 400;
/** How often the parsing message updates its elapsed time, in milliseconds. */
export const ELAPSED_TICK_MS = 100;
