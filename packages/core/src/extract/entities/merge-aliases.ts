import { canonicalAgency } from '../../front-matter/agencies/canonical-agency';
import type { EntityWords } from '../../languages/types';
import type { Annotated } from '../../nlp/annotate';
import { isFirstName, lookupPlace } from '../../nlp/gazetteer';
import { genderOfGivenName } from '../../nlp/gazetteer/gender';
import { groupKey } from './classify-groups';
import { ACRONYM } from './constants';
import type { Mention } from './mention';
import { isAllCaps, nameKey } from './name-tokens';
import type { StepSwitch } from './steps';
import { UnionFind } from './union-find';

function initialsOf(text: string, e: EntityWords): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => w && !e.acronymSkip.has(w.toLowerCase()) && w[0] !== w[0]!.toLowerCase())
    .map((w) => w[0])
    .join('');
}

function stripParticle(word: string, e: EntityWords): string {
  const particle = e.surnameParticles.find((p) => word.toLowerCase().startsWith(p));
  return particle ? word.slice(particle.length) : word;
}

// The one key among `keys`, or null when the short form could belong to several names.
function only(keys: Set<string>): string | null {
  return keys.size === 1 ? [...keys][0]! : null;
}

/** The forms of a long name that a text may later use on their own, each with the rule that allows it. */
function shortForms(m: Mention, e: EntityWords): string[] {
  const words = m.text.split(/\s+/);
  if (words.length < 2) return [];
  const last = words.at(-1)!;
  if (m.type === 'PER') {
    const forms = [last, stripParticle(last, e)];
    // A language that writes a name's genitive with a bare ending ("Özils Interview", "Merkels Politik") uses the
    // surname and the full name so too; a name ending in a sibilant takes an apostrophe instead ("Grass'").
    if (e.genitiveEnding && !/[sßxz]$/u.test(last))
      forms.push(last + e.genitiveEnding, m.text + e.genitiveEnding);
    return forms;
  }
  if (m.type === 'LOC' && e.compassWords.has(words[0]!)) return [words.slice(1).join(' ')];
  if (m.type === 'ORG') {
    const forms = words.filter((w, i) => i > 0 && e.orgHeads.has(w));
    const rest = afterPlace(words);
    return rest ? [...forms, rest] : forms;
  }
  return [];
}

/**
 * What an organisation's name says after the place it opens with: "Cardinals" of "St. Louis Cardinals", "Maple
 * Leafs" of "Toronto Maple Leafs", "Times" of "New York Times", the form later sentences use alone. The longest
 * known place wins; the rest must still be capitalised.
 */
function afterPlace(words: readonly string[]): string | null {
  for (let k = words.length - 1; k >= 1; k--) {
    if (!lookupPlace(words.slice(0, k).join(' '))) continue;
    const rest = words.slice(k);
    return rest.every((w) => /^\p{Lu}/u.test(w)) ? rest.join(' ') : null;
  }
  return null;
}

// Two mentions of a name may name one referent unless the tagger gave them different types.
/**
 * A name's merge key with each word before the last folded to its adjective's base form, where the language
 * inflects one ("deutschen bank" → "deutsche bank"); the plain key elsewhere.
 */
function foldedKey(text: string, adjective: RegExp | undefined): string {
  const key = nameKey(text);
  if (!adjective) return key;
  const words = key.split(' ');
  for (let i = 0; i < words.length - 1; i++) words[i] = words[i]!.replace(adjective, '');
  return words.join(' ');
}

function compatible(a: Mention, b: Mention): boolean {
  if (a.type === b.type || a.type === 'MISC' || b.type === 'MISC') return true;
  // A full name of two words or more typed a person in one line and an organisation or a place in another
  // ("Aryna Sabalenka" in a results table, "Albu Kamal" in a headline) is one referent; the vote over its mentions
  // types it. One word ("Durham") may name two, and so may a place and an organisation ("New York" the city and
  // the team in a fixtures table).
  return a.first < a.last && (a.type === 'PER' || b.type === 'PER') && isName(a) && isName(b);
}

const isName = (m: Mention) => m.type === 'PER' || m.type === 'ORG' || m.type === 'LOC';

/**
 * Merges mentions of one referent: the same name; an acronym given in brackets ("Daesh (IS)"); an acronym made of
 * a name's initials ("UN"); a surname after the full name ("Zaatari"); a name without its compass word ("Ghouta");
 * an organisation's head word ("the Observatory"). Returns the set each mention belongs to.
 */
export function mergeAliases(
  doc: Annotated,
  mentions: readonly Mention[],
  on: StepSwitch = () => true,
): UnionFind {
  const sets = new UnionFind(mentions.length);
  const byKey = new Map<string, number>();
  // One name the tagger typed two ways names two referents ("Durham" the town and the county side, "CALIFORNIA" the
  // state in a fixtures table and the team): a vote that gave them one type lost 0.2 points on tune. A MISC
  // mention joins either.
  const byKeyAndType = new Map<string, number[]>();
  const adjective = doc.pack.story.entities.adjectiveEnding;
  // "Ms Corbett" after "Jason Corbett": a title of the other gender than the long name's given name names another
  // person of the family, and so does every mention with that title, even as the same word as his surname.
  const titles = doc.pack.story.quotes.genderedTitles;
  const titleBefore = (m: Mention) => {
    const w = doc.tokens[m.first - 1]?.text === '.' ? doc.tokens[m.first - 2] : doc.tokens[m.first - 1];
    return w ? (titles.get(w.text.toLowerCase()) ?? null) : null;
  };
  const givenGender = new Map<string, ReturnType<typeof genderOfGivenName>>();
  const surnameGenders = new Map<string, Set<string>>();
  // "Linda said" after "Linda Nolan": a first name alone, typed a person, is the one person named with it; when two
  // share it ("Hillary Clinton", "Hillary Duff") it stays apart, as a first name says less than a surname.
  const longByFirstName = new Map<string, Set<string>>();
  mentions.forEach((m) => {
    if (m.type !== 'PER' || m.describes !== undefined) return;
    const words = m.text.split(/\s+/);
    const key = foldedKey(m.text, adjective);
    const g = genderOfGivenName(words[0]!);
    givenGender.set(key, g);
    if (words.length < 2) return;
    if (g) {
      if (!surnameGenders.has(words.at(-1)!)) surnameGenders.set(words.at(-1)!, new Set());
      surnameGenders.get(words.at(-1)!)!.add(g);
    }
    // "LINDA Nolan said": a lead's first word may be set in capitals.
    const first = isAllCaps(words[0]!) ? words[0]![0] + words[0]!.slice(1).toLowerCase() : words[0]!;
    if (!isFirstName(first)) return;
    if (!longByFirstName.has(first)) longByFirstName.set(first, new Set());
    longByFirstName.get(first)!.add(key);
  });
  /** The title gender that keeps a one-word mention apart from a full name of the other gender, if any. */
  const apartBy = (m: Mention) => {
    if ((m.type !== 'PER' && m.type !== 'MISC') || m.text.includes(' ')) return null;
    const titled = titleBefore(m);
    const genders = titled ? surnameGenders.get(m.text) : undefined;
    return genders && [...genders].some((g) => g !== titled) ? titled : null;
  };
  mentions.forEach((m, i) => {
    if (m.describes !== undefined) return;
    const apart = apartBy(m);
    const key =
      m.type === 'GROUP'
        ? `group:${groupKey(m.text, doc.pack.story.entities)}`
        : `${foldedKey(m.text, adjective)}${apart ? ` (${apart})` : ''}`;
    if (!byKey.has(key)) byKey.set(key, i);
    const seen = byKeyAndType.get(key) ?? [];
    const match = seen.find((j) => compatible(mentions[j]!, m));
    if (match === undefined) byKeyAndType.set(key, [...seen, i]);
    else sets.union(match, i);
  });
  const groups = (i: number) => mentions[i]!.type === 'GROUP';
  mentions.forEach((m, i) => {
    const target = m.describes === undefined ? undefined : byKey.get(foldedKey(m.describes, adjective));
    if (target !== undefined) sets.union(target, i);
  });

  // "Daesh (IS)": the bracketed acronym right after a name.
  const byFirst = new Map(mentions.map((m, i) => [m.first, i]));
  mentions.forEach((m, i) => {
    if (!on('merge-bracket-acronym')) return;
    // One lower-case word may stand between: "Islamic State group (IS)".
    const at = doc.tokens[m.last + 1]?.text === '(' ? m.last + 1 : m.last + 2;
    if (doc.tokens[at]?.text !== '(' || doc.tokens[at + 2]?.text !== ')') return;
    if (at === m.last + 2 && doc.tokens[m.last + 1]!.text !== doc.tokens[m.last + 1]!.text.toLowerCase())
      return;
    const inner = byFirst.get(at + 1);
    // "Mike Pence (R-IN)" gives a party and state, not another name.
    if (doc.tokens[at + 1]!.text.includes('-')) return;
    if (inner === undefined || groups(inner) || groups(i)) return;
    // "Carl Ruiz ( Italy )": a results table's country beside a name is another entity, not its acronym.
    const other = mentions[inner]!;
    if (!ACRONYM.test(other.text) || (other.type !== 'MISC' && other.type !== m.type)) return;
    // "ROMA (ANSA)", "Jane Doe (AP)": a wire agency in brackets credits the story; it is the name's own acronym only
    // when the name is that agency's ("Agence France-Presse (AFP)").
    const agency = canonicalAgency(other.text);
    if (agency !== null && canonicalAgency(m.text) !== agency) return;
    sets.union(i, inner);
  });

  // Each mention's short forms, once: both passes below read them (an organisation's costs gazetteer lookups).
  const formsOf = mentions.map((m) =>
    m.type === 'GROUP' || m.describes !== undefined ? [] : shortForms(m, doc.pack.story.entities),
  );
  const longByForm = new Map<string, Set<string>>();
  const longByInitials = new Map<string, Set<string>>();
  mentions.forEach((m, i) => {
    if (m.type === 'GROUP' || m.describes !== undefined) return;
    for (const form of formsOf[i]!) {
      if (!longByForm.has(form)) longByForm.set(form, new Set());
      longByForm.get(form)!.add(foldedKey(m.text, adjective));
    }
    const initials = initialsOf(m.text, doc.pack.story.entities);
    if (initials.length >= 2 && m.text.includes(' ')) {
      if (!longByInitials.has(initials)) longByInitials.set(initials, new Set());
      longByInitials.get(initials)!.add(foldedKey(m.text, adjective));
    }
  });
  mentions.forEach((m, i) => {
    if (m.type !== 'PER' || m.describes !== undefined || !on('merge-first-names')) return;
    // "Scott" after "Tim Scott" and "Scott Walker" is a surname first: the short forms below read it.
    if (longByForm.has(m.text)) return;
    const keys = longByFirstName.get(m.text);
    const key = keys && only(keys);
    const target = key ? byKey.get(key) : undefined;
    if (target !== undefined) sets.union(target, i);
  });
  // A short form several long names share ("Clinton" after "Hillary Clinton" and "Bill Clinton") goes to the one
  // the text named last before it; before any of them it stays apart. Filled in as the scan passes each name.
  const latestByForm = new Map<string, string>();
  mentions.forEach((m, i) => {
    if (m.type === 'GROUP' || m.describes !== undefined) return;
    const titled = m.type === 'PER' || m.type === 'MISC' ? titleBefore(m) : null;
    const found = on('merge-short-forms') ? longByForm.get(m.text) : undefined;
    const fits = (k: string) => (givenGender.get(k) ?? titled) === titled;
    const viaForm = found && titled ? new Set([...found].filter(fits)) : found;
    const viaInitials =
      on('merge-initials') && isAllCaps(m.text) && !m.text.includes(' ')
        ? longByInitials.get(m.text)
        : undefined;
    for (const keys of [viaForm, viaInitials]) {
      const latest = keys === viaForm ? latestByForm.get(m.text) : undefined;
      const key = keys && (only(keys) ?? (latest && (!titled || fits(latest)) ? latest : undefined));
      const target = key === null || key === undefined ? undefined : byKey.get(key);
      if (target !== undefined && !groups(target)) sets.union(target, i);
    }
    for (const form of formsOf[i]!) latestByForm.set(form, foldedKey(m.text, adjective));
  });
  return sets;
}
