import { MAX_SPEAKER_TOKENS } from './constants';
import {
  isVerbForm,
  opensClause,
  readAddressee,
  skipAdjuncts,
  skipIntro,
  skipToQuestion,
} from './cue-context';
import type { Cue } from './cues';
import {
  type DocView,
  isAsideDash,
  isCapitalised,
  isCoordinatedCue,
  isMark,
  isNameWord,
  isWord,
  withoutElision,
} from './doc-view';
import {
  findSpeakerAfter,
  findSpeakerBefore,
  isAbbreviationDot,
  isOpenerWord,
  type TokenRange,
} from './speaker-phrase';

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

/** A description opened by its article, up to its verb: "the mayor" in "the mayor sided with …". */
function descriptionAt(view: DocView, first: number, end: number): TokenRange | null {
  let last = first + 1;
  while (
    last < end &&
    last < first + MAX_SPEAKER_TOKENS &&
    isWord(view.tokens[last]) &&
    !isVerbForm(view, last)
  )
    last++;
  return last > first + 1 ? { first, last: last - 1 } : null;
}

/** Most tokens of a dateline before its dash: "WASHINGTON, Dec. 8 (UPI) —". */
const MAX_DATELINE_TOKENS = 10;

/** Whether token `j` is the dash that closes a dateline: a dash, a spaced hyphen, or "--". */
function isDatelineDash(view: DocView, j: number): boolean {
  const text = view.tokens[j]?.text ?? '';
  return (
    isAsideDash(view, j) ||
    text === '―' ||
    text === '--' ||
    (text === '-' && view.tokens[j + 1]?.text === '-')
  );
}

/**
 * Where a paragraph's first sentence starts once its dateline is dropped: "WASHINGTON — Sen. …", "PARIS, Aug 31
 * (Reuters) - …". The place is in capitals or an agency in brackets follows it; "Trump — who lost — said" is an aside.
 */
export function skipDateline(view: DocView, sentence: number, first: number, end: number): number {
  if (sentence > 0 && view.sentenceBlock[sentence - 1] === view.sentenceBlock[sentence]) return first;
  // The dateline the reader found ("BERLIN (dpa) -", "DEIR EZZOR:"), in whatever form its pack knows.
  if (view.datelineEnd > 0 && (view.tokens[first]?.start ?? Number.POSITIVE_INFINITY) < view.datelineEnd) {
    let k = first;
    while (k < end && view.tokens[k]!.start < view.datelineEnd) k++;
    return k < end ? k : first;
  }
  const t = view.tokens[first];
  if (!t || !isCapitalised(t)) return first;
  let marked = t.text.length > 2 && t.text === t.text.toUpperCase();
  for (let j = first + 1; j < end && j <= first + MAX_DATELINE_TOKENS; j++) {
    const text = view.tokens[j]!.text;
    if (isDatelineDash(view, j)) {
      if (!marked) return first;
      let k = j + 1;
      while (k < end && isDatelineDash(view, k)) k++;
      return k < end ? k : first;
    }
    if (text === '(') marked = true;
    else if (
      !(text === ',' || text === ')' || text === '.' || /^\d/.test(text) || isCapitalised(view.tokens[j]))
    )
      return first;
  }
  return first;
}

/** Whether the words at `a` open a time phrase of an article or a number and a unit: "A month later", "Two weeks after". */
function opensTimePhrase(view: DocView, a: number): boolean {
  const { words, lower } = view;
  const head = lower[a] ?? '';
  const quantity = words.indefinite.has(head) || words.determiners.has(head) || /^\d/.test(head);
  return quantity && !!words.timeUnits?.has(lower[a + 1] ?? '');
}

/**
 * A place closed by its comma after an opening phrase, followed by more of that phrase or by the subject: "Ohio," in
 * "At a rally in Salem, Ohio, on Tuesday, Okafor …". Returns where the words after it start, or `a` when there is
 * none; "In Paris, Okafor, the mayor, …" keeps "Okafor".
 */
function skipPlace(view: DocView, a: number, end: number): number {
  const { tokens } = view;
  if (tokens[a - 1]?.text !== ',' || !isCapitalised(tokens[a - 2])) return a;
  let j = a;
  while (j < end && j < a + 4 && (isCapitalised(tokens[j]) || isAbbreviationDot(view, j))) j++;
  if (j === a || tokens[j]?.text !== ',') return a;
  const next = j + 1;
  if (view.words.introWords.has(view.lower[next] ?? '')) return next;
  let k = next;
  while (k < end && k < next + 4 && (isCapitalised(tokens[k]) || isAbbreviationDot(view, k))) k++;
  return k > next && isWord(tokens[k]) && !isCapitalised(tokens[k]) ? next : a;
}

/** Most opening phrases read past before a sentence's subject. */
const MAX_OPENING_PHRASES = 4;

/** The sentence's subject when it is a name or a pronoun: "Huma Abedin, …, emailed supporters, telling them". */
function subjectOf(view: DocView, sentence: number): TokenRange | null {
  const end = view.sentenceEnd[sentence]!;
  const first = view.sentenceFirst[sentence]!;
  let a = skipDateline(view, sentence, first, end);
  const start = a;
  let opened = false;
  for (let hop = 0; hop < MAX_OPENING_PHRASES; hop++) {
    const intro = skipIntro(view, a, end);
    if (intro > a) {
      a = intro;
      opened = true;
      continue;
    }
    // "Speaking at a rally, Trump went after Bush, calling him …", "A month later, Okafor …": the subject follows
    // the opening phrase.
    if (isOpenerWord(view, a) || (a === start && opensTimePhrase(view, a))) {
      let comma = a + 1;
      while (comma < end && comma < a + 25 && view.tokens[comma]!.text !== ',') comma++;
      if (view.tokens[comma]?.text !== ',') return null;
      a = comma + 1;
      opened = true;
      continue;
    }
    const place = opened ? skipPlace(view, a, end) : a;
    if (place === a) break;
    a = place;
  }
  if (view.words.invertedSubjects.has(view.lower[a] ?? '')) return { first: a, last: a };
  // "In describing the plan as reckless, the mayor sided with …": a description opens the clause after the phrase.
  if (opened && view.words.determiners.has(view.lower[a] ?? '')) return descriptionAt(view, a, end);
  if (!isCapitalised(view.tokens[a])) return null;
  const run = findSpeakerAfter(view, a - 1, end);
  if (!run) return null;
  // "La presidenta peruana, Dina Boluarte, visitó … y afirmó": the name in apposition is the subject.
  const named = withApposition(view, run, end);
  if (named !== run && view.tokens[named.last + 1]?.text === ',')
    return { first: run.last + 2, last: named.last };
  // "The families have filed a lawsuit, alleging …": a description opened by its article is the subject whole.
  if (view.words.determiners.has(view.lower[run.first]!)) return descriptionAt(view, run.first, run.last + 1);
  // The name that opens the run: "Trump" in "Trump went after Bush".
  let last = run.first - 1;
  while (
    last < run.last &&
    (isNameWord(view.tokens[last + 1], view.words) || view.tokens[last + 1]!.text === '.')
  )
    last++;
  return last >= run.first ? { first: run.first, last } : null;
}

/** Whether token `i` is capitalised once an elided article is dropped: "AFP" in "l'AFP". */
function capitalisedWord(view: DocView, i: number): boolean {
  const t = view.tokens[i];
  return !!t && isWord(t) && /^\p{Lu}/u.test(withoutElision(view.words, t.text));
}

/** The capitalised run, articles allowed before it, from `i`: "EFE", "l'AFP", "het ANP", "der Deutschen Presse-Agentur". */
function namedRun(view: DocView, i: number, end: number): TokenRange | null {
  let j = i;
  if (view.words.definiteArticles.has(view.lower[j] ?? '')) j++;
  if (j >= end || !capitalisedWord(view, j)) return null;
  // "a SkyTg24 l'Ambasciatore d'Israele": an elided article opens the next phrase, the speaker.
  while (j + 1 < end && capitalisedWord(view, j + 1) && !elided(view, j + 1)) j++;
  return { first: i, last: j };
}

/** Whether token `i` opens with an elided article: "l'Ambasciatore", "l'AFP". */
function elided(view: DocView, i: number): boolean {
  const text = view.tokens[i]!.text;
  return withoutElision(view.words, text) !== text;
}

/**
 * An addressee given by a preposition between a cue and its inverted speaker: "a déclaré à l'AFP un élu", "dijo a
 * EFE el jefe de los bomberos", "afirmou à Lusa a presidente".
 */
function addresseeBeforeSpeaker(view: DocView, i: number, end: number): TokenRange | null {
  if (!view.words.addresseeBeforeSpeaker.has(view.lower[i] ?? '')) return null;
  return namedRun(view, i + 1, end) ?? addressedNoun(view, i + 1, end);
}

/**
 * A common noun told between a cue and its inverted speaker, when a determiner then opens the speaker: "Lo ha detto
 * ai giornalisti il ministro", "dijo a los periodistas el portavoz". Without the determiner after it ("ha detto ai
 * giornalisti che …") the noun is no addressee before a speaker, and the clause goes on as before.
 */
function addressedNoun(view: DocView, i: number, end: number): TokenRange | null {
  const { words } = view;
  let j = view.words.definiteArticles.has(view.lower[i] ?? '') ? i + 1 : i;
  const first = j;
  while (
    j < end &&
    j - first < 3 &&
    isWord(view.tokens[j]) &&
    !words.determinersAfterCue.has(view.lower[j]!)
  ) {
    if (!/^\p{Ll}/u.test(view.tokens[j]!.text)) return null;
    j++;
  }
  return j > first && j < end && words.determinersAfterCue.has(view.lower[j]!)
    ? { first: i, last: j - 1 }
    : null;
}

/** An addressee after an inverted name: "sagte Frick der Deutschen Presse-Agentur", "zei … tegen het ANP". */
function addresseeAfterSpeaker(view: DocView, i: number, end: number): TokenRange | null {
  const w = view.lower[i] ?? '';
  if (!view.words.addresseeAfterName.has(w)) return null;
  // A preposition ("tegen") is no part of the addressee; a dative article ("der") is.
  return namedRun(view, view.words.addresseeBeforeSpeaker.has(w) ? i + 1 : i, end);
}

/**
 * "dijo el jefe de los bomberos de Lima, Luis Ponce.": the name in apposition after a description names the speaker.
 * Only a description opened by an article gets one, and the name must close the clause.
 */
function withApposition(view: DocView, speaker: TokenRange, end: number): TokenRange {
  if (!view.words.invertedApposition || !view.words.determinersAfterCue.has(view.lower[speaker.first]!))
    return speaker;
  const comma = speaker.last + 1;
  if (view.tokens[comma]?.text !== ',' || !isNameWord(view.tokens[comma + 1], view.words)) return speaker;
  let last = comma + 1;
  while (last + 1 < end && isNameWord(view.tokens[last + 1], view.words)) last++;
  const after = view.tokens[last + 1];
  return last + 1 >= end || after?.text === ',' || after?.text === '.'
    ? { first: speaker.first, last }
    : speaker;
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
  // "…, 67 percent, say they will vote for Trump": a clause after the cue is its content, not its speaker.
  if (view.words.subjectPronouns.has(view.lower[range.first]!)) return false;
  for (let k = range.first; k <= range.last; k++) if (isVerbForm(view, k)) return false;
  if (view.words.quantifiers.has(view.lower[range.first]!)) return true;
  if (view.words.personHeads.has(view.lower[range.last]!.replace(/s$/, ''))) return true;
  for (let k = range.first; k <= range.last; k++) if (isCapitalised(view.tokens[k])) return true;
  return false;
}

/**
 * Whether the one capitalised word a coordinated cue in its bare form would borrow as its subject is the verb of an
 * instruction ("Start by having your dog sit, then say 'stay'", "Walk to the door and say 'wait'"): one person
 * named by one word takes "says", not "say", and the word runs on into its verb's object or particle, where a name
 * runs on into more of the subject ("Carson, Fiorina and Huckabee …", "Gulf sources …").
 */
function isInstructionVerb(view: DocView, subject: TokenRange, cue: Cue): boolean {
  const { words } = view;
  if (subject.first !== subject.last || cue.participle || view.lower[cue.last] !== cue.lemma) return false;
  const word = view.lower[subject.first]!;
  // A pronoun or a plural takes the bare form: "They …, and say", "Democrats … and say".
  if (words.invertedSubjects.has(word) || word.endsWith('s')) return false;
  const next = view.lower[subject.last + 1] ?? '';
  return (
    words.determiners.has(next) ||
    (words.possessivePronouns?.has(next) ?? false) ||
    (words.instructionFollowers?.has(next) ?? false)
  );
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
      if (subject && subject.last < c.cue.first && !isInstructionVerb(view, subject, c.cue))
        c.speaker = subject;
      // "While saying that the depot was safe, Okafor closed it": a participle inside the opening phrase has the
      // subject of the clause after that phrase's comma.
      else if (subject && c.cue.participle && subject.first > c.cue.last) c.speaker = subject;
    }
    // "Okafor praised Reed's call for a depot, saying …": the possessor of a noun of saying is no subject to lend.
    if (c.speaker && !c.cue.possessor) lender = c;
  });
}

/** Most lower-case words between a subject and the infinitive of its cue: "are slightly more likely to say". */
const MAX_CATENATIVE_WORDS = 5;

/**
 * The verb chain before a cue's infinitive ("went on" in "D'Souza went on to explain"): where its leftmost verb
 * form is, and the word that opens the subject before it (a capitalised word, a subject pronoun or "who"), or null.
 * A chain that holds a verb of saying ("urged them to say") is that verb's cue, with its own content; a pronoun in
 * it ("asked him to explain") or "it" before it ("it is hard to say") gives no speaker.
 */
function catenativeChain(
  view: DocView,
  cueFirst: number,
  floor: number,
): { verb: number; stop: number } | null {
  const { words, lower, tokens } = view;
  if (!words.infinitiveMarker || lower[cueFirst - 1] !== words.infinitiveMarker) return null;
  let verb: number | null = null;
  for (let j = cueFirst - 2; j >= floor && cueFirst - 2 - j <= MAX_CATENATIVE_WORDS; j--) {
    const w = lower[j]!;
    const t = tokens[j];
    if (!isWord(t)) return null;
    if (isCapitalised(t) || words.subjectPronouns.has(w) || words.speakerRelatives.has(w)) {
      if (verb === null || words.pronouns.get(w) === 'thing') return null;
      return { verb, stop: j };
    }
    if (
      words.cueVerbs.has(w) ||
      words.pronouns.has(w) ||
      words.complementizers.has(w) ||
      words.subordinators.has(w)
    )
      return null;
    if (isVerbForm(view, j) || w.endsWith(words.participleEnding)) verb = j;
  }
  return null;
}

/**
 * Whether an infinitive cue reports speech: a verb of saying, a cue whose object is what was said ("went on to
 * explain his plan"), or speech opened by "that", a question word or a subject pronoun; "careful to maintain the
 * reputation" reports nothing.
 */
function reportsAfterInfinitive(view: DocView, cue: Cue): boolean {
  const { words } = view;
  if (cue.kind === 'say' || words.objectContentCues.has(cue.lemma) || words.nounContentCues.has(cue.lemma))
    return true;
  const end = view.sentenceEnd[cue.sentence]!;
  const i = skipAdjuncts(view, cue.last + 1, end);
  const w = view.lower[i] ?? '';
  return words.complementizers.has(w) || words.questionWords.has(w) || words.subjectPronouns.has(w);
}

/**
 * The relative pronoun right after a one-word "according" cue, an article allowed before it ("secondo cui",
 * "según el cual", "segundo o qual"), or -1.
 */
export function relativeAfterAccording(view: DocView, cue: Cue): number {
  if (!view.words.accordingWords.has(view.lower[cue.first]!)) return -1;
  let i = cue.last + 1;
  if (view.words.definiteArticles.has(view.lower[i] ?? '')) i++;
  return i < view.sentenceEnd[cue.sentence]! && view.words.relativePronouns.has(view.lower[i]!) ? i : -1;
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
    let frontedCue = false;
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
    } else if (cue.possessor) {
      // "Rubio's claim that …": the possessor speaks; "complaints from his counterpart that …": after the noun.
      speaker = cue.possessor;
      inverted = cue.possessor.first > cue.last;
    } else if (cue.kind === 'adverb' || cue.unattributed) {
      // "The FBI is reportedly preparing …": reported by no one named.
    } else if (cue.kind === 'according' && relativeAfterAccording(view, cue) >= 0) {
      // "… l'agenzia Wafa, secondo cui i morti sono 131": the relative stands for the phrase before the cue, which
      // speaks, and what follows the relative is what it said.
      const before = view.tokens[cue.first - 1]?.text === ',' ? cue.first - 1 : cue.first;
      const phrase = findSpeakerBefore(view, before, floor, false);
      // "Lo ha fatto sapere il portavoce militare secondo cui …", "Lo riporta Al Jazeera, secondo cui …": the phrase
      // opens after the clause's verb, at its article or its name.
      let first = phrase?.first ?? before;
      for (let k = first; phrase && k <= phrase.last; k++)
        if (view.words.cueVerbs.has(view.lower[k]!) || view.words.objectClitics?.has(view.lower[k]!))
          first = k + 1;
      while (
        phrase &&
        first <= phrase.last &&
        !isCapitalised(view.tokens[first]) &&
        !view.words.determinersAfterCue.has(view.lower[first]!)
      )
        first++;
      speaker = phrase && first <= phrase.last ? { first, last: phrase.last } : null;
    } else if (cue.kind === 'according') {
      // "según informó el Servicio", "según ha explicado un portavoz": the speaker follows the verb.
      let at = cue.last;
      if (view.words.accordingWords.has(view.lower[cue.first]!)) {
        if (view.words.cueAuxiliaries.has(view.lower[at + 1] ?? '')) at++;
        if (view.words.cueVerbs.has(view.lower[at + 1] ?? '') && at + 1 < end) at++;
        else at = cue.last;
      }
      speaker = findSpeakerAfter(view, at, end);
      inverted = true;
    } else if (cue.clitic) {
      // "a-t-il indiqué": the pronoun is part of the cue's first token.
      speaker = { first: cue.first, last: cue.first };
      inverted = true;
    } else {
      // A participle right after a noun has that noun phrase as its speaker: "voters saying".
      const afterNoun =
        cue.participle &&
        isWord(view.tokens[cue.first - 1]) &&
        !view.words.coordinators.has(view.lower[cue.first - 1]!);
      if (!cue.participle || afterNoun) speaker = findSpeakerBefore(view, cue.first, floor, cue.participle);
      // "D'Souza went on to explain that …", "Sullivan had to explain to Clinton that …": the subject of the verb
      // the cue's infinitive hangs on speaks.
      if (!speaker && !cue.participle && reportsAfterInfinitive(view, cue)) {
        const chain = catenativeChain(view, cue.first, floor);
        const subject = chain && findSpeakerBefore(view, chain.verb, floor, false);
        if (subject && chain && subject.first <= chain.stop) speaker = subject;
      }
      // Verb second: a phrase after a preposition ("In der Mitteilung betont …") is an adjunct, and the subject
      // follows the cue.
      // "Lo ha detto il ministro": an object clitic opening the clause stands for what was said (the sentence before),
      // and the subject follows the cue.
      // After a comma or a colon too: "«…»: lo ha detto Joe Biden", "Il governo resta unito, lo ha detto il ministro".
      const clitic = cue.first - 1;
      const objectFirst =
        !!view.words.objectClitics?.has(view.lower[clitic] ?? '') &&
        (clitic === floor || (clitic > floor && INVERTED_BEFORE.has(view.tokens[clitic - 1]!.text)));
      const fronted =
        objectFirst ||
        (view.words.verbSecond &&
          !cue.participle &&
          (speaker === null || view.words.backStops.has(view.lower[speaker.first - 1] ?? '')) &&
          cue.first > floor &&
          !view.words.coordinators.has(view.lower[cue.first - 1]!) &&
          view.tokens[cue.first - 1]?.text !== ',');
      if (fronted) speaker = null;
      frontedCue = fronted;
      // "… au Népal, a déclaré le ministre des Affaires étrangères.": after a comma, a description after the cue
      // that closes the clause is the speaker, not the name before the comma.
      if (speaker && view.words.invertedApposition && view.tokens[cue.first - 1]?.text === ',') {
        const told = addresseeBeforeSpeaker(view, cue.last + 1, end);
        const at = told ? told.last : cue.last;
        const after = view.words.determinersAfterCue.has(view.lower[at + 1] ?? '')
          ? findSpeakerAfter(view, at, end)
          : null;
        const close = after ? view.tokens[after.last + 1]?.text : undefined;
        if (after && (after.last + 1 >= end || close === '.' || close === ',')) speaker = null;
      }
      const dashed = view.words.dashedAsides && isAsideDash(view, cue.first - 1);
      // "—dijo Ponce—", "– dichiara il presidente –": a dash before the cue inverts it as a comma does.
      const before = isMark(view, cue.first - 1) || dashed ? '"' : (view.tokens[cue.first - 1]?.text ?? '');
      // "a déclaré à l'AFP un élu": an addressee may stand between the cue and its speaker.
      const told = speaker || cue.participle ? null : addresseeBeforeSpeaker(view, cue.last + 1, end);
      const at = told ? told.last : cue.last;
      const next = view.tokens[at + 1];
      const invertable =
        !speaker &&
        !cue.participle &&
        !cue.frame &&
        (cue.first === floor || INVERTED_BEFORE.has(before) || fronted);
      // The pronoun closes the clause or an adjunct follows it: "sagte er.", "sagte er am Montag"; not "said it was".
      const afterPronoun = view.tokens[at + 2];
      const closesPronoun =
        at + 2 >= end ||
        !isWord(afterPronoun) ||
        view.words.backStops.has(view.lower[at + 2]!) ||
        view.words.timeWords.has(view.lower[at + 2]!) ||
        view.words.speakerSkip.has(view.lower[at + 2]!);
      if (
        invertable &&
        view.words.verbSecond &&
        next &&
        closesPronoun &&
        view.words.invertedSubjects.has(view.lower[at + 1]!) &&
        !told
      ) {
        // Verb-second inversion: "sagte er", "zei hij".
        speaker = { first: at + 1, last: at + 1 };
        inverted = true;
      } else if (
        invertable &&
        next &&
        (/^\p{Lu}/u.test(next.text) || view.words.determinersAfterCue.has(view.lower[at + 1]!))
      ) {
        speaker = findSpeakerAfter(view, at, end);
        inverted = speaker !== null;
        if (speaker) {
          speaker = withApposition(view, speaker, end);
          addressee = told ?? addresseeAfterSpeaker(view, speaker.last + 1, end);
        }
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
    let i = inverted && speaker ? Math.max(speaker.last, cue.last) + 1 : cue.last + 1;
    if (inverted && addressee && addressee.last >= i) i = addressee.last + 1;
    if (view.words.addresseeCues.has(cue.lemma) && !inverted && !cue.passive) {
      // "…, Okafor told the riders.": a clause and its comma, or a mark, before the speaker is the content; an
      // opening phrase ("In a crazy election, Johnson told a joke.") is none.
      const lead = speaker ? speaker.first - 1 : -1;
      const opening = skipIntro(view, view.sentenceFirst[cue.sentence]!, end);
      const contentBefore =
        lead > opening &&
        (isMark(view, lead) || (view.tokens[lead]!.text === ',' && opensClause(view, opening, lead)));
      addressee = readAddressee(view, i, end, contentBefore);
      if (addressee) i = addressee.last + 1;
    }
    i = skipAdjuncts(view, i, end);
    if (view.words.questionCues.has(cue.lemma) && !cue.passive) i = skipToQuestion(view, i, end);
    if (view.words.complementizers.has(view.lower[i] ?? '') || view.tokens[i]?.text === ':') i++;
    else if (view.words.commaOpensContent && view.tokens[i]?.text === ',' && (!inverted || frontedCue)) {
      // "sagte, die Lastwagen seien …", "sagte, dass …".
      i++;
      if (view.words.complementizers.has(view.lower[i] ?? '')) i++;
    }
    // An addressee read after an inverted cue ("a déclaré à l'AFP un élu") lies inside the attribution, not before it.
    const before = inverted && addressee && addressee.first > cue.first ? null : addressee;
    let regionStart = speaker && !inverted ? speaker.first : (before?.first ?? cue.first);
    if (cue.participle) {
      // "…, while also suggesting that …": the words a participle may follow belong with its comma.
      let k = cue.first - 1;
      while (k > cue.first - 3 && isWord(view.tokens[k]) && view.words.participleBefore.has(view.lower[k]!))
        k--;
      if (view.tokens[k]?.text === ',' && view.tokens[k]!.sentence === cue.sentence) regionStart = k;
    }
    if (!speaker && isCoordinatedCue(view, cue.first)) regionStart = cue.first - 1;
    return { cue, speaker, inverted, addressee, contentFirst: i, regionStart, used: false };
  });
  lendSpeakers(view, attributed);
  return attributed;
}
