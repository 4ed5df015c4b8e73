import type { Annotated } from '../../nlp/annotate';
import { isFirstName, lookupPlace } from '../../nlp/gazetteer/index';
import { makeSpan } from '../../util/span';
import { ACRONYM, PARTY_STATE, TITLE_CASE_SHARE } from './constants';
import type { Mention } from './mention';
import { isAllCaps, isNameToken } from './name-tokens';

function mentionOf(doc: Annotated, first: number, last: number, type: Mention['type']): Mention {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  return { ...makeSpan(doc.body.text, start, end), first, last, type };
}

const word0 = (m: Mention) => m.text.toLowerCase();

// "Governor Pence": a person's title tagged into an organisation or place name.
function splitTitle(doc: Annotated, m: Mention): Mention {
  const words = m.text.split(/\s+/);
  if (
    words.length < 2 ||
    !doc.pack.story.entities.personTitles.has(words[0]!.toLowerCase()) ||
    doc.pack.story.entities.orgHeads.has(words.at(-1)!)
  )
    return m;
  let first = m.first;
  while (first < m.last && doc.pack.story.entities.titleWords.has(doc.tokens[first]!.text.toLowerCase()))
    first++;
  return { ...mentionOf(doc, first, m.last, 'PER'), sure: true };
}

// The period of an initial or abbreviation, which the tokeniser splits off ("P." in "P. Simmons", "U.S.").
function isGluedPeriod(doc: Annotated, i: number): boolean {
  const t = doc.tokens[i];
  const before = doc.tokens[i - 1];
  return t?.text === '.' && !!before && before.end === t.start && isNameToken(before);
}

const POSSESSIVE_OR_AMPERSAND = /^(?:'s?|&)$/;

// Cuts a tagged run at words that cannot be in a name: "Rami Abdel Rahman told AFP" → "Rami Abdel Rahman", "AFP".
function cutAtCommonWords(doc: Annotated, m: Mention, titleCase: boolean): Mention[] {
  const out: Mention[] = [];
  let from = -1;
  for (let i = m.first; i <= m.last + 1; i++) {
    const t = doc.tokens[i];
    const word = t?.text.toLowerCase() ?? '';
    // A capitalised "The" inside a sentence is part of the name the tagger read ("at The Oval"); at the start
    // of one it may be there only for the capital.
    const midSentence = !titleCase && i > 0 && doc.tokens[i - 1]!.sentence === t?.sentence && t.text !== word;
    const dropped = from < 0 && !midSentence && doc.pack.story.entities.notNames.has(word);
    // Function words and possessives inside the tagger's run belong to it ("Organisation for Security and
    // Cooperation in Europe", "People 's Party"); a content word such as "told" ends the name.
    const joins =
      !titleCase &&
      from >= 0 &&
      i < m.last &&
      (doc.pack.story.entities.notNames.has(word) || POSSESSIVE_OR_AMPERSAND.test(word));
    const inName =
      i <= m.last &&
      ((isNameToken(t) && !dropped) ||
        joins ||
        (from >= 0 && isGluedPeriod(doc, i)) ||
        (from >= 0 && doc.pack.story.entities.nameJoiners.has(t!.text) && i < m.last));
    if (inName && from < 0) from = i;
    if (!inName && from >= 0) {
      let last = i - 1;
      while (last > from && !isNameToken(doc.tokens[last]) && !isGluedPeriod(doc, last)) last--;
      const piece = mentionOf(doc, from, last, out.length ? 'MISC' : m.type);
      // A lone title ("Governor") or a word like "Well" is no name.
      const lone =
        from === last &&
        (doc.pack.story.entities.notNames.has(word0(piece)) ||
          doc.pack.story.entities.titleWords.has(word0(piece)) ||
          PARTY_STATE.test(piece.text));
      if (!lone) out.push(piece);
      from = -1;
    }
  }
  return out;
}

// Widens a mention to the capitalised phrase around it when that phrase ends in an organisation or place word.
function widenToHead(doc: Annotated, m: Mention): Mention {
  const { tokens } = doc;
  const sentence = tokens[m.first]!.sentence;
  const inSentence = (i: number) => tokens[i]?.sentence === sentence;
  let first = m.first;
  let last = m.last;
  const widensLeft = (i: number) =>
    inSentence(i) &&
    isNameToken(tokens[i]) &&
    !doc.pack.story.entities.notNames.has(tokens[i]!.text.toLowerCase());
  while (widensLeft(first - 1) && tokens[first - 1]!.end < tokens[first]!.start) first--;
  for (;;) {
    if (inSentence(last + 1) && isNameToken(tokens[last + 1])) last++;
    else if (
      inSentence(last + 2) &&
      doc.pack.story.entities.nameJoiners.has(tokens[last + 1]!.text) &&
      tokens[last + 1]!.text !== 'and' &&
      isNameToken(tokens[last + 2])
    )
      last += 2;
    else break;
  }
  if (first === m.first && last === m.last) return m;
  for (let i = last; i > first; i--) {
    if (doc.pack.story.entities.orgHeads.has(tokens[i]!.text)) return mentionOf(doc, first, last, 'ORG');
  }
  return m;
}

function hasPlacePreposition(doc: Annotated, m: Mention): boolean {
  const before = doc.tokens[m.first - 1];
  return (
    before?.sentence === doc.tokens[m.first]!.sentence &&
    doc.pack.story.entities.placePrepositions.has(before.text)
  );
}

// A place noun naming the mention: "the city of X", "its largest city, X", "X province".
function hasPlaceNounCue(doc: Annotated, m: Mention): boolean {
  const t = (i: number) => doc.tokens[i]?.text.toLowerCase() ?? '';
  if (t(m.first - 1) === 'of' && doc.pack.story.entities.placeNouns.has(t(m.first - 2))) return true;
  if (t(m.first - 1) === ',' && doc.pack.story.entities.placeNouns.has(t(m.first - 2))) return true;
  const next = doc.tokens[m.last + 1];
  return !!next && next.text === next.text.toLowerCase() && doc.pack.story.entities.placeNouns.has(next.text);
}

// Whether the mention's whole sentence is in capitals, as a shouted headline is.
function isShoutedSentence(doc: Annotated, m: Mention): boolean {
  const sentence = doc.sentences[doc.tokens[m.first]!.sentence];
  const text = sentence ? doc.body.text.slice(sentence.start, sentence.end) : m.text;
  return text === text.toUpperCase();
}

// Re-types a mention from its own words and its context, where the CoNLL-trained tagger is least sure.
function retype(doc: Annotated, m: Mention): Mention {
  const words = m.text.split(/\s+/);
  const lastWord = words.at(-1)!;
  const sure = (type: Mention['type']): Mention => ({ ...m, type, sure: true });
  // The tagger read the context: a gazetteer place, a head word or a place cue only types what it left untyped,
  // or confirms what it agrees with ("Durham 114" is a county side, "Ian Tomas ( Italy )" a rider). A dateline
  // ("DETROIT (AP) —") is a form the CoNLL-trained tagger never saw, so there the words decide.
  const weak = isAllCaps(m.text) && doc.tokens[m.last + 1]?.text === '(' && !isShoutedSentence(doc, m);
  const untyped = (type: Mention['type']) => m.type === 'MISC' || m.type === type || weak;
  if (doc.pack.story.entities.knownOrganizations.has(m.text)) return sure('ORG');
  if (doc.pack.story.entities.locHeads.has(lastWord)) return sure('LOC');
  if (words.length > 1 && doc.pack.story.entities.compassWords.has(words[0]!)) return sure('LOC');
  if (lookupPlace(m.text) && untyped('LOC')) return sure('LOC');
  if (doc.pack.story.entities.orgHeads.has(lastWord) && untyped('ORG')) return sure('ORG');
  const before = doc.tokens[m.first - 1]?.text ?? '';
  if (
    before === before.toLowerCase() &&
    doc.pack.story.entities.titleWords.has(before) &&
    !isFirstName(words.at(-1)!)
  )
    return sure('PER');
  const person = m.type === 'PER' && words.length > 1 && isFirstName(words[0]!);
  // "in" or "at" comes before clubs and firms as well ("at Leeds"); a place noun names a place.
  if (!person && (hasPlaceNounCue(doc, m) || (hasPlacePreposition(doc, m) && untyped('LOC'))))
    return sure('LOC');
  return m;
}

// An acronym the text gives in brackets after a name: "Daesh (IS)", "Islamic State group (IS)".
function findBracketAcronyms(doc: Annotated, mentions: readonly Mention[]): Mention[] {
  const { tokens } = doc;
  const found: Mention[] = [];
  // A set, not mentions.some(): "WASHINGTON (AP) —" repeated made that scan quadratic (bench/scaling.ts).
  const starts = new Set(mentions.map((x) => x.first));
  for (const m of mentions) {
    let i = m.last + 1;
    while (i < tokens.length && i <= m.last + 2 && tokens[i]!.text === tokens[i]!.text.toLowerCase()) {
      if (tokens[i]!.text === '(') break;
      i++;
    }
    const inner = tokens[i + 1];
    if (tokens[i]?.text !== '(' || tokens[i + 2]?.text !== ')' || !inner || !ACRONYM.test(inner.text))
      continue;
    if (starts.has(i + 1)) continue;
    found.push(mentionOf(doc, i + 1, i + 1, 'MISC'));
  }
  return found;
}

// Well-known organisations the tagger missed ("told AFP"): single-token names from the list, outside
// shouted text where "WHO" or "IS" are ordinary words.
function findKnownOrganizations(doc: Annotated, mentions: readonly Mention[]): Mention[] {
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) covered.add(i);
  const { tokens, sentences, body } = doc;
  const found: Mention[] = [];
  // Once per sentence, not per token: one long sentence made the per-token check quadratic (bench/scaling.ts).
  const shouted = new Map<number, boolean>();
  const isShouted = (n: number): boolean => {
    let v = shouted.get(n);
    if (v === undefined) {
      const sentence = sentences[n];
      const text = sentence ? body.text.slice(sentence.start, sentence.end) : '';
      v = text === text.toUpperCase();
      shouted.set(n, v);
    }
    return v;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered.has(i) || !doc.pack.story.entities.knownOrganizations.has(t.text)) continue;
    if (isShouted(t.sentence)) continue;
    found.push({ ...mentionOf(doc, i, i, 'ORG'), sure: true });
  }
  return found;
}

// Names the tagger missed after a place noun: "the village of Suway'iah".
function findCuedPlaces(doc: Annotated, mentions: readonly Mention[]): Mention[] {
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) covered.add(i);
  const { tokens } = doc;
  const found: Mention[] = [];
  for (let i = 2; i < tokens.length; i++) {
    if (covered.has(i) || !isNameToken(tokens[i]) || tokens[i - 1]!.text !== 'of') continue;
    if (!doc.pack.story.entities.placeNouns.has(tokens[i - 2]!.text)) continue;
    let last = i;
    while (isNameToken(tokens[last + 1]) && !covered.has(last + 1)) last++;
    found.push({ ...mentionOf(doc, i, last, 'LOC'), sure: true });
  }
  return found;
}

// "Mevlut Cavusoglu and Iran's Mohammad Javad Zarif": a full name listed beside a person's is a person's.
function typeListedPeople(doc: Annotated, mentions: Mention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const b = mentions[k]!;
    const possessor = doc.tokens[b.first - 1]?.text === "'s" && mentions[k - 1]!.last === b.first - 2;
    const a = possessor ? mentions[k - 2] : mentions[k - 1];
    if (!a) continue;
    if (a.type !== 'PER' || b.type === 'PER' || b.sure || b.first === b.last) continue;
    // "George Papas , Athens Newsroom": a run holding a place's name or an organisation's head word is no person.
    const words = b.text.split(/\s+/);
    if (words.some((w) => lookupPlace(w) || doc.pack.story.entities.orgHeads.has(w))) continue;
    const between = doc.tokens.slice(a.last + 1, b.first).map((t) => t.text);
    const joined = between.join(' ');
    if (/^(?:,|and|, and)(?: \p{Lu}\S* 's)?$/u.test(joined)) mentions[k] = { ...b, type: 'PER' };
  }
}

/** Cleans the tagger's runs: cut at common words, widened to whole organisation names, re-typed from context. */
export function repairMentions(doc: Annotated, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  // Once per sentence: in a title-case line ("Self-Drive Tours in Iceland") the tagger runs names together.
  const titleCase = new Map<number, boolean>();
  const inTitleCase = (m: Mention): boolean => {
    const n = doc.tokens[m.first]!.sentence;
    let v = titleCase.get(n);
    if (v === undefined) {
      const sentence = doc.sentences[n];
      const words = sentence ? doc.body.text.slice(sentence.start, sentence.end).split(/\s+/) : [];
      const long = words.filter((w) => w.length > 3 && /^\p{L}/u.test(w));
      const capitalised = long.filter((w) => w[0] !== w[0]!.toLowerCase()).length;
      v = long.length >= 3 && capitalised > long.length * TITLE_CASE_SHARE;
      titleCase.set(n, v);
    }
    return v;
  };
  const cut = mentions
    .flatMap((x) => cutAtCommonWords(doc, x, inTitleCase(x)))
    .map((x) => splitTitle(doc, x));
  const all = cut
    .concat(findCuedPlaces(doc, cut), findBracketAcronyms(doc, cut), findKnownOrganizations(doc, cut))
    .sort((a, b) => a.start - b.start);
  for (const m of all) {
    const wide = retype(doc, widenToHead(doc, m));
    const previous = out.at(-1);
    if (previous && previous.first <= wide.first && wide.last <= previous.last) continue;
    while (out.length && out.at(-1)!.first >= wide.first && out.at(-1)!.last <= wide.last) out.pop();
    out.push(wide);
  }
  typeListedPeople(doc, out);
  return out;
}
