import type { Annotated } from '../../nlp/annotate';
import type { Entity } from '../../schema/article';
import { SURE_WEIGHT } from './constants';
import { findRole } from './find-roles';
import type { Mention } from './mention';
import { isAllCaps, nameKey } from './name-tokens';
import type { Placed } from './propagate-mentions';

const ENTITY_TYPES = { PER: 'person', ORG: 'organization', LOC: 'location', GROUP: 'group' } as const;

// The type most of an entity's words were given; MISC never wins, an all-MISC entity is not kept.
function voteType(mentions: readonly Mention[]): Entity['type'] | null {
  const votes = new Map<keyof typeof ENTITY_TYPES, number>();
  for (const m of mentions) {
    if (m.type === 'MISC' || m.describes !== undefined) continue;
    votes.set(m.type, (votes.get(m.type) ?? 0) + (m.last - m.first + 1) * (m.sure ? SURE_WEIGHT : 1));
  }
  let best: keyof typeof ENTITY_TYPES | null = null;
  for (const [type, n] of votes) if (!best || n > votes.get(best)!) best = type;
  return best && ENTITY_TYPES[best];
}

// The longest proper form, written as in running text rather than in capitals.
function canonicalName(mentions: readonly Mention[]): string {
  let best: Mention | null = null;
  const rank = (m: Mention) => (m.last - m.first) * 2 + (isAllCaps(m.text) ? 0 : 1);
  for (const m of mentions) {
    if (m.describes !== undefined) continue;
    if (!best || rank(m) > rank(best)) best = m;
  }
  return (best ?? mentions[0]!).text;
}

/** Turns merged mentions into entities "e1", "e2"… in order of first mention. */
export function buildEntities(doc: Annotated, placed: readonly Placed[]): Entity[] {
  const byEntity = new Map<number, Mention[]>();
  for (const { mention, entity } of placed) {
    if (!byEntity.has(entity)) byEntity.set(entity, []);
    byEntity.get(entity)!.push(mention);
  }
  const entities: Entity[] = [];
  const ordered = [...byEntity.values()].sort((a, b) => a[0]!.start - b[0]!.start);
  for (const mentions of ordered) {
    const type = voteType(mentions);
    if (!type) continue;
    const name = canonicalName(mentions);
    const aliases = new Map<string, string>();
    for (const m of mentions) {
      const form = m.describes !== undefined ? m.text.replace(/^The\b/, 'the') : m.text;
      if (nameKey(form) !== nameKey(name) && !aliases.has(nameKey(form))) aliases.set(nameKey(form), form);
    }
    const roles = new Set<string>();
    if (type === 'person') {
      for (const m of mentions) {
        const role = findRole(doc, m);
        if (role) roles.add(role);
      }
    }
    entities.push({
      id: `e${entities.length + 1}`,
      type,
      name,
      aliases: [...aliases.values()],
      roles: [...roles],
      mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    });
  }
  return entities;
}
