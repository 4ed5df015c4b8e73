import { EN_AGENCIES } from './en/agencies';
import { EN_CASUALTIES } from './en/casualties';
import { EN_DATES } from './en/dates';
import { EN_ENTITIES } from './en/entities';
import { EN_NUMBERS } from './en/numbers';
import { EN_QUOTES } from './en/quotes';
import { EN_SENTENCES } from './en/sentences';
import type { StoryWords } from './types';

// A pack's story words are many lists, and a language gains them a concern at a time (dates before quotes, say).
// `storyWords` fills whatever a pack leaves out with an inert value of the same shape, so an unfilled field finds
// nothing instead of crashing an extractor or, worse, matching everywhere: empty sets, maps and tables, a regular
// expression that never matches, and a string no text contains (an empty string would be a suffix of every word).

/** A string that no text holds: what an unfilled word field is set to. */
export const NO_WORD = '\u0000';
const NEVER = /(?!)/;

// Fields that are fixed-length tuples of words ("shot dead", "according to"): they keep their length.
const TUPLES: ReadonlySet<string> = new Set([
  'numbers.halfDozen',
  'casualties.shotDead',
  'casualties.toll',
  'quotes.accordingCue',
]);

function inert(field: string, value: unknown): unknown {
  if (value instanceof Set) return new Set();
  if (value instanceof Map) return new Map();
  if (value instanceof RegExp) return NEVER;
  if (typeof value === 'string') return NO_WORD;
  if (Array.isArray(value)) return TUPLES.has(field) ? value.map(() => NO_WORD) : [];
  if (typeof value === 'object' && value !== null) return Object.freeze(Object.create(null));
  return value;
}

/** The inert form of one English section: every field emptied, the shape kept. */
function inertLike<T extends object>(section: string, model: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(model)) out[key] = inert(`${section}.${key}`, value);
  return out as T;
}

// English is the pack whose shape is complete by construction (its types are checked field by field).
const MODELS: StoryWords = {
  sentences: EN_SENTENCES,
  dates: EN_DATES,
  numbers: EN_NUMBERS,
  quotes: EN_QUOTES,
  casualties: EN_CASUALTIES,
  entities: EN_ENTITIES,
  agencies: EN_AGENCIES,
};

/** What a pack gives of its story words: any field of any section, the rest left inert. */
export type PartialStoryWords = { [K in keyof StoryWords]?: Partial<StoryWords[K]> };

/** A language's story words: its own fields over inert ones. */
export function storyWords(words: PartialStoryWords): StoryWords {
  const out = {} as Record<keyof StoryWords, unknown>;
  for (const key of Object.keys(MODELS) as (keyof StoryWords)[]) {
    out[key] = { ...inertLike(key, MODELS[key]), ...words[key] };
  }
  return out as StoryWords;
}
