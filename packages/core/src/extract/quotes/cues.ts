import type { CueKind } from '../../languages/types';
import { countryOfDemonym, isUsState, lookupPlace } from '../../nlp/gazetteer';
import { isVerbForm, opensClause, opensWithSubject, skipAdjuncts } from './cue-context';
import { type DocView, isCapitalised, isMark, isNameWord, isWord, markLength, tokenText } from './doc-view';
import type { TokenRange } from './speaker-phrase';

/** A cue of reported speech: one verb, or a verb and its particle ("called on", "according to"). */
export interface Cue {
  first: number;
  /** Last token index, inclusive. */
  last: number;
  lemma: string;
  kind: CueKind;
  sentence: number;
  /** A participle ("saying", "adding") whose speaker is the subject of the clause before. */
  participle: boolean;
  /** A passive question ("Clinton was asked about …"): its subject is the addressee, its agent the speaker. */
  passive: boolean;
  /** The first token carries the subject pronoun: French "a-t-il déclaré", "ajoute-t-elle". */
  clitic: boolean;
  /** An `according` cue that follows its content, direct quotes included: German "…“, so Frick". */
  postposed?: boolean;
  /** A statement frame ("released a statement condemning"): its subject speaks, and its content follows it. */
  frame?: boolean;
  /** The possessor of a noun of saying, who speaks: "his" in "his claim that …", "Rubio" in "Rubio's claim that …". */
  possessor?: TokenRange;
  /** A noun of saying with no one named ("allegations that …", "the assertion that …"): it has no speaker. */
  unattributed?: boolean;
}

/** Whether a capitalised run of at most three words ending at `j` is a known place or a U.S. state: "New York". */
function placeEndsAt(view: DocView, j: number): boolean {
  for (let first = j; first > j - 3 && first >= 0 && isCapitalised(view.tokens[first]); first--) {
    const name = tokenText(view, first, j);
    if (lookupPlace(name) || isUsState(name)) return true;
  }
  return false;
}

/** The auxiliary that opens a compound cue ending at `i` ("a déclaré", "ha poi detto"), or `i` when none does. */
function auxiliaryBefore(view: DocView, i: number): number {
  const { lower, words } = view;
  const sentence = view.tokens[i]!.sentence;
  const same = (k: number) => k >= 0 && view.tokens[k]!.sentence === sentence;
  if (same(i - 1) && words.cueAuxiliaries.has(lower[i - 1]!)) return i - 1;
  if (same(i - 2) && words.speakerSkip.has(lower[i - 1]!) && words.cueAuxiliaries.has(lower[i - 2]!))
    return i - 2;
  return i;
}

/** A cue of the span and kind given with no flag set (not a participle, passive or clitic), plus `extra`. */
function plainCue(
  span: Pick<Cue, 'first' | 'last' | 'lemma' | 'kind' | 'sentence'>,
  extra: Partial<Cue> = {},
): Cue {
  return { ...span, participle: false, passive: false, clitic: false, ...extra };
}

/** A verb with its subject pronoun after a hyphen: "déclare-t-il", or an auxiliary with its participle "a-t-il dit". */
function readCliticCue(view: DocView, i: number): Cue | null {
  const m = view.words.cliticSubject.exec(view.lower[i]!);
  if (!m || !view.words.pronouns.has(m[2]!)) return null;
  const sentence = view.tokens[i]!.sentence;
  const own = view.words.cueVerbs.get(m[1]!);
  const next = view.words.cueVerbs.get(view.lower[i + 1] ?? '');
  const entry = own ?? (view.words.cueAuxiliaries.has(m[1]!) ? next : undefined);
  if (!entry) return null;
  const last = own ? i : i + 1;
  return plainCue(
    {
      first: i,
      last,
      lemma: entry.lemma,
      kind: entry.kind,
      sentence,
    },
    { clitic: true },
  );
}

/** Most tokens after a reporting adverb in which a verb of saying makes the adverb part of that verb's cue. */
const ADVERB_VERB_REACH = 3;

/**
 * A reporting adverb ("The FBI is reportedly preparing …"), or null when a verb of saying follows it ("Trump
 * reportedly said …"): that verb is the cue, with its own speaker.
 */
function readReportingAdverb(view: DocView, i: number): Cue | null {
  const sentence = view.tokens[i]!.sentence;
  for (let k = i + 1; k <= i + ADVERB_VERB_REACH && view.tokens[k]?.sentence === sentence; k++)
    if (view.words.cueVerbs.has(view.lower[k]!)) return null;
  return plainCue({
    first: i,
    last: i,
    lemma: view.lower[i]!,
    kind: 'adverb',
    sentence,
  });
}

/** Most words between the determiner and the noun of a statement frame: "a brief follow-up statement". */
const MAX_STATEMENT_MODIFIERS = 2;

/**
 * A verb that puts out a statement and the statement itself, as one cue of saying: "released a statement Thursday
 * condemning …", "sent out a statement that …", "issued a statement:". The cue runs to the participle that gives
 * what the statement said, whatever its verb ("condemning", "saying"), so that the frame's subject speaks. Anything
 * else ("released a statement on Friday.", "released the video") is no cue.
 */
function readStatementFrame(view: DocView, i: number): Cue | null {
  const { words, lower, tokens } = view;
  const sentence = tokens[i]!.sentence;
  const end = view.sentenceEnd[sentence]!;
  if (isCapitalised(tokens[i]) || words.passiveBefore.has(lower[i - 1] ?? '')) return null;
  let j = i + 1;
  const particle = words.statementVerbs!.get(lower[i]!)!;
  if (particle) {
    if (lower[j] !== particle) return null;
    j++;
  }
  if (!words.channelDeterminers.has(lower[j] ?? '')) return null;
  j++;
  for (let k = 0; k < MAX_STATEMENT_MODIFIERS && j < end && !words.statementNouns?.has(lower[j]!); k++) {
    if (!isWord(tokens[j]) || isCapitalised(tokens[j])) return null;
    j++;
  }
  if (j >= end || !words.statementNouns?.has(lower[j]!)) return null;
  const after = skipAdjuncts(view, j + 1, end);
  const next = lower[after] ?? '';
  const opens = words.complementizers.has(next) || next === ':';
  const participle = after < end && next.endsWith(words.participleEnding) && !isCapitalised(tokens[after]);
  if (!opens && !participle) return null;
  return plainCue(
    { first: i, last: participle ? after : j, lemma: lower[j]!, kind: 'say', sentence },
    { participle: lower[i]!.endsWith(words.participleEnding), frame: true },
  );
}

/** Most words between a possessor and its noun of saying: "Trump's absurd and inaccurate claim". */
const MAX_NOUN_MODIFIERS = 3;
/** Most tokens of a name before a possessive: "Former Secretary of State Hillary Clinton's". */
const MAX_POSSESSOR_TOKENS = 6;

/** Who owns the noun at `i`: a possessive pronoun ("his claim") or a name before "'s" ("Rubio's claim"), or null. */
function possessorOf(view: DocView, i: number): TokenRange | null {
  const { words, lower, tokens } = view;
  const sentence = tokens[i]!.sentence;
  let k = i - 1;
  // "his recent claim", "Trump's false and misleading claim".
  for (let n = 0; n < MAX_NOUN_MODIFIERS && k >= 0 && tokens[k]!.sentence === sentence; n++, k--) {
    const w = lower[k]!;
    if (!isWord(tokens[k]) || isCapitalised(tokens[k]) || words.nounBefore.has(w)) break;
    if (words.possessivePronouns?.has(w)) break;
  }
  if (k < 0 || tokens[k]!.sentence !== sentence) return null;
  if (words.possessivePronouns?.has(lower[k]!)) return { first: k, last: k };
  if (!words.possessiveTokens.has(lower[k]!)) return null;
  // "the campaign's earlier claim", "the judges' statement": a description its article opens owns the noun too.
  if (!isCapitalised(tokens[k - 1])) return describedPossessor(view, k);
  let first = k - 1;
  while (
    first - 1 >= 0 &&
    k - first < MAX_POSSESSOR_TOKENS &&
    tokens[first - 1]!.sentence === sentence &&
    (isNameWord(tokens[first - 1], words) || (lower[first - 1] === '.' && isCapitalised(tokens[first - 2])))
  )
    first--;
  return { first, last: k - 1 };
}

/**
 * Whether the noun at `i` heads a noun phrase with no possessor: opened by its article or quantifier, a few
 * lower-case modifiers between ("the assertion", "numerous complaints", "a passing promise"), or a bare plural
 * after a lower-case word ("denied allegations that"). A form that is also a verb of saying ("claims", "calls")
 * takes its article right before it: "the suit claims that …" is the verb after its subject.
 */
function opensNounPhrase(view: DocView, i: number): boolean {
  const { words, lower, tokens } = view;
  const sentence = tokens[i]!.sentence;
  const verbForm = words.cueVerbs.has(lower[i]!);
  const opener = (k: number) => words.descriptionArticles.has(lower[k]!) || words.quantifiers.has(lower[k]!);
  if (i > 0 && tokens[i - 1]!.sentence === sentence && opener(i - 1)) return true;
  if (verbForm) return false;
  const before = tokens[i - 1];
  if (
    words.pluralEnding.test(lower[i]!) &&
    isWord(before) &&
    !isCapitalised(before) &&
    before!.sentence === sentence
  )
    return !words.pronouns.has(lower[i - 1]!);
  for (let k = i - 1, n = 0; n < MAX_NOUN_MODIFIERS && k >= 0 && tokens[k]!.sentence === sentence; k--, n++) {
    if (opener(k)) return true;
    if (!isWord(tokens[k]) || isCapitalised(tokens[k]) || isVerbForm(view, k)) return false;
  }
  return false;
}

/** A noun of saying whose clause or object no possessor owns: a cue with no speaker. */
function unattributedNoun(view: DocView, i: number, clause: boolean): Cue {
  const { lower, words } = view;
  const sentence = view.tokens[i]!.sentence;
  const particle = !clause && lower[i + 1] !== words.infinitiveMarker;
  return plainCue(
    { first: i, last: particle ? i + 1 : i, lemma: lower[i]!, kind: clause ? 'clause' : 'say', sentence },
    { unattributed: true },
  );
}

/** Most words of a description before a possessive: "the state's top election official's". */
const MAX_DESCRIPTION_POSSESSOR = 4;

/** The description that its article opens before the possessive at `k` ("the campaign" + "'s"), or null. */
function describedPossessor(view: DocView, k: number): TokenRange | null {
  const { words, lower, tokens } = view;
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && j >= k - MAX_DESCRIPTION_POSSESSOR && tokens[j]!.sentence === sentence; j--) {
    if (words.descriptionArticles.has(lower[j]!)) return j < k - 1 ? { first: j, last: k - 1 } : null;
    if (!isWord(tokens[j]) || isVerbForm(view, j) || words.nounBefore.has(lower[j]!)) return null;
  }
  return null;
}

/** Most tokens of the speaker a preposition gives a noun of saying: "from his Kenyan counterpart". */
const MAX_SOURCE_TOKENS = 8;

/** Whether a complementizer at `i` opens a clause whose first word is no verb: "reported that the depot …". */
function thatClauseAt(view: DocView, i: number): boolean {
  return (
    view.words.complementizers.has(view.lower[i] ?? '') &&
    isWord(view.tokens[i + 1]) &&
    !isVerbForm(view, i + 1)
  );
}

/** Whether "to" at `i` is an infinitive marker before a verb: "to cut", not "to arms" or "to the council". */

function infinitiveAt(view: DocView, i: number): boolean {
  const { words, lower, tokens } = view;
  const w = lower[i + 1] ?? '';
  return (
    lower[i] === words.infinitiveMarker &&
    isWord(tokens[i + 1]) &&
    !isCapitalised(tokens[i + 1]) &&
    !words.determinersAfterCue.has(w) &&
    !words.channelDeterminers.has(w) &&
    !/^\d/.test(w)
  );
}

/**
 * A noun of saying whose speaker a preposition gives, then its clause after "that" or what it promised: "complaints
 * from his counterpart that …", "claims by the agencies that …", "pledges from several cities to cut …". The
 * speaker phrase is a few words with no verb; "warnings from experts about Zika" gives no content.
 */
function readSourcedSpeechNoun(view: DocView, i: number): Cue | null {
  const { words, lower, tokens } = view;
  const sentence = tokens[i]!.sentence;
  const first = i + 2;
  for (let j = first; j < first + MAX_SOURCE_TOKENS && tokens[j]?.sentence === sentence; j++) {
    const w = lower[j]!;
    const clause = words.complementizers.has(w) && !isVerbForm(view, j + 1);
    const object = words.speechNounObjects?.get(lower[i]!)?.has(w) && infinitiveAt(view, j);
    if (j > first && (clause || object)) {
      return plainCue(
        { first: i, last: i, lemma: lower[i]!, kind: clause ? 'clause' : 'say', sentence },
        { possessor: { first, last: j - 1 } },
      );
    }
    const t = tokens[j]!;
    if (!isWord(t) && !words.possessiveTokens.has(w)) return null;
    if (isVerbForm(view, j) || words.cueVerbs.has(w) || words.complementizers.has(w)) return null;
  }
  return null;
}

/**
 * A noun of saying with its possessor and a clause after "that": "his claim that …", "Rubio's assertion that …";
 * or with the preposition that gives what was asked or promised: "his promise to build a wall", "Pence's call for a
 * special prosecutor". With no possessor ("there were claims that …"), no clause ("his claim that was refuted") or
 * no verb after "to" ("his call to arms") it is no cue.
 */
function readSpeechNoun(view: DocView, i: number): Cue | null {
  const { words, lower, tokens } = view;
  const sentence = tokens[i]!.sentence;
  const next = lower[i + 1] ?? '';
  if (tokens[i + 1]?.sentence !== sentence || !isWord(tokens[i + 2])) return null;
  if (words.speechNounSources?.has(next)) return readSourcedSpeechNoun(view, i);
  const clause = words.complementizers.has(next) && !isVerbForm(view, i + 2);
  const object = words.speechNounObjects?.get(lower[i]!)?.has(next) ?? false;
  // "to" wants a verb: a lower-case word that opens no noun phrase.
  const infinitive =
    next === words.infinitiveMarker &&
    (isCapitalised(tokens[i + 2]) ||
      words.determinersAfterCue.has(lower[i + 2]!) ||
      words.channelDeterminers.has(lower[i + 2]!) ||
      /^\d/.test(lower[i + 2]!));
  if (!clause && (!object || infinitive)) return null;
  const possessor = possessorOf(view, i);
  // "a call for a ban", but not "a threat to gun rights" ("to" may open a noun phrase) or "demand for workers".
  const unowned =
    clause || (object && words.unownedObjectNouns?.has(lower[i]!) && next !== words.infinitiveMarker);
  if (!possessor) return unowned && opensNounPhrase(view, i) ? unattributedNoun(view, i, clause) : null;
  return plainCue(
    {
      first: i,
      // "call for" holds its preposition, as the verb's particle does; "to" opens the content, as after "promised".
      last: object && next !== words.infinitiveMarker ? i + 1 : i,
      lemma: lower[i]!,
      kind: clause ? 'clause' : 'say',
      sentence,
    },
    { possessor },
  );
}

/** Whether a complementizer opens a clause between `i` and the end of its sentence. */
function clauseFollows(view: DocView, i: number): boolean {
  const end = view.sentenceEnd[view.tokens[i - 1]!.sentence]!;
  for (let j = i; j < end; j++) if (view.words.complementizers.has(view.lower[j]!)) return true;
  return false;
}

/** Fewest words of a line in Title Case: a short run of capitalised words may be a name ("Fox and Friends"). */
const MIN_TITLE_LINE_WORDS = 4;
const titleLines = new WeakMap<DocView, Int8Array>();

/**
 * Whether every word of a sentence is capitalised but the small words Title Case keeps low: a headline inside the
 * body ("Bush Says We Should Pay Attention To History"). Each sentence is read once per view.
 */
function isTitleLine(view: DocView, sentence: number): boolean {
  let known = titleLines.get(view);
  if (!known) {
    known = new Int8Array(view.sentenceFirst.length);
    titleLines.set(view, known);
  }
  if (known[sentence] === 0) {
    let words = 0;
    let title = true;
    for (let k = view.sentenceFirst[sentence]!; k < view.sentenceEnd[sentence]! && title; k++) {
      const t = view.tokens[k]!;
      if (!isWord(t) || !/^\p{L}/u.test(t.text)) continue;
      words++;
      title = isCapitalised(t) || view.words.titleSmallWords.has(view.lower[k]!);
    }
    known[sentence] = title && words >= MIN_TITLE_LINE_WORDS ? 1 : -1;
  }
  return known[sentence] === 1;
}

/** Capitalised words a modifier before a cue may hold ("in Southern states", "12 Western Balkan states"). */
const MAX_MODIFIER_RUN = 8;

/** Reads the cue starting at token `i`, or null when the token is no cue (a noun, a passive, a title). */
export function readCue(view: DocView, i: number): Cue | null {
  const { tokens, lower } = view;
  const t = tokens[i]!;
  const word = lower[i]!;
  const sentence = t.sentence;
  const according = view.words.accordingCue;
  const one = view.words.accordingWords.has(word);
  if (one || (word === according[0] && lower[i + 1] === according[1]))
    return plainCue({
      first: i,
      last: one ? i : i + 1,
      lemma: one ? word : according.join(' '),
      kind: 'according',
      sentence,
    });
  if (view.words.reportingAdverbs?.has(word)) return readReportingAdverb(view, i);
  if (view.words.statementVerbs?.has(word)) return readStatementFrame(view, i);
  // "his claim that …"; "Trump claims that …" is the verb.
  const noun = view.words.speechNouns?.has(word) ? readSpeechNoun(view, i) : null;
  if (noun) return noun;
  // "…«, so Frick.", "…", aldus de woordvoerder.": a cue only right after the comma or the mark.
  if (view.words.postposedCues.has(word)) {
    const before = tokens[i - 1];
    const after = isMark(view, i - 1) || before?.text === ',';
    const next = tokens[i + 1];
    const opensSpeaker = isCapitalised(next) || view.words.determinersAfterCue.has(lower[i + 1] ?? '');
    return after && before!.sentence === sentence && isWord(next) && opensSpeaker
      ? plainCue(
          {
            first: i,
            last: i,
            lemma: word,
            kind: 'according',
            sentence,
          },
          { postposed: true },
        )
      : null;
  }
  const clitic = readCliticCue(view, i);
  if (clitic) return clitic;
  const entry = view.words.cueVerbs.get(word);
  if (!entry) return null;
  const first = auxiliaryBefore(view, i);
  // "un imam de Beaucaire condamné à de la prison": a bare participle is an adjective, not a cue.
  if (first === i && view.words.auxiliaryParticiple.test(word)) return null;
  let prev = first > 0 && tokens[first - 1]!.sentence === sentence ? lower[first - 1]! : '';
  // American style puts the comma inside the closing mark ("New York values,” saying …): the comma still counts.
  if (prev && isMark(view, first - 1)) {
    const before = markLength(view, first - 2) === 2 ? first - 3 : first - 2;
    if (lower[before] === ',' && tokens[before]!.sentence === sentence) prev = ',';
  }
  // Title case ("Clinton Says No To Fox News") capitalises the cue after a capitalised subject; in a line all in
  // Title Case ("Donald Trump Tweets A Wildly Inaccurate Graphic") any verb of saying there is one.
  const titleLine =
    isCapitalised(tokens[i - 1]) && first > view.sentenceFirst[sentence]! && isTitleLine(view, sentence);
  const titleCase =
    titleLine ||
    (view.words.titleCaseCues.has(entry.lemma) &&
      isCapitalised(tokens[i - 1]) &&
      isCapitalised(tokens[i + 1]));
  // "Asked why he trailed, Sanders said …" opens a sentence with its cue.
  const asked = view.words.sentenceOpeningCues.has(word) && !prev;
  if (isCapitalised(tokens[first]) && !(prev && titleCase) && !asked) return null;
  // "called off the project", "called up reserves", "adding to his Super Tuesday victories" are not speech; nor
  // is the particle after a short object ("calls that into question", "called it off"), unless it may open an
  // adjunct instead: "called them 'anchors' in an article" is speech.
  const particles = view.words.notSpeechParticles.get(entry.lemma);
  if (particles?.has(lower[i + 1] ?? '')) return null;
  const afterObject = lower[i + 2] ?? '';
  if (
    particles?.has(afterObject) &&
    view.words.particleObjects?.has(lower[i + 1] ?? '') &&
    !view.words.adjunctOpeners.has(afterObject)
  )
    return null;
  if (!titleLine && view.words.objectComplementCues?.has(entry.lemma) && objectAlone(view, i)) return null;
  // "Russian state television showed", "Chinese state media said": a noun-like form after a nationality and before
  // a lower-case noun is a modifier of that noun, not a verb whose subject is the nationality.
  if (
    view.words.nounLikeForms.has(word) &&
    isCapitalised(tokens[i - 1]) &&
    countryOfDemonym(tokens[i - 1]!.text) !== null &&
    isWord(tokens[i + 1]) &&
    !isCapitalised(tokens[i + 1]) &&
    !view.words.complementizers.has(lower[i + 1]!) &&
    !view.words.pronouns.has(lower[i + 1]!)
  )
    return null;
  // "New York state now has …", "Washington state officials": the noun after a place's name, not a verb.
  if (view.words.nounsAfterPlace?.has(word) && placeEndsAt(view, i - 1)) return null;
  const participle = word.endsWith(view.words.participleEnding);
  // "saying" is speech after any subject ("62 percent of voters saying"); other participles need a clause break.
  // "with former Gov. Martin O'Malley calling Trump a fascist": any participle of saying right after a name, but
  // for a phrase of place or agent after it ("Josh Feldman writing at Mediaite", "Additional reporting by …").
  const opensAdjunct =
    view.words.adjunctOpeners.has(lower[i + 1] ?? '') &&
    !view.words.cueParticles.get(entry.lemma)?.some((p) => p.particle === lower[i + 1]);
  const afterName =
    isCapitalised(tokens[first - 1]) && first - 1 > view.sentenceFirst[sentence]! && !opensAdjunct;
  const freeParticiple = (view.words.freeParticiples.has(word) || afterName) && isWord(tokens[i - 1]);
  const cue = (last: number, lemma: string, kind: CueKind, passive = false): Cue => ({
    first,
    last,
    lemma,
    // A headline in Title Case shows no clause by its capitals ("Obama Claims Hillary Most Qualified …").
    kind: titleLine && kind === 'clause' ? 'say' : kind,
    sentence,
    participle,
    passive,
    clitic: false,
  });
  // "was widely reported", "was later revealed": an adverb between the auxiliary and the participle.
  const adverbBetween =
    (view.words.speakerSkip.has(prev) || view.words.adverbForm.test(prev)) &&
    view.words.passiveAuxiliaries.has(lower[first - 2] ?? '');
  if (!participle && adverbBetween && isVerbForm(view, i)) {
    if (thatClauseAt(view, i + 1)) return { ...cue(i, entry.lemma, 'clause'), unattributed: true };
    // "The venue was only confirmed in September": a passive with no clause reports no one, as without the adverb.
    if (!view.words.questionCues.has(entry.lemma)) return null;
  }
  if (!participle && view.words.passiveBefore.has(prev)) {
    // "Sanders was asked about their case", "was asked whether …": a question put to the subject.
    const next = lower[i + 1] ?? '';
    const question =
      view.words.questionCues.has(entry.lemma) &&
      view.words.passiveAuxiliaries.has(prev) &&
      (view.words.questionOpeners.has(next) ||
        view.words.topicPrepositions.has(next) ||
        view.words.agentPrepositions.has(next) ||
        // "Trump was asked, “What's the most dangerous place …?”": the quotation is the question.
        ((next === ',' || next === ':') && isMark(view, i + 2)));
    if (question) return cue(i, entry.lemma, entry.kind, true);
    // "It was widely reported that …", "he had been told that …": a passive cue and its clause, said by no one named.
    // The participle, not a plural noun: "there were claims that …" reports no one.
    const reported =
      view.words.passiveAuxiliaries.has(prev) && isVerbForm(view, i) && thatClauseAt(view, i + 1);
    return reported ? { ...cue(i, entry.lemma, 'clause'), unattributed: true } : null;
  }
  // "Party leaders are increasingly admitting that …", "…, recently telling a friend that …": an adverb between the
  // progressive auxiliary or the comma and the participle.
  const progressiveAdverb =
    (view.words.adverbForm.test(prev) || view.words.speakerSkip.has(prev)) &&
    (view.words.progressiveAuxiliaries.has(lower[first - 2] ?? '') || lower[first - 2] === ',');
  if (participle && !view.words.participleBefore.has(prev) && !freeParticiple && !progressiveAdverb)
    return null;
  // "the claim", "a noted author" are nouns and adjectives; "by saying that", "in alleging that" are gerunds of
  // speech after a preposition the participle may follow.
  // "Some said they …": a quantifier that opens the sentence is its subject, before a form that is no noun.
  const quantifierSubject =
    view.words.quantifiers.has(prev) &&
    first - 1 === view.sentenceFirst[sentence] &&
    !participle &&
    !view.words.nounLikeForms.has(word);
  if (
    view.words.nounBefore.has(prev) &&
    !(participle && view.words.participleBefore.has(prev)) &&
    !quantifierSubject
  )
    return null;
  // "to call", "to claim": a bare form after the infinitive marker is the verb, not the noun ("calls" may be both).
  const infinitive = prev === view.words.infinitiveMarker && word === entry.lemma;
  // "advocacy groups note that …", "lawmakers claim it will …": the plural form after a plural noun, with a clause
  // opening right after it ("that", or a subject pronoun and its verb), is the verb; "calls that" alone is not.
  const next = lower[i + 1] ?? '';
  const agrees =
    word === entry.lemma &&
    first === i &&
    !!view.words.pluralNoun?.test(prev) &&
    ((view.words.complementizers.has(next) && isWord(tokens[i + 2])) || opensWithSubject(view, i + 1));
  // "The candidate claims his net worth is …", "the suit claims that Gowdy made …": the form with "-s" after a noun
  // and its article is the verb when a clause opens right after it ("that" and no verb, a subject pronoun, or a
  // possessive's phrase with its verb); "the candidate claims were false" has none.
  const end = view.sentenceEnd[sentence]!;
  const before = lower[i - 2] ?? '';
  const agreesOne =
    word !== entry.lemma &&
    first === i &&
    isWord(tokens[i - 1]) &&
    !view.words.nounBefore.has(prev) &&
    // The noun opens with its article or possessive: "the suit claims", not "to make claims".
    (view.words.determiners.has(before) || !!view.words.possessivePronouns?.has(before)) &&
    (thatClauseAt(view, i + 1) ||
      opensWithSubject(view, i + 1) ||
      // "Her plan promises to lift wages", not "the race promises to be close".
      (view.words.infinitiveContentCues.has(entry.lemma) &&
        infinitiveAt(view, i + 1) &&
        !view.words.clauseWords.has(lower[i + 2] ?? '')) ||
      (!!view.words.possessivePronouns?.has(next) && opensClause(view, i + 1, end)));
  // "The campaign calls it a false narrative", "…, calls her a rising star": a verb that names what someone is, with
  // its object pronoun right after, is the verb; "phone calls the mayor made" stays a noun.
  // "Byrne, who was posted at the depot, states that …": after the comma that closes an apposition, the form with
  // its "that" clause is the verb.
  const afterApposition = prev === ',' && thatClauseAt(view, i + 1);
  const namesObject =
    entry.kind === 'mixed' &&
    first === i &&
    (isWord(tokens[i - 1]) || prev === ',') &&
    view.words.pronouns.has(next);
  // "Okafor wins Salem and vows to press on": after a coordinator, the form with its infinitive or its "that" clause
  // is the second verb of the clause.
  const coordinated =
    view.words.coordinators.has(prev) &&
    first === i &&
    (infinitiveAt(view, i + 1) || (view.words.complementizers.has(next) && !isVerbForm(view, i + 2)));
  // "He did note that …", "would call it", "O'Malley frequently notes that …": the bare form after an auxiliary,
  // or any form after an adverb, is the verb; "the early states", "three daily reports" hold an adjective.
  const beforeAdverb = lower[first - 2] ?? '';
  const adverbBefore =
    view.words.adverbForm.test(prev) &&
    !view.words.adverbLikeNouns.has(prev) &&
    !view.words.nounBefore.has(beforeAdverb) &&
    !view.words.indefinite.has(beforeAdverb) &&
    !/^\d/.test(beforeAdverb);
  const verbPosition =
    first === i && ((word === entry.lemma && view.words.clauseWords.has(prev)) || adverbBefore);
  // "in Southern states", "and 12 Western states": a capitalised modifier that a preposition or a number opens is no
  // subject; "Trump claims" and "the Times reports" have one.
  // The run is read back at most MAX_MODIFIER_RUN words: a longer one modifies no noun, and reading a line of
  // capitalised words back from each of its cues was quadratic (bench/scaling.ts, "a Title Case line of cues").
  let run = first - 1;
  const floor = Math.max(0, first - 1 - MAX_MODIFIER_RUN);
  while (run > floor && isCapitalised(tokens[run - 1]) && tokens[run - 1]!.sentence === sentence) run--;
  const opener = run > floor || !isCapitalised(tokens[run - 1]) ? (lower[run - 1] ?? '') : '';
  const modifierRun =
    !titleLine &&
    isCapitalised(tokens[first - 1]) &&
    (view.words.adjunctOpeners.has(opener) || view.words.indefinite.has(opener) || /^\d/.test(opener));
  if (
    view.words.nounLikeForms.has(word) &&
    !coordinated &&
    !verbPosition &&
    !afterApposition &&
    !view.words.subjectBefore.has(prev) &&
    (!isCapitalised(tokens[first - 1]) || modifierRun) &&
    !infinitive &&
    !agrees &&
    !agreesOne &&
    !namesObject
  )
    return null;
  // "he continued to complain that …", "continues to tell itself that …": the second verb says what kind of
  // speech it is, and the content follows it.
  const inner =
    lower[i + 1] === view.words.infinitiveMarker ? view.words.cueVerbs.get(lower[i + 2] ?? '') : undefined;
  if (inner && inner.lemma === lower[i + 2]) return cue(i + 2, inner.lemma, inner.kind);
  // "Turnout continued to be low", "she continues to renew it": an aspectual verb before another verb reports nothing,
  // unless that verb takes a clause of its own ("continued to assure her that …").
  if (view.words.aspectualCues?.has(entry.lemma) && infinitiveAt(view, i + 1) && !clauseFollows(view, i + 3))
    return null;
  const particle = view.words.cueParticles.get(entry.lemma)?.find((p) => p.particle === lower[i + 1]);
  if (particle) return cue(i + 1, entry.lemma, particle.kind);
  if (view.words.particleRequired.has(entry.lemma)) return null;
  return cue(i, entry.lemma, entry.kind);
}

/**
 * Whether the cue at `i` ("called") has an object and nothing a label could be after it: a pronoun, a word after
 * a determiner, or a capitalised name, then an adjunct ("on Tuesday", "while on his way"), a coordinator, a comma
 * or the sentence's end. "called the police while …" is a call; "called the plan unworkable", "called him a liar"
 * and "called Trump 'unhinged'" are not so read.
 */
function objectAlone(view: DocView, i: number): boolean {
  const { tokens, lower, words } = view;
  const sentence = tokens[i]!.sentence;
  let j = i + 1;
  const w = lower[j] ?? '';
  if (words.objectPronouns?.has(w)) j++;
  else if (words.definiteArticles.has(w) || words.determiners.has(w) || words.objectDeterminers?.has(w)) {
    if (!isWord(tokens[j + 1]) || isCapitalised(tokens[j + 1])) return false;
    j += 2;
  } else if (isCapitalised(tokens[j])) {
    while (isCapitalised(tokens[j]) && tokens[j]!.sentence === sentence) {
      j++;
      // An initial's or a title's full stop goes on with the name: "Donald J. Trump's", "Mrs. Schlafly".
      if (tokens[j]?.text === '.' && tokens[j - 1]!.text.length <= 3 && isCapitalised(tokens[j + 1])) j++;
    }
  } else return false;
  const next = tokens[j];
  if (!next || next.sentence !== sentence) return true;
  const after = lower[j]!;
  // "of" goes on with the object ("the expropriation of private property"), "for" and "to" with what was asked.
  const adjunct =
    next.text === '.' ||
    words.adjunctSubordinators.has(after) ||
    (words.adjunctOpeners.has(after) && after !== 'of' && after !== 'about' && after !== 'with');
  if (!adjunct) return false;
  // "called them in an article ''Manchurian anchors''", "called her vote in favor of the war a mistake": a quoted
  // label, or one an indefinite article opens before the clause ends, comes after the adjunct.
  let clause = true;
  for (let k = j + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (isMark(view, k)) return false;
    if (tokens[k]!.text === ',') clause = false;
    if (clause && words.indefinite.has(lower[k]!)) return false;
  }
  return true;
}

/** Every cue of the body's sentences, in text order. */
export function findCues(view: DocView): Cue[] {
  const cues: Cue[] = [];
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.sentence;
    if (s < 0 || !view.speechBlock[view.sentenceBlock[s]!]) continue;
    const cue = readCue(view, i);
    if (cue) {
      cues.push(cue);
      i = cue.last;
    }
  }
  return cues;
}
