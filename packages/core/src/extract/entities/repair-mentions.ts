import { canonicalAgency } from '../../front-matter/agencies/canonical-agency';
import type { Annotated } from '../../nlp/annotate';
import { countryOfDemonym, isFirstName, isUsState, lookupPlace } from '../../nlp/gazetteer/index';
import { ACRONYM, PARTY_STATE, PERSON_PARTICLES, TITLE_CASE_SHARE } from './constants';
import { cutAtBrackets, loneBrackets } from './cut-at-brackets';
import { type Mention, mentionOf } from './mention';
import { isAllCaps, isNameToken } from './name-tokens';
import type { StepSwitch } from './steps';

const word0 = (m: Mention) => m.text.toLowerCase();

// "Governor Pence": a person's title tagged into an organisation or place name.
function splitTitle(doc: Annotated, m: Mention): Mention {
  const words = m.text.split(/\s+/);
  if (
    words.length < 2 ||
    !doc.pack.story.entities.personTitles.has(words[0]!.toLowerCase()) ||
    doc.pack.story.entities.orgHeads.has(words.at(-1)!)
  )
    return m;
  let first = m.first;
  while (first < m.last && doc.pack.story.entities.titleWords.has(doc.tokens[first]!.text.toLowerCase()))
    first++;
  return { ...mentionOf(doc, first, m.last, 'PER'), sure: true };
}

// The period of an initial or abbreviation, which the tokeniser splits off ("P." in "P. Simmons", "U.S.").
function isGluedPeriod(doc: Annotated, i: number): boolean {
  const t = doc.tokens[i];
  const before = doc.tokens[i - 1];
  return t?.text === '.' && !!before && before.end === t.start && isNameToken(before);
}

// A lower-case verb form, which no name holds: "Rami Abdel Rahman told AFP", "Smith said", and the auxiliary of a
// cue ("le Conseil constitutionnel a déclaré").
function isVerbForm(doc: Annotated, word: string): boolean {
  const { quotes, dates } = doc.pack.story;
  return (
    quotes.cueVerbs.has(word) ||
    quotes.cueAuxiliaries.has(word) ||
    dates.pastVerbs.has(word) ||
    (dates.regularPast.test(word) && !dates.notPast.has(word))
  );
}

/**
 * Cuts a tagged run at verbs, which cannot be in a name: "Rami Abdel Rahman told AFP" → "Rami Abdel Rahman",
 * "AFP". Other lower-case words, numbers and punctuation inside the run stay: the tagger read them as part of the
 * name ("Star magazine", "FTSE 100", "Goldman, Sachs and Co"); cutting there lost 0.85 points on tune. In a
 * title-case line the tagger runs names together, so a function word cuts there too ("Tours in Iceland").
 */
function cutAtVerbs(doc: Annotated, m: Mention, titleCase: boolean): Mention[] {
  const { tokens } = doc;
  const e = doc.pack.story.entities;
  const out: Mention[] = [];
  let from = -1;
  const close = (to: number) => {
    let last = to;
    // Trailing punctuation goes; a trailing word or number the tagger took in stays ("Star magazine", "FTSE 100").
    // A closing bracket the piece opened is part of the name ("Dadabhoy Investment (Pvt) Ltd", "Buducnost (P)").
    const dangling = (k: number) =>
      (!/[\p{L}\p{N}]/u.test(tokens[k]!.text) && !closesInside(k)) ||
      (tokens[k]!.text === tokens[k]!.lower && e.nameJoiners.has(tokens[k]!.lower));
    const closesInside = (k: number) =>
      (tokens[k]!.text === ')' || tokens[k]!.text === ']') &&
      !loneBrackets((i) => tokens[i]!.text, from, k).includes(k);
    while (last > from && dangling(last) && !isGluedPeriod(doc, last)) last--;
    const piece = mentionOf(doc, from, last, out.length ? 'MISC' : m.type);
    // A lone title ("Governor"), a word like "Well" or a lone name joiner is no name: the packs keep their
    // joiners out of notNames so that they can stand inside a name, and a sentence's capitalised article is left
    // alone when a cut takes the rest of the run away ("El | piloto alemán Heinz-Harald").
    const lone =
      from === last &&
      (e.notNames.has(word0(piece)) ||
        e.titleWords.has(word0(piece)) ||
        e.nameJoiners.has(word0(piece)) ||
        PARTY_STATE.test(piece.text));
    if (!lone) out.push(out.length ? { ...piece, guessed: true } : piece);
    from = -1;
  };
  for (let i = m.first; i <= m.last; i++) {
    const t = tokens[i]!;
    const lower = t.text === t.lower;
    // A comma, colon or quotation mark ends the run, and so does a lower-case word after "and" or a comma: on real
    // pages the tagger runs on ("Federation services, Samus", "Certification Program and boost", "Tempête Ciaran :
    // Pluie" in a headline).
    const prev = tokens[i - 1]?.lower ?? '';
    const cuts =
      /^["“”,;:]$/.test(t.text) ||
      (lower &&
        (isVerbForm(doc, t.lower) ||
          (titleCase && e.notNames.has(t.lower)) ||
          ((prev === 'and' || prev === ',') && !e.nameJoiners.has(t.lower))));
    if (cuts) {
      if (from >= 0) close(i - 1);
      continue;
    }
    if (from >= 0) continue;
    // In a title-case line a capitalised function word opens no name ("In Iceland"), though an initial ("A.
    // Stewart") and a "The" the tagger took in ("The Oval") do. Elsewhere the tagger's run keeps its first word
    // ("First Alliance"); a lone "Well" or "About" is dropped below.
    const dropped =
      titleCase &&
      e.notNames.has(t.lower) &&
      !isGluedPeriod(doc, i + 1) &&
      !(t.lower === 'the' && i < m.last);
    // A language's lower-case name openers stay when the tagger's run opens with them ("calle Grazalema").
    const opener = i === m.first && e.nameOpeners.has(t.lower);
    if (!dropped && (isNameToken(t) || opener)) from = i;
  }
  if (from >= 0) close(m.last);
  return out;
}

// Widens a mention the tagger did not read as an organisation to the capitalised phrase around it when that
// phrase ends in an organisation word ("Japanese Food Agency"). The tagger's organisations keep their bounds:
// widening them ("Bestop Inc of Boulder", "Algerian Islamic Salvation Front") lost 0.3 points on tune.
function widenToHead(doc: Annotated, m: Mention, organisations: ReadonlySet<number>): Mention {
  if (m.type === 'ORG' && !m.guessed) return m;
  const { tokens } = doc;
  const e = doc.pack.story.entities;
  const sentence = tokens[m.first]!.sentence;
  const inSentence = (i: number) => tokens[i]?.sentence === sentence;
  let first = m.first;
  let last = m.last;
  // Never over an organisation the tagger read: "Algerian" + "Islamic Salvation Front" stay apart.
  const free = (i: number) => inSentence(i) && !organisations.has(i);
  const widensLeft = (i: number) => free(i) && isNameToken(tokens[i]) && !e.notNames.has(tokens[i]!.lower);
  while (widensLeft(first - 1) && tokens[first - 1]!.end < tokens[first]!.start) first--;
  // Rightwards over capitalised words and joiners, to the last organisation word: "Syrian Observatory for Human
  // Rights", but "Bestop Inc" of Boulder.
  let head = -1;
  for (let i = m.first; i <= m.last; i++) if (e.orgHeads.has(tokens[i]!.text)) head = i;
  for (;;) {
    if (free(last + 1) && isNameToken(tokens[last + 1])) last++;
    else if (
      free(last + 2) &&
      m.type !== 'PER' &&
      e.nameJoiners.has(tokens[last + 1]!.text) &&
      tokens[last + 1]!.text !== 'and' &&
      isNameToken(tokens[last + 2])
    )
      last += 2;
    else break;
    if (e.orgHeads.has(tokens[last]!.text)) head = last;
  }
  if (head < m.last || (first === m.first && head === m.last)) return m;
  last = head;
  return mentionOf(doc, first, last, 'ORG');
}

function hasPlacePreposition(doc: Annotated, m: Mention): boolean {
  const before = doc.tokens[m.first - 1];
  return (
    before?.sentence === doc.tokens[m.first]!.sentence &&
    doc.pack.story.entities.placePrepositions.has(before.text)
  );
}

// A place noun naming the mention: "the city of X", "its largest city, X" (before it), "X province" (after it).
function placeNounCue(doc: Annotated, m: Mention): 'before' | 'after' | null {
  const t = (i: number) => doc.tokens[i]?.text.toLowerCase() ?? '';
  const nouns = doc.pack.story.entities.placeNouns;
  if ((t(m.first - 1) === 'of' || t(m.first - 1) === ',') && nouns.has(t(m.first - 2))) return 'before';
  const next = doc.tokens[m.last + 1];
  return next && next.text === next.lower && nouns.has(next.text) ? 'after' : null;
}

// Each sentence's answer, once per document: asked afresh for every mention, one long sentence of datelines
// ("WASHINGTON (AP) — " repeated, no sentence end) was read once per mention in it, quadratic (bench/scaling.ts).
const shouted = new WeakMap<Annotated, Map<number, boolean>>();

// Whether the mention's whole sentence is in capitals, as a shouted headline is.
function isShoutedSentence(doc: Annotated, m: Mention): boolean {
  const index = doc.tokens[m.first]!.sentence;
  const sentence = doc.sentences[index];
  if (!sentence) return m.text === m.text.toUpperCase();
  let known = shouted.get(doc);
  if (!known) {
    known = new Map();
    shouted.set(doc, known);
  }
  let answer = known.get(index);
  if (answer === undefined) {
    const text = doc.body.text.slice(sentence.start, sentence.end);
    answer = text === text.toUpperCase();
    known.set(index, answer);
  }
  return answer;
}

// Re-types a mention from its own words and its context, where the CoNLL-trained tagger is least sure.
function retype(doc: Annotated, m: Mention, on: StepSwitch, personal: ReadonlySet<string>): Mention {
  const e = doc.pack.story.entities;
  const words = m.text.split(/\s+/);
  const lastWord = words.at(-1)!;
  const sure = (type: Mention['type']): Mention => ({ ...m, type, sure: true });
  // The tagger read the context: a gazetteer place, a head word or a place cue only types what it left untyped,
  // or confirms what it agrees with ("Durham 114" is a county side, "Ian Tomas ( Italy )" a rider). Its MISC is a
  // type too ("South Korean", "Major League", "Serb"): turning those into places or organisations lost points on
  // tune. A dateline ("DETROIT (AP) —") is a form the CoNLL-trained tagger never saw, so there the words decide.
  const weak = isAllCaps(m.text) && doc.tokens[m.last + 1]?.text === '(' && !isShoutedSentence(doc, m);
  const free = m.guessed || weak;
  const agrees = (type: Mention['type']) => m.type === type || free;
  const demonym = () =>
    !!countryOfDemonym(m.text) || words.some((w) => countryOfDemonym(w) || e.groupWords.has(w));
  const heads = on('retype-heads');
  // "Consiglio politico di Hamas": a person's name holds no lower-case word but its particles. The tagger's
  // person is then no name it can vouch for (the Romance model reads Italian institutions so); as MISC it lists
  // nothing, and "Hamas" stays a name of its own rather than that person's surname.
  if (m.type === 'PER' && holdsCommonWord(doc, m)) return { ...m, type: 'MISC' };
  if (heads && e.knownOrganizations.has(m.text)) return sure('ORG');
  // "ROMA (ANSA) -": a wire agency in brackets after a shouted name is a dateline, and a dateline names a place,
  // whatever the tagger (and a gazetteer of English names, which holds "Rome") made of the city.
  if (weak && isBracketedAgency(doc, m.last + 1)) return sure('LOC');
  // A place's head word or compass word types the tagger's MISC too ("Euphrates River", "Eastern Ghouta"), but
  // not a demonym ("South Korean") or the tagger's organisation ("Central Bank").
  const place = agrees('LOC') || m.type === 'MISC';
  if (heads && e.locHeads.has(lastWord) && place) return sure('LOC');
  if (heads && words.length > 1 && e.compassWords.has(words[0]!) && place && !demonym()) return sure('LOC');
  if (on('retype-gazetteer') && lookupPlace(m.text) && agrees('LOC')) return sure('LOC');
  // A place's name before a capitalised title ("Texas Governor Greg Abbott") is the place the office belongs to,
  // whatever the tagger read into the run (it reads "Texas Governor" as an organisation's name).
  const next = doc.tokens[m.last + 1];
  if (
    on('split-place-title') &&
    (m.type === 'ORG' || m.type === 'MISC') &&
    next &&
    next.text !== next.lower &&
    e.titleWords.has(next.lower) &&
    (lookupPlace(m.text) || isUsState(m.text))
  )
    return sure('LOC');
  // A place's name the tagger read as MISC because it modifies a noun ("the so-called Astana peace talks", "the
  // Minsk agreement") still names the place (the seed article's gold).
  if (
    on('retype-gazetteer') &&
    m.type === 'MISC' &&
    m.first === m.last &&
    lookupPlace(m.text) &&
    !demonym()
  ) {
    if (
      next &&
      next.sentence === doc.tokens[m.last]!.sentence &&
      next.text === next.lower &&
      /^\p{L}/u.test(next.text)
    )
      return sure('LOC');
  }
  // No person's name ends in "Agency" or "Ministry": there the head word overrides the tagger's person.
  const personWithHead = m.type === 'PER' && words.length > 1;
  if (heads && e.orgHeads.has(lastWord) && (agrees('ORG') || personWithHead)) return sure('ORG');
  if (on('retype-title-cue') && hasTitleCue(doc, m) && !isFirstName(lastWord)) return sure('PER');
  // A place noun names a place ("Ghouta's largest city, Douma", "the Eastern Ghouta region"), whatever the tagger
  // read, unless the text names that person in full ("spokesman Steve Conroy … the region, Conroy said"). "in" or
  // "at" comes before clubs and firms as well ("at Leeds"): it only types what the tagger left untyped. The
  // tagger's MISC before a place noun is an adjective: "the Bosnian town of", "this Sicilian city".
  if (!on('retype-place-cue')) return m;
  const cue = placeNounCue(doc, m);
  const cued =
    cue === 'before' ||
    (cue === 'after' && m.type !== 'MISC') ||
    (agrees('LOC') && hasPlacePreposition(doc, m));
  if (!cued || demonym()) return m;
  const person = m.type === 'PER' && (personal.has(lastWord) || (words.length > 1 && isFirstName(words[0]!)));
  if (!person) return sure('LOC');
  return m;
}

/**
 * A lower-case word between a run's capitalised words that is no particle of people's names: "politico" in
 * "Consiglio politico di Hamas". A name ending in lower case is left alone: CoNLL-2002 writes "Pu shenfu".
 */
function holdsCommonWord(doc: Annotated, m: Mention): boolean {
  let common = false;
  for (let i = m.first + 1; i <= m.last; i++) {
    const t = doc.tokens[i]!;
    if (t.text !== t.lower) {
      if (common) return true;
    } else if (/^\p{L}+$/u.test(t.text) && !PERSON_PARTICLES.has(t.text)) common = true;
  }
  return false;
}

/** Whether the tokens from `open` are a wire agency in brackets: "(ANSA)", "(dpa)", "(Reuters)". */
function isBracketedAgency(doc: Annotated, open: number): boolean {
  const { tokens } = doc;
  return (
    tokens[open]?.text === '(' &&
    tokens[open + 2]?.text === ')' &&
    canonicalAgency(tokens[open + 1]!.text) !== null
  );
}

// "company spokesman Steve Conroy": a lower-case title right before the name, in its sentence. After an article
// the word is an adjective as often ("the official Antara news agency").
function hasTitleCue(doc: Annotated, m: Mention): boolean {
  const before = doc.tokens[m.first - 1];
  if (!before || before.sentence !== doc.tokens[m.first]!.sentence || before.text !== before.lower)
    return false;
  if (!doc.pack.story.entities.titleWords.has(before.lower)) return false;
  const article = doc.tokens[m.first - 2];
  return !(
    article &&
    article.sentence === before.sentence &&
    doc.pack.story.quotes.determiners.has(article.lower)
  );
}

// An acronym the text gives in brackets after a name: "Daesh (IS)", "Islamic State group (IS)". Not in a table
// of capitals, where the brackets hold a month or a code ("LONG GILT ( SEP )"): that lost 0.2 points on tune.
function findBracketAcronyms(doc: Annotated, mentions: readonly Mention[]): Mention[] {
  const { tokens } = doc;
  const found: Mention[] = [];
  // A set, not mentions.some(): "WASHINGTON (AP) —" repeated made that scan quadratic (bench/scaling.ts).
  const starts = new Set(mentions.map((x) => x.first));
  for (const m of mentions) {
    if (isAllCaps(m.text)) continue;
    let i = m.last + 1;
    while (i < tokens.length && i <= m.last + 2 && tokens[i]!.text === tokens[i]!.text.toLowerCase()) {
      if (tokens[i]!.text === '(') break;
      i++;
    }
    const inner = tokens[i + 1];
    if (tokens[i]?.text !== '(' || tokens[i + 2]?.text !== ')' || !inner || !ACRONYM.test(inner.text))
      continue;
    if (starts.has(i + 1) || doc.pack.page.monthAbbreviations[inner.lower] !== undefined) continue;
    found.push({ ...mentionOf(doc, i + 1, i + 1, 'MISC'), guessed: true });
  }
  return found;
}

// Well-known organisations the tagger missed ("told AFP"): single-token names from the list, outside
// shouted text where "WHO" or "IS" are ordinary words.
function findKnownOrganizations(doc: Annotated, covered: ReadonlySet<number>): Mention[] {
  const { tokens, sentences, body } = doc;
  const found: Mention[] = [];
  // Once per sentence, not per token: one long sentence made the per-token check quadratic (bench/scaling.ts).
  const shouted = new Map<number, boolean>();
  const isShouted = (n: number): boolean => {
    let v = shouted.get(n);
    if (v === undefined) {
      const sentence = sentences[n];
      const text = sentence ? body.text.slice(sentence.start, sentence.end) : '';
      v = text === text.toUpperCase();
      shouted.set(n, v);
    }
    return v;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered.has(i) || !doc.pack.story.entities.knownOrganizations.has(t.text)) continue;
    if (isShouted(t.sentence)) continue;
    found.push({ ...mentionOf(doc, i, i, 'ORG'), sure: true, guessed: true });
  }
  return found;
}

// Names the tagger missed after a place noun: "the village of Suway'iah".
function findCuedPlaces(doc: Annotated, covered: ReadonlySet<number>): Mention[] {
  const { tokens } = doc;
  const found: Mention[] = [];
  for (let i = 2; i < tokens.length; i++) {
    if (covered.has(i) || !isNameToken(tokens[i]) || tokens[i - 1]!.text !== 'of') continue;
    if (!doc.pack.story.entities.placeNouns.has(tokens[i - 2]!.text)) continue;
    let last = i;
    while (isNameToken(tokens[last + 1]) && !covered.has(last + 1)) last++;
    found.push({ ...mentionOf(doc, i, last, 'LOC'), sure: true, guessed: true });
  }
  return found;
}

// "Mevlut Cavusoglu and Iran's Mohammad Javad Zarif": a full name listed beside a person's is a person's, unless it
// holds a demonym ("Biljana Plavsic and Bosnian Serb opposition leaders").
function typeListedPeople(doc: Annotated, mentions: Mention[]): void {
  const e = doc.pack.story.entities;
  for (let k = 1; k < mentions.length; k++) {
    const b = mentions[k]!;
    const possessor = doc.tokens[b.first - 1]?.text === "'s" && mentions[k - 1]!.last === b.first - 2;
    const a = possessor ? mentions[k - 2] : mentions[k - 1];
    if (!a) continue;
    const between = doc.tokens.slice(a.last + 1, b.first).map((t) => t.text);
    if (!/^(?:,|and|, and)(?: \p{Lu}\S* 's)?$/u.test(between.join(' '))) continue;
    // The tagger's MISC is a type of its own ("Bosnian Serb"): only its organisations and places are re-read.
    if (a.type === 'PER' && listedPerson(b, e, false)) mentions[k] = { ...b, type: 'PER' };
    // "Joaquin Phoenix and Renee Zellweger": the name listed first, when it opens with a given name.
    else if (b.type === 'PER' && !possessor && listedPerson(a, e, true))
      mentions[k - 1] = { ...a, type: 'PER' };
  }
}

// Whether an organisation or a place the tagger typed, listed beside a person, is a person's full name. "George
// Papas , Athens Newsroom": a run holding a place's name or an organisation's head word is none, unless (`given`)
// it opens with a given name and holds no head word, demonym or group word ("Joaquin Phoenix").
function listedPerson(m: Mention, e: Annotated['pack']['story']['entities'], given: boolean): boolean {
  if ((m.type !== 'ORG' && m.type !== 'LOC') || m.sure || m.first === m.last) return false;
  const words = m.text.split(/\s+/);
  if (words.some((w) => e.orgHeads.has(w) || countryOfDemonym(w) || e.groupWords.has(w))) return false;
  if (given) return words.length <= 3 && isFirstName(words[0]!) && !lookupPlace(m.text);
  return !words.some((w) => lookupPlace(w));
}

// Whether the token opens a name as an abbreviation: "St" and "St." in "St Louis", "Ft. Worth", "Mt. Kenya".
// Titles ("Mr."), months and company forms ("Inc.") are abbreviations too, but they open no place's name.
function isNameAbbreviation(doc: Annotated, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.text === t.lower || t.lower.length > 2) return false;
  const e = doc.pack.story.entities;
  return (
    doc.pack.story.sentences.abbreviations.has(t.lower) &&
    !e.titleWords.has(t.lower) &&
    !e.orgHeads.has(t.text) &&
    doc.pack.page.monthAbbreviations[t.lower] === undefined
  );
}

// "St" + "Louis": an abbreviation right before a name, with or without its period, joins it.
function joinAbbreviation(doc: Annotated, m: Mention): Mention {
  const { tokens } = doc;
  const sentence = tokens[m.first]!.sentence;
  let first = m.first;
  if (tokens[first - 1]?.text === '.' && isGluedPeriod(doc, first - 1) && isNameAbbreviation(doc, first - 2))
    first -= 2;
  else if (isNameAbbreviation(doc, first - 1)) first -= 1;
  if (first === m.first || tokens[first]!.sentence !== sentence) return m;
  // The tagger typed other bounds ("Louis" may be a person's name): the joined name is typed afresh.
  return { ...m, ...mentionOf(doc, first, m.last, m.type), guessed: true };
}

// "New" + "Jersey": a capitalised word right before a place that makes a longer known place with it joins it.
function joinKnownPlace(doc: Annotated, m: Mention): Mention {
  const before = doc.tokens[m.first - 1];
  if (!before || before.sentence !== doc.tokens[m.first]!.sentence || !isNameToken(before)) return m;
  if (before.end === doc.tokens[m.first]!.start || m.type === 'PER' || m.type === 'ORG') return m;
  const text = `${before.text} ${m.text}`;
  if (!lookupPlace(text) && !isUsState(text)) return m;
  return { ...m, ...mentionOf(doc, m.first - 1, m.last, 'LOC'), sure: true };
}

// "New Jersey Governor Phil Murphy": a title between a place and a person's name parts them. The person must open
// with a given name, so that an organisation holding a title word ("Foreign Affairs Committee") stays whole. A
// known place before a title that ends the run is the place alone ("the New Jersey Governor").
function splitPlaceTitle(doc: Annotated, m: Mention): Mention[] {
  if (m.type === 'PER') return [m];
  const { tokens } = doc;
  const e = doc.pack.story.entities;
  for (let k = m.first + 1; k <= m.last; k++) {
    if (tokens[k]!.text === tokens[k]!.lower || !e.titleWords.has(tokens[k]!.lower)) continue;
    let name = k + 1;
    while (name <= m.last && e.titleWords.has(tokens[name]!.lower)) name++;
    const before = mentionOf(doc, m.first, k - 1, 'MISC');
    const place = lookupPlace(before.text) || isUsState(before.text);
    if (name > m.last) return place ? [{ ...before, type: 'LOC', sure: true }] : [m];
    if (name === m.last || !isFirstName(tokens[name]!.text) || !isNameToken(tokens[m.last])) return [m];
    const head = place ? 'LOC' : e.orgHeads.has(tokens[k - 1]!.text) ? 'ORG' : null;
    const person: Mention = { ...mentionOf(doc, name, m.last, 'PER'), sure: true };
    return head ? [{ ...before, type: head, sure: true }, person] : [person];
  }
  return [m];
}

/** Cleans the tagger's runs: cut at common words, widened to whole organisation names, re-typed from context. */
export function repairMentions(
  doc: Annotated,
  mentions: readonly Mention[],
  on: StepSwitch = () => true,
): Mention[] {
  const out: Mention[] = [];
  // Once per sentence: in a title-case line ("Self-Drive Tours in Iceland") the tagger runs names together.
  const titleCase = new Map<number, boolean>();
  const inTitleCase = (m: Mention): boolean => {
    const n = doc.tokens[m.first]!.sentence;
    let v = titleCase.get(n);
    if (v === undefined) {
      const sentence = doc.sentences[n];
      const words = sentence ? doc.body.text.slice(sentence.start, sentence.end).split(/\s+/) : [];
      const long = words.filter((w) => w.length > 3 && /^\p{L}/u.test(w));
      const capitalised = long.filter((w) => w[0] !== w[0]!.toLowerCase()).length;
      v = long.length >= 3 && capitalised > long.length * TITLE_CASE_SHARE;
      titleCase.set(n, v);
    }
    return v;
  };
  const cut = mentions
    .flatMap((x) => (on('cut-at-verbs') ? cutAtVerbs(doc, x, inTitleCase(x)) : [x]))
    .flatMap((x) => (on('cut-at-brackets') ? cutAtBrackets(doc, x) : [x]))
    .map((x) => (on('split-title') ? splitTitle(doc, x) : x))
    .flatMap((x) => (on('split-place-title') ? splitPlaceTitle(doc, x) : [x]));
  // The tokens the tagger's names cover, gathered once for the finders of names it missed.
  const covered = new Set<number>();
  for (const m of cut) for (let i = m.first; i <= m.last; i++) covered.add(i);
  const all = cut
    .concat(
      on('cued-places') ? findCuedPlaces(doc, covered) : [],
      on('bracket-acronyms') ? findBracketAcronyms(doc, cut) : [],
      on('known-organizations') ? findKnownOrganizations(doc, covered) : [],
    )
    .sort((a, b) => a.start - b.start);
  // Last words of the full names the tagger read as people's: "Conroy" after "Steve Conroy".
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === 'PER' && m.last > m.first) surnames.add(doc.tokens[m.last]!.text);
  const organisations = new Set<number>();
  for (const m of cut)
    if (m.type === 'ORG' && !m.guessed) for (let i = m.first; i <= m.last; i++) organisations.add(i);
  for (const m of all) {
    const abbreviated = on('join-abbreviations') ? joinAbbreviation(doc, m) : m;
    const joined = on('join-known-places') ? joinKnownPlace(doc, abbreviated) : abbreviated;
    const wide = retype(
      doc,
      on('widen-to-head') ? widenToHead(doc, joined, organisations) : joined,
      on,
      surnames,
    );
    const previous = out.at(-1);
    if (previous && previous.first <= wide.first && wide.last <= previous.last) continue;
    while (out.length && out.at(-1)!.first >= wide.first && out.at(-1)!.last <= wide.last) out.pop();
    out.push(wide);
  }
  if (on('listed-people')) typeListedPeople(doc, out);
  return out;
}
