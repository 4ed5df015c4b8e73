import type { Entity } from '../../schema/article';
import { lowerBound } from '../../util/lower-bound';

/** Every entity mention sorted by start, so a lookup reads the mentions near a span, not all of them. */
export interface MentionIndex {
  entities: Entity[];
  starts: number[];
  ends: number[];
  /** Index in `entities` of each mention's entity. */
  owners: number[];
  /** Position of each mention in entity order, then mention order: the order a scan of `entities` meets them. */
  orders: number[];
  longest: number;
}

export function indexMentions(entities: Entity[]): MentionIndex {
  const all: { start: number; end: number; owner: number; order: number }[] = [];
  entities.forEach((e, owner) => {
    for (const m of e.mentions) all.push({ start: m.start, end: m.end, owner, order: all.length });
  });
  all.sort((a, b) => a.start - b.start || a.order - b.order);
  return {
    entities,
    starts: all.map((m) => m.start),
    ends: all.map((m) => m.end),
    owners: all.map((m) => m.owner),
    orders: all.map((m) => m.order),
    longest: all.reduce((n, m) => Math.max(n, m.end - m.start), 0),
  };
}

/** Calls `visit` with the position of each mention overlapping [start, end). */
function eachOverlapping(index: MentionIndex, start: number, end: number, visit: (k: number) => void): void {
  // No mention starting before `start - longest` can reach `start`.
  const to = lowerBound(index.starts, end);
  for (let k = lowerBound(index.starts, start - index.longest); k < to; k++)
    if (index.ends[k]! > start) visit(k);
}

/** The first entity, in entity order, with a mention overlapping [start, end). */
export function firstEntityOverlapping(index: MentionIndex, start: number, end: number): Entity | null {
  let owner = -1;
  eachOverlapping(index, start, end, (k) => {
    if (owner < 0 || index.owners[k]! < owner) owner = index.owners[k]!;
  });
  return owner < 0 ? null : index.entities[owner]!;
}

/** The entity, not a place, whose overlapping mention ends last; on a tie, the one an entity-order scan meets first. */
export function lastEndingEntity(index: MentionIndex, start: number, end: number): Entity | null {
  let best = -1;
  eachOverlapping(index, start, end, (k) => {
    if (index.entities[index.owners[k]!]!.type === 'location') return;
    if (
      best < 0 ||
      index.ends[k]! > index.ends[best]! ||
      (index.ends[k] === index.ends[best] && index.orders[k]! < index.orders[best]!)
    )
      best = k;
  });
  return best < 0 ? null : index.entities[index.owners[best]!]!;
}
