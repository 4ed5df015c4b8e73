import { table } from '../../util/table';
import type { CasualtyWords, Kind, Qualifier } from '../types';

/** Verbs that take the count as their object: "killed eight civilians", "wounding 25". */
const ACTIVE_VERBS: Readonly<Record<string, Kind>> = table({
  kill: 'killed',
  kills: 'killed',
  killed: 'killed',
  killing: 'killed',
  wound: 'wounded',
  wounds: 'wounded',
  wounded: 'wounded',
  wounding: 'wounded',
  injure: 'wounded',
  injures: 'wounded',
  injured: 'wounded',
  injuring: 'wounded',
  displace: 'displaced',
  displaces: 'displaced',
  displaced: 'displaced',
  displacing: 'displaced',
  uprooted: 'displaced',
  arrest: 'arrested',
  arrests: 'arrested',
  arrested: 'arrested',
  arresting: 'arrested',
  detain: 'arrested',
  detains: 'arrested',
  detained: 'arrested',
  detaining: 'arrested',
  kidnap: 'kidnapped',
  kidnaps: 'kidnapped',
  kidnapped: 'kidnapped',
  kidnapping: 'kidnapped',
  abduct: 'kidnapped',
  abducts: 'kidnapped',
  abducted: 'kidnapped',
  abducting: 'kidnapped',
});

/** Nouns followed by "of" and the count: "the killing of 12 protesters", "the arrest of 30 people". */
const EVENT_NOUNS: Readonly<Record<string, Kind>> = table({
  killing: 'killed',
  killings: 'killed',
  deaths: 'killed',
  arrest: 'arrested',
  arrests: 'arrested',
  detention: 'arrested',
  abduction: 'kidnapped',
  kidnapping: 'kidnapped',
  displacement: 'displaced',
});

/** Words after the count that say what happened to them: "80 fighters were killed", "3 dead". */
const STATES: Readonly<Record<string, Kind>> = table({
  killed: 'killed',
  dead: 'killed',
  died: 'killed',
  die: 'killed',
  perished: 'killed',
  slain: 'killed',
  murdered: 'killed',
  deaths: 'killed',
  fatalities: 'killed',
  wounded: 'wounded',
  injured: 'wounded',
  hurt: 'wounded',
  injuries: 'wounded',
  missing: 'missing',
  unaccounted: 'missing',
  displaced: 'displaced',
  fled: 'displaced',
  uprooted: 'displaced',
  homeless: 'displaced',
  arrested: 'arrested',
  detained: 'arrested',
  arrests: 'arrested',
  kidnapped: 'kidnapped',
  abducted: 'kidnapped',
});

/** Adjectives after "left": "left 3 dead", "left thousands homeless". */
const LEFT_STATES: ReadonlySet<string> = new Set(['dead', 'wounded', 'injured', 'missing', 'homeless']);

/** Words that may stand between the counted people and what happened to them. */
const BRIDGE_WORDS: ReadonlySet<string> = new Set([
  'were',
  'was',
  'are',
  'is',
  'have',
  'has',
  'had',
  'been',
  'being',
  'be',
  'reportedly',
  'allegedly',
  'estimated',
  'believed',
  'thought',
  'feared',
  'said',
  'reported',
  'confirmed',
  'to',
  'also',
  'all',
  'now',
  'already',
  'later',
  'still',
  'remain',
  'remained',
  'remains',
  'initially',
  'since',
  'so',
  'far',
  'mostly',
  'either',
  'seriously',
  'critically',
  'badly',
  'slightly',
  'lightly',
  'fatally',
  'who',
  'that',
]);

/** Words between "death toll" and its count: "the death toll rose to 45". */
const TOLL_WORDS: ReadonlySet<string> = new Set([
  'rose',
  'risen',
  'has',
  'had',
  'climbed',
  'reached',
  'hit',
  'jumped',
  'increased',
  'stood',
  'stands',
  'at',
  'is',
  'was',
  'of',
  'to',
  'now',
  'further',
]);

/** Qualifier phrases before a count, longest first. */
const QUALIFIERS: readonly (readonly [string, Qualifier])[] = [
  ['no fewer than', 'at_least'],
  ['no less than', 'at_least'],
  ['as many as', 'up_to'],
  ['in excess of', 'more_than'],
  ['more than', 'more_than'],
  ['upwards of', 'more_than'],
  ['at least', 'at_least'],
  ['a minimum of', 'at_least'],
  ['fewer than', 'fewer_than'],
  ['less than', 'fewer_than'],
  ['up to', 'up_to'],
  ['at most', 'up_to'],
  ['close to', 'about'],
  ['an estimated', 'about'],
  ['over', 'more_than'],
  ['above', 'more_than'],
  ['under', 'fewer_than'],
  ['about', 'about'],
  ['around', 'about'],
  ['some', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['estimated', 'about'],
];

/** Nouns for people, singular and plural: the head of "IS militants", "pro-regime forces". */
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `people persons person civilians civilian fighters fighter soldiers soldier troops militants militant forces
  rebels rebel jihadists jihadist insurgents insurgent policemen policeman police officers officer personnel
  members member children child kids women woman men man boys boy girls girl students student workers worker
  journalists journalist residents resident villagers protesters protester demonstrators pilgrims worshippers
  passengers passenger migrants refugees tourists guards guard gunmen gunman attackers attacker bombers staff
  employees doctors nurses patients miners sailors crew families relatives infants babies teenagers youths
  individuals victims guerrillas terrorists extremists combatants fishermen farmers traders inmates prisoners
  detainees suspects hostages marines pilots peacekeepers volunteers supporters loyalists militiamen
  paramilitaries recruits cadets servicemen contractors others lives adults minors fans spectators shoppers
  commuters pedestrians motorists drivers colleagues teachers priests monks nuns clerics leaders commanders
  activists opponents dissidents lawmakers officials diplomats agents operatives schoolchildren pupils
  toddlers seniors veterans citizens nationals`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that end the description of the counted people. */
const WHO_STOPS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'in',
  'on',
  'at',
  'of',
  'by',
  'for',
  'from',
  'with',
  'during',
  'since',
  'after',
  'before',
  'when',
  'as',
  'the',
  'a',
  'an',
  'their',
  'his',
  'her',
  'its',
  'this',
  'that',
  'these',
  'those',
  'while',
  'including',
  'than',
  'to',
  'into',
  'across',
  'near',
  'over',
  'under',
  'around',
  'inside',
  'outside',
  'last',
  'yesterday',
  'today',
]);

/** Words that make a number measure something other than people: "3 times more", "six days", "40 percent". */
const MEASURE_WORDS: ReadonlySet<string> = new Set(
  `times percent per cent fold years year days day hours hour minutes weeks week months month km kilometres
  kilometers miles metres meters feet tonnes tons dollars euros pounds points`
    .split(/\s+/)
    .filter(Boolean),
);

export const EN_CASUALTIES: CasualtyWords = {
  shotDead: ['shot', 'dead'],
  of: 'of',
  lives: 'lives',
  livesVerbs: new Set(['claimed', 'claiming', 'took', 'taking', 'cost', 'costing']),
  toll: ['death', 'toll'],
  left: 'left',
  breakdownOpeners: new Set(['including']),
  breakdownJoiners: new Set(['and']),
  activeVerbs: ACTIVE_VERBS,
  eventNouns: EVENT_NOUNS,
  states: STATES,
  statePhrases: [
    ['lost their lives', 'killed'],
    ['lost his life', 'killed'],
    ['lost her life', 'killed'],
    ['fatally wounded', 'killed'],
    ['fatally injured', 'killed'],
    ['fatally shot', 'killed'],
    ['fatally stabbed', 'killed'],
  ],
  // Plural nouns for kinds of people: "physicians", "activists", "first-graders".
  personSuffix: /(?:ians|ists|graders)$/,
  leftStates: LEFT_STATES,
  bridgeWords: BRIDGE_WORDS,
  tollWords: TOLL_WORDS,
  qualifiers: QUALIFIERS,
  personNouns: PERSON_NOUNS,
  whoStops: WHO_STOPS,
  measureWords: MEASURE_WORDS,
};
