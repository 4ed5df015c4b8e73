import type { CueKind } from '../../languages/types';
import { type DocView, isCapitalised, isMark, isWord, markLength } from './doc-view';

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
}

/** Reads the cue starting at token `i`, or null when the token is no cue (a noun, a passive, a title). */
export function readCue(view: DocView, i: number): Cue | null {
  const { tokens, lower } = view;
  const t = tokens[i]!;
  const word = lower[i]!;
  const sentence = t.sentence;
  const according = view.words.accordingCue;
  if (word === according[0] && lower[i + 1] === according[1])
    return {
      first: i,
      last: i + 1,
      lemma: according.join(' '),
      kind: 'according',
      sentence,
      participle: false,
      passive: false,
    };
  const entry = view.words.cueVerbs.get(word);
  if (!entry) return null;
  let prev = i > 0 && tokens[i - 1]!.sentence === sentence ? lower[i - 1]! : '';
  // American style puts the comma inside the closing mark ("New York values,” saying …): the comma still counts.
  if (prev && isMark(view, i - 1)) {
    const before = markLength(view, i - 2) === 2 ? i - 3 : i - 2;
    if (lower[before] === ',' && tokens[before]!.sentence === sentence) prev = ',';
  }
  // Title case ("Clinton Says No To Fox News") capitalises the cue after a capitalised subject.
  const titleCase =
    view.words.titleCaseCues.has(entry.lemma) && isCapitalised(tokens[i - 1]) && isCapitalised(tokens[i + 1]);
  // "Asked why he trailed, Sanders said …" opens a sentence with its cue.
  const asked = view.words.sentenceOpeningCues.has(word) && !prev;
  if (isCapitalised(t) && !(prev && titleCase) && !asked) return null;
  // "called off the project", "called up reserves", "adding to his Super Tuesday victories" are not speech.
  if (view.words.notSpeechParticles.get(entry.lemma)?.has(lower[i + 1] ?? '')) return null;
  const participle = word.endsWith(view.words.participleEnding);
  // "saying" is speech after any subject ("62 percent of voters saying"); other participles need a clause break.
  const freeParticiple = view.words.freeParticiples.has(word) && isWord(tokens[i - 1]);
  const cue = (last: number, lemma: string, kind: CueKind, passive = false): Cue => ({
    first: i,
    last,
    lemma,
    kind,
    sentence,
    participle,
    passive,
  });
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
    return question ? cue(i, entry.lemma, entry.kind, true) : null;
  }
  if (participle && !view.words.participleBefore.has(prev) && !freeParticiple) return null;
  if (view.words.nounBefore.has(prev)) return null;
  if (
    view.words.nounLikeForms.has(word) &&
    !view.words.subjectBefore.has(prev) &&
    !isCapitalised(tokens[i - 1])
  )
    return null;
  // "he continued to complain that …", "continues to tell itself that …": the second verb says what kind of
  // speech it is, and the content follows it.
  const inner =
    lower[i + 1] === view.words.infinitiveMarker ? view.words.cueVerbs.get(lower[i + 2] ?? '') : undefined;
  if (inner && inner.lemma === lower[i + 2]) return cue(i + 2, inner.lemma, inner.kind);
  const particle = view.words.cueParticles.get(entry.lemma)?.find((p) => p.particle === lower[i + 1]);
  if (particle) return cue(i + 1, entry.lemma, particle.kind);
  if (view.words.particleRequired.has(entry.lemma)) return null;
  return cue(i, entry.lemma, entry.kind);
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
