import type { Annotated } from '../../nlp/annotate';
import { lookupPlace } from '../../nlp/gazetteer/index';
import { pronounOf } from '../quotes/doc-view';
import { PERSON_PARTICLES } from './constants';
import { type Mention, mentionOf } from './mention';
import { isAllCaps } from './name-tokens';

// Letters-only initials with two capitals or more: "RD", "LDN", "MSc", "PhD", "R.D".
const CREDENTIAL = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}.]{2,6}$/u;

// "Jane Roe, RD, LDN": credentials listed after a person's name, each after a comma.
function isCredential(doc: Annotated, m: Mention, personEnds: ReadonlySet<number>): boolean {
  const { tokens } = doc;
  if (m.first !== m.last || !CREDENTIAL.test(m.text) || lookupPlace(m.text)) return false;
  let i = m.first;
  // Back over earlier credentials of the same list to the name they follow.
  while (tokens[i - 1]?.text === ',') {
    const before = tokens[i - 2];
    if (!before || before.sentence !== tokens[m.first]!.sentence) return false;
    if (personEnds.has(i - 2)) return true;
    if (!CREDENTIAL.test(before.text)) return false;
    i -= 2;
  }
  return false;
}

// A block that is one title-case word alone, or such a word before a colon: page furniture ("Videos", "Details",
// "Tip:"), unless it is a place or a word the text also writes as a name elsewhere.
function isLabel(
  doc: Annotated,
  m: Mention,
  named: ReadonlyMap<string, number>,
  lowerWords: () => ReadonlySet<string>,
): boolean {
  // In capitals a word alone is a masthead or a team ("ABC", "EXPANSION" in a press digest), not a label.
  if (m.first !== m.last || isAllCaps(m.text)) return false;
  const { tokens, sentences, body } = doc;
  const block = body.blocks[sentences[tokens[m.first]!.sentence]!.block];
  if (!block) return false;
  const text = body.text.slice(block.start, block.end).trim();
  const alone = text === m.text;
  const labelled = text.startsWith(`${m.text}:`) && tokens[m.first]!.start === block.start;
  if (!alone && !labelled) return false;
  if (lookupPlace(m.text) || doc.pack.story.entities.knownOrganizations.has(m.text)) return false;
  // The gazetteer holds English place names ("Brussels", not "Brussel"): in another language a place the tagger
  // found alone in its block is trusted (Dutch tune: the label rule cost 1.0 point of LOC F1 there).
  if (m.type === 'LOC' && doc.pack.code !== 'en') return false;
  // A block alone that the text names elsewhere ("Pakistan", a results table's heading) is a name; before a colon
  // only a word the text also writes in lower case is a label ("Tip: drink water … a tip"), not "Trump: …".
  return alone ? (named.get(m.text) ?? 0) <= 1 : lowerWords().has(m.text.toLowerCase());
}

/**
 * Whether a token opens its sentence, or the story after its dateline ("PARIS (AFP) - Le contrôle …"), where the
 * sentence splitter sees no sentence end.
 */
function opensSentence(doc: Annotated, i: number): boolean {
  const { tokens, sentences } = doc;
  const t = tokens[i]!;
  if (t.sentence < 0) return false;
  if (sentences[t.sentence]!.start === t.start) return true;
  const dateline = doc.body.dateline?.span;
  return (
    !!dateline && tokens[i - 1] !== undefined && tokens[i - 1]!.end <= dateline.end && t.start >= dateline.end
  );
}

/**
 * Whether a run of words is capitalised only where its sentence starts: "Le contrôle de cette", "Aucune mesure de
 * rétorsion ne", "Os times de coração": the opening words of a sentence, which no name is when every word after the
 * first is written in lower case.
 */
function isSentenceOpening(doc: Annotated, m: Mention): boolean {
  const { tokens } = doc;
  if (m.last === m.first || !opensSentence(doc, m.first)) return false;
  for (let i = m.first + 1; i <= m.last; i++) {
    const t = tokens[i]!;
    if (t.text !== t.lower || !/\p{L}/u.test(t.text)) return false;
  }
  return true;
}

/**
 * Where the name starts in a run that opens its sentence with words of the sentence: "Le sentier de la Corniche",
 * "Les plages de Lacanau", "Un risque accru de vague Belharra". After the sentence's capitalised first word, the run
 * goes on in lower case through a word that joins no name ("sentier", "plages", "risque"), so that first word was
 * capitalised for the sentence, not for a name; the name is what follows from the next capitalised word
 * ("Corniche"). The index of that word, or null when the run is no such opening ("Bank of England", "Ministère de
 * la Culture") or has nothing capitalised after its first word (isSentenceOpening drops those).
 */
function nameAfterOpening(doc: Annotated, m: Mention): number | null {
  const { tokens } = doc;
  if (m.last === m.first || !opensSentence(doc, m.first)) return null;
  const joiners = doc.pack.story.entities.nameJoiners;
  let common = false;
  for (let i = m.first + 1; i <= m.last; i++) {
    const t = tokens[i]!;
    if (t.text !== t.lower) return common ? i : null;
    if (/^\p{L}+$/u.test(t.text) && !joiners.has(t.text) && !PERSON_PARTICLES.has(t.text)) common = true;
  }
  return null;
}

/**
 * A pronoun, alone or written as one word with its auxiliary ("I've", "We're", which the tokeniser keeps whole). In
 * capitals it may be an acronym: "IT", Portuguese "EU".
 */
function isPronoun(doc: Annotated, m: Mention): boolean {
  if (m.first !== m.last || (m.text.length > 1 && isAllCaps(m.text))) return false;
  const { quotes } = doc.pack.story;
  return quotes.pronouns.has(pronounOf(quotes, doc.tokens[m.first]!.lower));
}

/**
 * Drops what the tagger takes for names but a page prints for other reasons: credentials after a person's name
 * ("Jane Roe, RD, LDN"), month abbreviations ("Feb", "Sept"), and one-word page labels ("Videos", "Tip:").
 */
export function dropNonNames(doc: Annotated, mentions: readonly Mention[]): Mention[] {
  const personEnds = new Set<number>();
  const named = new Map<string, number>();
  for (const m of mentions) {
    if (m.type === 'PER' && m.last > m.first) personEnds.add(m.last);
    named.set(m.text, (named.get(m.text) ?? 0) + 1);
  }
  const months = doc.pack.page.monthAbbreviations;
  // The words the text writes in lower case, gathered once and only if a label needs them.
  let lower: Set<string> | null = null;
  const lowerWords = () => {
    lower ??= new Set(doc.tokens.filter((t) => t.text === t.lower).map((t) => t.lower));
    return lower;
  };
  const kept: Mention[] = [];
  for (const m of mentions) {
    if (m.first === m.last && months[m.text.toLowerCase()] !== undefined && m.text !== m.text.toLowerCase())
      continue;
    if (
      isCredential(doc, m, personEnds) ||
      isLabel(doc, m, named, lowerWords) ||
      isSentenceOpening(doc, m) ||
      isPronoun(doc, m)
    )
      continue;
    const start = nameAfterOpening(doc, m);
    // The tagger typed the whole run; the name left is typed again by the steps after (retype-heads, the gazetteer).
    kept.push(start === null ? m : { ...mentionOf(doc, start, m.last, m.type), guessed: true });
  }
  return kept;
}
