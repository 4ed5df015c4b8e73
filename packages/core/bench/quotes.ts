// `pnpm bench quotes [dev|train] [--errors N] [--wrong N]`: quote attribution on PolNeAR (brat Source/Cue/Content
// spans). (a) recall and speaker accuracy on gold attributions whose cue is a verb of saying or "according to";
// (b) precision of copydesk's quotes against all gold attributions; quote F1 from (a) and (b);
// (c) speaker accuracy by the kind of the gold source phrase (see `speakerKind`); `--wrong N` lists N wrong speakers;
// (d) of the people named as sources (namesPerson), per article, the share Article.entities lists as a person.
// The Article's `Quote.speaker` carries no kind, so there is no table by the kind of copydesk's own speaker phrase.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractEntities } from '../src/extract/entities/extract-entities';
import { extractQuotes } from '../src/extract/quotes/extract-quotes';
import { EN_ENTITIES } from '../src/languages/en/entities';
import { annotate } from '../src/nlp/annotate';
import { genderOfGivenName } from '../src/nlp/gazetteer/gender';
import { isFirstName } from '../src/nlp/gazetteer/index';
import { readText } from '../src/read/text/read-text';
import type { Quote } from '../src/schema/article';

type Fragments = [number, number][];
interface GoldAttribution {
  content: Fragments;
  source: Fragments;
  cue: string;
}

// Verbs of saying (Levin's "say" and "communication" classes as they appear in news), by stem.
const SAYING =
  /^(?:say|said|tell|told|add|ask|note|explain|state|declare|insist|argue|claim|warn|repl|respond|continu|recall|acknowledg|admit|conced|stress|emphasi|predict|promis|vow|complain|conclud|remark|comment|testif|boast|jok|quip|maintain|contend|counter|reiterat|assert|alleg|writ|wrote|tweet|announc|confirm|den|report|reveal|disclos|urg|call|describ|pledg|told|cited|quot)/;

function isSayingCue(cue: string): boolean {
  const text = cue.toLowerCase();
  if (text.includes('according to')) return true;
  return text.split(/[^a-z]+/).some((w) => SAYING.test(w));
}

function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; fragments: Fragments; text: string }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const space = body.indexOf(' ');
      const fragments = body
        .slice(space + 1)
        .split(';')
        .map((f) => f.split(' ').map(Number) as [number, number]);
      spans.set(id, { type: body.slice(0, space), fragments, text: text ?? '' });
    } else if (id.startsWith('E')) events.push(body);
  }
  return events.map((body) => {
    const roles = new Map(body.split(' ').map((r) => r.split(':') as [string, string]));
    const get = (role: string) => spans.get(roles.get(role) ?? '');
    return {
      content: get('Content')?.fragments ?? [],
      source: get('Source')?.fragments ?? [],
      cue: get('Cue')?.text ?? '',
    };
  });
}

function overlap(a: [number, number], fragments: Fragments): number {
  let n = 0;
  for (const [s, e] of fragments) n += Math.max(0, Math.min(a[1], e) - Math.max(a[0], s));
  return n;
}

const length = (fragments: Fragments) => fragments.reduce((n, [s, e]) => n + e - s, 0);

function matches(pred: [number, number], gold: Fragments): boolean {
  const goldLength = length(gold);
  if (goldLength === 0) return false;
  return overlap(pred, gold) >= 0.5 * Math.min(pred[1] - pred[0], goldLength);
}

const capitalWords = (s: string) => (s.match(/\p{Lu}[\p{L}'-]+/gu) ?? []).map((w) => w.replace(/'s$/, ''));

/** The speaker counts when it overlaps the gold source or names the same entity (a shared capitalised name). */
function speakerCounts(raw: string, pred: Mapped, gold: GoldAttribution): boolean {
  if (!pred.speaker) return false;
  if (overlap(pred.speaker, gold.source) > 0) return true;
  const goldWords = capitalWords(gold.source.map(([s, e]) => raw.slice(s, e)).join(' '));
  const predWords = new Set(capitalWords(pred.quote.speaker!.name));
  const last = goldWords.at(-1);
  return !!last && predWords.has(last);
}

type SpeakerKind = 'name' | 'surname' | 'pronoun' | 'organisation' | 'description';
const KINDS: SpeakerKind[] = ['name', 'surname', 'pronoun', 'organisation', 'description'];

const PRONOUNS = new Set(
  'he she they we i it you his her hers him them their theirs us me my our who which this that one someone'.split(
    ' ',
  ),
);
// Organisation words: the English pack's organisation heads ("Ministry", "Party", "Post"), lower-cased too, its
// organisation descriptors ("the monitor", "the ministry") and a few common nouns for institutions.
const ORG_WORDS = new Set([
  ...[...EN_ENTITIES.orgHeads].map((w) => w.toLowerCase()),
  ...Object.keys(EN_ENTITIES.descriptors).map((w) => w.toLowerCase()),
  ...'campaign administration government newspaper website'.split(' '),
]);
const KNOWN_ORGS = [...EN_ENTITIES.knownOrganizations].map((o) => o.toLowerCase());
const TITLES = new Set([...EN_ENTITIES.personTitles].map((w) => w.toLowerCase()));
const CAPITAL = /^\p{Lu}[\p{L}'’.-]*$/u;
const withoutPossessive = (w: string) => w.replace(/['’]s$/u, '');
/** A name's last word, possessive off: the surname a later mention may use alone. */
const lastWord = (name: string) => withoutPossessive(name.split(/\s+/).at(-1)!);
const stripWord = (w: string) => withoutPossessive(w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ''));

/**
 * The kind of a speaker phrase, by these rules in order:
 * - `pronoun`: the phrase is one pronoun ("he", "they", "I", "who", "it").
 * - `organisation`: it contains a known organisation of the English pack ("NATO", "Reuters", "Islamic State").
 * - `name`: it holds two or more capitalised words in a row that are not titles, organisation words or acronyms
 *   ("Donald Trump", "Sen. Tim Kaine", "Trump campaign manager Jane Roe").
 * - `organisation`: it contains an organisation word (the English pack's organisation heads and descriptors, lower-
 *   or upper-case, plus "campaign", "administration", "government", "newspaper", "website") or an acronym (a word of
 *   two or more capitals: "FBI", "CNN").
 * - `name`, too: one capitalised word alone, after any determiner or title, that the article has not used earlier as
 *   the last word of a longer name ("Obama" with no "Barack Obama" before it).
 * - `surname`: one capitalised word (after any determiner or title: "Mr. Trump") that is the last word of a
 *   two-or-more-word capitalised name earlier in the article.
 * - `description`: anything else ("the official", "a spokesman", "critics", "the Democratic nominee").
 */
function speakerKind(phrase: string, before: string): SpeakerKind {
  const words = phrase.split(/\s+/).map(stripWord).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase());
  if (words.length === 1 && PRONOUNS.has(lower[0]!)) return 'pronoun';
  const text = ` ${lower.join(' ')} `;
  if (KNOWN_ORGS.some((o) => text.includes(` ${o} `))) return 'organisation';
  const acronym = (w: string) => /^\p{Lu}{2,}$/u.test(w.replace(/\./g, ''));
  let run = 0;
  for (let i = 0; i < words.length; i++) {
    const name =
      CAPITAL.test(words[i]!) &&
      !TITLES.has(lower[i]!.replace(/\.$/, '')) &&
      !ORG_WORDS.has(lower[i]!) &&
      !acronym(words[i]!) &&
      !(i === 0 && lower[i] === 'the');
    run = name ? run + 1 : 0;
    if (run >= 2) return 'name';
  }
  if (lower.some((w) => ORG_WORDS.has(w)) || words.some(acronym)) return 'organisation';
  const rest = words.filter(
    (_w, i) => !['the', 'a', 'an'].includes(lower[i]!) && !TITLES.has(lower[i]!.replace(/\.$/, '')),
  );
  if (rest.length !== 1 || !CAPITAL.test(rest[0]!)) return 'description';
  const single = rest[0]!;
  const earlier = before.match(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+\p{Lu}[\p{L}'’-]+/gu) ?? [];
  return earlier.some((n) => lastWord(n) === single) ? 'surname' : 'name';
}

interface Mapped {
  quote: Quote;
  content: [number, number];
  speaker: [number, number] | null;
}

const givenName = (w: string) => isFirstName(w) || genderOfGivenName(w) !== null;

/**
 * The surname of the person a gold source phrase names, or null: a known given name then a capitalised word ("Donald
 * J. Trump", "Sen. Bernie Sanders"), or one capitalised word (after a title) that such a name earlier ends with.
 */
function namesPerson(phrase: string, before: string): string | null {
  const words = phrase.split(/\s+/).map(stripWord).filter(Boolean);
  // "The Dallas Morning News", "a New York Times reporter": a name after a determiner is no person's.
  if (/^(?:the|a|an)$/i.test(words[0] ?? '') || words.length > 5) return null;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!givenName(words[i]!)) continue;
    let k = i + 1;
    while (k + 1 < words.length && /^\p{Lu}\.$/u.test(words[k]!)) k++;
    if (CAPITAL.test(words[k]!) && (k + 1 === words.length || !CAPITAL.test(words[k + 1]!))) return words[k]!;
  }
  const rest = words.filter((w) => !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
  if (rest.length !== 1 || !CAPITAL.test(rest[0]!)) return null;
  const single = rest[0]!;
  const escaped = single.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const full = new RegExp(`(\\p{Lu}[\\p{L}'’-]+)\\s+(?:\\p{Lu}\\.\\s+)?${escaped}\\b`, 'gu');
  for (const m of before.matchAll(full)) if (givenName(m[1]!)) return single;
  return null;
}

function toRaw(map: Int32Array, start: number, end: number): [number, number] {
  return [map[start]!, map[Math.max(start, end - 1)]! + 1];
}

const args = process.argv.slice(2);
const split = args.find((a) => a === 'dev' || a === 'train') ?? 'dev';
const errorsAt = args.indexOf('--errors');
const showErrors = errorsAt >= 0 ? Number(args[errorsAt + 1] ?? 20) : 0;
const wrongAt = args.indexOf('--wrong');
const showWrong = wrongAt >= 0 ? Number(args[wrongAt + 1] ?? 0) : 0;
const root = join(process.env.COPYDESK_SHARED ?? '../shared', 'corpora/polnear-traindev', split);
const annFiles = readdirSync(join(root, 'attributions')).sort();

let goldSaying = 0;
let recalled = 0;
let speakerGold = 0;
let speakerRight = 0;
let predicted = 0;
let precise = 0;
let articles = 0;
let badSpans = 0;
let withSpeaker = 0;
let missingEntity = 0;
const misses: string[] = [];
const falsePositives: string[] = [];
const wrongSpeakers: string[] = [];
const byKind = new Map<SpeakerKind, { matched: number; correct: number }>(
  KINDS.map((k) => [k, { matched: 0, correct: 0 }]),
);
const wrongByKind: string[] = [];
// (d) How Article.entities types the people PolNeAR names as sources (namesPerson), once per article: news of
// 2016, twenty years after the CoNLL-2003 text the English tagger learns from, so a check of names it never met.
const sourceTypes = new Map<string, number>();
const mistyped = new Map<string, number>();
const excerpt = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
};
let closest: { words: number; doc: ReturnType<typeof annotate> } | null = null;

for (const file of readdirSync(join(root, 'text')).sort()) {
  const stem = file.replace(/\.txt$/, '');
  const annFile = annFiles.find((a) => a.startsWith(`${stem}_`));
  if (!annFile) continue;
  const raw = readFileSync(join(root, 'text', file), 'utf8');
  const gold = parseAnn(readFileSync(join(root, 'attributions', annFile), 'utf8'));
  const body = readText(raw, { sourceMap: true });
  const doc = annotate(body);
  const entities = extractEntities(doc);
  const quotes = extractQuotes(doc, entities);
  // Speakers that name an entity (by its name or an alias, or a mention of a person or organisation under the
  // phrase) but carry no entityId.
  const names = new Set(entities.flatMap((e) => [e.name, ...e.aliases].map((n) => n.toLowerCase())));
  for (const q of quotes) {
    if (!q.speaker) continue;
    withSpeaker++;
    if (q.speaker.entityId !== null) continue;
    const { end } = q.speaker.span;
    // The mention must end the phrase: a place or a name inside a description ("the Florida senator", "the
    // senior Cruz adviser") is not the speaker.
    const under = entities.some(
      (e) => e.type !== 'location' && e.mentions.some((m) => m.start < end && m.end >= end),
    );
    // "a spokeswoman for Hillary Clinton": the person after a connector describes the speaker and is not it.
    const describedBy = /\p{Ll}+ (?:of|for) (?:\p{Lu}\S* )*\p{Lu}\S*$/u.test(q.speaker.text);
    if (describedBy && q.speaker.name === q.speaker.text) continue;
    if (under || names.has(q.speaker.name.toLowerCase())) missingEntity++;
  }
  const map = body.sourceMap!;
  articles++;
  const words = raw.split(/\s+/).length;
  if (!closest || Math.abs(words - 1000) < Math.abs(closest.words - 1000)) closest = { words, doc };
  const mapped: Mapped[] = quotes.map((q) => ({
    quote: q,
    content: toRaw(map, q.span.start, q.span.end),
    speaker: q.speaker ? toRaw(map, q.speaker.span.start, q.speaker.span.end) : null,
  }));
  for (const p of mapped) {
    predicted++;
    const q = p.quote;
    for (const s of [q.span, q.speaker?.span, q.cue?.span, q.addressee?.span])
      if (s && body.text.slice(s.start, s.end) !== s.text) badSpans++;
    if (gold.some((g) => matches(p.content, g.content))) precise++;
    else if (falsePositives.length < showErrors * 3)
      falsePositives.push(
        `${stem}: [${p.quote.type} ${p.quote.cue?.text}] ${p.quote.speaker?.text} :: ${p.quote.text.slice(0, 120)}`,
      );
  }
  // One count per person and article: the entity Article.entities lists under the person's surname, the one with
  // the most mentions where several do ("Trump" the man and "Trump" the campaign).
  const surnames = new Set<string>();
  for (const g of gold) {
    if (g.source.length !== 1) continue;
    const [start, end] = g.source[0]!;
    const surname = namesPerson(raw.slice(start, end), raw.slice(0, start));
    if (surname) surnames.add(surname);
  }
  for (const surname of surnames) {
    const holders = entities.filter((e) => [e.name, ...e.aliases].some((n) => lastWord(n) === surname));
    holders.sort((a, b) => b.mentions.length - a.mentions.length);
    // A second entity of another type named by the surname alone is wrong too ("Trump" the organisation beside
    // "Donald Trump" the person); "Trump Tower" is not.
    const rival = holders.find(
      (e) => e.type !== 'person' && [e.name, ...e.aliases].some((n) => withoutPossessive(n) === surname),
    );
    const type =
      holders[0]?.type === 'person' && rival ? `person and ${rival.type}` : (holders[0]?.type ?? 'none');
    sourceTypes.set(type, (sourceTypes.get(type) ?? 0) + 1);
    if (type !== 'person')
      mistyped.set(`${surname}: ${type}`, (mistyped.get(`${surname}: ${type}`) ?? 0) + 1);
  }
  for (const g of gold) {
    if (!isSayingCue(g.cue) || g.content.length === 0) continue;
    goldSaying++;
    const hits = mapped.filter((p) => matches(p.content, g.content));
    if (hits.length === 0) {
      if (misses.length < showErrors * 3) {
        // What copydesk read there instead: any quote that touches the gold content, or none.
        const near = mapped.filter((p) => overlap(p.content, g.content) > 0);
        const got = near.length
          ? near.map((p) => `${p.quote.type} "${excerpt(p.quote.text, 60)}"`).join('; ')
          : '(nothing)';
        misses.push(
          `${stem}: [${g.cue}] ${g.source.map(([s, e]) => raw.slice(s, e)).join(' ')} :: ${g.content
            .map(([s, e]) => raw.slice(s, e))
            .join(' … ')
            .slice(0, 160)}\n    got: ${got}`,
        );
      }
      continue;
    }
    recalled++;
    if (g.source.length === 0) continue;
    speakerGold++;
    const sourceText = g.source.map(([s, e]) => raw.slice(s, e)).join(' ');
    const kind = speakerKind(sourceText, raw.slice(0, g.source[0]![0]));
    const tally = byKind.get(kind)!;
    tally.matched++;
    const right = hits.some((p) => speakerCounts(raw, p, g));
    if (right) tally.correct++;
    else if (wrongByKind.length < showWrong)
      wrongByKind.push(
        `  ${stem} | ${kind} | gold: ${excerpt(sourceText, 60)} | copydesk: ${hits.map((h) => (h.quote.speaker ? `${excerpt(h.quote.speaker.text, 40)} → ${excerpt(h.quote.speaker.name, 40)}` : '(none)')).join('; ')} | ${excerpt(raw.slice(g.content[0]![0], g.content[0]![1]), 80)}`,
      );
    if (right) speakerRight++;
    else if (wrongSpeakers.length < showErrors * 3)
      wrongSpeakers.push(
        `${stem}: gold ${g.source.map(([s, e]) => raw.slice(s, e)).join(' ')} | got ${hits.map((h) => `${h.quote.speaker?.text}→${h.quote.speaker?.name}`).join('; ')} :: ${raw.slice(g.content[0]![0], g.content[0]![0] + 80)}`,
      );
  }
}

const recall = recalled / goldSaying;
const precision = precise / predicted;
const f1 = (2 * precision * recall) / (precision + recall);

let median = 0;
if (closest) {
  const times: number[] = [];
  for (let i = 0; i < 30; i++) extractQuotes(closest.doc, []);
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    extractQuotes(closest.doc, []);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  median = times[times.length >> 1]!;
}

const pct = (x: number) => (100 * x).toFixed(1);
const out = process.stdout;
out.write(`PolNeAR ${split}: ${articles} articles, ${goldSaying} gold attributions with a saying cue\n`);
out.write(`  recall (saying cues)      ${pct(recall)}%  (${recalled}/${goldSaying})\n`);
out.write(`  precision (all gold)      ${pct(precision)}%  (${precise}/${predicted})\n`);
out.write(`  quote F1                  ${pct(f1)}%\n`);
out.write(
  `  speaker accuracy          ${pct(speakerRight / speakerGold)}%  (${speakerRight}/${speakerGold} matched with a gold source)\n`,
);
out.write(`  invalid spans             ${badSpans}\n`);
out.write(
  `  speaker with no entityId  ${missingEntity} of ${withSpeaker} speakers, though an entity has its name or a mention under it\n`,
);
out.write(`  quotes median time        ${median.toFixed(3)} ms on a ${closest?.words ?? 0}-word article\n`);
if (showErrors) {
  out.write(`\nMISSED\n${misses.slice(0, showErrors).join('\n')}\n`);
  out.write(`\nFALSE POSITIVES\n${falsePositives.slice(0, showErrors).join('\n')}\n`);
  out.write(`\nWRONG SPEAKERS\n${wrongSpeakers.slice(0, showErrors).join('\n')}\n`);
}
out.write('\nspeaker accuracy by kind of gold source phrase\n');
out.write(
  `  ${'kind'.padEnd(14)}${'matched'.padStart(8)}${'correct'.padStart(9)}${'accuracy'.padStart(10)}\n`,
);
for (const kind of KINDS) {
  const { matched, correct } = byKind.get(kind)!;
  const accuracy = matched ? `${pct(correct / matched)}%` : '-';
  out.write(
    `  ${kind.padEnd(14)}${String(matched).padStart(8)}${String(correct).padStart(9)}${accuracy.padStart(10)}\n`,
  );
}
const named = [...sourceTypes.values()].reduce((a, b) => a + b, 0);
const others = [...sourceTypes.entries()]
  .filter(([t]) => t !== 'person')
  .sort((a, b) => b[1] - a[1])
  .map(([t, n]) => `${t} ${n}`)
  .join(', ');
out.write(
  `\npeople named as sources whom Article.entities lists as people: ${pct((sourceTypes.get('person') ?? 0) / named)}% (${sourceTypes.get('person') ?? 0}/${named}; ${others})\n`,
);
if (showErrors)
  out.write(
    `  not typed person: ${[...mistyped.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, showErrors)
      .map(([k, n]) => `${k} ×${n}`)
      .join('; ')}\n`,
  );
if (showWrong) out.write(`\nWRONG SPEAKERS BY KIND (first ${showWrong})\n${wrongByKind.join('\n')}\n`);
