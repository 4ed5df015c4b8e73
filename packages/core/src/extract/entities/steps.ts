/**
 * The clean-up steps between the tagger and Article.entities. Each can be switched off on its own so that
 * `pnpm bench entities --ablation` can say how many points it adds; parseArticle always runs them all.
 */
export const ENTITY_STEPS = [
  /** Leading titles dropped from a tagged person ("President Assad" → "Assad"). */
  'trim-titles',
  /** A tagged run cut at verbs, which cannot be in a name ("Rahman told AFP"). */
  'cut-at-verbs',
  /** A tagged run cut at brackets, which no name holds ("LCI (Life Cycle Impulse"). */
  'cut-at-brackets',
  /** A person's title split off an organisation or place run ("Governor Pence"). */
  'split-title',
  /** A place's name and a title between it and a person's name split ("New Jersey Governor Phil Murphy"). */
  'split-place-title',
  /** Abbreviations that open a name joined to it ("St" + "Louis"). */
  'join-abbreviations',
  /** A word before a place that makes a longer known place with it joined ("New" + "Jersey"). */
  'join-known-places',
  /** Credentials after a person's name, month abbreviations and page labels dropped ("Jane Roe, RD"). */
  'drop-non-names',
  /** Names after a place noun the tagger missed ("the village of X"). */
  'cued-places',
  /** Acronyms given in brackets after a name ("Daesh (IS)"). */
  'bracket-acronyms',
  /** Well-known organisations from the pack's list ("told AFP"). */
  'known-organizations',
  /** A mention widened to the capitalised phrase around it when that ends in an organisation word. */
  'widen-to-head',
  /** Re-typing from the pack's head words and lists ("Euphrates River", "Hezbollah"). */
  'retype-heads',
  /** Re-typing from the gazetteer's places. */
  'retype-gazetteer',
  /** Re-typing from a title before the name ("spokesman Steve Conroy"). */
  'retype-title-cue',
  /** Re-typing from a place noun or a place preposition ("in X", "the city of X"). */
  'retype-place-cue',
  /** A full name listed beside a person's typed as a person's. */
  'listed-people',
  /** Demonyms and group words as group entities. */
  'classify-groups',
  /** A bracketed acronym merged with the name before it. */
  'merge-bracket-acronym',
  /** A surname, head word or name without its compass word merged with the long name. */
  'merge-short-forms',
  /** A first name alone merged with the one person named with it ("Linda" after "Linda Nolan"). */
  'merge-first-names',
  /** An acronym merged with the name whose initials it spells. */
  'merge-initials',
  /** Every other place the text writes a name found becomes a mention of it. */
  'propagate-mentions',
  /** A one-word name found in running text propagates into shouted lines too ("PAKISTAN"). */
  'propagate-capitals',
  /** A person's surname written in capitals becomes a mention of the person ("CLINTON SAYS …"). */
  'propagate-surnames',
  /** A person entity needs a sign besides the tagger: a full name, a given name or a title. */
  'person-evidence',
  /** An entity named only in headings written in title case needs the text or the gazetteer to know it too. */
  'heading-evidence',
] as const;

export type EntityStep = (typeof ENTITY_STEPS)[number];

/** Internal options of extractEntities, for the bench. */
export interface EntityOptions {
  /** Steps to skip; none by default. */
  off?: ReadonlySet<EntityStep>;
}

/** Whether a step runs. */
export type StepSwitch = (step: EntityStep) => boolean;

/** Whether a step runs under these options and for a language that skips the steps in `skipped`. */
export function switchOf(
  options: EntityOptions | undefined,
  skipped: ReadonlySet<string> = new Set(),
): StepSwitch {
  const off = options?.off ?? new Set<EntityStep>();
  if (off.size === 0 && skipped.size === 0) return () => true;
  return (step) => !off.has(step) && !skipped.has(step);
}
