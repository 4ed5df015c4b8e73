import type { Token } from '../../nlp/annotate';

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
