import { isFirstName, isUsState, lookupPlace } from '../../nlp/gazetteer';
import { MAX_APPOSITION_TOKENS, MAX_SPEAKER_TOKENS } from './constants';
import { isVerbForm } from './cue-context';
import {
  DASHES,
  type DocView,
  isAsideDash,
  isCapitalised,
  isNameWord,
  isPersonNoun,
  isWord,
  pronounOf,
  tokenText,
} from './doc-view';

/** A token range, both ends inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

// Prepositions that end a speaker phrase read backwards; "in", "for" and "of" may sit inside one.

/** A "." that belongs to an abbreviated title or initial: "Sen. Smith", "John F. Kennedy". */
export function isAbbreviationDot(view: DocView, i: number): boolean {
  const prev = view.tokens[i - 1];
  if (view.tokens[i]!.text !== '.' || !prev || prev.end !== view.tokens[i]!.start || !isCapitalised(prev))
    return false;
  // "F.A.A. records": a dotted acronym of any length.
  const dotted = /^(?:\p{Lu}\.)+\p{Lu}$/u.test(prev.text);
  if (prev.text.length > 4 && !dotted) return false;
  // "Biden Jr. said": the sentence splitter already judged a dot inside its sentence no end; across its sentence
  // end only an initial's or an acronym's dot is one ("R. Biden", "the F.A.A."), not a short name's ("says Hoge.
  // She …").
  if (view.tokens[i + 1]?.sentence === view.tokens[i]!.sentence) return true;
  return dotted || (prev.text.length === 1 && isCapitalised(view.tokens[i + 1]));
}

/** A hyphen glued to the words on both sides: "Maryland-based", "vice-president". */
function isCompoundHyphen(view: DocView, j: number): boolean {
  const [before, t, after] = [view.tokens[j - 1], view.tokens[j], view.tokens[j + 1]];
  return (
    t?.text === '-' &&
    isWord(before) &&
    isWord(after) &&
    before!.end === t.start &&
    t.end === after!.start &&
    after!.sentence === t.sentence
  );
}

/** Whether a phrase holds a lower-case word, so it describes rather than names: "CEO of Gradifi". */
function hasLowerWord(view: DocView, range: TokenRange): boolean {
  return view.tokens.slice(range.first, range.last + 1).some((t) => isWord(t) && !isCapitalised(t));
}

/** Whether a phrase is a country's or a U.S. state's name: "Florida", "Syria". */
function isPlaceRun(view: DocView, range: TokenRange): boolean {
  const name = tokenText(view, range.first, range.last);
  return isUsState(name) || lookupPlace(name)?.kind === 'country';
}

/** Whether "and" joins two names ("Trump and Clinton said") rather than two clauses. */
function joinsNames(view: DocView, i: number): boolean {
  return (
    view.words.coordinators.has(view.lower[i]!) &&
    isCapitalised(view.tokens[i - 1]) &&
    isCapitalised(view.tokens[i + 1])
  );
}

function isNameRun(view: DocView, first: number, last: number): boolean {
  if (last < first || last - first > 8 || !isCapitalised(view.tokens[first])) return false;
  for (let i = first; i <= last; i++)
    if (!isWord(view.tokens[i]) && !isAbbreviationDot(view, i)) return false;
  return isNameWord(view.tokens[last], view.words);
}

/**
 * Whether a capitalised sentence-initial word is no name: a function word, a time, an adverb or a participle
 * ("When asked", "To", "Recently", "Hours later", "Speaking at a rally").
 */
export function isOpenerWord(view: DocView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || !isCapitalised(t) || i !== view.sentenceFirst[t.sentence]) return false;
  const w = view.lower[i]!;
  if (view.words.notSpeakerOpeners.has(w)) return true;
  if (!view.words.openerEndings.some((e) => w.length > e.length + 2 && w.endsWith(e))) return false;
  // "Recently, …", "Speaking at …"; but "Connolly said", "Manning told" are names.
  const next = view.tokens[i + 1];
  if (!next || next.sentence !== t.sentence) return false;
  if (next.text === ',') return true;
  const nw = view.lower[i + 1]!;
  return (
    isWord(next) &&
    !isCapitalised(next) &&
    !view.words.cueVerbs.has(nw) &&
    !view.words.speakerSkip.has(nw) &&
    !view.words.timeWords.has(nw) &&
    !isFirstName(t.text)
  );
}

/** Longest word read as a verb's particle before a participle cue: "in" in "came in saying", "back", "away". */
const MAX_PARTICLE_CHARS = 4;

/** Whether the word at `j` is a preposition: "in" in "in The Mirror", "In" in "In a statement". */
function isPreposition(view: DocView, j: number): boolean {
  const w = view.lower[j] ?? '';
  const { words } = view;
  return (
    words.descriptionPrepositions.has(w) ||
    words.backStops.has(w) ||
    words.channelPrepositions.has(w) ||
    words.adjunctPhrasePrepositions?.has(w) === true
  );
}

/**
 * Whether the word at `j`, before a determiner, ends a noun phrase of its own, so the determiner opens another: the
 * common noun "statement" in "a statement the company"; not "of" in "head of the", nor "all" in "all the".
 */
function endsNounPhrase(view: DocView, j: number): boolean {
  const { words, lower } = view;
  const w = lower[j]!;
  if (
    !words.channelDeterminers.has(lower[j + 1]!) ||
    !isWord(view.tokens[j]) ||
    isCapitalised(view.tokens[j])
  )
    return false;
  return !(
    words.descriptionPrepositions.has(w) ||
    words.backStops.has(w) ||
    words.speakerStop.has(w) ||
    words.coordinators.has(w) ||
    words.channelDeterminers.has(w) ||
    words.addresseePrepositions.has(w) ||
    words.predeterminers?.has(w) ||
    words.possessiveTokens.has(w)
  );
}

/** Reads a noun phrase backwards from `from` (inclusive) down to `floor`. */
/**
 * Whether the preposition at `j` opens a phrase that describes the people named just before it, so that the
 * speaker phrase runs on through it: "officials at the ministry said", "a person familiar with the investigation
 * said", "sources close to the talks said". Before any other word the preposition ends the phrase, as in "Speaking
 * with reporters the mayor said"; so does one right before the cue ("urged employees to report", "rallied
 * supporters by warning"), which has no object.
 */
function modifiesPersonBefore(view: DocView, j: number, floor: number): boolean {
  const { words, lower, tokens } = view;
  if (!words.backStops.has(lower[j]!) || j - 1 < floor || !isWord(tokens[j - 1])) return false;
  const person = (k: number) => k >= floor && isWord(tokens[k]) && isPersonNoun(view, lower[k]!);
  return person(j - 1) || (!!words.speakerAdjectives?.has(lower[j - 1]!) && person(j - 2));
}

function readBack(view: DocView, from: number, floor: number): TokenRange | null {
  // A subject pronoun takes no words before it: in "and then he said", "on Tuesday night he said", "beef, prices it
  // said were …", "something I'd say" the speaker is the pronoun alone.
  const word = view.lower[from];
  const head = word && pronounOf(view.words, word);
  if (
    head &&
    isWord(view.tokens[from]) &&
    view.words.subjectPronouns.has(head) &&
    view.words.pronouns.has(head)
  )
    return { first: from, last: from };
  let j = from;
  let first = -1;
  for (let count = 0; j >= floor && count < MAX_SPEAKER_TOKENS; j--, count++) {
    const t = view.tokens[j]!;
    const w = view.lower[j]!;
    if (isWord(t)) {
      // A sentence's first word is capitalised for its place, not as a name: "But he said" is "he".
      const plain = !isCapitalised(t) || (first >= 0 && j === view.sentenceFirst[t.sentence]);
      if (
        plain &&
        (view.words.speakerStop.has(w) || view.words.backStops.has(w) || view.words.accordingWords.has(w)) &&
        !joinsNames(view, j) &&
        !(j < from && modifiesPersonBefore(view, j, floor))
      )
        break;
      if (view.words.timeWords.has(w) && first >= 0 && isCapitalised(t)) break;
      // "When asked, …", "Recently said": an opener heads no speaker, even alone.
      if (isOpenerWord(view, j)) break;
      // Another cue ends the phrase: in "Smith said Jones told AFP", the speaker of "told" is "Jones".
      if (!isCapitalised(t) && view.words.cueVerbs.has(w) && !view.words.nounLikeForms.has(w)) break;
      first = j;
    } else if (isAbbreviationDot(view, j) || isCompoundHyphen(view, j)) {
      // "Sen. Smith", "Maryland-based lawyer Jim Dunham".
      first = j;
    } else if (t.text === '%' && /^\d/.test(view.tokens[j - 1]?.text ?? '')) {
      // "47% say …": a share of the people polled speaks.
      first = j;
    } else break;
  }
  if (first < 0) return null;
  // "Writing in The Mirror Linda said": a phrase never opens with a preposition, which belongs to the words before;
  // after a comma the phrase is an apposition ("Brianne Stone, 29, of Huntsville, says"), which keeps it.
  const afterComma = view.tokens[first - 1]?.text === ',';
  let start = first;
  while (!afterComma && start < from && isPreposition(view, start) && !isCapitalised(view.tokens[start]))
    start++;
  const fronted = start > first || (first > 0 && !afterComma && isPreposition(view, first - 1));
  // "In a statement the company said": after a fronted preposition, a common noun before a determiner ends its
  // object, and the determiner opens the subject. With no such break ("that for decades some critics said") the
  // phrase stays whole unless a name follows the preposition.
  let cut = -1;
  for (let k = start + 1; fronted && k <= from && cut < 0; k++)
    if (!isCapitalised(view.tokens[k]) && endsNounPhrase(view, k - 1)) cut = k;
  if (cut >= 0) first = cut;
  else if (start > first && isCapitalised(view.tokens[start])) first = start;
  // "the time said": a time is no one.
  if (!isCapitalised(view.tokens[from]) && view.words.notSpeakerHeads.has(view.lower[from]!)) return null;
  // "…, die sagte", "zunächst fragte": where nouns are capitalised, a lower-case head is no one.
  if (
    view.words.capitalisedNouns &&
    !isCapitalised(view.tokens[from]) &&
    !view.words.pronouns.has(view.lower[from]!)
  )
    return null;
  return { first, last: from };
}

/** Whether tokens [first, last] are credentials or a party code after a name: "MSc", "Ph.D.", "R-Texas". */
function isCredentialRun(view: DocView, first: number, last: number): boolean {
  if (last < first || last - first > 3) return false;
  let words = 0;
  for (let i = first; i <= last; i++) {
    const t = view.tokens[i]!;
    if (t.text === '.') continue;
    const bare = t.text.replace(/\./g, '');
    const capitals = bare.replace(/[^A-Z]/g, '').length;
    const credential =
      view.words.credentials.has(bare.toLowerCase()) ||
      view.words.partyCode.test(t.text) ||
      // An all-capitals short form: "CNSC", "LDN", "MSc".
      (bare.length >= 2 &&
        bare.length <= 5 &&
        capitals >= 2 &&
        /^\p{Lu}/u.test(bare) &&
        /^[A-Za-z]+$/.test(bare));
    if (!credential) return false;
    words++;
  }
  return words > 0;
}

/** The token before a bracket ending at `j` ("Scott (D-Va.)"), or `j` when none ends there. */
function skipBracket(view: DocView, j: number, floor: number): number {
  if (j <= floor || view.tokens[j]!.text !== ')') return j;
  let k = j - 1;
  while (k > floor && k > j - 20 && view.tokens[k]!.text !== '(') k--;
  return view.tokens[k]!.text === '(' ? k - 1 : j;
}

/** A dash, or one hyphen of the two that typewriter style writes for it ("McCain -- who lost in 2008 -- said"). */
function isDash(view: DocView, k: number): boolean {
  const text = view.tokens[k]?.text;
  if (text !== undefined && DASHES.has(text)) return true;
  // "--", or a hyphen standing alone between spaces as typewritten copy prints a dash.
  return (
    text === '-' &&
    (view.tokens[k - 1]?.text === '-' || view.tokens[k + 1]?.text === '-' || isAsideDash(view, k))
  );
}

/** The token before a dashed aside ending at `j` ("— a teacher from Mount Pleasant —"), or `j` when there is none. */
function skipDashedAside(view: DocView, j: number, floor: number): number {
  if (j <= floor || !isDash(view, j)) return j;
  const inner = view.tokens[j - 1]?.text === '-' && view.tokens[j]!.text === '-' ? j - 2 : j - 1;
  let k = inner;
  while (k > floor && k > j - MAX_APPOSITION_TOKENS && !isDash(view, k)) k--;
  if (!isDash(view, k) || k >= inner) return j;
  return view.tokens[k - 1]?.text === '-' && view.tokens[k]!.text === '-' ? k - 2 : k - 1;
}

/**
 * Whether tokens `first`..`last` read as a clause: an auxiliary or modal ("will", "has", "was") that no relative
 * pronoun ("who has", "which was") opened before it. An apposition ("the 2016 GOP nominee", "a truck driver who
 * has lived in Ava") holds none.
 */
function isClauseSegment(view: DocView, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const w = view.lower[i]!;
    if (view.words.relativePronouns.has(w) || view.words.subordinators.has(w)) return false;
    // "…, a group that has sued the council, said": "that" after a noun of the segment opens a relative clause.
    if (view.words.complementizers.has(w) && i > first && isWord(view.tokens[i - 1])) return false;
    if (view.words.clauseWords.has(w)) return true;
  }
  return false;
}

/** Whether the word at `j` is an adverb by its form ("pointedly", "quietly"), not a noun of that form ("family"). */
function isAdverb(view: DocView, j: number): boolean {
  const w = view.lower[j]!;
  return (
    view.words.adverbForm.test(view.tokens[j]!.text) &&
    !view.words.adverbLikeNouns.has(w) &&
    !view.words.speakerStop.has(w)
  );
}

/**
 * The speaker phrase before a cue: "a military source in Deir Ezzor told", "The army said".
 * A relative clause between speaker and cue is skipped; an apposition ("…, Ali al-Zaatari, called") wins.
 */
export function findSpeakerBefore(
  view: DocView,
  cueFirst: number,
  floor: number,
  progressive = false,
): TokenRange | null {
  let j = cueFirst - 1;
  // "And both vowed …": a quantifier skipped as "Trump and Cruz both said" skips it may be the subject itself.
  let quantifier = -1;
  while (j >= floor) {
    const w = view.lower[j]!;
    if (view.words.quantifiers.has(w) && view.words.speakerSkip.has(w)) quantifier = j;
    if (view.words.speakerSkip.has(w) || isAdverb(view, j)) j--;
    // "The Florida senator is telling reporters", "He's predicting".
    else if (progressive && view.words.progressiveAuxiliaries.has(w)) j--;
    // A time adjunct between the speaker and the cue: "Trump on Friday said", "the ministry last week said".
    else if (view.words.timeWords.has(w) && j > floor) {
      j--;
      while (
        j >= floor &&
        (view.words.timeWords.has(view.lower[j]!) || view.words.adjunctPrepositions.has(view.lower[j]!))
      )
        j--;
    } else break;
  }
  // "A man came in saying he was lost": a participle after a clause's verb (and its particle) has that clause's
  // subject as its speaker, not the clause.
  if (progressive && j > floor && isWord(view.tokens[j]) && !isCapitalised(view.tokens[j])) {
    if (isVerbForm(view, j)) j--;
    else if (view.lower[j]!.length <= MAX_PARTICLE_CHARS && isVerbForm(view, j - 1)) j -= 2;
  }
  // "Kasich (who has 25 delegates) said": skip the bracket.
  j = skipBracket(view, j, floor);
  const alone =
    quantifier >= 0 &&
    (j < floor || view.words.coordinators.has(view.lower[j]!) || view.tokens[j]!.text === ',');
  if (alone) return { first: quantifier, last: quantifier };
  if (j < floor) return null;
  // "Jason Sims — a teacher from Mount Pleasant — says": a name before a dashed apposition speaks.
  const dashed = skipDashedAside(view, j, floor);
  if (dashed !== j) {
    // "Many speakers at the service — including Muslims, Christians — said": a description before one too.
    const head = dashed >= floor ? readBack(view, dashed, floor) : null;
    const before =
      head && view.tokens[head.first - 1]?.text === ',' && head.first - 2 >= floor
        ? readBack(view, head.first - 2, floor)
        : null;
    if (!head || !before) return head;
    // "officials in Broward County, Florida — where Parkland is located — announced": a state or country after a
    // comma closes the place before it, and the phrase runs on before the comma.
    if (isPlaceRun(view, head) && hasLowerWord(view, before)) return { first: before.first, last: head.last };
    // "David Chang, CEO of Gradifi — which consults for companies — said": the name before the apposition; a name
    // before the dash speaks itself ("On Friday, Gingrich — mentioned as … — told").
    if (
      hasLowerWord(view, head) &&
      isNameRun(view, before.first, before.last) &&
      opensClauseAt(view, before.first, floor)
    )
      return before;
    return head;
  }
  // "Barkley, who said he …": the relative pronoun stands for the speaker, when a noun phrase stands before it:
  // in "the capital where they are regularly held, which calls for …" nothing does.
  if (view.words.speakerRelatives.has(view.lower[j]!))
    return findAntecedent(view, j) ? { first: j, last: j } : null;
  if (view.tokens[j]!.text !== ',') return subjectOfRelative(view, j, floor) ?? readBack(view, j, floor);
  // "Proponents of the new bill, however, say": an adverb set off by commas stands between no speaker and its cue;
  // so does a phrase of two words that the pack lists: "Okafor's campaign, for example, said".
  const aside = j - 2;
  if (
    aside > floor &&
    view.tokens[aside]!.text === ',' &&
    view.words.asideAdverbs.has(view.lower[j - 1]!) &&
    isWord(view.tokens[aside - 1])
  )
    return readBack(view, aside - 1, floor);
  const phrase = j - 3;
  if (
    phrase > floor &&
    view.tokens[phrase]!.text === ',' &&
    view.words.asidePhrases?.some(([a, b]) => view.lower[j - 2] === a && view.lower[j - 1] === b) &&
    isWord(view.tokens[phrase - 1])
  )
    return readBack(view, phrase - 1, floor);
  // "Sen. Ada Okafor (D-Ohio), said": a bracket closed right before the comma follows the name.
  if (view.tokens[j - 1]?.text === ')') {
    const named = readBack(view, skipBracket(view, j - 1, floor), floor);
    if (named && isNameRun(view, named.first, named.last)) return named;
  }
  // Up to three comma-separated appositions or relative clauses may stand between the speaker and the cue.
  let right = j;
  let appositions = 0;
  for (let hop = 0; hop < 5; hop++) {
    let k = right - 1;
    while (k >= floor && k > right - MAX_APPOSITION_TOKENS && view.tokens[k]!.text !== ',') k--;
    if (k < floor || view.tokens[k]!.text !== ',') {
      if (hop === 0) return null;
      const head = readBack(view, skipBracket(view, right - 1, floor), floor);
      // "Paul Porter, a truck driver from Ava, Mo., who …, said", or a description that opens the clause: "Some
      // voters who have listened to him over the decades, on television or at rallies, said".
      if (head && (isNameRun(view, head.first, head.last) || opensClauseAt(view, head.first, floor)))
        return head;
      return subjectBeforeRelative(view, floor, right);
    }
    // "Jane Roe, MSc, RD, said": credentials after a name are no speaker.
    if (isCredentialRun(view, k + 1, right - 1)) {
      right = k;
      continue;
    }
    if (appositions++ >= 3) return null;
    if (hop === 0 && view.words.relativePronouns.has(view.lower[k + 1]!))
      return beforeRelative(view, k, floor);
    // "…, the race will be tight, said Dan Gerstein": words between commas that hold a verb outside a relative
    // clause are a clause of their own, not an apposition, so nothing before them is the speaker.
    if (isClauseSegment(view, k + 1, right - 1)) return null;
    if (hop === 0 && isNameRun(view, k + 1, right - 1)) {
      // `'…,' Representative Michele Bachmann, Republican of Minnesota, told`: a name that opens the clause is the
      // speaker, and the capitalised phrase after it only describes; "The group's leader, Ali al-Zaatari, said"
      // names its speaker in the apposition.
      const opening = readBack(view, k - 1, floor);
      if (opening?.first === floor && isNameRun(view, opening.first, opening.last)) return opening;
      return { first: k + 1, last: right - 1 };
    }
    // "Trump, the 2016 GOP nominee, said": the name before the apposition speaks; "Rep. Bobby Scott (D-Va.),
    // ranking member …, said": after its bracket.
    const before = readBack(view, skipBracket(view, k - 1, floor), floor);
    if (
      before &&
      isNameRun(view, before.first, before.last) &&
      !isCredentialRun(view, before.first, before.last)
    )
      return antecedentOfOpenRelative(view, before.first, floor) ?? before;
    right = k;
  }
  return null;
}

/**
 * The phrase before the relative clause whose comma is at `comma` ("Ada Okafor, who lives …, says"), read past an
 * age or an aside adverb set off by commas: "Ada Okafor, 58, who …", "Okafor, meanwhile, who …".
 */
function beforeRelative(view: DocView, comma: number, floor: number): TokenRange | null {
  const head = readBack(view, comma - 1, floor);
  if (!head || head.first !== head.last || view.tokens[head.first - 1]?.text !== ',') return head;
  const w = view.lower[head.first]!;
  if (!/^\d+$/.test(w) && !view.words.asideAdverbs.has(w)) return head;
  return readBack(view, head.first - 2, floor) ?? head;
}

/**
 * When a name at `first` follows a comma inside a relative clause that is still open ("Ada Okafor, who lost her job
 * in Salem, Ohio, in July, said"), the phrase before that clause; null when no relative clause is open.
 */
function antecedentOfOpenRelative(view: DocView, first: number, floor: number): TokenRange | null {
  if (view.tokens[first - 1]?.text !== ',') return null;
  for (let r = first - 2; r > floor && r > first - MAX_APPOSITION_TOKENS; r--) {
    const w = view.lower[r]!;
    if (view.words.relativePronouns.has(w) && view.tokens[r - 1]?.text === ',')
      return readBack(view, r - 2, floor);
    if (DASHES.has(view.tokens[r]!.text) || view.tokens[r]!.text === ';') return null;
  }
  return null;
}

/**
 * "Some voters who have listened to his speeches over the decades, on television …, said": the noun phrase that
 * opens the clause before its "who" speaks.
 */
function subjectBeforeRelative(view: DocView, floor: number, right: number): TokenRange | null {
  for (let r = floor + 1; r < right && r <= floor + MAX_SPEAKER_TOKENS; r++) {
    if (!view.words.speakerRelatives.has(view.lower[r]!)) continue;
    const head = readBack(view, r - 1, floor);
    return head && opensClauseAt(view, head.first, floor) ? head : null;
  }
  return null;
}

/**
 * "Officials who spoke to reporters said", "Voters who backed him in 2016 say": with no comma to close it, a relative
 * clause ends right before the cue, and the noun phrase that opens the clause before its "who" speaks, not the last
 * words of the relative clause. Null when no such clause ends at `j`.
 */
function subjectOfRelative(view: DocView, j: number, floor: number): TokenRange | null {
  // "Any guest who is asked to comment": an infinitive cue has its own chain, not the relative's head.
  if (view.lower[j] === view.words.infinitiveMarker) return null;
  for (let r = j; r > floor && r > j - MAX_SPEAKER_TOKENS; r--) {
    const t = view.tokens[r]!;
    if (!isWord(t) && !isAbbreviationDot(view, r)) return null;
    if (!view.words.speakerRelatives.has(view.lower[r]!)) continue;
    // "messages in which the group urged": after a preposition the cue is the relative clause's own verb.
    if (r === j || isPreposition(view, r - 1)) return null;
    const head = readBack(view, r - 1, floor);
    if (!head || !opensClauseAt(view, head.first, floor)) return null;
    // "He praised those who …": a verb in the phrase makes it a clause, not the subject.
    for (let k = head.first; k <= head.last; k++)
      if (!isCapitalised(view.tokens[k]) && isVerbForm(view, k)) return null;
    return head;
  }
  return null;
}

/** Whether a phrase starting at `first` opens its clause: at the floor, or after an opening "Yet", "But", "And". */
function opensClauseAt(view: DocView, first: number, floor: number): boolean {
  return first === floor || (first === floor + 1 && view.words.introWords.has(view.lower[floor]!));
}

/** The speaker phrase after an inverted cue: `…," said Caddell.`, "according to a military source". */
export function findSpeakerAfter(view: DocView, cueLast: number, ceiling: number): TokenRange | null {
  let last = -1;
  for (let j = cueLast + 1, count = 0; j < ceiling && count < MAX_SPEAKER_TOKENS; j++, count++) {
    const t = view.tokens[j]!;
    const w = view.lower[j]!;
    if (isWord(t)) {
      if (!isCapitalised(t) && view.words.speakerStop.has(w) && !joinsNames(view, j)) break;
      // "selon le dernier rapport": in a head-first language a time adjective after its article is no adjunct.
      const adjective = view.words.headFirst && view.words.determinersAfterCue.has(view.lower[j - 1] ?? '');
      if (view.words.backStops.has(w) || (view.words.timeWords.has(w) && last >= 0 && !adjective)) break;
      // "laut der Karlsruher Polizei niemand": where nouns are capitalised, a lower-case word after the head is past
      // the phrase (articles and name connectors aside).
      if (
        view.words.capitalisedNouns &&
        last >= 0 &&
        !isCapitalised(t) &&
        isCapitalised(view.tokens[last]) &&
        !view.words.definiteArticles.has(w) &&
        !view.words.nameConnectors.has(w)
      )
        break;
      // "sagte Frick der Deutschen Presse-Agentur": after a bare name, a dative article opens the addressee.
      if (
        last >= 0 &&
        view.words.addresseeAfterName.has(w) &&
        isCapitalised(view.tokens[cueLast + 1]) &&
        !view.words.determinersAfterCue.has(view.lower[cueLast + 1]!)
      )
        break;
      if (
        view.words.locativePrepositions.has(w) &&
        last >= 0 &&
        !view.words.definiteArticles.has(view.lower[j + 1] ?? '') &&
        !isCapitalised(view.tokens[j + 1])
      )
        break;
      last = j;
    } else if (
      isAbbreviationDot(view, j) ||
      (view.lower[j] === "'s" && last >= 0) ||
      isCompoundHyphen(view, j)
    ) {
      // "said the company's chief executive", "according to the bureau's director", "noted Maryland-based lawyer
      // Jim Dunham".
      last = j;
    } else break;
  }
  return last < 0 ? null : { first: cueLast + 1, last };
}

/** The antecedent of a relative "who": "Barkley" in "Barkley, who said". */
export function findAntecedent(view: DocView, who: number): TokenRange | null {
  const floor = view.sentenceFirst[view.tokens[who]!.sentence]!;
  const j = view.tokens[who - 1]?.text === ',' ? who - 2 : who - 1;
  // A verb before the comma ends a clause, not a noun phrase: "where they are regularly held, which …".
  if (j < floor || (isVerbForm(view, j) && !isCapitalised(view.tokens[j]))) return null;
  const range = readBack(view, j, floor);
  if (!range) return null;
  // "The delay angered the ministry, which …": the noun phrase the relative follows opens at its last article.
  for (let k = range.last - 1; k > range.first; k--)
    if (view.words.determinersAfterCue.has(view.lower[k]!) && !isCapitalised(view.tokens[k]))
      return { first: k, last: range.last };
  return range;
}
