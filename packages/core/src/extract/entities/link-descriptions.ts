import type { Annotated } from '../../nlp/annotate';
import { DESCRIPTORS } from './constants';
import type { Mention } from './mention';
import { nameKey } from './name-tokens';

/**
 * Definite descriptions the text has tied to a name: "the monitor" after "Syrian Observatory for Human Rights".
 * Each "the <noun>" whose noun describes an organisation named earlier becomes a mention of the latest such name.
 */
export function linkDescriptions(doc: Annotated, mentions: readonly Mention[]): Mention[] {
  const out = [...mentions];
  const { tokens } = doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'the') continue;
    const noun = tokens[i + 1]!;
    const heads = DESCRIPTORS[noun.text];
    if (!heads) continue;
    const named = mentions.filter(
      (m) =>
        m.type === 'ORG' && m.end <= tokens[i]!.start && m.text.split(/\s+/).some((w) => heads.includes(w)),
    );
    const target = named.at(-1);
    if (!target) continue;
    const start = tokens[i]!.start;
    out.push({
      start,
      end: noun.end,
      text: doc.body.text.slice(start, noun.end),
      first: i,
      last: i + 1,
      type: 'ORG',
      describes: nameKey(target.text),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
