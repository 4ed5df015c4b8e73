import type { Token } from '../../nlp/annotate';
import { TITLE_CASE_SHARE } from './constants';

const PARTICLE_NAME = /^[a-z]{1,3}-\p{Lu}/u;

/** Whether a token can be part of a name: capitalised ("Assad"), or a particle name ("al-Assad"). */
export function isNameToken(token: Token | undefined): boolean {
  if (!token) return false;
  const first = token.text[0]!;
  if (first !== first.toLowerCase()) return true;
  return PARTICLE_NAME.test(token.text);
}

/** Whether every letter of the text is a capital ("DEIR EZZOR", "UN"). */
export function isAllCaps(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** The key two mentions share when they are the same name: case and spacing folded. */
export function nameKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

// A word of a line in title case: four letters or more (short function words stay lower case in "How to Train
// Your Puppy", and an initialism of three is no evidence either way).
const LONG_WORD = /\p{L}[\p{L}'’-]{3,}/gu;

/**
 * Whether a heading or headline is written in title case ("Puppy Training Commands", "Get Your Wood"): most long
 * words capitalised (styles lower-case "with", "from", "into"), at least two of them, and not all in capitals (a
 * shouted line is another matter: CoNLL's headlines, which the tagger reads).
 */
export function isTitleCaseLine(text: string): boolean {
  if (isAllCaps(text)) return false;
  let words = 0;
  let capitalised = 0;
  for (const [word] of text.matchAll(LONG_WORD)) {
    words++;
    if (word[0] !== word[0]!.toLowerCase()) capitalised++;
  }
  return capitalised >= 2 && capitalised > words * TITLE_CASE_SHARE;
}
