import type { QuoteWords } from '../../languages/types';
import type { Entity } from '../../schema/article';
import { type DocView, isCapitalised } from './doc-view';
import { collectKnownNames, expandName, type KnownName, nameWords } from './known-names';
import type { SpeakerPhrase } from './speaker-name';

/** A speaker as the Quote record holds it, plus what kind of antecedent it can be for later pronouns. */
export interface ResolvedSpeaker {
  start: number;
  end: number;
  name: string;
  entityId: string | null;
  kind: 'person' | 'org' | 'other';
}

/** What resolution reads: the text, the entities, earlier speakers (most recent last), names in the text. */
export interface ResolveContext {
  view: DocView;
  entities: Entity[];
  history: ResolvedSpeaker[];
  knownNames: KnownName[] | null;
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

/** The entity with a mention inside the phrase, the last one winning ("Observatory head Rami Abdel Rahman"). */
function entityAt(entities: Entity[], start: number, end: number): Entity | null {
  let best: Entity | null = null;
  let bestEnd = -1;
  for (const e of entities) {
    if (e.type === 'location') continue;
    for (const m of e.mentions)
      if (m.start < end && m.end > start && m.end > bestEnd) {
        best = e;
        bestEnd = m.end;
      }
  }
  return best;
}

/** Lower case, without a leading definite article: "The Monitor" → "monitor". */
function withoutArticle(text: string, words: QuoteWords): string {
  const lower = text.toLowerCase();
  const space = lower.indexOf(' ');
  return space > 0 && words.definiteArticles.has(lower.slice(0, space)) ? lower.slice(space + 1) : lower;
}

/** The entity a short name or alias belongs to: "Zaatari", "the monitor", "Observatory". */
function entityNamed(entities: Entity[], text: string, words: QuoteWords): Entity | null {
  const plain = withoutArticle(text, words);
  const wanted = nameWords(text, words);
  for (const e of entities)
    if (e.name.toLowerCase() === plain || e.aliases.some((a) => withoutArticle(a, words) === plain)) return e;
  if (wanted.length === 0) return null;
  for (const e of entities) {
    if (e.type === 'location') continue;
    const ew = nameWords(e.name, words);
    if (ew.length > wanted.length && wanted.every((w) => ew.includes(w))) return e;
  }
  return null;
}

function fromEntity(phrase: SpeakerPhrase, e: Entity): ResolvedSpeaker {
  return { start: phrase.start, end: phrase.end, name: e.name, entityId: e.id, kind: kindOfEntity(e) };
}

function latest(ctx: ResolveContext, test: (s: ResolvedSpeaker) => boolean): ResolvedSpeaker | null {
  for (let i = ctx.history.length - 1; i >= 0; i--) if (test(ctx.history[i]!)) return ctx.history[i]!;
  return null;
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
  const fromHistory = expandName(
    name,
    ctx.history.map((h) => ({ name: h.name, words: nameWords(h.name, ctx.view.words) })),
    ctx.view.words,
  );
  if (fromHistory) return fromHistory;
  ctx.knownNames ??= collectKnownNames(ctx.view);
  return expandName(name, ctx.knownNames, ctx.view.words);
}

/** Resolves a speaker phrase to the canonical name and entity it refers to. */
export function resolveSpeaker(ctx: ResolveContext, phrase: SpeakerPhrase): ResolvedSpeaker {
  const base = { start: phrase.start, end: phrase.end };
  const text = ctx.view.text.slice(phrase.start, phrase.end);
  if (phrase.kind === 'pronoun') {
    const want = phrase.head;
    const found = latest(ctx, (s) =>
      want === 'person' ? s.kind === 'person' : want === 'thing' ? s.kind === 'org' : s.kind !== 'other',
    );
    return found
      ? { ...base, name: found.name, entityId: found.entityId, kind: found.kind }
      : { ...base, name: text, entityId: null, kind: want === 'person' ? 'person' : 'other' };
  }
  const own = entityAt(ctx.entities, phrase.start, phrase.end);
  if (own) return fromEntity(phrase, own);
  if (phrase.kind === 'reference') {
    const named = entityNamed(ctx.entities, text, ctx.view.words);
    if (named) return fromEntity(phrase, named);
    const headChar = ctx.view.text[phrase.end - phrase.head.length] ?? '';
    const headName = headChar === headChar.toLowerCase() ? namedHead(ctx.view, phrase.head) : null;
    if (headName)
      return {
        ...base,
        name: headName,
        entityId: entityNamed(ctx.entities, headName, ctx.view.words)?.id ?? null,
        kind: 'org',
      };
    if (ctx.view.words.orgReferences.has(phrase.head)) {
      const org = latest(ctx, (s) => s.kind === 'org');
      if (org) return { ...base, name: org.name, entityId: org.entityId, kind: 'org' };
    }
    if (ctx.view.words.titleWords.has(phrase.head)) {
      const person = latest(ctx, (s) => s.kind === 'person');
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
      ctx.view.words.personHeads.has(phrase.head) || ctx.view.words.titleWords.has(phrase.head)
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
  if (named) return fromEntity(phrase, named);
  const short = phrase.kind === 'surname' || (phrase.kind === 'org' && !phrase.name.includes(' '));
  const name = (short && expand(ctx, phrase.name)) || phrase.name;
  const kind = phrase.kind === 'org' ? 'org' : kindOfName(name, ctx.view.words);
  return { ...base, name, entityId: null, kind };
}
