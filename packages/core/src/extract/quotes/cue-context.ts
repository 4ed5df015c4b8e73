import { MAX_ADJUNCT_TOKENS } from './constants';
import { type DocView, isCapitalised, isMark, isTitleWord, isWord } from './doc-view';
import { isQuotedTitle } from './scare-quotes';
import type { TokenRange } from './speaker-phrase';

/** Skips a channel phrase ("in a statement", "during an interview with CNN") starting at `i`. */
function skipChannel(view: DocView, i: number, end: number): number {
  const { lower } = view;
  if (!view.words.channelPrepositions.has(lower[i] ?? '')) return i;
  let j = i + 1;
  if (view.words.channelDeterminers.has(lower[j] ?? '')) j++;
  for (let k = 0; k < 3 && j < end && !view.words.channelNouns.has(lower[j]!); k++) {
    if (!isWord(view.tokens[j])) return i;
    j++;
  }
  if (!view.words.channelNouns.has(lower[j] ?? '')) return i;
  j++;
  // "in a video message to the council": a compound of channel nouns ends at its last one.
  while (j < end && view.words.channelNouns.has(lower[j]!)) j++;
  if (view.words.addresseePrepositions.has(lower[j] ?? '') && isCapitalised(view.tokens[j + 1])) {
    j += 2;
    while (j < end && isCapitalised(view.tokens[j])) j++;
  }
  return j;
}

/** Skips times and channels between a cue and its content: "on Sunday", "in a statement", "Tuesday night". */
export function skipAdjuncts(view: DocView, i: number, end: number): number {
  const { lower, tokens } = view;
  let j = i;
  for (let guard = 0; guard < MAX_ADJUNCT_TOKENS && j < end; guard++) {
    const w = lower[j]!;
    // "told voters here Sunday that": a place adverb before a time or "that"; "said there's …" is content.
    const next = lower[j + 1] ?? '';
    const place =
      view.words.placeAdverbs.has(w) &&
      (view.words.timeWords.has(next) || view.words.complementizers.has(next) || next === ',');
    if (view.words.timeWords.has(w) || place) {
      j++;
      continue;
    }
    if (view.words.adjunctPrepositions.has(w) && j + 1 < end) {
      const next = lower[j + 1]!;
      if (view.words.timeWords.has(next) || view.words.months.has(next)) {
        j += 2;
        while (j < end && /^\d/.test(tokens[j]!.text)) j++;
        continue;
      }
      if (view.words.socialNetworks.has(next)) {
        j += 2;
        continue;
      }
    }
    if (view.words.months.has(w) && isCapitalised(tokens[j]) && /^\d/.test(tokens[j + 1]?.text ?? '')) {
      j += 2;
      continue;
    }
    const told = skipToldPhrase(view, j, end);
    if (told !== j) {
      j = told;
      continue;
    }
    const after = skipChannel(view, j, end);
    if (after === j) break;
    j = after;
  }
  return j;
}

/** Most tokens between a cue of asking and the word that opens its question: "asked on Fox News who …". */
const MAX_BEFORE_QUESTION = 8;

/**
 * Skips the words between a cue of asking and its question when they are only names, times, adverbs and phrases of
 * place or occasion: "Asked on Fox News who leads the party", "asked specifically what", "asked Mook if". A verb, a
 * comma or another preposition ("asked for help when …") stops it, and nothing is skipped.
 */
export function skipToQuestion(view: DocView, i: number, end: number): number {
  const { words, lower, tokens } = view;
  if (words.questionOpeners.has(lower[i] ?? '')) return i;
  for (let j = i; j < end && j < i + MAX_BEFORE_QUESTION; j++) {
    const w = lower[j]!;
    if (j > i && words.questionOpeners.has(w) && !isCapitalised(tokens[j])) return j;
    const t = tokens[j]!;
    const allowed =
      (isWord(t) && (isCapitalised(t) || words.timeWords.has(w) || words.adverbForm.test(t.text))) ||
      words.adjunctPhrasePrepositions?.has(w) ||
      words.channelDeterminers.has(w) ||
      words.possessiveTokens.has(w) ||
      (t.text === '.' && isCapitalised(tokens[j - 1]));
    if (!allowed || isVerbForm(view, j)) return i;
  }
  return i;
}

/** Most words of the phrase after "to" in "explained to the committee that …". */
const MAX_TOLD_PHRASE = 4;
/** Most tokens of a longer adjunct a complementizer closes: "argued during Saturday's debate that …". */
const MAX_ADJUNCT_PHRASE = 10;

/**
 * Skips a short phrase of the person spoken to that a complementizer closes: "explained to Clinton that",
 * "said to reporters that", "argued with the judge that". Without the "that" the words may be the content. A phrase
 * of place, time or occasion may be longer: "said on NBC's "Meet the Press" on Sunday that", "argues at The
 * Federalist that"; a verb in it ("announced the lawsuit that passed") or after its "that" makes it no adjunct.
 */
function skipToldPhrase(view: DocView, i: number, end: number): number {
  const w = view.lower[i] ?? '';
  if (isHearsayTopic(view, i, end)) return i;
  if (!view.words.addresseePrepositions.has(w) && !view.words.adjunctPhrasePrepositions?.has(w)) return i;
  // Quotation marks count for no word, but the scan still stops after twice the longest phrase.
  let words = 0;
  for (let j = i + 1; j < end && j <= i + 2 * MAX_ADJUNCT_PHRASE && words <= MAX_ADJUNCT_PHRASE; j++) {
    if (view.words.complementizers.has(view.lower[j]!)) {
      // "reported on the stall that burned": a verb right after the "that" makes it a relative pronoun.
      if (j === i + 1 || isVerbForm(view, j + 1)) return i;
      return words <= MAX_TOLD_PHRASE || isWord(view.tokens[j + 1]) ? j : i;
    }
    if (!isMark(view, j)) words++;
    // "told CBS News' Charlie Rose that": a possessive is part of the phrase, and so is a quoted title; a name
    // ("Rose") is no verb.
    const mark = isMark(view, j) || view.words.possessiveTokens.has(view.lower[j]!);
    if (!isWord(view.tokens[j]) && !mark) return i;
    if (!mark && !isCapitalised(view.tokens[j]) && isVerbForm(view, j)) return i;
  }
  return i;
}

/**
 * Whether the words at `i` are a topic that holds someone else's claim, closed by a complementizer: "on reports that
 * …", "about claims that …". The clause after it is what the reports say, so it is none of the cue's content.
 */
export function isHearsayTopic(view: DocView, i: number, end: number): boolean {
  const { words, lower } = view;
  if (!words.hearsayPrepositions?.has(lower[i] ?? '')) return false;
  for (let j = i + 1; j < end && j <= i + MAX_ADJUNCT_PHRASE; j++) {
    if (words.complementizers.has(lower[j]!))
      return j > i + 1 && words.hearsayNouns?.has(lower[j - 1]!) === true;
    if (!isWord(view.tokens[j]) && lower[j] !== "'s") return false;
  }
  return false;
}

/** The most words an addressee's name runs to. */
const MAX_ADDRESSEE_TOKENS = 8;

/**
 * After a cue whose content came before it ("…, Okafor told a council panel Wednesday."), a short noun phrase that
 * the sentence end, a comma, a time or a subordinate clause closes is the person told; with no content before, it is
 * what was told ("told a joke").
 */
function readAddresseeAfterContent(view: DocView, i: number, end: number): TokenRange | null {
  const { words, lower } = view;
  const w = lower[i]!;
  if (!words.channelDeterminers.has(w) && !words.definiteArticles.has(w) && !words.indefinite.has(w))
    return null;
  for (let j = i + 1; j <= end && j <= i + MAX_TOLD_PHRASE + 1; j++) {
    const next = lower[j] ?? '';
    const closes =
      j === end ||
      !isWord(view.tokens[j]) ||
      words.timeWords.has(next) ||
      words.adjunctSubordinators.has(next) ||
      // "told a crowd of riders on Friday".
      (words.adjunctPrepositions.has(next) &&
        (words.timeWords.has(lower[j + 1] ?? '') || words.months.has(lower[j + 1] ?? '')));
    if (closes) return j > i + 1 ? { first: i, last: j - 1 } : null;
    if (words.clauseWords.has(next) || isVerbForm(view, j)) return null;
  }
  return null;
}

/**
 * A show or paper told, in quotation marks and Title Case, with the role and name of whom there after it:
 * `told "CBS This Morning" co-host Gayle King`, `told "Fox News Sunday" that …`. Null when the quotation is not
 * such a title.
 */
function quotedAddressee(view: DocView, open: number, end: number): TokenRange | null {
  let close = -1;
  for (let k = open + 1; k < end && k <= open + MAX_ADDRESSEE_TOKENS; k++)
    if (isMark(view, k)) {
      close = k;
      break;
    }
  if (close < open + 2) return null;
  const title = view.text.slice(view.tokens[open + 1]!.start, view.tokens[close - 1]!.end);
  if (!isQuotedTitle(title, view.words)) return null;
  let last = close;
  // "co-host Gayle King": a role (its last part a title word) and the capitalised name after it.
  const role = view.lower[last + 1] ?? '';
  if (last + 1 < end && isTitleWord(view.words, role.slice(role.lastIndexOf('-') + 1))) {
    last++;
    while (last + 1 < end && last < close + MAX_ADDRESSEE_TOKENS && isCapitalised(view.tokens[last + 1]))
      last++;
  }
  return { first: open, last };
}

/** The person told, right after a cue like "told": "AFP", "reporters", "him", "CNN's Jake Tapper". */
export function readAddressee(
  view: DocView,
  i: number,
  end: number,
  contentBefore = false,
): TokenRange | null {
  const t = view.tokens[i];
  if (t && i < end && isMark(view, i)) return quotedAddressee(view, i, end);
  if (!t || i >= end || !isWord(t)) return null;
  const after = contentBefore ? readAddresseeAfterContent(view, i, end) : null;
  if (after) return after;
  if (view.words.pronouns.has(view.lower[i]!) && !view.words.subjectPronouns.has(view.lower[i]!))
    return { first: i, last: i };
  if (isCapitalised(t)) {
    let last = i;
    const { addresseeConnectors } = view.words;
    // A name is a few words ("The New York Times Editorial Board"): read without a bound, a line in Title Case of
    // cues ("Smith Says Jones Tells Brown …") was read to its end after every "Tells", quadratic (bench/scaling.ts).
    const stop = Math.min(end, i + MAX_ADDRESSEE_TOKENS);
    while (
      last + 1 < stop &&
      (isCapitalised(view.tokens[last + 1]) || addresseeConnectors.has(view.lower[last + 1]!))
    )
      last++;
    while (addresseeConnectors.has(view.lower[last]!)) last--;
    return { first: i, last };
  }
  if (view.words.audienceNouns.has(view.lower[i]!)) return { first: i, last: i };
  // "told voters that …", "told voters here Sunday that …": a plain noun, then only places and times before "that".
  if (isWord(t) && !view.words.clauseWords.has(view.lower[i]!)) {
    let j = i + 1;
    while (
      j < end &&
      j <= i + 3 &&
      (view.words.placeAdverbs.has(view.lower[j]!) || view.words.timeWords.has(view.lower[j]!))
    )
      j++;
    if (j > i + 1 && view.words.complementizers.has(view.lower[j] ?? '')) return { first: i, last: i };
  }
  // "told his supporters that …", "told her closest advisers that …".
  if (view.words.channelDeterminers.has(view.lower[i]!)) {
    for (let j = i + 1; j < end && j <= i + 3; j++) {
      if (!isWord(view.tokens[j])) return null;
      if (view.words.complementizers.has(view.lower[j]!)) return j > i + 1 ? { first: i, last: j - 1 } : null;
    }
    return null;
  }
  if (
    view.words.definiteArticles.has(view.lower[i]!) &&
    isWord(view.tokens[i + 1]) &&
    !view.words.clauseWords.has(view.lower[i + 1]!)
  )
    // "told the AP that …", "told the AP, …", "…, Shai told the AP.".
    return view.words.complementizers.has(view.lower[i + 2] ?? '') ||
      i + 2 >= end ||
      !isWord(view.tokens[i + 2])
      ? { first: i, last: i + 1 }
      : null;
  return null;
}

/** Whether token i + 1 follows token i with no space between them. */
function glued(tokens: DocView['tokens'], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && next.start === tokens[i]!.end;
}

/**
 * Whether token i is a subject pronoun and its verb: "he will", "he'll support", "she's running", "they're wrong"
 * (the tokeniser splits "'s" off the pronoun: "he" "'s").
 */
export function opensWithSubject(view: DocView, i: number): boolean {
  const { lower, tokens } = view;
  const word = lower[i] ?? '';
  const pronoun = view.words.subjectPronouns.has(word);
  if (pronoun && isWord(tokens[i + 1])) return true;
  const contracted = view.words.contractedAuxiliary.exec(word);
  if (contracted && view.words.subjectPronouns.has(word.slice(0, contracted.index))) return true;
  return pronoun && glued(tokens, i) && view.words.contractedAuxiliary.test(lower[i + 1] ?? '');
}

/** Most tokens from the start of reported content to the verb that shows it is a clause (a long subject). */
const MAX_CLAUSE_SUBJECT = 13;

/**
 * Whether reported content at `i` opens a clause ("that …", "it had …", "regime troops had …", "Trump's proposal to
 * pay down the national debt by printing money would …").
 */
export function opensClause(view: DocView, i: number, end: number): boolean {
  const { lower, tokens } = view;
  if (view.words.questionWords.has(lower[i] ?? '')) return true;
  if (opensWithSubject(view, i)) return true;
  for (let j = i + 1; j < end && j <= i + MAX_CLAUSE_SUBJECT; j++) {
    // "contends the Democratic Party's superdelegates may switch": a possessive stays inside the subject.
    if (view.words.possessiveTokens.has(lower[j]!)) continue;
    if (!isWord(tokens[j])) return false;
    if (isVerbForm(view, j)) return true;
  }
  return false;
}

/** Whether the word at `j` is a verb form that makes the words around it a clause ("had", "declined"). */
export function isVerbForm(view: DocView, j: number): boolean {
  const w = view.lower[j]!;
  if (view.words.clauseWords.has(w) || view.words.pastTense.has(w)) return true;
  return (
    view.words.regularPast.test(w) &&
    !isCapitalised(view.tokens[j]) &&
    !view.words.definiteArticles.has(view.lower[j - 1]!)
  );
}

/**
 * Drops an opening adverbial ("On another front near Damascus,") from reported content. Words with a verb open no
 * adverbial: "But HarperCollins declined the offer, according to …" is a clause, and it is the content.
 */
export function skipIntro(view: DocView, i: number, end: number): number {
  if (!view.words.introWords.has(view.lower[i]!)) return i;
  for (let j = i + 1; j < end && j < i + 10; j++) {
    const text = view.tokens[j]!.text;
    if (text === ',') return j + 1;
    if (!isWord(view.tokens[j])) return i;
    // "This room had two couches, according to …": a verb makes the words a clause, not an opening phrase.
    if (isVerbForm(view, j)) return i;
  }
  return i;
}
