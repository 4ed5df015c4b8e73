import type { Quote } from '../../schema/article';
import type { AttributedCue } from './cue-attribution';

/** A quote found but not yet resolved: its speaker is still a phrase, or borrowed from a neighbour. */
export interface DraftQuote {
  type: Quote['type'];
  start: number;
  end: number;
  block: number;
  /** The cue and speaker phrase of its own, if any. */
  attribution: AttributedCue | null;
  /** Borrow the speaker of the quote before it (a continuation, a participle like "adding"). */
  inherits: boolean;
  /** Index of its quotation-mark segment, for direct and mixed quotes. */
  segment: number | null;
  /** Index of the quote segment it continues across a paragraph break, for multi-paragraph quotes. */
  chainWith: number | null;
  /**
   * Its speaker is named in an aside inside it: dashed ("«… – dichiara il presidente – …»") or set off by commas
   * between a subject and its predicate ("the permit, the council said, had been hard to get").
   */
  asideSpeaker?: boolean;
}
