import type { NerType } from '../../nlp/ner/tags';

/** A name found in the text, before mentions are merged into entities. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Token indices [first, last] in Annotated.tokens. */
  first: number;
  last: number;
  type: NerType | 'GROUP';
  /** Typed by a sure sign (a gazetteer, a head word, a place or title cue) rather than by the tagger alone. */
  sure?: boolean;
  /** Not typed by the tagger (a piece cut off its run, a name the clean-up found): re-typing may change it freely. */
  guessed?: boolean;
  /** A definite description ("the monitor") standing for the name with this key. */
  describes?: string;
}
