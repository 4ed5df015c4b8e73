/** Entity types the tagger knows, as in CoNLL-2003. */
export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A run of words [start, end) in a sentence with its type. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
}

export const NER_TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC', 'MISC'];

// BILOU: Begin, Inside, Last, Unit; "O" outside.
export const TAGS: readonly string[] = [
  'O',
  ...NER_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
];

/** Encodes spans as one BILOU tag per word. */
export function encodeTags(length: number, spans: readonly NerSpan[]): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) {
      tags[s.start] = `U-${s.type}`;
      continue;
    }
    for (let i = s.start; i < s.end; i++) {
      const prefix = i === s.start ? 'B' : i === s.end - 1 ? 'L' : 'I';
      tags[i] = `${prefix}-${s.type}`;
    }
  }
  return tags;
}

/** Decodes BILOU (or loosely formed) tags into spans: a type change or a U/B tag starts a new span. */
export function decodeTags(tags: readonly string[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let open: NerSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const prefix = tag[0];
    const type = tag.slice(2) as NerType;
    if (open && tag !== 'O' && open.type === type && (prefix === 'I' || prefix === 'L')) {
      open.end = i + 1;
      if (prefix === 'L') {
        spans.push(open);
        open = null;
      }
      continue;
    }
    if (open) spans.push(open);
    open = tag === 'O' ? null : { start: i, end: i + 1, type };
    if (open && (prefix === 'U' || prefix === 'L')) {
      spans.push(open);
      open = null;
    }
  }
  if (open) spans.push(open);
  return spans;
}
