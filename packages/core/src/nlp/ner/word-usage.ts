// How a language's unlabelled text writes each word, packed into a few classes per word for the tagger's
// wordUsage features (lexicon.ts). German capitalises every noun, so capitalisation cannot tell "Regierung" from
// "Röttgen"; a word that text writes after "eine" or "seine neue" is a common noun, and a word other languages'
// labelled sets hold in a name is likely one here. build-clusters.ts counts them and ships only hashText of each
// word with its packed classes.

/** A packed usage (packUsage): case and article classes in the low byte, the name class above it. */
export const USAGE_CASE_MASK = 0xff;
export const USAGE_NAME_SHIFT = 8;

/** The words before a capitalised word that show it is a common noun, and the definite articles. */
export interface UsageCues {
  /** Indefinite articles, possessives, "kein": "eine Regierung", "seine Frau". */
  common: ReadonlySet<string>;
  /** Definite articles: "die Regierung", but also "die SPD", "der Bundestag". */
  definite: ReadonlySet<string>;
  /** Endings of an inflected adjective after an article ("eine neue Regierung", "der neuen Regierung"). */
  adjectiveEndings: readonly string[];
}

/** One word's counts. */
export interface UsageCounts {
  /** Times met after a sentence's first word. */
  inside: number;
  /** Of those, written in lower case. */
  lower: number;
  /** Of those capitalised, after a `common` cue or an article + adjective. */
  common: number;
  /** Of those capitalised, right after a definite article. */
  definite: number;
  /** Times met in the labelled sets that count names (other languages'), and inside a PER, ORG or LOC name there. */
  labelled: number;
  names: [number, number, number];
}

export function emptyUsage(): UsageCounts {
  return { inside: 0, lower: 0, common: 0, definite: 0, labelled: 0, names: [0, 0, 0] };
}

const isCapital = (w: string) => w !== w.toLowerCase() && w[0] !== w[0]!.toLowerCase();

/** Adds one sentence's words to `counts` (keys: lower case). */
export function countUsage(
  words: readonly string[],
  cues: UsageCues,
  counts: Map<string, UsageCounts>,
): void {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    if (!/\p{L}/u.test(w)) continue;
    let c = counts.get(lower);
    if (!c) {
      c = emptyUsage();
      counts.set(lower, c);
    }
    c.inside++;
    if (w === lower) {
      c.lower++;
      continue;
    }
    if (!isCapital(w)) continue;
    const prev = words[i - 1]!.toLowerCase();
    const before = i > 1 ? words[i - 2]!.toLowerCase() : '';
    const adjective =
      prev === words[i - 1] &&
      cues.adjectiveEndings.some((e) => prev.endsWith(e)) &&
      (cues.common.has(before) || cues.definite.has(before));
    if (cues.common.has(prev) || adjective) c.common++;
    else if (cues.definite.has(prev)) c.definite++;
  }
}

/** Adds a labelled sentence's words to `counts`: how often each word is met there, and inside which type of name. */
export function countNames(
  words: readonly string[],
  spans: readonly { start: number; end: number; type: string }[],
  counts: Map<string, UsageCounts>,
): void {
  const types = new Array<number>(words.length).fill(-1);
  for (const s of spans) {
    const t = ['PER', 'ORG', 'LOC'].indexOf(s.type);
    for (let k = s.start; k < s.end; k++) types[k] = t;
  }
  words.forEach((w, i) => {
    const lower = w.toLowerCase();
    let c = counts.get(lower);
    if (!c) {
      c = emptyUsage();
      counts.set(lower, c);
    }
    c.labelled++;
    if (types[i]! >= 0) c.names[types[i]!]!++;
  });
}

// A share in four classes: 1 never, 2 under `low`, 3 under `high`, 4 at least `high`; 0 too few to tell.
function share(part: number, whole: number, low: number, high: number): number {
  if (whole < 2) return 0;
  if (part === 0) return 1;
  return part / whole < low ? 2 : part / whole < high ? 3 : 4;
}

/**
 * A word's packed classes: its case and article classes in the low byte (lower-case share × 25 + common-noun cue
 * share × 5 + definite-article share), its name class above it (USAGE_NAME_SHIFT): the type its names hold most
 * in the labelled sets (1 PER, 2 ORG, 3 LOC) × 16 + the share of its occurrences there inside a name × 2 + whether
 * it was met at least 3 times; 0 where the labelled sets never meet it.
 */
export function packUsage(c: UsageCounts): number {
  const capital = c.inside - c.lower;
  const low =
    share(c.lower, c.inside, 0.05, 0.5) * 25 +
    share(c.common, capital, 0.05, 0.2) * 5 +
    share(c.definite, capital, 0.1, 0.3);
  const named = c.names[0] + c.names[1] + c.names[2];
  let type = 0;
  for (let t = 1; t < 3; t++) if (c.names[t]! > c.names[type]!) type = t;
  const high = c.labelled
    ? (named ? 1 + type : 0) * 16 +
      share(named, Math.max(c.labelled, 2), 0.5, 0.9) * 2 +
      (c.labelled >= 3 ? 1 : 0)
    : 0;
  return low | (high << USAGE_NAME_SHIFT);
}
