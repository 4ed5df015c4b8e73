import { lowerBound } from '../../util/lower-bound';
import { type AttributedCue, relativeAfterAccording, skipDateline } from './cue-attribution';
import { isHearsayTopic, isVerbForm, opensClause, skipIntro } from './cue-context';
import {
  DASHES,
  type DocView,
  isAsideDash,
  isCapitalised,
  isCoordinatedCue,
  isMark,
  isWord,
} from './doc-view';
import type { DraftQuote } from './draft';
import type { QuotedSegment } from './quote-marks';

const CLOSES_CONTENT = new Set([',', '.', ';', '!', '?', ':', ...DASHES, ')']);
/** Most words between a comma and a speaker phrase that still belong to the speaker: "the prime minister's". */
const MAX_SPEAKER_TAIL = 6;
/** Longest run of words after a cue that may be only its adjunct ("reported from Oakland, Calif."). */
const MAX_ADJUNCT_ONLY = 12;
/** Longest prepositional phrase (in tokens, preposition included) read as an adjunct of the cue. */
const MAX_SHORT_ADJUNCT = 6;

interface Range {
  a: number;
  b: number;
  backward: boolean;
  /** The content resumes after a cue set off by commas ("Democrats, Frank notes, applaud …"). */
  aside?: boolean;
  /** The content holds the cue set off by commas between its subject and its predicate. */
  spansCue?: boolean;
}

/** Most tokens of a subject read back from a cue set off by commas: "the permit" in "the permit, X said, had …". */
const MAX_SUBJECT_BEFORE_ASIDE = 6;

/** Most adverbs read over before the predicate after an aside: "now" in "the two nations, Xi said, now have …". */
const MAX_ADVERBS_BEFORE_PREDICATE = 2;

/** Whether the word at `i` is an adverb in lower case: "now", "also", "recently", "quickly". */
function isAdverb(view: DocView, i: number): boolean {
  const w = view.lower[i] ?? '';
  if (isCapitalised(view.tokens[i])) return false;
  const { words } = view;
  return (
    words.asideAdverbs.has(w) ||
    words.timeWords.has(w) ||
    (words.adverbForm.test(w) && !words.adverbLikeNouns.has(w))
  );
}

/**
 * Whether the words at `i` go on with a predicate or a relative clause: "had been hard to get", "that is meant to",
 * "now have a golden opportunity" (an adverb or two before the verb).
 */
function continuesSubject(view: DocView, i: number): boolean {
  const w = view.lower[i] ?? '';
  if (view.words.relativePronouns.has(w) || view.words.complementizers.has(w)) return true;
  let k = i;
  while (k < i + MAX_ADVERBS_BEFORE_PREDICATE && isAdverb(view, k)) k++;
  return !isCapitalised(view.tokens[k]) && isVerbForm(view, k);
}

/**
 * The start of a noun phrase that ends at `lead` (a comma) and opens after a clause break or at `a`: "the permit" in
 * "- and the permit, the council said, …"; -1 when the words hold a verb or run longer.
 */
function subjectBefore(view: DocView, a: number, lead: number): number {
  const { words, lower, tokens } = view;
  let j = lead - 1;
  while (j >= a && lead - j <= MAX_SUBJECT_BEFORE_ASIDE) {
    const t = tokens[j]!;
    const w = lower[j]!;
    if (t.text === ',' || isAsideDash(view, j) || words.coordinators.has(w) || words.complementizers.has(w))
      break;
    if (!isWord(t) && !words.possessiveTokens.has(w)) return -1;
    if (isVerbForm(view, j)) return -1;
    j--;
  }
  if (lead - j > MAX_SUBJECT_BEFORE_ASIDE && j >= a) return -1;
  return j + 1 < lead ? j + 1 : -1;
}

/** Whether a cue's content opens after "that" ("argued that …"): a clause of its own. */
function followsComplementizer(view: DocView, c: AttributedCue): boolean {
  return view.words.complementizers.has(view.lower[c.contentFirst - 1] ?? '');
}

/**
 * Whether the words at `i` are only a short prepositional phrase closed by a comma or the sentence end: "…, Hollande
 * said Tuesday in Paris, noting …" has its content before the cue, not "in Paris".
 */
function isShortAdjunct(view: DocView, i: number, end: number): boolean {
  const { words, lower, tokens } = view;
  if (!words.channelPrepositions.has(lower[i] ?? '') && !words.adjunctPrepositions.has(lower[i] ?? ''))
    return false;
  for (let j = i + 1; j <= end && j <= i + MAX_SHORT_ADJUNCT; j++) {
    if (j === end || CLOSES_CONTENT.has(tokens[j]!.text)) return j > i + 1;
    // The canonical text folds ’ to ', so a possessive is always the token "'s"; a show's name may be quoted
    // ("on MSNBC's "Morning Joe."").
    if (!isWord(tokens[j]) && lower[j] !== "'s" && !isMark(view, j)) return false;
    if (words.complementizers.has(lower[j]!) || words.subjectPronouns.has(lower[j]!)) return false;
  }
  return false;
}

/**
 * Whether the words at `i` are only a time, closed by a comma or the sentence end: "…, as Breitbart reported a few
 * days later.", "the Times reported late Thursday". Content of its own would hold more than times.
 */
function isTimeOnly(view: DocView, i: number, end: number): boolean {
  const { words, lower, tokens } = view;
  let times = 0;
  let j = i;
  for (; j < end && !CLOSES_CONTENT.has(tokens[j]!.text); j++) {
    const w = lower[j]!;
    if (words.timeWords.has(w) || words.months.has(w) || words.timeUnits?.has(w)) times++;
    else if (!words.timeModifiers?.has(w) && !/^\d/.test(w)) return false;
  }
  return times > 0 && j > i;
}

/**
 * Whether the words from `i` to the sentence end are only a prepositional phrase: "Costa reported from Washington",
 * "said by telephone this week". Content of its own would show a clause.
 */
function isAdjunctOnly(view: DocView, i: number, end: number): boolean {
  const w = view.lower[i] ?? '';
  // "…, Wilkin said during his speech to a crowd": "to" before a noun phrase is an adjunct, before a verb
  // ("pledged to ban") it opens the content.
  // A title-case headline capitalises every word ("Sanders Vows To Eliminate …"): its "To" tells nothing.
  const toNoun =
    view.words.addresseePrepositions.has(w) &&
    !isCapitalised(view.tokens[i]) &&
    (view.words.determinersAfterCue.has(view.lower[i + 1] ?? '') || isCapitalised(view.tokens[i + 1]));
  if (!(view.words.adjunctOpeners.has(w) || toNoun) || end - i > MAX_ADJUNCT_ONLY) return false;
  for (let j = i + 1; j < end; j++) {
    if (isMark(view, j) || view.words.complementizers.has(view.lower[j]!)) return false;
    if (view.words.subjectPronouns.has(view.lower[j]!)) return false;
  }
  return !opensClause(view, i + 1, end);
}

/**
 * Whether the words at `a` are only a name that a clause break follows: "a website called Real News Right Now,
 * which …" or "a group called Black Votes Matter is …" names it, and "Obama called Naghmeh Abedini." made a
 * telephone call; "called Rubio "Little
 * Marco"" and "called Cruz a liar" say what he was called.
 */
function isNameOnly(view: DocView, a: number, b: number): boolean {
  const { words, lower, tokens } = view;
  let j = words.definiteArticles.has(lower[a] ?? '') ? a + 1 : a;
  if (j >= b || !isCapitalised(tokens[j])) return false;
  // "Mr. Yanukovych": an abbreviation's dot stays inside the name.
  while (j < b && (isCapitalised(tokens[j]) || (tokens[j]!.text === '.' && isCapitalised(tokens[j + 1]))))
    j++;
  if (j >= b) return true;
  const w = lower[j]!;
  // "a new group called Black Votes Matter is trying …": the name is the subject of the clause after it.
  return (
    w === ',' ||
    w === ';' ||
    words.relativePronouns.has(w) ||
    words.coordinators.has(w) ||
    words.complementizers.has(w) ||
    words.clauseWords.has(w)
  );
}

/** Most tokens read back from a quotation for the clause break before it. */
const MAX_BREAK_SCAN = 60;

/**
 * The last clause break between a cue's content start `from` and a quotation at `to`: a dash, a comma before a
 * relative pronoun (", who has been …"), or "and"/"but" before a verb ("and calls her …", ", but agreed that …").
 * The quotation after it belongs to that later clause, not to the clause the cue reports. -1 when there is none.
 */
function clauseBreakBefore(view: DocView, from: number, to: number): number {
  const { words, lower, tokens } = view;
  for (let j = to - 1; j > from + 1 && j >= to - MAX_BREAK_SCAN; j--) {
    if (isAsideDash(view, j)) return j;
    const comma = tokens[j - 1]?.text === ',';
    if (comma && words.relativePronouns.has(lower[j]!)) return j - 1;
    const verb = isVerbForm(view, j + 1) || words.cueVerbs.has(lower[j + 1] ?? '');
    if (words.coordinators.has(lower[j]!) && verb && !isCapitalised(tokens[j + 1])) return comma ? j - 1 : j;
  }
  return -1;
}

/** Whether tokens [a, b) are a phrase a preposition opens, with no subject pronoun: "In a speech last July". */
function isPrepositionalPhrase(view: DocView, a: number, b: number): boolean {
  if (!view.words.adjunctPhrasePrepositions?.has(view.lower[a] ?? '')) return false;
  for (let j = a + 1; j < b; j++) if (view.words.subjectPronouns.has(view.lower[j]!)) return false;
  return true;
}

/** Whether the tokens from `a` to `b` hold a quotation mark or a comma. */
function holdsMarkOrComma(view: DocView, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (isMark(view, j) || view.tokens[j]!.text === ',') return true;
  return false;
}

/** Where the content of a cue lies in its sentence: before it (`…, the Observatory said`) or after it. */
function contentRange(view: DocView, c: AttributedCue, next: AttributedCue | undefined): Range | null {
  const { tokens } = view;
  const s = c.cue.sentence;
  const end = view.sentenceEnd[s]!;
  // A dateline opening the story is no part of what was said: "LONDON — After … sanctions, officials said."
  const first = skipDateline(view, s, view.sentenceFirst[s]!, end);
  const speaker = c.speaker;
  // "The charges, which he denies, are serious": the relative before the subject is the cue's object, and the words
  // after the clause's comma are the sentence's own, no content.
  const relative = relativeOpening(view, c);
  if (relative === 'object' && tokens[c.cue.last + 1]?.text === ',') return null;
  // "The FBI is reportedly preparing to interview Clinton": the adverb's whole clause was reported.
  if (c.cue.kind === 'adverb') return { a: skipIntro(view, first, end), b: end, backward: false };
  if (c.cue.kind === 'according') {
    if (!speaker) return null;
    const relative = relativeAfterAccording(view, c.cue);
    if (relative >= 0) return { a: relative + 1, b: end, backward: false };
    if (c.cue.first <= skipIntro(view, first, end)) {
      const a = tokens[speaker.last + 1]?.text === ',' ? speaker.last + 2 : speaker.last + 1;
      return { a, b: end, backward: false };
    }
    const a = skipIntro(view, first, end);
    // "While most were elevated, according to an official, two were upgraded …": the longer side of the aside.
    const resume = speaker.last + 2;
    // "…, because, according to Trump, the media would …": a clause opener before the aside leaves the words
    // before it no clause of their own.
    const before = view.lower[c.cue.first - 2] ?? '';
    const opener =
      tokens[c.cue.first - 1]?.text === ',' &&
      (view.words.subordinators.has(before) || view.words.complementizers.has(before));
    // "…, according to Pew, although very few …": a subordinate clause after the aside is not its content.
    if (
      tokens[speaker.last + 1]?.text === ',' &&
      isWord(tokens[resume]) &&
      !view.words.subordinators.has(view.lower[resume]!) &&
      (opener || end - resume > c.cue.first - a)
    )
      return { a: resume, b: end, backward: false, aside: true };
    return { a, b: c.cue.first, backward: true };
  }
  const after = tokens[c.contentFirst];
  const closesAfter =
    c.contentFirst >= end ||
    // "…, said the man who built his career on the buses.": a relative clause after an inverted speaker is part of it.
    (c.inverted && view.words.relativePronouns.has(view.lower[c.contentFirst] ?? '')) ||
    (after !== undefined && (CLOSES_CONTENT.has(after.text) || isAsideDash(view, c.contentFirst))) ||
    isShortAdjunct(view, c.contentFirst, end) ||
    isAdjunctOnly(view, c.contentFirst, end) ||
    isTimeOnly(view, c.contentFirst, end) ||
    // "…, he said after meeting aides": but "said that while …" has its clause.
    (view.words.adjunctSubordinators.has(view.lower[c.contentFirst] ?? '') &&
      !followsComplementizer(view, c));
  // "President Clinton released the following statement:": a statement's content never comes before it.
  if (c.cue.frame && closesAfter) return null;
  let leadIndex = speaker && !c.inverted ? speaker.first - 1 : c.cue.first - 1;
  // "…, the prime minister's spokesman said.", "…, a source close to him said.": the speaker phrase read may be
  // shorter than the words between the comma and the cue; the comma still closes the content.
  if (speaker && !c.inverted && closesAfter && tokens[leadIndex]?.text !== ',') {
    let k = leadIndex;
    const { words, lower } = view;
    while (
      k > first &&
      k > leadIndex - MAX_SPEAKER_TAIL &&
      (isWord(tokens[k]) || lower[k] === "'s") &&
      !words.complementizers.has(lower[k]!) &&
      // "…, current and former officials said.", "…, he and Mr. Allen said.": a coordinated speaker.
      (!words.subordinators.has(lower[k]!) || words.coordinators.has(lower[k]!))
    )
      k--;
    // "…, in a way that science couldn't explain": a phrase after the comma that opens with a preposition or
    // holds a clause word is no speaker; nor does a coordinator right after the comma open one.
    if (
      tokens[k]?.text === ',' &&
      !words.backStops.has(lower[k + 1]!) &&
      !words.adjunctOpeners.has(lower[k + 1]!) &&
      !words.coordinators.has(lower[k + 1]!)
    ) {
      leadIndex = k;
      // The whole phrase speaks: "officials at the institution", not "the institution".
      c.speaker = { first: k + 1, last: speaker.last };
    }
  }
  // "…, as David Dayen noted in The Intercept.": the "as" of a parenthetical cue belongs with the comma.
  if (
    speaker &&
    !c.inverted &&
    closesAfter &&
    view.words.parentheticalAs.has(view.lower[leadIndex] ?? '') &&
    (tokens[leadIndex - 1]?.text === ',' || DASHES.has(tokens[leadIndex - 1]?.text ?? ''))
  )
    leadIndex--;
  const lead = tokens[leadIndex];
  if (
    speaker &&
    closesAfter &&
    lead &&
    (lead.text === ',' || isMark(view, leadIndex)) &&
    lead.sentence === s
  ) {
    // "But that is not good enough, said Howard Rubel": an opening word whose comma is the cue's own is no intro.
    const intro = skipIntro(view, first, end);
    const a = intro < leadIndex ? intro : first;
    // "In his state, Christie said, nonviolent offenders are …": the longer side of the aside is the content.
    const resume = c.contentFirst + 1;
    const clauseBefore = opensClause(view, a, leadIndex);
    // "In the early years, Okafor said, when she was …, a manager …": after words that are no clause, a subordinate
    // clause opens the content too.
    const aside =
      !c.inverted &&
      after?.text === ',' &&
      isWord(tokens[resume]) &&
      (!view.words.subordinators.has(view.lower[resume]!) || !clauseBefore) &&
      !(next && next.cue.first <= resume + 1);
    // "The United States might have leaned …, they argue, perhaps by insisting …": the side that is a clause.
    const clauseAfter = opensClause(view, resume, end) || !clauseBefore;
    // "… - and the permit, the council said, had been hard to get": a subject before the aside and its predicate
    // after it are one clause, and the content runs over the attribution, however long the predicate.
    const subject = aside && continuesSubject(view, resume) ? subjectBefore(view, a, leadIndex) : -1;
    if (subject >= 0) return { a: subject, b: end, backward: false, aside: true, spansCue: true };
    if (aside && clauseAfter && end - resume > leadIndex - a)
      return { a: resume, b: end, backward: false, aside: true };
    // "In a speech last July, he said:": a prepositional phrase alone before the cue is no content.
    if (intro >= leadIndex && isPrepositionalPhrase(view, first, leadIndex)) return null;
    return { a, b: leadIndex, backward: true };
  }
  // "Costa reported from Washington.": with no content before the cue, a phrase that closes it is no content either;
  // a question's topic is what was asked ("when asked about the vote").
  if (
    closesAfter &&
    !view.words.questionCues.has(c.cue.lemma) &&
    (isShortAdjunct(view, c.contentFirst, end) ||
      isAdjunctOnly(view, c.contentFirst, end) ||
      isTimeOnly(view, c.contentFirst, end)) &&
    !holdsMarkOrComma(view, c.contentFirst, end)
  )
    return null;
  let b = end;
  // "While saying that the depot was safe, Okafor closed it": the speaker after an opening phrase ends its content.
  if (speaker && !c.inverted && speaker.first > c.contentFirst) b = speaker.first - 1;
  // The next cue's attribution ends this content, unless it opens it: in "told his supporters that they should
  // respond by …", "they should respond" is what was told.
  const nested = next?.regionStart === c.contentFirst && followsComplementizer(view, c);
  // A cue with no speaker and no participle gives no quote ("urged them to say that …"), so it ends nothing.
  const speaks = next?.speaker || next?.cue.participle || (next && isCoordinatedCue(view, next.cue.first));
  if (next && speaks && next.cue.sentence === s && next.regionStart > c.contentFirst && !nested)
    b = Math.min(b, next.regionStart);
  // "Graham, who says the city should build more depots, tweeted that …": the comma before the main verb closes
  // the relative clause, and its content with it.
  if (
    next &&
    next.cue.sentence === s &&
    next.speaker &&
    next.speaker.last < c.cue.first &&
    view.words.speakerRelatives.has(view.lower[speaker?.first ?? -1] ?? '') &&
    tokens[next.cue.first - 1]?.text === ',' &&
    next.cue.first - 1 > c.contentFirst
  )
    b = Math.min(b, next.cue.first - 1);
  if (relative) b = Math.min(b, relativeClauseEnd(view, c, end, relative === 'subject'));
  return { a: c.contentFirst, b, backward: false };
}

/**
 * Whether the cue's clause is a relative one set off by a comma: "…, who said …" (the relative is the subject) or
 * "…, which he said …" (the relative is the cue's object, or the subject of its content).
 */
function relativeOpening(view: DocView, c: AttributedCue): 'subject' | 'object' | null {
  const { speaker } = c;
  if (!speaker || c.inverted || c.cue.kind === 'according') return null;
  const isRelative = (i: number) =>
    view.tokens[i - 1]?.text === ',' && view.words.relativePronouns.has(view.lower[i] ?? '');
  if (speaker.first === speaker.last && isRelative(speaker.first)) return 'subject';
  return isRelative(speaker.first - 1) ? 'object' : null;
}

/**
 * Where a relative clause's content ends: at the comma after which the sentence's own predicate resumes ("The plan,
 * which he said would cost billions, was dropped", "Trump, who said the vote was rigged, lost"), not at a comma inside
 * the content (", in emergency scenarios", ", and …"). After "who said" the content is a clause with its own subject,
 * which an aside may follow ("the two men, and Mr. Cruz in particular, must do more"): it ends only once it has had
 * its verb.
 */
function relativeClauseEnd(view: DocView, c: AttributedCue, end: number, ownSubject: boolean): number {
  let verb = !ownSubject;
  for (let k = c.contentFirst; k < end; k++) {
    if (view.tokens[k]!.text === ',' && verb && k > c.contentFirst && isVerbForm(view, k + 1)) return k;
    if (!verb && isVerbForm(view, k)) verb = true;
  }
  return end;
}

/**
 * Where content ending at `b` ends once trailing punctuation and words are dropped, with no floor. Each end is
 * worked out once: cues sharing a sentence share its end, and a long run of dashes there was read once per cue.
 */
function makeTrimmedEnd(view: DocView): (b: number) => number {
  const known = new Map<number, number>();
  const stopsAt = (b: number) =>
    b <= 0 ||
    isMark(view, b - 1) ||
    (isWord(view.tokens[b - 1]) && !view.words.trailingWords.has(view.lower[b - 1]!));
  return (b) => {
    const passed: number[] = [];
    let j = b;
    while (!known.has(j) && !stopsAt(j)) passed.push(j--);
    const end = known.get(j) ?? j;
    known.set(j, end);
    for (const k of passed) known.set(k, end);
    return end;
  };
}

function trim(view: DocView, range: Range, trimmedEnd: (b: number) => number): Range {
  let a = range.a;
  const b = range.b > a ? Math.max(a, trimmedEnd(range.b)) : range.b;
  while (a < b && (view.tokens[a]!.text === ',' || view.tokens[a]!.text === ':')) a++;
  return { ...range, a, b };
}

/** Most tokens of the phrases between a participle and the verb of the clause it sits in. */
const MAX_REDUCED_RELATIVE = 12;

/**
 * Whether the cue is a past participle that modifies the noun phrase before it, the clause's verb coming after its
 * adjuncts: "The daily rise in deaths announced in New York on Friday was 777", "The figures reported last week
 * were wrong". Only a description can be so modified ("He said Monday was hard" is speech), and "said" never is.
 */
function isReducedRelative(view: DocView, c: AttributedCue, a: number, b: number): boolean {
  const { words, lower, tokens } = view;
  if (c.inverted || !c.speaker || c.cue.participle || c.cue.kind === 'say' || followsComplementizer(view, c))
    return false;
  if (!words.determiners.has(lower[c.speaker.first] ?? '') || c.speaker.first === c.speaker.last)
    return false;
  // The adjuncts between the cue and its content were skipped already; what is left must be more prepositional
  // phrases, then the verb.
  let afterPreposition = false;
  for (let j = a; j < b && j < a + MAX_REDUCED_RELATIVE; j++) {
    const w = lower[j]!;
    // "The mayor promised to be tough": an infinitive is the content.
    if (!isWord(tokens[j]) || w === words.infinitiveMarker) return false;
    if (words.clauseWords.has(w)) return j + 1 < b;
    if (words.subjectPronouns.has(w)) return false;
    const preposition =
      words.descriptionPrepositions.has(w) || words.backStops.has(w) || words.agentPrepositions.has(w);
    if (j === a && !preposition && !words.timeWords.has(w)) return false;
    if (words.determiners.has(w) && !afterPreposition) return false;
    afterPreposition =
      preposition || (afterPreposition && (words.determiners.has(w) || isCapitalised(tokens[j])));
  }
  return false;
}

/**
 * Where an object clitic before the cue points: "Lo ha detto il ministro" opening a sentence stands for the sentence
 * before; "Il governo resta unito, lo ha detto il ministro" for the clause before its comma or colon. Null when no
 * clitic opens the cue's clause.
 */
function objectOpensCue(view: DocView, c: AttributedCue): 'sentence' | 'clause' | null {
  const at = c.cue.first - 1;
  if (!view.words.objectClitics?.has(view.lower[at] ?? '')) return null;
  if (at === view.sentenceFirst[c.cue.sentence]) return 'sentence';
  const before = view.tokens[at - 1]?.text;
  return at - 1 > view.sentenceFirst[c.cue.sentence]! && (before === ',' || before === ':') ? 'clause' : null;
}

/**
 * Indirect and mixed quotes from the cues no direct quote claimed. A cue whose content holds a quotation
 * gives a mixed quote of the quoted words; otherwise its content is indirect speech.
 */
export function findReportedSpeech(
  view: DocView,
  cues: AttributedCue[],
  segments: QuotedSegment[],
  full: boolean[],
  scare: boolean[],
): DraftQuote[] {
  const drafts: DraftQuote[] = [];
  const trimmedEnd = makeTrimmedEnd(view);
  // Segments are in text order: a cue reads only those in its range, and skips claimed ones in one step each.
  const opens = segments.map((s) => s.open);
  const fullOpens = segments.filter((_, k) => full[k]).map((s) => s.open);
  const nextFree = segments.map((_, k) => (full[k] || scare[k] ? k + 1 : k));
  nextFree.push(segments.length);
  const free = (k: number): number => {
    let root = k;
    while (nextFree[root] !== root) root = nextFree[root]!;
    for (let j = k; j !== root; ) {
      const next = nextFree[j]!;
      nextFree[j] = root;
      j = next;
    }
    return root;
  };
  // Sentences that hold a cue of their own, so that "Lo ha detto X" only takes a sentence no one else reports.
  const cueSentences = new Set(cues.map((c) => c.cue.sentence));
  cues.forEach((c, index) => {
    if (c.used) return;
    const s = c.cue.sentence;
    const clitic = objectOpensCue(view, c);
    if (clitic) {
      // "… le nuove minacce. Lo ha detto il ministro": what the clitic stands for is the sentence before, in the
      // same block, when it is no quotation and reports nothing itself; "…, lo ha detto il ministro": the clause
      // before the comma.
      if (!c.speaker) return;
      const from = clitic === 'sentence' ? s - 1 : s;
      if (from < 0 || (clitic === 'sentence' && cueSentences.has(from))) return;
      const b = clitic === 'sentence' ? trimmedEnd(view.sentenceEnd[from]!) : c.cue.first - 2;
      // "ROMA - Il governo resta unito. Lo ha detto …": a lead's dateline is none of what was said.
      const a = skipDateline(view, from, view.sentenceFirst[from]!, b);
      const quoted = (opens[lowerBound(opens, a)] ?? b) < b;
      if (b - a < 3 || quoted) return;
      if (view.sentenceBlock[from] !== view.sentenceBlock[s]) return;
      drafts.push({
        type: 'indirect',
        start: view.tokens[a]!.start,
        end: view.tokens[b - 1]!.end,
        block: view.sentenceBlock[from]!,
        attribution: c,
        inherits: false,
        segment: null,
        chainWith: null,
      });
      return;
    }
    const raw = contentRange(view, c, cues[index + 1]);
    if (!raw) return;
    // "…, as Israeli airstrikes continue on Tuesday.": an aspectual verb reports what comes before it only as
    // "…, he continued" or "…,” the passage continued", its speaker right after the comma or the quotation mark;
    // not after "as", which makes it an event.
    const beforeSpeaker = (c.speaker?.first ?? c.cue.first) - 1;
    if (
      raw.backward &&
      view.words.aspectualCues?.has(c.cue.lemma) &&
      view.tokens[beforeSpeaker]?.text !== ',' &&
      !isMark(view, beforeSpeaker)
    )
      return;
    const range = trim(view, raw, trimmedEnd);
    if (range.b - range.a < 2 && !(range.b > range.a && isMark(view, range.a))) return;
    // "declined to comment on reports that …": the clause is what the reports say.
    // A question's topic is what was asked ("asked about concerns that …").
    if (
      !range.backward &&
      !view.words.questionCues.has(c.cue.lemma) &&
      isHearsayTopic(view, range.a, range.b)
    )
      return;
    const attribution: AttributedCue = c;
    let inherits = false;
    const opener = view.lower[c.contentFirst] ?? '';
    const asks =
      view.words.questionOpeners.has(opener) || (c.cue.passive && view.words.topicPrepositions.has(opener));
    // "was asked by police to leave" is a request; a passive cue reports only a question.
    if (c.cue.passive && !asks) return;
    // "Trump said the FBI is reportedly preparing …": another cue of the sentence reports it.
    if (
      c.cue.kind === 'adverb' &&
      [cues[index - 1], cues[index + 1]].some((o) => o?.cue.sentence === c.cue.sentence)
    )
      return;
    // "allegations that …": a noun of saying no one owns reports with no speaker.
    if (!c.speaker && c.cue.kind !== 'adverb' && !c.cue.unattributed) {
      // "When asked whether he would …": the question stands even when the asker is unnamed.
      const question = view.words.questionCues.has(c.cue.lemma) && asks;
      const coordinated = isCoordinatedCue(view, c.cue.first);
      if (!(c.cue.participle || question || coordinated)) return;
      // "When asked about the vote, Brown said …": the unnamed asker is not the speaker before.
      inherits = !question || c.cue.participle || coordinated;
    }
    const start = view.tokens[range.a]!.start;
    let mixed = false;
    // The first full quotation in the range ends the content.
    const firstFull = fullOpens[lowerBound(fullOpens, range.a)];
    const cut = firstFull !== undefined && firstFull < range.b ? firstFull : range.b;
    // "says he respects Okafor and calls her "a very able woman"": the clause before the break is reported speech
    // of its own, and the quotation after it a mixed quote.
    const firstSegment = free(lowerBound(opens, range.a));
    const segmentOpen = opens[firstSegment];
    if (segmentOpen !== undefined && segmentOpen < range.b && !range.backward && c.cue.kind !== 'adverb') {
      const at = clauseBreakBefore(view, range.a, segmentOpen);
      const before = at < 0 ? null : trim(view, { ...range, b: at }, trimmedEnd);
      const clause =
        before !== null &&
        before.b - before.a >= 2 &&
        (followsComplementizer(view, c) ||
          opensClause(view, before.a, before.b) ||
          ((c.cue.kind === 'object' || c.cue.kind === 'mixed') && !isNameOnly(view, before.a, before.b)));
      if (before && clause)
        drafts.push({
          type: 'indirect',
          start,
          end: view.tokens[before.b - 1]!.end,
          block: view.sentenceBlock[c.cue.sentence]!,
          attribution,
          inherits,
          segment: null,
          chainWith: null,
        });
    }
    for (let k = free(lowerBound(opens, range.a)); k < segments.length && opens[k]! < range.b; k = free(k)) {
      const seg = segments[k]!;
      nextFree[k] = k + 1;
      mixed = true;
      drafts.push({
        type: 'mixed',
        start: seg.start,
        end: seg.end,
        block: seg.block,
        attribution,
        inherits,
        segment: k,
        chainWith: null,
      });
    }
    if (mixed) return;
    const following = cues[index + 1];
    // "Trump has promised to build a wall": a promise is what was said; "vowed to the voters" is not.
    const afterMarker = view.lower[range.a + 1] ?? '';
    const promises =
      view.words.infinitiveContentCues.has(c.cue.lemma) &&
      view.lower[range.a] === view.words.infinitiveMarker &&
      isWord(view.tokens[range.a + 1]) &&
      !isCapitalised(view.tokens[range.a + 1]) &&
      !view.words.determinersAfterCue.has(afterMarker) &&
      !view.words.pronouns.has(afterMarker);
    // "SANA reported the advance, saying …": the participle carries what was said.
    // "Trump argued that a database would …, saying …" keeps its own clause, and so does "wrote the council had
    // misled the riders, saying …"; a cue whose object is what was said ("called for an inquiry, saying …",
    // "denounced the closure, adding …") keeps its object.
    const ownClause = followsComplementizer(view, c);
    if (
      following?.cue.participle &&
      following.cue.sentence === c.cue.sentence &&
      c.cue.kind !== 'say' &&
      c.cue.kind !== 'object' &&
      !range.backward &&
      !ownClause &&
      !promises &&
      !opensClause(view, range.a, Math.min(range.b, following.regionStart))
    )
      return;
    if (c.cue.kind === 'mixed' && !view.words.nounContentCues.has(c.cue.lemma)) return;
    if (c.cue.kind === 'mixed' && isNameOnly(view, range.a, range.b)) return;
    // "someone you can call if you need help": a verb that names what something is takes an object, not a clause.
    const head = view.lower[range.a] ?? '';
    if (
      c.cue.kind === 'mixed' &&
      !range.backward &&
      view.words.subordinators.has(head) &&
      !view.words.parentheticalAs.has(head)
    )
      return;
    if (cut < range.b) {
      if (range.backward) return;
      const shorter = trim(view, { ...range, b: cut }, trimmedEnd);
      if (shorter.b - shorter.a < 2) return;
      range.b = shorter.b;
    }
    const nounOk = view.words.nounContentCues.has(c.cue.lemma);
    // A cue set off by commas inside the sentence ("…, Mr. Taylor warned, die-hard supporters plan …") is speech
    // whatever the words after it look like.
    if (c.cue.kind === 'clause' && !nounOk && !range.backward && !range.aside && !ownClause) {
      // "Mr. Ryan reiterated his support for Mr. Trump": some cues report what was said as a noun phrase.
      const reportsObject =
        view.words.objectContentCues.has(c.cue.lemma) &&
        (view.words.channelDeterminers.has(view.lower[range.a]!) ||
          view.words.definiteArticles.has(view.lower[range.a]!));
      if (!reportsObject && !promises && !opensClause(view, range.a, range.b)) return;
    }
    if (!range.backward && isReducedRelative(view, c, range.a, range.b)) return;
    const end = view.tokens[range.b - 1]!.end;
    drafts.push({
      type: 'indirect',
      start,
      end,
      block: view.sentenceBlock[c.cue.sentence]!,
      attribution,
      inherits,
      segment: null,
      chainWith: null,
      asideSpeaker: range.spansCue === true,
    });
  });
  return drafts;
}
