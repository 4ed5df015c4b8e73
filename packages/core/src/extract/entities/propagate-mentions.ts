import type { Annotated } from '../../nlp/annotate';
import type { Mention } from './mention';
import { isAllCaps, isNameToken } from './name-tokens';
import type { StepSwitch } from './steps';

/**
 * A form is not spread when the tagger passed it over more than this many times for each time it found it: it
 * found "Barragán" once of three, and the other two are the name all the same.
 */
const PASSED_OVER_SHARE = 4;

/** A mention with the entity (set root) it belongs to. */
export interface Placed {
  mention: Mention;
  entity: number;
}

type Form = { words: string[]; entity: number; caps: boolean; key: string };

// Shared empty lists for tokens no form starts at and for tokens no mention covers: most tokens.
const NO_FORMS: readonly Form[] = [];
const NO_PLACED: readonly Placed[] = [];

/** Whether the text writes `words` from token i on. */
function writesAt(tokens: Annotated['tokens'], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.text !== words[k]) return false;
  return true;
}

/**
 * Every other place the text writes a name already found becomes a mention of it too (the tagger may miss one
 * occurrence of many): same words, or the same in capitals ("DEIR EZZOR"). A form two entities share is skipped.
 */
export function propagateMentions(
  doc: Annotated,
  placed: readonly Placed[],
  on: StepSwitch = () => true,
): Placed[] {
  const { tokens } = doc;
  const forms = new Map<string, { words: string[]; entity: number | null; found: number; written: number }>();
  for (const { mention: m, entity } of placed) {
    if (m.describes !== undefined || m.type === 'GROUP' || !isNameToken(tokens[m.first])) continue;
    const words = tokens.slice(m.first, m.last + 1).map((t) => t.text);
    const key = words.join(' ');
    const known = forms.get(key);
    if (!known) forms.set(key, { words, entity, found: 1, written: 0 });
    else {
      known.found++;
      if (known.entity !== entity) known.entity = null;
    }
  }
  // A person's surname in capitals ("CLINTON SAYS …" over a story about Bill Clinton): a headline names a person by
  // the surname, and the tagger seldom reads one word in capitals as a name. Only in capitals: in running text a
  // bare surname is the tagger's to find, and a surname two people share is no one's.
  const surnames = new Map<string, number | null>();
  if (on('propagate-surnames'))
    for (const { mention: m, entity } of placed) {
      const last = tokens[m.last]!;
      if (m.type !== 'PER' || m.describes !== undefined || m.last === m.first || !isNameToken(last)) continue;
      if (last.text.length < 3 || isAllCaps(last.text)) continue;
      const known = surnames.get(last.text);
      surnames.set(last.text, known === undefined || known === entity ? entity : null);
    }
  const capsOnly = new Set<string>();
  for (const [surname, entity] of surnames) {
    if (entity === null || forms.has(surname)) continue;
    forms.set(surname, { words: [surname], entity, found: 1, written: 0 });
    capsOnly.add(surname);
  }
  const byFirstWord = new Map<string, Form[]>();
  for (const [key, { words, entity }] of forms) {
    if (entity === null) continue;
    for (const caps of capsOnly.has(key) ? [true] : [false, true]) {
      const w = caps ? words.map((x) => x.toUpperCase()) : words;
      if (caps && w.join(' ') === words.join(' ')) continue;
      const list = byFirstWord.get(w[0]!) ?? [];
      list.push({ words: w, entity, caps, key });
      byFirstWord.set(w[0]!, list);
    }
  }
  // How often the text writes each form as it was found. A form the tagger read as a name once and passed over
  // many times ("Tent" heading a venue listing twenty times) is a word the document uses as no name: the tagger's
  // many readings outvote its one.
  for (let i = 0; i < tokens.length; i++)
    for (const c of byFirstWord.get(tokens[i]!.text) ?? NO_FORMS)
      if (!c.caps && writesAt(tokens, i, c.words)) forms.get(c.key)!.written++;
  const outvoted = (c: Form) => {
    const f = forms.get(c.key)!;
    return f.found * PASSED_OVER_SHARE < f.written - f.found;
  };
  // Mentions indexed by the tokens they cover, so each check looks at its own tokens only: scanning every
  // mention per token was quadratic on a long line of capitalised words (bench/scaling.ts).
  const live = new Set<Placed>(placed);
  const at: Placed[][] = [];
  const index = (p: Placed) => {
    for (let k = p.mention.first; k <= p.mention.last; k++) {
      const list = at[k] ?? [];
      list.push(p);
      at[k] = list;
    }
  };
  for (const p of placed) index(p);
  const overlapping = (first: number, last: number): Set<Placed> => {
    const found = new Set<Placed>();
    for (let k = first; k <= last; k++) for (const p of at[k] ?? NO_PLACED) if (live.has(p)) found.add(p);
    return found;
  };
  // Whether a live mention over tokens first..last runs past them (checked before any set is built: most known
  // forms the loop meets are the mentions themselves).
  const clashes = (first: number, last: number): boolean => {
    for (let k = first; k <= last; k++)
      for (const p of at[k] ?? NO_PLACED)
        if (live.has(p) && (p.mention.first < first || p.mention.last > last)) return true;
    return false;
  };
  const sample = new Map(placed.map((p) => [p.entity, p.mention.type]));
  // The words the text writes in lower case, gathered once and only if a word in capitals needs them.
  let lower: Set<string> | null = null;
  const writesLower = (word: string): boolean => {
    if (!lower) {
      lower = new Set();
      for (const t of tokens) if (t.text === t.lower) lower.add(t.lower);
    }
    return lower.has(word);
  };
  // The first mention's text per entity, looked up once rather than searched per token.
  const firstText = new Map<number, string>();
  for (const p of placed) if (!firstText.has(p.entity)) firstText.set(p.entity, p.mention.text);
  for (let i = 0; i < tokens.length; i++) {
    const candidates = byFirstWord.get(tokens[i]!.text);
    if (!candidates) continue;
    let best: Form | null = null;
    for (const c of candidates) {
      if ((best && c.words.length <= best.words.length) || !writesAt(tokens, i, c.words)) continue;
      // A longer known name may replace shorter mentions inside it ("DEIR" in "DEIR EZZOR"), never overlap one.
      if (!clashes(i, i + c.words.length - 1)) best = c;
    }
    if (!best || outvoted(best)) continue;
    const last = i + best.words.length - 1;
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    const text = doc.body.text.slice(start, end);
    // One word in capitals is the name only if the text never writes it in lower case: "PAKISTAN" in a shouted
    // headline, but not "MAY" or "WILL".
    if (
      best.words.length === 1 &&
      isAllCaps(text) &&
      !isAllCaps(firstText.get(best.entity) ?? '') &&
      (!on('propagate-capitals') || text.length < 4 || writesLower(text.toLowerCase()))
    )
      continue;
    const within = overlapping(i, last);
    // The tagger's own reading of this very span stands, whichever entity it gave it: spreading fills the
    // occurrences it missed and never retypes one it read ("NEW YORK" in a dateline, read as the place, is not
    // the team a results line calls "New York").
    let same = false;
    for (const p of within) if (p.mention.first === i && p.mention.last === last) same = true;
    if (same) continue;
    for (const p of within) live.delete(p);
    const type = sample.get(best.entity) ?? 'MISC';
    const added: Placed = { mention: { start, end, text, first: i, last, type }, entity: best.entity };
    live.add(added);
    index(added);
    i = last;
  }
  return [...live].sort((a, b) => a.mention.start - b.mention.start);
}
