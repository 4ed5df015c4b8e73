import { readAddressee, skipAdjuncts, skipIntro } from './cue-context';
import type { Cue } from './cues';
import { type DocView, isCapitalised, isCoordinatedCue, isMark, isNameWord, isWord } from './doc-view';
import { findSpeakerAfter, findSpeakerBefore, isOpenerWord, type TokenRange } from './speaker-phrase';

/** A cue with what stands around it: its speaker phrase, its addressee and where its content may start. */
export interface AttributedCue {
  cue: Cue;
  speaker: TokenRange | null;
  /** The speaker follows the cue: `said Caddell`, `according to officials`. */
  inverted: boolean;
  addressee: TokenRange | null;
  /** First token after the cue, its addressee, times and channels, and "that". */
  contentFirst: number;
  /** Where this cue's attribution begins (its speaker, or the comma before a participle). */
  regionStart: number;
  /** Set when a direct quote claimed the cue as its attribution. */
  used: boolean;
}

const INVERTED_BEFORE = new Set([',', '"', ':']);

/** The lowest token each cue's speaker phrase may start at: the sentence start, or just after a quotation mark. */
function floorsOf(view: DocView, cues: Cue[]): number[] {
  const floors: number[] = [];
  let lastMark = -1;
  let k = 0;
  for (const cue of cues) {
    // One pass forward for all cues (they come in text order): a scan back per cue is quadratic in a long sentence.
    for (; k < cue.first; k++) if (isMark(view, k)) lastMark = k;
    floors.push(Math.max(view.sentenceFirst[cue.sentence]!, lastMark + 1));
  }
  return floors;
}

/** The sentence's subject when it is a name or a pronoun: "Huma Abedin, …, emailed supporters, telling them". */
function subjectOf(view: DocView, sentence: number): TokenRange | null {
  const end = view.sentenceEnd[sentence]!;
  let a = skipIntro(view, view.sentenceFirst[sentence]!, end);
  // "Speaking at a rally, Trump went after Bush, calling him …": the subject follows the opening phrase.
  if (isOpenerWord(view, a)) {
    let comma = a + 1;
    while (comma < end && comma < a + 25 && view.tokens[comma]!.text !== ',') comma++;
    if (view.tokens[comma]?.text !== ',') return null;
    a = comma + 1;
  }
  if (view.words.invertedSubjects.has(view.lower[a] ?? '')) return { first: a, last: a };
  if (!isCapitalised(view.tokens[a])) return null;
  const run = findSpeakerAfter(view, a - 1, end);
  if (!run) return null;
  // The name that opens the run: "Trump" in "Trump went after Bush".
  let last = run.first - 1;
  while (
    last < run.last &&
    (isNameWord(view.tokens[last + 1], view.words) || view.tokens[last + 1]!.text === '.')
  )
    last++;
  return last >= run.first ? { first: run.first, last } : null;
}

/** Whether a speaker phrase read after its cue ends the clause: at a comma, the sentence end or "who". */
function closesSpeaker(view: DocView, i: number, end: number): boolean {
  if (i >= end) return true;
  const t = view.tokens[i]!;
  if (t.text === ',' || t.text === '.' || t.text === ';') return true;
  return view.words.speakerRelatives.has(view.lower[i]!);
}

/**
 * Whether a lowercase phrase after a cue names people: a quantifier ("several observers", "some Democrats"), a
 * name inside it ("experts like Paul Bauman") or a person noun at its end. "…, add extra guided tours" lists a task.
 */
function looksLikeSpeaker(view: DocView, range: TokenRange): boolean {
  if (view.words.quantifiers.has(view.lower[range.first]!)) return true;
  if (view.words.personHeads.has(view.lower[range.last]!.replace(/s$/, ''))) return true;
  for (let k = range.first; k <= range.last; k++) if (isCapitalised(view.tokens[k])) return true;
  return false;
}

/** A participle or a coordinated cue ("…, adding", "and said") takes the speaker of the clause before it. */
function lendSpeakers(view: DocView, attributed: AttributedCue[]): void {
  // The sentence's latest cue with a speaker, kept going forward: a scan back per cue is quadratic.
  let lender: AttributedCue | null = null;
  attributed.forEach((c, index) => {
    if (index > 0 && attributed[index - 1]!.cue.sentence !== c.cue.sentence) lender = null;
    const borrows = !c.speaker && !c.cue.passive && (c.cue.participle || isCoordinatedCue(view, c.cue.first));
    if (borrows && lender?.speaker) {
      c.speaker = lender.speaker;
      c.inverted = lender.inverted;
    } else if (borrows) {
      const subject = subjectOf(view, c.cue.sentence);
      if (subject && subject.last < c.cue.first) c.speaker = subject;
    }
    if (c.speaker) lender = c;
  });
}

/** Finds each cue's speaker phrase, addressee and content start. */
export function attributeCues(view: DocView, cues: Cue[]): AttributedCue[] {
  const floors = floorsOf(view, cues);
  const attributed = cues.map((cue, index) => {
    const end = view.sentenceEnd[cue.sentence]!;
    const floor = floors[index]!;
    let speaker: TokenRange | null = null;
    let inverted = false;
    let addressee: TokenRange | null = null;
    if (cue.passive) {
      // "Clinton was asked by a caller why …": the subject was asked; the agent, when named, asked.
      let subjectEnd = cue.first;
      while (subjectEnd > floor && view.words.passiveAuxiliaries.has(view.lower[subjectEnd - 1]!))
        subjectEnd--;
      addressee = findSpeakerBefore(view, subjectEnd, floor, false);
      if (view.words.agentPrepositions.has(view.lower[cue.last + 1] ?? '')) {
        speaker = findSpeakerAfter(view, cue.last + 1, end);
        inverted = speaker !== null;
      }
    } else if (cue.kind === 'according') {
      speaker = findSpeakerAfter(view, cue.last, end);
      inverted = true;
    } else {
      // A participle right after a noun has that noun phrase as its speaker: "voters saying".
      const afterNoun =
        cue.participle &&
        isWord(view.tokens[cue.first - 1]) &&
        !view.words.coordinators.has(view.lower[cue.first - 1]!);
      if (!cue.participle || afterNoun) speaker = findSpeakerBefore(view, cue.first, floor, cue.participle);
      const before = isMark(view, cue.first - 1) ? '"' : (view.tokens[cue.first - 1]?.text ?? '');
      const next = view.tokens[cue.last + 1];
      if (
        !speaker &&
        !cue.participle &&
        (cue.first === floor || INVERTED_BEFORE.has(before)) &&
        next &&
        (/^\p{Lu}/u.test(next.text) || view.words.determinersAfterCue.has(view.lower[cue.last + 1]!))
      ) {
        speaker = findSpeakerAfter(view, cue.last, end);
        inverted = speaker !== null;
      } else if (!speaker && !cue.participle && INVERTED_BEFORE.has(before) && next && isWord(next)) {
        // "…, said several observers.", "…, say some Democrats, who …": a lowercase phrase after the cue that
        // closes the clause is its speaker too.
        const after = findSpeakerAfter(view, cue.last, end);
        if (after && closesSpeaker(view, after.last + 1, end) && looksLikeSpeaker(view, after)) {
          speaker = after;
          inverted = true;
        }
      }
      // "When asked by a reporter whether …", "As reported by Western Journalism, …": the agent speaks.
      if (!speaker && view.words.agentPrepositions.has(view.lower[cue.last + 1] ?? '')) {
        speaker = findSpeakerAfter(view, cue.last + 1, end);
        inverted = speaker !== null;
      }
    }
    let i = inverted && speaker ? speaker.last + 1 : cue.last + 1;
    if (view.words.addresseeCues.has(cue.lemma) && !inverted && !cue.passive) {
      addressee = readAddressee(view, i, end);
      if (addressee) i = addressee.last + 1;
    }
    i = skipAdjuncts(view, i, end);
    if (view.words.complementizers.has(view.lower[i] ?? '') || view.tokens[i]?.text === ':') i++;
    let regionStart = speaker && !inverted ? speaker.first : (addressee?.first ?? cue.first);
    if (cue.participle && view.tokens[cue.first - 1]?.text === ',') regionStart = cue.first - 1;
    if (!speaker && isCoordinatedCue(view, cue.first)) regionStart = cue.first - 1;
    return { cue, speaker, inverted, addressee, contentFirst: i, regionStart, used: false };
  });
  lendSpeakers(view, attributed);
  return attributed;
}
