import { readAddressee, skipAdjuncts } from './cue-context';
import type { Cue } from './cues';
import { type DocView, isMark } from './doc-view';
import { findSpeakerAfter, findSpeakerBefore, type TokenRange } from './speaker-phrase';

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
const DETERMINER_AFTER = new Set(['a', 'an', 'the', 'one', 'two', 'another', 'his', 'her', 'their']);

/** The lowest token a speaker phrase may start at: the sentence start, or just after a quotation mark. */
function floorOf(view: DocView, cue: Cue): number {
  const first = view.sentenceFirst[cue.sentence]!;
  for (let k = cue.first - 1; k >= first; k--) if (isMark(view, k)) return k + 1;
  return first;
}

/** Finds each cue's speaker phrase, addressee and content start. */
export function attributeCues(view: DocView, cues: Cue[]): AttributedCue[] {
  return cues.map((cue) => {
    const end = view.sentenceEnd[cue.sentence]!;
    const floor = floorOf(view, cue);
    let speaker: TokenRange | null = null;
    let inverted = false;
    if (cue.kind === 'according') {
      speaker = findSpeakerAfter(view, cue.last, end);
      inverted = true;
    } else {
      if (!cue.participle) speaker = findSpeakerBefore(view, cue.first, floor);
      const before = isMark(view, cue.first - 1) ? '"' : (view.tokens[cue.first - 1]?.text ?? '');
      const next = view.tokens[cue.last + 1];
      if (
        !speaker &&
        !cue.participle &&
        (cue.first === floor || INVERTED_BEFORE.has(before)) &&
        next &&
        (/^\p{Lu}/u.test(next.text) || DETERMINER_AFTER.has(view.lower[cue.last + 1]!))
      ) {
        speaker = findSpeakerAfter(view, cue.last, end);
        inverted = speaker !== null;
      }
    }
    let i = inverted && speaker ? speaker.last + 1 : cue.last + 1;
    let addressee: TokenRange | null = null;
    if (cue.lemma === 'tell' && !inverted) {
      addressee = readAddressee(view, i, end);
      if (addressee) i = addressee.last + 1;
    }
    i = skipAdjuncts(view, i, end);
    if (view.lower[i] === 'that' || view.tokens[i]?.text === ':') i++;
    let regionStart = speaker && !inverted ? speaker.first : cue.first;
    if (cue.participle && view.tokens[cue.first - 1]?.text === ',') regionStart = cue.first - 1;
    if (!speaker && view.lower[cue.first - 1] === 'and') regionStart = cue.first - 1;
    return { cue, speaker, inverted, addressee, contentFirst: i, regionStart, used: false };
  });
}
