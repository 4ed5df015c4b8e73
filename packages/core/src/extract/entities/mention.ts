import type { Annotated } from '../../nlp/annotate';
import type { NerType } from '../../nlp/ner/tags';
import { makeSpan } from '../../util/span';

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

/** The mention over tokens `first` to `last` (inclusive), typed `type`. */
export function mentionOf(doc: Annotated, first: number, last: number, type: Mention['type']): Mention {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  // Fields named, not spread (see recogniseNames).
  const { text } = makeSpan(doc.body.text, start, end);
  return { start, end, text, first, last, type };
}
