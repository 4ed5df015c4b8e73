import type { Annotated } from '../../nlp/annotate';
import { genderOfGivenName } from '../../nlp/gazetteer/gender';
import { isFirstName, lookupPlace } from '../../nlp/gazetteer/index';
import type { Entity } from '../../schema/article';
import { SURE_WEIGHT } from './constants';
import { findRole } from './find-roles';
import type { Mention } from './mention';
import { isAllCaps, isTitleCaseLine, nameKey } from './name-tokens';
import type { Placed } from './propagate-mentions';
import type { StepSwitch } from './steps';

const ENTITY_TYPES = { PER: 'person', ORG: 'organization', LOC: 'location', GROUP: 'group' } as const;

// The type most of an entity's words were given; MISC never wins, an all-MISC entity is not kept. A surname alone
// votes as the person it was merged with when that person's full name opens with a given name: the tagger types a
// bare surname from its neighbours alone ("Klobuchar's campaign" an organisation, "Austin" a city, "Lincoln" a
// place), while the full name shows what it is, and eight such mentions had outvoted "Amy Klobuchar".
function voteType(mentions: readonly Mention[]): Entity['type'] | null {
  const votes = new Map<keyof typeof ENTITY_TYPES, number>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER' || m.first === m.last || m.describes !== undefined) continue;
    const words = m.text.split(/\s+/);
    if (genderOfGivenName(words[0]!)) surnames.add(words.at(-1)!);
  }
  for (const m of mentions) {
    if (m.type === 'MISC' || m.describes !== undefined) continue;
    const type = m.first === m.last && surnames.has(m.text) ? 'PER' : m.type;
    votes.set(type, (votes.get(type) ?? 0) + (m.last - m.first + 1) * (m.sure ? SURE_WEIGHT : 1));
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

// A person needs a sign of being one besides the tagger's type and a "said": a name of two words or more, a given
// name, or a title.
function hasPersonEvidence(doc: Annotated, mentions: readonly Mention[]): boolean {
  return mentions.some(
    (m) =>
      m.describes === undefined &&
      (m.last > m.first || isFirstName(m.text) || m.sure === true || findRole(doc, m) !== null),
  );
}

/**
 * "Users of Tinder … Tinder said": one unknown word the tagger read as a person in one place and as something else
 * in another, with no sign of a person (a full name, a given name, a title), is that other thing. Its mentions
 * join the entity of the other reading; with only a MISC reading (an app, a product) it is no entity. Requiring
 * the sign of every one-word person lost a point on tune (surnames in results tables): only the tagger's own
 * doubt opens the question.
 */
function settleDoubtfulPeople(
  doc: Annotated,
  byEntity: Map<number, Mention[]>,
  types: Map<number, Entity['type'] | null>,
): void {
  const doubtful = [...byEntity].filter(
    ([entity, mentions]) => types.get(entity) === 'person' && !hasPersonEvidence(doc, mentions),
  );
  if (!doubtful.length) return;
  const readings = new Map<string, number[]>();
  for (const [entity, mentions] of byEntity) {
    for (const m of mentions) {
      if (m.describes !== undefined) continue;
      const list = readings.get(nameKey(m.text)) ?? [];
      if (list.at(-1) !== entity) list.push(entity);
      readings.set(nameKey(m.text), list);
    }
  }
  for (const [entity, mentions] of doubtful) {
    const others = (readings.get(nameKey(mentions[0]!.text)) ?? []).filter((e) => e !== entity);
    const misc = mentions.some((m) => m.type === 'MISC' && !m.guessed && m.describes === undefined);
    if (!others.length && !misc) continue;
    const home =
      others.find((e) => types.get(e) === 'organization') ?? others.find((e) => types.get(e) === 'location');
    if (home !== undefined) {
      const type: Mention['type'] = types.get(home) === 'organization' ? 'ORG' : 'LOC';
      const list = byEntity.get(home)!;
      list.push(...mentions.map((m) => ({ ...m, type })));
      list.sort((a, b) => a.start - b.start);
    }
    byEntity.delete(entity);
  }
}

/**
 * The entities named only inside headings and headlines written in title case, where every word is capitalised
 * and the tagger reads section titles ("Benefits", "Must-Have Features", "Train Your Puppy") as names: such an
 * entity needs the story's text to name it too, or the gazetteer or the pack's organisations to know it.
 */
function headingOnlyEntities(
  doc: Annotated,
  byEntity: Map<number, Mention[]>,
  types: Map<number, Entity['type'] | null>,
): number[] {
  // Block indices, so that each mention is looked up once whatever the number of headings (a page of them).
  const titled = new Set<number>();
  doc.body.blocks.forEach((b, i) => {
    if (
      (b.kind === 'heading' || b.kind === 'headline') &&
      isTitleCaseLine(doc.body.text.slice(b.start, b.end))
    )
      titled.add(i);
  });
  if (!titled.size) return [];
  const inTitled = (m: Mention) => titled.has(doc.sentences[doc.tokens[m.first]!.sentence]!.block);
  const known = doc.pack.story.entities.knownOrganizations;
  const out: number[] = [];
  for (const [entity, mentions] of byEntity) {
    if (!mentions.every(inTitled)) continue;
    // The pack's organisations or the gazetteer's places vouch for a name; a head word does not, since section
    // titles end in them ("Cleaning Services", "Certificate Programs").
    if (mentions.some((m) => known.has(m.text) || (types.get(entity) === 'location' && lookupPlace(m.text))))
      continue;
    out.push(entity);
  }
  return out;
}

/** Turns merged mentions into entities "e1", "e2"… in order of first mention. */
export function buildEntities(
  doc: Annotated,
  placed: readonly Placed[],
  on: StepSwitch = () => true,
): Entity[] {
  const byEntity = new Map<number, Mention[]>();
  for (const { mention, entity } of placed) {
    if (!byEntity.has(entity)) byEntity.set(entity, []);
    byEntity.get(entity)!.push(mention);
  }
  const types = new Map<number, Entity['type'] | null>();
  for (const [entity, mentions] of byEntity) types.set(entity, voteType(mentions));
  if (on('person-evidence')) settleDoubtfulPeople(doc, byEntity, types);
  if (on('heading-evidence'))
    for (const entity of headingOnlyEntities(doc, byEntity, types)) byEntity.delete(entity);
  const entities: Entity[] = [];
  const ordered = [...byEntity].sort((a, b) => a[1][0]!.start - b[1][0]!.start);
  for (const [entity, mentions] of ordered) {
    const type = types.get(entity);
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
