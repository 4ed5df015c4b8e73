/** Warning code when relative dates cannot be resolved. */
export const NO_REFERENCE_DATE = 'no-reference-date' as const;
