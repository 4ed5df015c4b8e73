/** Anything located by UTF-16 offsets into the canonical text, end exclusive. */
export interface Ranged {
  start: number;
  end: number;
}

/** A run of text where the same marks apply; `marks` is ordered outermost first. */
export interface Segment<M extends Ranged> {
  start: number;
  end: number;
  marks: M[];
}

interface Live<M> {
  mark: M;
  start: number;
  end: number;
  order: number;
}

function byOuterFirst<M extends Ranged>(a: Live<M>, b: Live<M>): number {
  return a.mark.start - b.mark.start || b.mark.end - a.mark.end || a.order - b.order;
}

/**
 * Cuts [from, to) into consecutive non-overlapping segments, each carrying every mark that covers it.
 * Nested and overlapping marks are both allowed; empty marks are ignored.
 */
export function toSegments<M extends Ranged>(marks: readonly M[], from: number, to: number): Segment<M>[] {
  if (to <= from) return [];
  const live: Live<M>[] = [];
  marks.forEach((mark, order) => {
    if (mark.end <= mark.start || mark.end <= from || mark.start >= to) return;
    live.push({ mark, start: Math.max(mark.start, from), end: Math.min(mark.end, to), order });
  });
  live.sort(byOuterFirst);
  const cuts = new Set<number>([from, to]);
  for (const l of live) {
    cuts.add(l.start);
    cuts.add(l.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<M>[] = [];
  let active: Live<M>[] = [];
  let next = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k]!;
    const b = points[k + 1]!;
    active = active.filter((l) => l.end > a);
    // Clipped starts keep the outer-first order, so appending keeps `active` sorted.
    while (next < live.length && live[next]!.start <= a) active.push(live[next++]!);
    segments.push({ start: a, end: b, marks: active.map((l) => l.mark) });
  }
  return segments;
}

/**
 * Segments each of several sorted, non-overlapping ranges (the text's blocks) in one pass over the marks,
 * so a long text with many marks is not rescanned once per block.
 */
export function segmentRanges<M extends Ranged>(
  marks: readonly M[],
  ranges: readonly Ranged[],
): Segment<M>[][] {
  const sorted = marks
    .filter((m) => m.end > m.start)
    .map((mark, order) => ({ mark, order }))
    .sort((a, b) => a.mark.start - b.mark.start || b.mark.end - a.mark.end || a.order - b.order)
    .map((x) => x.mark);
  const out: Segment<M>[][] = [];
  let carry: M[] = [];
  let next = 0;
  for (const range of ranges) {
    const candidates = carry.filter((m) => m.end > range.start);
    while (next < sorted.length && sorted[next]!.start < range.end) {
      const mark = sorted[next++]!;
      if (mark.end > range.start) candidates.push(mark);
    }
    out.push(toSegments(candidates, range.start, range.end));
    carry = candidates.filter((m) => m.end > range.end);
  }
  return out;
}
