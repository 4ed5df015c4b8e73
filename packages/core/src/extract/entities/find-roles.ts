import type { EntityWords } from '../../languages/types';
import type { Annotated } from '../../nlp/annotate';
import { makeSpan } from '../../util/span';
import { MAX_ROLE_WORDS } from './constants';
import type { Mention } from './mention';

const isTitle = (word: string, e: EntityWords) => e.titleWords.has(word.toLowerCase());
const isCapitalised = (word: string) => word[0] !== word[0]!.toLowerCase();

/**
 * The title printed right before a person's name, kept apart from the name: "Russian Foreign Minister" in
 * "Russian Foreign Minister Sergei Lavrov", "Observatory head" in "Observatory head Rami Abdel Rahman".
 */
export function findRole(doc: Annotated, m: Mention): string | null {
  const { tokens } = doc;
  const sentence = tokens[m.first]!.sentence;
  let first = m.first;
  let titles = 0;
  for (let i = m.first - 1; i >= 0 && m.first - i <= MAX_ROLE_WORDS; i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    if (isTitle(t.text, doc.pack.story.entities)) titles++;
    else if (!(isCapitalised(t.text) && titles > 0)) break;
    first = i;
  }
  if (first === m.first) return null;
  // A role starts at a title or a capitalised word, never at a lower-case modifier ("his").
  while (
    first < m.first &&
    !isCapitalised(tokens[first]!.text) &&
    !isTitle(tokens[first]!.text, doc.pack.story.entities)
  )
    first++;
  return doc.body.text.slice(tokens[first]!.start, tokens[m.first - 1]!.end);
}

/** Drops leading titles a tagged person name swallowed ("President Bashar al-Assad" → "Bashar al-Assad"). */
export function trimTitles(doc: Annotated, m: Mention): Mention {
  if (m.type !== 'PER') return m;
  let first = m.first;
  while (first < m.last && isTitle(doc.tokens[first]!.text, doc.pack.story.entities)) first++;
  if (first === m.first) return m;
  const start = doc.tokens[first]!.start;
  return { ...m, ...makeSpan(doc.body.text, start, m.end), first };
}
