import { FEMALE_NAMES, MALE_NAMES } from './gender.gen';

/** The grammatical gender a person is referred to with: "he" or "she". */
export type Gender = 'male' | 'female';

let byName: Map<string, Gender> | null = null;

function build(): Map<string, Gender> {
  const map = new Map<string, Gender>();
  for (const name of MALE_NAMES.split(' ')) map.set(name, 'male');
  for (const name of FEMALE_NAMES.split(' ')) map.set(name, 'female');
  return map;
}

/**
 * The gender a given name is used with ("John" male, "Jane" female), or null for a name in neither list or in
 * both ("Hillary", "Kelly", "Jordan"). Case as written: "Jane", not "jane".
 */
export function genderOfGivenName(name: string): Gender | null {
  byName ??= build();
  return byName.get(name) ?? null;
}
