import { canonicalAgency } from '../../front-matter/agencies/canonical-agency';
import type { QuoteWords } from '../../languages/types';
import type { Gender } from '../../nlp/gazetteer/gender';
import type { Entity } from '../../schema/article';
import { lowerBound } from '../../util/lower-bound';
import { type DocView, isCapitalised, isNameConnector, isTitleWord, titleGender } from './doc-view';
import { collectPersonFacts, genderOfPhrase, genderOfVotes, type PersonFacts } from './genders';
import { collectKnownNames, expandName, type KnownName, nameWords } from './known-names';
import { indexMentions, lastEndingEntity, type MentionIndex } from './mention-index';
import {
  collectPersonDescriptions,
  describedPerson,
  descriptionHead,
  descriptionKey,
  type PersonDescriptions,
} from './person-descriptions';
import type { SpeakerPhrase } from './speaker-name';

/** A speaker as the Quote record holds it, plus what kind of antecedent it can be for later pronouns. */
export interface ResolvedSpeaker {
  start: number;
  end: number;
  name: string;
  entityId: string | null;
  kind: 'person' | 'org' | 'other';
  /** The gender the phrase shows on its own ("Mrs. Clinton", "Jane Roe", "she"), when it has no entity. */
  gender: Gender | null;
  /** A plural description ("officials", "two aides") that "they" may stand for. */
  plural: boolean;
}

/** How many earlier speakers a pronoun looks back through for one of its gender and number. */
const PRONOUN_WINDOW = 12;

/** What resolution reads: the text, the entities, earlier speakers (most recent last), names in the text. */
export interface ResolveContext {
  view: DocView;
  entities: Entity[];
  mentions: MentionIndex;
  history: ResolvedSpeaker[];
  /** Position in `history` of the latest speaker of each kind, or -1. */
  latestOfKind: Record<ResolvedSpeaker['kind'], number>;
  knownNames: KnownName[] | null;
  /** `namedHead` per head word: it reads the whole body, so once per word, not once per quote. */
  namedHeads: Map<string, string | null>;
  /** `expand` per short name: its match in the history so far (and how far it read), and in the known names. */
  expansions: Map<string, { history: string | null; read: number; known?: string | null }>;
  /** Gender votes and subject mentions of person entities, read once when the first pronoun needs them. */
  facts: PersonFacts | null;
  /** Index in `entities` of each entity id. */
  entityIndex: Map<string, number>;
  /** Start offset of each token, for finding a pronoun's sentence. */
  tokenStarts: number[] | null;
  /** Appositions and descriptions given beside person names, read once when the first description needs them. */
  descriptions: PersonDescriptions | null;
  /**
   * The content of the quote whose speaker is being resolved: a pronoun never stands for a person named inside
   * what it said ("Kasich was the better candidate, she said").
   */
  content: { start: number; end: number } | null;
}

export function makeResolveContext(view: DocView, entities: Entity[]): ResolveContext {
  const latestOfKind = { person: -1, org: -1, other: -1 };
  return {
    view,
    entities,
    mentions: indexMentions(entities),
    history: [],
    latestOfKind,
    knownNames: null,
    namedHeads: new Map(),
    expansions: new Map(),
    facts: null,
    entityIndex: new Map(entities.map((e, i) => [e.id, i])),
    tokenStarts: null,
    descriptions: null,
    content: null,
  };
}

/** Adds a resolved speaker to the history later pronouns and references read. */
export function remember(ctx: ResolveContext, speaker: ResolvedSpeaker): void {
  ctx.latestOfKind[speaker.kind] = ctx.history.length;
  ctx.history.push(speaker);
}

function kindOfEntity(entity: Entity): ResolvedSpeaker['kind'] {
  if (entity.type === 'person') return 'person';
  return entity.type === 'organization' || entity.type === 'group' ? 'org' : 'other';
}

function kindOfName(name: string, words: QuoteWords): ResolvedSpeaker['kind'] {
  return name
    .toLowerCase()
    .split(' ')
    .some((w) => words.orgWords.has(w.replace(words.possessiveEnding, '')))
    ? 'org'
    : 'person';
}

/** Lower case, without a leading definite article: "The Monitor" → "monitor". */
function withoutArticle(text: string, words: QuoteWords): string {
  const lower = text.toLowerCase();
  const space = lower.indexOf(' ');
  return space > 0 && words.definiteArticles.has(lower.slice(0, space)) ? lower.slice(space + 1) : lower;
}

/** The entity a short name or alias belongs to: "Zaatari", "the monitor", "Observatory". */
/** The entities by their article-less names and aliases, and the non-places by each word of their name. */
interface NameIndex {
  byName: Map<string, Entity>;
  byWord: Map<string, { entity: Entity; words: string[] }[]>;
}

// Built once per entity list: looking every speaker phrase up against every entity was quadratic on long
// documents (a 3.8 MB transcript spent 28% of its parse here).
const nameIndexes = new WeakMap<Entity[], NameIndex>();

function nameIndexOf(entities: Entity[], words: QuoteWords): NameIndex {
  let index = nameIndexes.get(entities);
  if (index) return index;
  index = { byName: new Map(), byWord: new Map() };
  for (const e of entities) {
    for (const name of [e.name, ...e.aliases]) {
      const key = withoutArticle(name, words);
      // The first entity in document order wins, as the linear scan it replaces did.
      if (!index.byName.has(key)) index.byName.set(key, e);
    }
    if (e.type === 'location') continue;
    const ew = nameWords(e.name, words);
    for (const w of new Set(ew)) {
      const list = index.byWord.get(w);
      if (list) list.push({ entity: e, words: ew });
      else index.byWord.set(w, [{ entity: e, words: ew }]);
    }
  }
  nameIndexes.set(entities, index);
  return index;
}

function entityNamed(entities: Entity[], text: string, words: QuoteWords): Entity | null {
  const index = nameIndexOf(entities, words);
  // "The Blaze" names the entity "The Blaze": both sides lose their article.
  const exact = index.byName.get(withoutArticle(text, words));
  if (exact) return exact;
  const wanted = nameWords(text, words);
  if (wanted.length === 0) return null;
  // A longer name holding every wanted word: the candidates are the entities holding the first one, in order.
  for (const { entity, words: ew } of index.byWord.get(wanted[0]!) ?? []) {
    if (ew.length > wanted.length && wanted.every((w) => ew.includes(w))) return entity;
  }
  return null;
}

function fromEntity(phrase: SpeakerPhrase, e: Entity): ResolvedSpeaker {
  return {
    start: phrase.start,
    end: phrase.end,
    name: e.name,
    entityId: e.id,
    kind: kindOfEntity(e),
    gender: null,
    plural: false,
  };
}

function factsOf(ctx: ResolveContext): PersonFacts {
  ctx.facts ??= collectPersonFacts(ctx.view, ctx.mentions);
  return ctx.facts;
}

/** A speaker's gender: its entity's votes (names, titles, pronouns so far), else what its phrase shows. */
function genderOf(ctx: ResolveContext, s: ResolvedSpeaker): Gender | null {
  if (s.entityId !== null) {
    const g = genderOfVotes(factsOf(ctx).votes.get(ctx.entityIndex.get(s.entityId) ?? -1));
    if (g) return g;
  }
  return s.gender;
}

/** The "he"/"she" history of an entity: a pronoun resolved to it votes for its gender. */
function vote(ctx: ResolveContext, entityId: string, g: Gender): void {
  const at = ctx.entityIndex.get(entityId);
  if (at === undefined) return;
  const votes = factsOf(ctx).votes;
  votes.set(at, (votes.get(at) ?? 0) + (g === 'male' ? 1 : -1));
}

/** How many sentences before a pronoun's own its antecedent is looked for among the people named. */
const PRONOUN_SENTENCES = 2;

/** The first offset of the sentence `PRONOUN_SENTENCES` before the one holding offset `at`. */
function windowStart(ctx: ResolveContext, at: number): number {
  const { view } = ctx;
  ctx.tokenStarts ??= view.tokens.map((t) => t.start);
  const i = Math.max(0, lowerBound(ctx.tokenStarts, at + 1) - 1);
  let sentence = view.tokens[i]?.sentence ?? -1;
  if (sentence < 0) return view.tokens[i]?.start ?? at;
  for (let n = 0; n < PRONOUN_SENTENCES && sentence > 0; n++) sentence--;
  while (sentence < view.tokens[i]!.sentence && view.sentenceFirst[sentence]! < 0) sentence++;
  return view.tokens[view.sentenceFirst[sentence]!]!.start;
}

/**
 * The person "he" or "she" at offset `at` stands for: the latest earlier speaker of that gender (or of none
 * known), unless a person of that very gender was named since, in this sentence or the one before, as its
 * subject or where the speaker's gender is unknown ("Pence spoke. Then Trump tweeted. He wrote …").
 */
function findPerson(ctx: ResolveContext, g: Gender | null, at: number): ResolvedSpeaker | null {
  let candidate: ResolvedSpeaker | null = null;
  let candidateGender: Gender | null = null;
  for (let i = ctx.history.length - 1; i >= 0 && i >= ctx.history.length - PRONOUN_WINDOW; i--) {
    const h = ctx.history[i]!;
    // "he" and "she" stand for one person, never for "the doctors".
    if (h.kind !== 'person' || h.plural) continue;
    const hg = genderOf(ctx, h);
    if (g && hg && hg !== g) continue;
    candidate = h;
    candidateGender = hg;
    break;
  }
  if (!g) return candidate;
  const { mentions } = ctx;
  const facts = factsOf(ctx);
  const window = windowStart(ctx, at);
  // A speaker named before the last sentences gives way to a person of the gender named in them.
  const recent = candidate !== null && candidate.end >= window;
  let loose = -1;
  let looseSubject = false;
  const content = ctx.content;
  for (let k = lowerBound(mentions.starts, at) - 1; k >= 0 && mentions.starts[k]! >= window; k--) {
    if (candidate && mentions.starts[k]! < candidate.end) break;
    if (content && mentions.starts[k]! >= content.start && mentions.starts[k]! < content.end) continue;
    const owner = mentions.owners[k]!;
    const e = mentions.entities[owner]!;
    if (e.type !== 'person' || e.id === candidate?.entityId) continue;
    const mg = genderOfVotes(facts.votes.get(owner));
    const s = lowerBound(facts.subjectStarts, mentions.starts[k]!);
    const subject = facts.subjectStarts[s] === mentions.starts[k];
    if (mg !== g) {
      // Of the people of unknown gender, the latest subject: "Trump attacked Clinton. '…,' he said."
      if (mg === null && (loose < 0 || (subject && !looseSubject))) {
        loose = k;
        looseSubject = subject;
      }
      continue;
    }
    if (recent && candidateGender && !subject) continue;
    return personAt(ctx, k, g);
  }
  if (!candidate && loose >= 0) return personAt(ctx, loose, g);
  return candidate;
}

/** The speaker mention `k` of the index names, as a resolved speaker of `kind`. */
function speakerAtMention(
  ctx: ResolveContext,
  k: number,
  kind: ResolvedSpeaker['kind'],
  gender: Gender | null,
): ResolvedSpeaker {
  const { mentions } = ctx;
  const e = mentions.entities[mentions.owners[k]!]!;
  return {
    start: mentions.starts[k]!,
    end: mentions.ends[k]!,
    name: e.name,
    entityId: e.id,
    kind,
    gender,
    plural: false,
  };
}

function personAt(ctx: ResolveContext, k: number, g: Gender): ResolvedSpeaker {
  return speakerAtMention(ctx, k, 'person', g);
}

/**
 * Whether a name inside a description only modifies its lower-case head: "the Trump campaign" is no Trump, "the
 * Russian leader" no "Russian", "Obama administration officials" no Obama; "the FBI summary" is the FBI's.
 */
function isModifier(ctx: ResolveContext, own: Entity, text: string, phrase: SpeakerPhrase): boolean {
  const head = text.slice(text.lastIndexOf(' ') + 1);
  if (!/^\p{Ll}/u.test(head)) return false;
  const { words } = ctx.view;
  // "Shaheda Begum of Ishwaripur village": a name that opens the phrase (after titles) and a connector follows is
  // its head, and what follows describes it; not in "supporters of Donald Trump for president".
  const at = mentionIn(ctx, own, phrase);
  const lead = at ? ctx.view.text.slice(phrase.start, at.start).trim() : '';
  const next = at ? ctx.view.text.slice(at.end, phrase.end).trim().split(/\s+/)[0]!.toLowerCase() : '';
  if (!/(?:^|\s)\p{Ll}/u.test(lead) && isNameConnector(words, next)) return false;
  // A person's name before a lower-case head always modifies it: "the senior Cruz adviser"; so does a group's
  // (a nationality, a faith, a movement), which is an adjective there: "American officials", "Islamist politicians".
  if (own.type === 'person' || own.type === 'group') return true;
  // People named by a plural head: "officials" are officials as "official" is (the pack's plural adds one letter).
  const single = words.pluralEnding.test(head) ? head.slice(0, -1) : head;
  return [head, single].some((h) => isTitleWord(words, h) || words.personHeads.has(h));
}

/** The first mention of `own` inside a phrase, read from the mention index (an entity's own list may be long). */
function mentionIn(
  ctx: ResolveContext,
  own: Entity,
  phrase: SpeakerPhrase,
): { start: number; end: number } | null {
  const { mentions } = ctx;
  for (let k = lowerBound(mentions.starts, phrase.start); k < mentions.starts.length; k++) {
    if (mentions.starts[k]! >= phrase.end) break;
    if (mentions.entities[mentions.owners[k]!] === own && mentions.ends[k]! <= phrase.end)
      return { start: mentions.starts[k]!, end: mentions.ends[k]! };
  }
  return null;
}

/** The lower-case head before a connector that the words before a name in a phrase end in, if they do. */
function describedBy(ctx: ResolveContext, own: Entity, phrase: SpeakerPhrase, place = false): string | null {
  const { words } = ctx.view;
  const at = mentionIn(ctx, own, phrase);
  if (!at) return null;
  const before = ctx.view.text.slice(phrase.start, at.start).trim().split(/\s+/).filter(Boolean);
  // Capitalised titles and modifiers may stand between the connector and the name: "supporters of Republican
  // Donald Trump", "a friend of Mr. Corbett".
  while (before.length > 0 && /^\p{Lu}/u.test(before.at(-1)!)) before.pop();
  const connector = before.pop()?.toLowerCase() ?? '';
  // A place may follow any preposition of a description: "officials in Broward County, Florida".
  const connects =
    isNameConnector(words, connector) ||
    (place && words.descriptionPrepositions.has(connector) && !words.coordinators.has(connector));
  if (!connects) return null;
  // "Secretary of State John Kerry" has no head but a title; "a friend of", "the daughter of", "a spokesman for" do.
  let head = before.at(-1) ?? '';
  // "Officials in Syria": a plural head opening the sentence is capitalised for its place.
  if (
    place &&
    before.length === 1 &&
    words.pluralEnding.test(head) &&
    !isTitleWord(words, head.toLowerCase())
  )
    head = head.toLowerCase();
  if (!/^\p{Ll}/u.test(head) || words.determiners.has(head)) return null;
  // "the president of Mexico Enrique Peña Nieto": another entity after the connector is what the head belongs to,
  // and the person is the head.
  const { mentions } = ctx;
  const lead = ctx.view.text.slice(phrase.start, at.start);
  const after = phrase.start + lead.toLowerCase().lastIndexOf(` ${connector} `) + connector.length + 1;
  for (let k = lowerBound(mentions.starts, after); k < mentions.starts.length; k++) {
    if (mentions.starts[k]! >= at.start) break;
    const type = mentions.entities[mentions.owners[k]!]!.type;
    if (type !== 'person' && !(place && type === 'location')) return null;
  }
  return head;
}

/** The person entity a definite description ("the Florida senator") at `at` stands for, if one was so described. */
function describedEntity(ctx: ResolveContext, text: string, at: number): Entity | null {
  const words = text.split(/\s+/).slice(1);
  if (words.length === 0 || !/^\p{Ll}/u.test(words.at(-1)!)) return null;
  ctx.descriptions ??= collectPersonDescriptions(ctx.view, ctx.mentions);
  const key = descriptionKey(words, ctx.view);
  const owner = describedPerson(ctx.descriptions, key, descriptionHead(key, ctx.view), at);
  return owner === null ? null : ctx.entities[owner]!;
}

/** The latest earlier speaker "they" may stand for: an organisation, a group or a plural description. */
function findGroup(ctx: ResolveContext): ResolvedSpeaker | null {
  for (let i = ctx.history.length - 1; i >= 0 && i >= ctx.history.length - PRONOUN_WINDOW; i--) {
    const h = ctx.history[i]!;
    if (h.kind === 'org' || h.plural) return h;
  }
  return null;
}

/**
 * The organisation "the military", "the ministry" or "the company" stands for: the latest that spoke, passing over
 * a wire agency (it reports the story: "…, Reuters reported. The military said …" is no Reuters) unless the head
 * names an agency. Read back over a window, as pronouns are.
 */
function referredOrg(ctx: ResolveContext, head: string, at: number): ResolvedSpeaker | null {
  const spoke = latestOrgSpeaker(ctx, head);
  const subject = subjectOrgSince(ctx, head, at, spoke);
  // "the transport department said … Ferries will run … the department said": the speaker the head names
  // again wins over a subject named since that the head does not name.
  const names = (name: string) => name.toLowerCase().split(/\s+/).includes(head);
  if (subject && spoke && names(spoke.name) && !names(subject.name)) return spoke;
  return subject ?? spoke;
}

function latestOrgSpeaker(ctx: ResolveContext, head: string): ResolvedSpeaker | null {
  const org = latest(ctx, ['org']);
  if (!org || ctx.view.words.agencyReferences?.has(head) || !canonicalAgency(org.name)) return org;
  for (let i = ctx.history.length - 1; i >= 0 && i >= ctx.history.length - PRONOUN_WINDOW; i--) {
    const h = ctx.history[i]!;
    if (h.kind === 'org' && !canonicalAgency(h.name)) return h;
  }
  return null;
}

/**
 * An organisation named as the subject of a sentence since the last one that spoke, in the sentences before `at`:
 * "The Writers Guild of America applauded the deal. "…," the union said" is the guild, not the studios' alliance
 * quoted before it. Subjects are mentions that open their sentence, after at most an article.
 */
function subjectOrgSince(
  ctx: ResolveContext,
  head: string,
  at: number,
  spoke: ResolvedSpeaker | null,
): ResolvedSpeaker | null {
  const { mentions, view } = ctx;
  const window = windowStart(ctx, at);
  const starts = ctx.tokenStarts!;
  for (let k = lowerBound(mentions.starts, at) - 1; k >= 0 && mentions.starts[k]! >= window; k--) {
    if (spoke && mentions.starts[k]! < spoke.end) break;
    const e = mentions.entities[mentions.owners[k]!]!;
    if (e.type !== 'organization' || (canonicalAgency(e.name) && !view.words.agencyReferences?.has(head)))
      continue;
    const i = lowerBound(starts, mentions.starts[k]!);
    const first = view.sentenceFirst[view.tokens[i]!.sentence]!;
    if (i === first || (i === first + 1 && view.words.determiners.has(view.lower[first]!)))
      return speakerAtMention(ctx, k, 'org', null);
  }
  return null;
}

/** The most recent speaker of one of `kinds`, looked up by kind: a scan back per pronoun is quadratic. */
function latest(ctx: ResolveContext, kinds: ResolvedSpeaker['kind'][]): ResolvedSpeaker | null {
  let at = -1;
  for (const kind of kinds) at = Math.max(at, ctx.latestOfKind[kind]);
  return at < 0 ? null : ctx.history[at]!;
}

/** "the army" → "Syria's army": the first body mention of the head word after a capitalised word. */
function namedHead(view: DocView, head: string): string | null {
  const { tokens, lower } = view;
  for (let i = 1; i < tokens.length; i++) {
    if (lower[i] !== head || tokens[i]!.sentence < 0) continue;
    if (!view.bodyBlock[view.sentenceBlock[tokens[i]!.sentence]!]) continue;
    // The tokenizer splits a possessive off its name: "Syria", "'s", "army".
    const p = view.words.possessiveTokens.has(lower[i - 1]!) && i >= 2 ? i - 2 : i - 1;
    const prev = tokens[p]!;
    if (
      isCapitalised(prev) &&
      prev.sentence === tokens[i]!.sentence &&
      !view.words.definiteArticles.has(lower[p]!)
    )
      return view.text.slice(prev.start, tokens[i]!.end);
  }
  return null;
}

function expand(ctx: ResolveContext, name: string): string | null {
  const seen = ctx.expansions.get(name) ?? { history: null, read: 0 };
  ctx.expansions.set(name, seen);
  // The first match in the history stays first, so only speakers added since the last look are read.
  if (seen.history === null && seen.read < ctx.history.length) {
    const added = ctx.history
      .slice(seen.read)
      .map((h) => ({ name: h.name, words: nameWords(h.name, ctx.view.words) }));
    seen.history = expandName(name, added, ctx.view.words);
    seen.read = ctx.history.length;
  }
  if (seen.history) return seen.history;
  ctx.knownNames ??= collectKnownNames(ctx.view);
  if (seen.known === undefined) seen.known = expandName(name, ctx.knownNames, ctx.view.words);
  return seen.known;
}

/** A person named in a phrase before a connector and the entity `after` ("Dilan Yeşilgöz van Justitie"), if any. */
function personBeforeConnector(ctx: ResolveContext, phrase: SpeakerPhrase, after: Entity): Entity | null {
  const { mentions, view } = ctx;
  const afterStart = after.mentions.find((m) => m.start >= phrase.start && m.end <= phrase.end)?.start;
  if (afterStart === undefined) return null;
  for (let k = lowerBound(mentions.starts, phrase.start); k < mentions.starts.length; k++) {
    if (mentions.starts[k]! >= afterStart) break;
    const e = mentions.entities[mentions.owners[k]!]!;
    if (e.type !== 'person') continue;
    const between = view.text.slice(mentions.ends[k]!, afterStart).trim().toLowerCase();
    if (view.words.nameConnectors.has(between)) return e;
    // "Detective Sergeant Jon Saxby of the Kent and Essex Serious Crime Directorate": a phrase opening with the
    // connector still tells where the person works; "and" alone would join two speakers.
    const opener = between.slice(0, between.indexOf(' '));
    if (opener && isNameConnector(view.words, opener)) return e;
  }
  return null;
}

/** Resolves a speaker phrase to the canonical name and entity it refers to. */
export function resolveSpeaker(
  ctx: ResolveContext,
  phrase: SpeakerPhrase,
  relative = false,
): ResolvedSpeaker {
  const text = ctx.view.text.slice(phrase.start, phrase.end);
  const described = phrase.kind === 'description' || phrase.kind === 'reference';
  const base = {
    start: phrase.start,
    end: phrase.end,
    // "Entwicklungsministerin Svenja Schulze": the title stripped from the name still shows the gender.
    gender:
      phrase.kind === 'pronoun'
        ? null
        : (genderOfPhrase(phrase.name, ctx.view) ??
          (phrase.name === text ? null : genderOfPhrase(text, ctx.view))),
    plural:
      described && ctx.view.words.pluralEnding.test(phrase.head) && phrase.head === phrase.head.toLowerCase(),
  };
  if (phrase.kind === 'pronoun') {
    const want = phrase.head;
    const word = text.toLowerCase();
    const g = ctx.view.words.genderedPronouns.get(word) ?? null;
    let found: ResolvedSpeaker | null;
    if (want === 'person') found = findPerson(ctx, g, phrase.start);
    else if (want === 'group' && word !== 'we') found = findGroup(ctx);
    else if (want === 'either') {
      // French "il", Spanish "él" stand for a person or a thing: the organisation that spoke last, if it spoke
      // after the last person, else a person of the pronoun's gender.
      const any = latest(ctx, ['person', 'org']);
      found = any?.kind === 'org' ? any : findPerson(ctx, g, phrase.start);
    } else found = latest(ctx, want === 'thing' ? ['org'] : ['person', 'org']);
    if (found?.entityId && g) vote(ctx, found.entityId, g);
    return found
      ? {
          ...base,
          name: found.name,
          entityId: found.entityId,
          kind: found.kind,
          gender: g,
          plural: found.plural,
        }
      : {
          ...base,
          name: text,
          entityId: null,
          kind: want === 'person' ? 'person' : 'other',
          gender: g,
          plural: want === 'group',
        };
  }
  // "the rookie defenceman" after "Caleb Jones, the rookie defenceman,": the person it described,
  // before any name inside it ("the Florida senator" is no Florida).
  if (described && ctx.view.words.definiteArticles.has(text.split(' ')[0]!.toLowerCase())) {
    const person = describedEntity(ctx, text, phrase.start);
    if (person) return { ...fromEntity(phrase, person), gender: base.gender };
  }
  // "sagte die Grünen-Politikerin": a title after its article stands for the person of its gender named last.
  const { words } = ctx.view;
  const definite = words.definiteArticles.has(text.split(' ')[0]!.toLowerCase());
  if (described && definite && words.titleDescriptionsCorefer && isTitleWord(words, phrase.head)) {
    const person = findPerson(ctx, titleGender(words, phrase.head) ?? null, phrase.start);
    if (person) return { ...base, name: person.name, entityId: person.entityId, kind: 'person' };
  }
  // The mention that ends last wins: "Observatory head Rami Abdel Rahman" is Rami Abdel Rahman; but a person named
  // before a connector keeps the phrase: "Minister Dilan Yeşilgöz van Justitie" is the minister, not the ministry.
  const last = lastEndingEntity(ctx.mentions, phrase.start, phrase.end);
  const own = last && last.type !== 'person' ? (personBeforeConnector(ctx, phrase, last) ?? last) : last;
  // "The daughter of Jason Corbett said", "a spokesman for Mr Trump": the person named after a connector is the
  // one the speaker is described by, not the speaker.
  // The antecedent of a relative "who" is the name right before it ("a victory for Obama, who …").
  if (own?.type === 'person' && !relative && describedBy(ctx, own, phrase))
    return { ...base, name: text, entityId: null, kind: 'person' };
  if (own && !(described && isModifier(ctx, own, text, phrase))) return fromEntity(phrase, own);
  if (phrase.kind === 'reference') {
    const named = entityNamed(ctx.entities, text, ctx.view.words);
    if (named) return fromEntity(phrase, named);
    const headChar = ctx.view.text[phrase.end - phrase.head.length] ?? '';
    let headName: string | null = null;
    if (headChar === headChar.toLowerCase()) {
      if (!ctx.namedHeads.has(phrase.head)) ctx.namedHeads.set(phrase.head, namedHead(ctx.view, phrase.head));
      headName = ctx.namedHeads.get(phrase.head)!;
    }
    if (headName)
      return {
        ...base,
        name: headName,
        entityId: entityNamed(ctx.entities, headName, ctx.view.words)?.id ?? null,
        kind: 'org',
      };
    if (ctx.view.words.orgReferences.has(phrase.head)) {
      const org = referredOrg(ctx, phrase.head, phrase.start);
      if (org) return { ...base, name: org.name, entityId: org.entityId, kind: 'org' };
    }
    if (isTitleWord(ctx.view.words, phrase.head)) {
      // "sagte die Grünen-Politikerin": the person of the title's gender named last, as "sie" would be.
      const g = titleGender(ctx.view.words, phrase.head) ?? null;
      const person = ctx.view.words.titleDescriptionsCorefer
        ? findPerson(ctx, g, phrase.start)
        : latest(ctx, ['person']);
      if (person) return { ...base, name: person.name, entityId: person.entityId, kind: 'person' };
    }
    return {
      ...base,
      name: text,
      entityId: null,
      kind: ctx.view.words.orgReferences.has(phrase.head) ? 'org' : 'other',
    };
  }
  if (phrase.kind === 'description') {
    const kind =
      ctx.view.words.personHeads.has(phrase.head) || isTitleWord(ctx.view.words, phrase.head)
        ? 'person'
        : 'other';
    return {
      ...base,
      name: phrase.name,
      entityId: null,
      kind: ctx.view.words.orgReferences.has(phrase.head) ? 'org' : kind,
    };
  }
  const named = entityNamed(ctx.entities, phrase.name, ctx.view.words);
  // So is a place after a person's head ("the acting U.S. attorney for Massachusetts"), while "the government of
  // Iraq" and "the city of Nice" still speak for the place.
  if (named?.type === 'location' && !relative) {
    const head = describedBy(ctx, named, phrase, true);
    if (head && !ctx.view.words.orgReferences.has(head) && !ctx.view.placeNouns.has(head))
      return { ...base, name: text, entityId: null, kind: 'person' };
  }
  if (named) return fromEntity(phrase, named);
  const short = phrase.kind === 'surname' || (phrase.kind === 'org' && !phrase.name.includes(' '));
  const name = (short && expand(ctx, phrase.name)) || phrase.name;
  const gender = base.gender ?? genderOfPhrase(name, ctx.view);
  // "laut Redetext": where every noun is capitalised, one word that names no entity and shows no gender is a common
  // noun (a document, a body), no person a later "er" could stand for.
  const common = ctx.view.words.capitalisedNouns && !name.includes(' ') && gender === null;
  const kind = phrase.kind === 'org' ? 'org' : common ? 'other' : kindOfName(name, ctx.view.words);
  return { ...base, name, entityId: null, kind, gender };
}
