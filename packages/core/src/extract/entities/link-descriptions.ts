import type { Annotated } from '../../nlp/annotate';
import { makeSpan } from '../../util/span';
import type { Mention } from './mention';
import { nameKey } from './name-tokens';

/**
 * Definite descriptions the text has tied to a name: "the monitor" after "Syrian Observatory for Human Rights".
 * Each "the <noun>" whose noun describes an organisation named earlier becomes a mention of the latest such name.
 */
export function linkDescriptions(doc: Annotated, mentions: readonly Mention[]): Mention[] {
  const out = [...mentions];
  const { tokens } = doc;
  // Organisation names seen so far, latest per word, filled in as the scan passes them: one pass, where a
  // filter over every mention at every "the <noun>" was quadratic on long texts.
  const byEnd = mentions.map((m, order) => ({ m, order })).filter((x) => x.m.type === 'ORG');
  byEnd.sort((a, b) => a.m.end - b.m.end);
  const latest = new Map<string, { m: Mention; order: number }>();
  let next = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'the') continue;
    const noun = tokens[i + 1]!;
    const heads = doc.pack.story.entities.descriptors[noun.text];
    if (!heads) continue;
    for (; next < byEnd.length && byEnd[next]!.m.end <= tokens[i]!.start; next++) {
      const seen = byEnd[next]!;
      for (const w of seen.m.text.split(/\s+/)) {
        const prev = latest.get(w);
        if (!prev || prev.order < seen.order) latest.set(w, seen);
      }
    }
    let found: { m: Mention; order: number } | undefined;
    for (const h of heads) {
      const c = latest.get(h);
      if (c && (!found || c.order > found.order)) found = c;
    }
    const target = found?.m;
    if (!target) continue;
    const start = tokens[i]!.start;
    out.push({
      ...makeSpan(doc.body.text, start, noun.end),
      first: i,
      last: i + 1,
      type: 'ORG',
      describes: nameKey(target.text),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
