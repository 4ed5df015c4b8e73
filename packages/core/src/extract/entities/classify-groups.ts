import type { EntityWords } from '../../languages/types';
import type { Annotated } from '../../nlp/annotate';
import { countryOfDemonym } from '../../nlp/gazetteer/index';
import type { Mention } from './mention';

/** The group a word names ("Syrian", "Syrians" → "Syrian"; "Kurds" → "Kurds"), or null. */
export function groupKey(word: string, e: EntityWords): string | null {
  if (countryOfDemonym(word)) return countryOfDemonym(word);
  if (word.endsWith('s') && countryOfDemonym(word.slice(0, -1))) return countryOfDemonym(word.slice(0, -1));
  if (e.groupWords.has(word))
    return word.endsWith('s') && e.groupWords.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
  return null;
}

/**
 * Nationalities, religious and political groups are group entities: a one-word mention that is a demonym or a
 * group word, and any such capitalised word the tagger left out ("allied Iraqi, Lebanese, and Iranian fighters").
 */
export function classifyGroups(doc: Annotated, mentions: readonly Mention[]): Mention[] {
  const covered = new Set<number>();
  const out = mentions.map((m) => {
    for (let i = m.first; i <= m.last; i++) covered.add(i);
    return m.first === m.last && groupKey(m.text, doc.pack.story.entities)
      ? { ...m, type: 'GROUP' as const }
      : m;
  });
  doc.tokens.forEach((t, i) => {
    if (
      covered.has(i) ||
      t.text[0] === t.text[0]?.toLowerCase() ||
      !groupKey(t.text, doc.pack.story.entities)
    )
      return;
    out.push({ start: t.start, end: t.end, text: t.text, first: i, last: i, type: 'GROUP' });
  });
  return out.sort((a, b) => a.start - b.start);
}
