import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ranged, segmentRanges, toSegments } from './segments';

interface M extends Ranged {
  id: string;
}
const m = (id: string, start: number, end: number): M => ({ id, start, end });

/** Segments as "start-end:ids" strings, easy to read in a table. */
const show = (segments: { start: number; end: number; marks: M[] }[]): string[] =>
  segments.map((s) => `${s.start}-${s.end}:${s.marks.map((x) => x.id).join(',')}`);

describe('toSegments', () => {
  it.each([
    ['no marks', [], 0, 5, ['0-5:']],
    ['one mark inside', [m('a', 1, 3)], 0, 5, ['0-1:', '1-3:a', '3-5:']],
    ['a mark covering everything', [m('a', 0, 5)], 0, 5, ['0-5:a']],
    [
      'nested: outer first',
      [m('in', 2, 3), m('out', 1, 4)],
      0,
      5,
      ['0-1:', '1-2:out', '2-3:out,in', '3-4:out', '4-5:'],
    ],
    ['overlapping', [m('a', 0, 3), m('b', 2, 5)], 0, 5, ['0-2:a', '2-3:a,b', '3-5:b']],
    ['same span twice keeps input order', [m('a', 1, 2), m('b', 1, 2)], 0, 3, ['0-1:', '1-2:a,b', '2-3:']],
    ['touching marks do not overlap', [m('a', 0, 2), m('b', 2, 4)], 0, 4, ['0-2:a', '2-4:b']],
    ['clipped to the range', [m('a', 0, 10)], 3, 6, ['3-6:a']],
    ['empty and outside marks ignored', [m('e', 2, 2), m('x', 7, 9)], 0, 5, ['0-5:']],
    ['empty range', [m('a', 0, 3)], 4, 4, []],
  ])('%s', (_name, marks, from, to, expected) => {
    expect(show(toSegments(marks as M[], from, to))).toEqual(expected);
  });

  it('covers any range exactly, each segment carrying exactly the marks over it, outermost first', () => {
    const mark = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 25 }), fc.nat(40), fc.nat(40), (raw, from, length) => {
        const marks = raw.map((r, i) => m(`m${i}`, r.start, r.end));
        const to = from + length;
        const segments = toSegments(marks, from, to);
        if (length === 0) return segments.length === 0;
        expect(segments[0]!.start).toBe(from);
        expect(segments.at(-1)!.end).toBe(to);
        for (const [i, s] of segments.entries()) {
          if (i > 0) expect(s.start).toBe(segments[i - 1]!.end);
          expect(s.end).toBeGreaterThan(s.start);
          const covering = marks.filter((x) => x.start <= s.start && x.end >= s.end && x.end > x.start);
          expect(new Set(s.marks)).toEqual(new Set(covering));
          for (let k = 1; k < s.marks.length; k++) {
            const [outer, inner] = [s.marks[k - 1]!, s.marks[k]!];
            expect(outer.start < inner.start || (outer.start === inner.start && outer.end >= inner.end)).toBe(
              true,
            );
          }
        }
        return true;
      }),
    );
  });

  it('covers the range exactly with no gaps or overlaps', () => {
    const marks = [m('a', 3, 17), m('b', 5, 9), m('c', 8, 20), m('d', 0, 30), m('e', 12, 12), m('f', 25, 40)];
    const segments = toSegments(marks, 0, 30);
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(30);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
    for (const s of segments) {
      expect(s.end).toBeGreaterThan(s.start);
      const covering = marks.filter((x) => x.start <= s.start && x.end >= s.end && x.end > x.start);
      expect(new Set(s.marks)).toEqual(new Set(covering));
    }
  });
});

describe('segmentRanges', () => {
  it('splits marks that cross block boundaries and drops marks in the gaps', () => {
    // Blocks 0-5 and 7-12, joined by a two-character gap like "\n\n".
    const marks = [m('quote', 3, 10), m('gap', 5, 7), m('late', 8, 9)];
    const out = segmentRanges(marks, [
      { start: 0, end: 5 },
      { start: 7, end: 12 },
    ]);
    expect(out.map(show)).toEqual([
      ['0-3:', '3-5:quote'],
      ['7-8:quote', '8-9:quote,late', '9-10:quote', '10-12:'],
    ]);
  });

  it('gives the same result as segmenting each block on its own', () => {
    const ranges = Array.from({ length: 20 }, (_, i) => ({ start: i * 10, end: i * 10 + 8 }));
    const marks = Array.from({ length: 60 }, (_, i) =>
      m(`m${i}`, (i * 37) % 190, ((i * 37) % 190) + 1 + ((i * 7) % 25)),
    );
    const together = segmentRanges(marks, ranges);
    ranges.forEach((range, i) => {
      const alone = toSegments(marks, range.start, range.end);
      expect(show(together[i]!)).toEqual(show(alone));
    });
  });
});
