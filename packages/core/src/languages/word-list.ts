// Packs write their word lists as one space-separated string each, the way a speaker of the language reads them.

/** The words of a space-separated list: "a b  c" → ["a", "b", "c"]. */
export const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** The words of a space-separated list, as a set. */
export const wordSet = (list: string): Set<string> => new Set(words(list));
