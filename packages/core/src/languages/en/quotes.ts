import type { CueEntry, CueKind, QuoteWords } from '../types';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './calendar';

// Each row: kind, then the verb's forms; the first form is the lemma.
const CUE_ROWS: [CueKind, string][] = [
  ['say', 'say said says saying'],
  ['say', 'tell told tells telling'],
  ['say', 'add added adds adding'],
  ['say', 'ask asked asks asking'],
  ['clause', 'note noted notes noting'],
  ['clause', 'explain explained explains explaining'],
  ['clause', 'state stated states stating'],
  ['clause', 'declare declared declares declaring'],
  ['clause', 'insist insisted insists insisting'],
  ['clause', 'argue argued argues arguing'],
  ['clause', 'claim claimed claims claiming'],
  ['clause', 'warn warned warns warning'],
  ['clause', 'reply replied replies replying'],
  ['clause', 'respond responded responds responding'],
  ['clause', 'continue continued continues'],
  ['clause', 'recall recalled recalls recalling'],
  ['clause', 'acknowledge acknowledged acknowledges acknowledging'],
  ['clause', 'admit admitted admits admitting'],
  ['clause', 'concede conceded concedes conceding'],
  ['clause', 'stress stressed stresses stressing'],
  ['clause', 'emphasize emphasized emphasizes emphasised emphasising'],
  ['clause', 'predict predicted predicts predicting'],
  ['clause', 'promise promised promises promising'],
  ['clause', 'vow vowed vows vowing'],
  ['clause', 'complain complained complains complaining'],
  ['clause', 'conclude concluded concludes concluding'],
  ['clause', 'observe observed observes observing'],
  ['clause', 'remark remarked remarks remarking'],
  ['clause', 'comment commented comments commenting'],
  ['clause', 'testify testified testifies testifying'],
  ['clause', 'boast boasted boasts boasting'],
  ['clause', 'joke joked jokes joking'],
  ['clause', 'quip quipped quips quipping'],
  ['clause', 'maintain maintained maintains maintaining'],
  ['clause', 'contend contended contends contending'],
  ['clause', 'counter countered counters countering'],
  ['clause', 'reiterate reiterated reiterates reiterating'],
  ['clause', 'wonder wondered wonders wondering'],
  ['clause', 'suggest suggested suggests suggesting'],
  ['clause', 'assert asserted asserts asserting'],
  ['clause', 'allege alleged alleges alleging'],
  ['clause', 'charge charged charges'],
  ['clause', 'write wrote writes writing'],
  ['clause', 'tweet tweeted tweets tweeting'],
  ['clause', 'point pointed'],
  ['clause', 'announce announced announces announcing'],
  ['clause', 'confirm confirmed confirms confirming'],
  ['clause', 'deny denied denies denying'],
  ['clause', 'report reported reports reporting'],
  ['clause', 'reveal revealed reveals revealing'],
  ['clause', 'disclose disclosed discloses disclosing'],
  ['clause', 'indicate indicated indicates'],
  ['clause', 'estimate estimated estimates'],
  ['object', 'urge urged urges urging'],
  // Speech acts whose object is what was said: "pledged to work together", "cited polling data".
  ['object', 'pledge pledged pledges pledging'],
  ['object', 'cite cited cites citing'],
  ['object', 'denounce denounced denounces denouncing'],
  ['object', 'appeal appealed appeals appealing'],
  ['mixed', 'call called calls calling'],
  ['mixed', 'describe described describes describing'],
  ['mixed', 'brand branded brands'],
  ['mixed', 'label labeled labelled labels'],
];

/**
 * Cue verbs by word form, from rows of a kind and the verb's forms (the first form is the lemma). Where the lemma is
 * an infinitive that reports nothing ("para reconocer"), `lemmaIsForm` false leaves it out of the forms.
 */
export function cueVerbTable(
  rows: readonly (readonly [CueKind, string])[],
  lemmaIsForm = true,
): ReadonlyMap<string, CueEntry> {
  return new Map(
    rows.flatMap(([kind, row]) => {
      const forms = row.split(' ');
      return forms.slice(lemmaIsForm ? 0 : 1).map((form) => [form, { lemma: forms[0]!, kind }] as const);
    }),
  );
}

/** Cue verbs by word form. */
const CUE_VERBS: ReadonlyMap<string, CueEntry> = cueVerbTable(CUE_ROWS);

/** Particles that turn a cue into a two-word cue: "called on", "pointed out", "went on to say". */
// "warned of a battle", "boasted of his skills", "argued for …", "insisted on building a wall": the object of the
// preposition is what was said.
const CUE_PARTICLES: ReadonlyMap<string, readonly { particle: string; kind: CueKind }[]> = new Map([
  [
    'call',
    [
      { particle: 'on', kind: 'object' },
      { particle: 'for', kind: 'object' },
    ],
  ],
  ['point', [{ particle: 'out', kind: 'clause' }]],
  ['appeal', [{ particle: 'for', kind: 'object' }]],
  [
    'warn',
    [
      { particle: 'of', kind: 'object' },
      { particle: 'about', kind: 'object' },
    ],
  ],
  [
    'boast',
    [
      { particle: 'of', kind: 'object' },
      { particle: 'about', kind: 'object' },
    ],
  ],
  [
    'argue',
    [
      { particle: 'for', kind: 'object' },
      { particle: 'against', kind: 'object' },
    ],
  ],
  ['insist', [{ particle: 'on', kind: 'object' }]],
  ['complain', [{ particle: 'about', kind: 'object' }]],
]);

/** Cues that must come with their particle to count ("pointed" alone is not speech). */
const PARTICLE_REQUIRED: ReadonlySet<string> = new Set(['point', 'appeal']);

/** Forms of "be" that make a participle passive: "was asked", "has been asked". */
const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are']);

/** Words before a cue that make it passive or not speech: "was told", "is said to", "so called". */
// A pronoun and its "are" written as one word, which the tokeniser keeps whole: "We're told", "they’re said to".
const BE_CONTRACTIONS = ['we', 'they', 'you'].flatMap((p) => [`${p}'re`, `${p}’re`]);
const PASSIVE_BEFORE: ReadonlySet<string> = new Set([...BE_FORMS, ...BE_CONTRACTIONS, 'so', 'that']);

/** Words that may sit between a speaker and the cue without belonging to the speaker. */
const SPEAKER_SKIP: ReadonlySet<string> = new Set([
  ...'also always long both has have had later previously earlier repeatedly recently once then further again would will could may might did does do had not never often frequently publicly privately quickly immediately already still simply himself herself themselves itself separately subsequently initially first finally reportedly just since only instead even merely can cannot must should now ever'.split(
    ' ',
  ),
  // "Trump didn't say", with either apostrophe.
  ...[
    "didn't",
    "doesn't",
    "don't",
    "won't",
    "wouldn't",
    "couldn't",
    "hasn't",
    "haven't",
    "hadn't",
    "can't",
  ].flatMap((w) => [w, w.replace("'", '\u2019')]),
]);

/** Words at which a speaker phrase, read backwards from its cue, stops. */
const SPEAKER_STOP: ReadonlySet<string> = new Set(
  'that which who whom whose whether as while when whenever after before because since if but or so where though although than until unless whereas once and nor yet what why how to is are was were be been being not'.split(
    ' ',
  ),
);

/** Subject and object pronouns a speaker may be, with the kind of antecedent they want. */
const PRONOUNS: ReadonlyMap<string, 'person' | 'group' | 'thing'> = new Map([
  ['he', 'person'],
  ['she', 'person'],
  ['him', 'person'],
  ['her', 'person'],
  ['i', 'person'],
  ['we', 'group'],
  ['they', 'group'],
  ['it', 'thing'],
  ['you', 'person'],
]);

/** Words that open a description rather than a name: "a military source", "two officials". */
const INDEFINITE: ReadonlySet<string> = new Set(
  'a an one two three four several some many most other another few both more'.split(' '),
);

/** Determiners dropped before a name: "the United Nations". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);

/** Titles and roles stripped from the front of a name: "Russian Foreign Minister Sergei Lavrov". */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  'president vice minister secretary senator sen rep representative gov governor mayor dr mr mrs ms miss prof professor general gen lt col colonel sgt capt captain maj major admiral chief spokesman spokeswoman spokesperson director chairman chairwoman chair leader speaker justice judge prime deputy ambassador envoy king queen prince princess sheikh pope cardinal bishop rabbi imam ceo commissioner coordinator head candidate nominee congressman congresswoman councilman councilwoman attorney chancellor premier emir sultan pastor reverend rev officer sheriff commander lieutenant sergeant adviser advisor aide analyst strategist pollster host founder president-elect'.split(
    ' ',
  ),
);

/** Words marking an organisation rather than a person in a speaker's name. */
const ORG_WORDS: ReadonlySet<string> = new Set(
  'observatory agency ministry army council committee party news rights organization organisation union nations department office campaign group institute university commission court bank police forces government times post press network foundation association center centre coalition alliance federation corporation company inc corp co ltd board bureau service services administration house senate congress parliament assembly fund program programme project league movement front command guard guards media channel radio tv television journal tribune herald gazette review magazine daily poll survey state states republic kingdom white'.split(
    ' ',
  ),
);

/** Short references to an organisation that speakers use after first mention: "the monitor". */
const ORG_REFERENCES: ReadonlySet<string> = new Set(
  'monitor group agency ministry organization organisation company campaign department committee council watchdog body firm network newspaper paper outlet station channel coalition alliance union party government administration observatory office bureau army military regime militia movement force forces'.split(
    ' ',
  ),
);

/** Words that may join the parts of a proper name: "Observatory for Human Rights", "Bank of England". */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'de', 'du', 'van', 'von', 'del']);

/** Name particles ignored when matching a surname: "al-Zaatari" is "Zaatari". */
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu)-/i;

/** Words after which a following quotation is a name or a label, not speech. */
const SCARE_BEFORE: ReadonlySet<string> = new Set(
  'so-called dubbed titled entitled named nicknamed term word phrase slogan label film movie book song album show series hashtag headline tagline motto'.split(
    ' ',
  ),
);

/** Words allowed right after a short quotation that is still speech: "called it "unfair" and left". */
const AFTER_SHORT_QUOTE_OK: ReadonlySet<string> = new Set(
  'and or but to of in on for at as with from is are was were that which by about after before than'.split(
    ' ',
  ),
);

/** Days, relative times and adverbs skipped between a cue and its content: "announced on Sunday". */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(WEEKDAYS),
  ...'yesterday today tonight earlier later recently again also previously morning afternoon evening night week weekend month year privately publicly repeatedly once then last this next'.split(
    ' ',
  ),
]);

/** Months, for "on November 9". */
const MONTH_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(MONTHS),
  ...Object.keys(MONTH_ABBREVIATIONS),
]);

/** Nouns of the channel a statement came through: "said in a statement", "told reporters in an interview". */
const CHANNEL_NOUNS: ReadonlySet<string> = new Set(
  'statement interview tweet email e-mail letter speech post release briefing call conference appearance op-ed column memo video message address remarks rally debate hearing report tv radio podcast broadcast'.split(
    ' ',
  ),
);

/** Words opening a clause, so the cue's content is reported speech: "announced it had". */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  'is are was were had has have will would could can should may might must did does do be been'.split(' '),
);

/** Subject pronouns that open a clause. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'there',
  'this',
]);

/** Opening words of an adverbial phrase dropped from the front of reported content: "On another front, …". */
const INTRO_WORDS: ReadonlySet<string> = new Set(
  'on in at after before meanwhile however earlier later separately also but and yet still since during last this elsewhere instead overall in addition'.split(
    ' ',
  ),
);

/** Words before a verb form that make it a noun or an adjective: "the claim", "a noted author". */
const NOUN_BEFORE: ReadonlySet<string> = new Set(
  'the a an his her their its our my your this these those of no any every each some in on for with by from'.split(
    ' ',
  ),
);

/** Verb forms that are as often nouns ("news reports", "phone calls"); they need a subject right before. */
const NOUN_LIKE_FORMS: ReadonlySet<string> = new Set(
  'reports claims calls comments remarks states charges promises counters estimates appeals labels brands points vows notes jokes quips tweets report claim call comment remark state charge promise counter estimate appeal label brand point vow note joke quip tweet stress observe pledge pledges'.split(
    ' ',
  ),
);

/** Subjects that license a noun-like verb form: "Trump claims", "he notes". */
const SUBJECT_BEFORE: ReadonlySet<string> = new Set(
  'he she it they we i you who which also officials experts critics analysts sources aides people'.split(' '),
);

// A plural noun: a word ending in a single "s" that is not one of the common words that also end so.
const PLURAL_NOUN =
  /^(?!(?:was|has|is|this|his|its|hers|ours|yours|theirs|does|thus|unless|whereas|perhaps|always|sometimes|news|yes|plus|us|as|besides|towards|afterwards|nevertheless|politics|economics)$)[a-z]{2,}[^s'’\W]s$/;

/** Words a participial cue ("saying", "adding") may follow. */
const PARTICIPLE_BEFORE: ReadonlySet<string> = new Set(
  ", and while after before by is was are were been when also — – ; in 's 're \u2019s \u2019re am".split(' '),
);

/** Irregular past-tense verbs that show reported content is a clause: "the email came hours after". */
const PAST_TENSE: ReadonlySet<string> = new Set(
  'came went took made got gave found knew thought became left felt saw won lost ran began held kept brought sent spent paid met led fell stood put told said wrote meant sought caught fought bought built drove grew rose chose broke spoke'.split(
    ' ',
  ),
);

/** Cues whose plain object is itself what was said: "announced his candidacy", "called him a liar". */
const NOUN_CONTENT_CUES: ReadonlySet<string> = new Set(
  'announce confirm deny reveal disclose report tweet write describe call recall acknowledge promise predict vow'.split(
    ' ',
  ),
);

/** Cues recognised in title-case headlines: "Clinton Says No To Fox News". */
const TITLE_CASE_CUES: ReadonlySet<string> = new Set(
  'say tell ask warn claim add insist urge deny announce confirm vow promise admit slam'.split(' '),
);

/** Small words a Title Case name may keep in lower case: "Sons of Trump", "Fox and Friends". */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'of',
  'and',
  'the',
  'a',
  'an',
  'in',
  'on',
  'for',
  'to',
  'with',
]);

/** Pronouns that follow an inverted cue: "…," said he. */
const SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Words after a cue that open its speaker: "said a spokesman". */
const DETERMINER_AFTER: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'one',
  'two',
  'another',
  'his',
  'her',
  'their',
]);

/** Words before a channel noun: "in a statement", "in his speech". */
const POSSESSIVES: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'this',
  'that',
]);

/** Prepositions before an addressee: "told reporters with", "said to Reuters". */
const WITH_WORDS: ReadonlySet<string> = new Set(['with', 'to', 'on', 'for']);

/** Words that open an indirect question or a clause: "asked whether". */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'that',
  'whether',
  'if',
  'how',
  'why',
  'what',
  'when',
  'who',
  'where',
]);

/** Conjunctions that open a subordinate clause, ending reported content. */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'as',
  'while',
  'when',
  'because',
  'after',
  'before',
  'but',
  'and',
  'although',
  'though',
  'since',
  'if',
  'which',
  'who',
  'according',
]);

/** Words that open the question an "ask" cue reports. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'whether',
  'if',
  'how',
  'why',
  'what',
  'when',
  'who',
  'where',
  'which',
  'whom',
  'whose',
  'about',
]);

/** Words trimmed from the end of reported content. */
const TRAILING: ReadonlySet<string> = new Set(['and', 'but', 'or', 'as', 'while', 'which', 'who']);

/** Nouns that make a description a person: "a military source". */
const PERSON_HEADS: ReadonlySet<string> = new Set([
  'source',
  'official',
  'witness',
  'resident',
  'activist',
  'diplomat',
  'expert',
  'doctor',
]);

/** Prepositions at which a speaker phrase, read backwards, stops. */
const BACK_STOP: ReadonlySet<string> = new Set([
  'on',
  'at',
  'during',
  'with',
  'to',
  'from',
  'by',
  'about',
  'over',
  'against',
]);

/** Relative pronouns after a speaker: "the man who". */
const RELATIVE: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'whom', 'where']);

/** Words after a cue lemma that make it no speech: "called off the project", "adding to his victories". */
const NOT_SPEECH_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // "Trump called into the show", "called back", "called in sick": a telephone call, not speech.
  ['call', new Set(['off', 'up', 'into', 'in', 'back', 'around', 'home', 'away', 'over', 'from'])],
  ['add', new Set(['to'])],
  // "270 pledged delegates", "the bureau cited in Trump's tweet".
  ['pledge', new Set(['delegates', 'delegate'])],
  ['cite', new Set(['in', 'by', 'above', 'below'])],
  // "was arrested and charged with murder": an indictment, not speech (the passive "was charged with" is one already).
  ['charge', new Set(['with'])],
]);

/** Time nouns and adverbs that open a sentence ("Hours later, Trump …") and never head a speaker. */
const OPENER_WORDS =
  'therefore thus hence even back hours days weeks months years minutes moments decades just however meanwhile instead indeed now here there today tomorrow soon afterward afterwards asked speaking having given despite like unlike for with without among amid under according regardless nevertheless nonetheless moreover furthermore besides otherwise perhaps maybe yes no well so still only'.split(
    ' ',
  );

/** Capitalised sentence openers that are no name: function words, times, adverbs, prepositions. */
const NOT_SPEAKER_OPENERS: ReadonlySet<string> = new Set(
  [
    ...SPEAKER_STOP,
    ...BACK_STOP,
    ...SPEAKER_SKIP,
    ...TIME_WORDS,
    ...INTRO_WORDS,
    ...SUBORDINATORS,
    ...QUESTION_WORDS,
    ...OPENER_WORDS,
    // Names too: "May said" (Theresa May), "Will Smith", "First Lady Michelle Obama".
  ].filter((w) => w !== 'may' && w !== 'will' && w !== 'first'),
);

/** Lower-case heads that are never a speaker: "the time said" is no one. */
const NOT_SPEAKER_HEADS: ReadonlySet<string> = new Set([
  ...TIME_WORDS,
  ...'time times moment point day days week weeks month months year years hour hours'.split(' '),
]);

/** Credentials and suffixes after a name, lower case without dots: "Jane Roe, MSc,", "John Doe, CNSC,". */
const CREDENTIALS: ReadonlySet<string> = new Set(
  'phd md msc ma ba bs bsc mba mph mpp mpa jd llm rn rd ldn cnsc cde cssd np pa dds dmd dvm do od pharmd psyd edd cpa cfa cfp lcsw lmft facs facp frcp obe mbe cbe kbe esq jr sr ii iii iv'.split(
    ' ',
  ),
);

/** Titles and nouns before a name that give its gender. */
const GENDERED_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...'mr mister sir lord king prince father brother husband son congressman councilman spokesman chairman businessman congressmen'
    .split(' ')
    .map((w) => [w, 'male'] as const),
  ...'mrs ms miss madam lady dame queen princess mother sister wife daughter congresswoman councilwoman spokeswoman chairwoman businesswoman actress'
    .split(' ')
    .map((w) => [w, 'female'] as const),
]);

/** Pronouns that show the gender of the person they stand for. */
const GENDERED_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...'he him his himself'.split(' ').map((w) => [w, 'male'] as const),
  ...'she her hers herself'.split(' ').map((w) => [w, 'female'] as const),
]);

export const EN_QUOTES: QuoteWords = {
  notSpeakerOpeners: NOT_SPEAKER_OPENERS,
  openerEndings: ['ly', 'ing'],
  notSpeakerHeads: NOT_SPEAKER_HEADS,
  progressiveAuxiliaries: new Set([
    'is',
    'are',
    'was',
    'were',
    'am',
    "'s",
    "'re",
    '\u2019s',
    '\u2019re',
    'been',
  ]),
  credentials: CREDENTIALS,
  agentPrepositions: new Set(['by']),
  contractedAuxiliary: /['\u2019](?:ll|s|re|d|ve|m)$/,
  titleAbbreviations: new Map([
    ['sen', 'senator'],
    ['gov', 'governor'],
    ['rep', 'representative'],
    ['gen', 'general'],
    ['lt', 'lieutenant'],
    ['col', 'colonel'],
    ['sgt', 'sergeant'],
    ['capt', 'captain'],
    ['maj', 'major'],
    ['adm', 'admiral'],
    ['atty', 'attorney'],
    ['supt', 'superintendent'],
    ['sec', 'secretary'],
    ['prof', 'professor'],
    ['pres', 'president'],
  ]),
  descriptionPrepositions: new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on']),
  predeterminers: new Set(['all', 'both', 'half', 'such', 'quite', 'many', 'what']),
  nounsAfterPlace: new Set(['state']),
  descriptionArticles: new Set(['the', 'a', 'an']),
  partyCode: /^[RDI]-[A-Z]/,
  genderedTitles: GENDERED_TITLES,
  genderedPronouns: GENDERED_PRONOUNS,
  pluralEnding: /[^s]s$/,
  invertedSubjects: SUBJECTS,
  determinersAfterCue: DETERMINER_AFTER,
  channelDeterminers: POSSESSIVES,
  addresseePrepositions: WITH_WORDS,
  questionWords: QUESTION_WORDS,
  subordinators: SUBORDINATORS,
  adjunctSubordinators: new Set(['while', 'after', 'before']),
  adjunctOpeners: new Set(['in', 'at', 'during', 'via', 'on', 'by', 'from', 'of', 'about', 'with']),
  questionOpeners: QUESTION_OPENERS,
  trailingWords: TRAILING,
  personHeads: PERSON_HEADS,
  speakerAdjectives: new Set(['familiar', 'close']),
  backStops: BACK_STOP,
  relativePronouns: RELATIVE,
  cueVerbs: CUE_VERBS,
  cueParticles: CUE_PARTICLES,
  infinitiveMarker: 'to',
  particleRequired: PARTICLE_REQUIRED,
  passiveBefore: PASSIVE_BEFORE,
  speakerSkip: SPEAKER_SKIP,
  placeAdverbs: new Set(['here', 'there']),
  parentheticalAs: new Set(['as']),
  quantifiers: new Set('several some many most few both all other others numerous various'.split(' ')),
  asideAdverbs: new Set(
    'however meanwhile though too also moreover furthermore nevertheless nonetheless instead indeed still now then therefore separately'.split(
      ' ',
    ),
  ),
  speakerStop: SPEAKER_STOP,
  adverbForm: /^\p{Ll}{3,}ly$/u,
  adverbLikeNouns: new Set(
    'family ally assembly rally supply monopoly anomaly homily bully belly jelly folly tally gully butterfly lily fly reply'.split(
      ' ',
    ),
  ),
  pronouns: PRONOUNS,
  indefinite: INDEFINITE,
  determiners: DETERMINERS,
  titleWords: TITLE_WORDS,
  orgWords: ORG_WORDS,
  orgReferences: ORG_REFERENCES,
  nameConnectors: NAME_CONNECTORS,
  nameParticle: NAME_PARTICLE,
  scareBefore: SCARE_BEFORE,
  afterShortQuoteOk: AFTER_SHORT_QUOTE_OK,
  timeWords: TIME_WORDS,
  months: MONTH_WORDS,
  channelNouns: CHANNEL_NOUNS,
  clauseWords: CLAUSE_WORDS,
  subjectPronouns: SUBJECT_PRONOUNS,
  introWords: INTRO_WORDS,
  nounBefore: NOUN_BEFORE,
  nounLikeForms: NOUN_LIKE_FORMS,
  subjectBefore: SUBJECT_BEFORE,
  pluralNoun: PLURAL_NOUN,
  participleBefore: PARTICIPLE_BEFORE,
  pastTense: PAST_TENSE,
  nounContentCues: NOUN_CONTENT_CUES,
  objectContentCues: new Set(
    'note explain state stress emphasize reiterate acknowledge admit urge cite'.split(' '),
  ),
  infinitiveContentCues: new Set(['promise', 'vow', 'claim']),
  titleCaseCues: TITLE_CASE_CUES,
  titleSmallWords: TITLE_SMALL_WORDS,
  coordinators: new Set(['and', 'but']),
  sequenceAdverbs: new Set(['then', 'later']),
  complementizers: new Set(['that']),
  definiteArticles: new Set(['the']),
  accordingCue: ['according', 'to'],
  addresseeCues: new Set(['tell']),
  questionCues: new Set(['ask']),
  passiveAuxiliaries: new Set([...BE_FORMS, ...BE_CONTRACTIONS]),
  topicPrepositions: new Set(['about']),
  sentenceOpeningCues: new Set(['asked']),
  notSpeechParticles: NOT_SPEECH_PARTICLES,
  particleObjects: new Set('it that this them him her these those'.split(' ')),
  objectComplementCues: new Set(['call']),
  objectPronouns: new Set(['him', 'her', 'them', 'me', 'us', 'you']),
  objectDeterminers: new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your', 'a', 'an']),
  agencyReferences: new Set(['agency']),
  participleEnding: 'ing',
  freeParticiples: new Set(['saying']),
  channelPrepositions: new Set(['in', 'during', 'at', 'via']),
  // Not "allegedly": it hedges a charge ("the allegedly stolen car") more often than it reports one.
  reportingAdverbs: new Set(['reportedly']),
  statementVerbs: new Map([
    ...'issue issued issues issuing release released releases releasing'
      .split(' ')
      .map((w) => [w, ''] as const),
    ...'put puts putting send sent sends sending'.split(' ').map((w) => [w, 'out'] as const),
  ]),
  statementNouns: new Set(['statement', 'statements', 'memo', 'letter']),
  speechNouns: new Set(
    'call calls demand demands plea pleas threat threats claim claims assertion assertions insistence statement statements complaint complaints allegation allegations announcement warning warnings promise promises pledge pledges vow vows contention argument accusation accusations suggestion prediction admission remark remarks comments denial'.split(
      ' ',
    ),
  ),
  aspectualCues: new Set(['continue']),
  asidePhrases: [
    ['for', 'example'],
    ['for', 'instance'],
    ['in', 'fact'],
    ['of', 'course'],
    ['in', 'turn'],
  ],
  unownedObjectNouns: new Set(['call', 'calls', 'plea', 'pleas']),
  speechNounSources: new Set(['from', 'by']),
  speechNounObjects: new Map([
    ...'promise promises pledge pledges vow vows threat threats'
      .split(' ')
      .map((w) => [w, new Set(['to'])] as const),
    ...'call calls demand demands'.split(' ').map((w) => [w, new Set(['to', 'for'])] as const),
    ...'plea pleas'.split(' ').map((w) => [w, new Set(['for'])] as const),
  ]),
  possessivePronouns: new Map([
    ['his', 'person'],
    ['her', 'person'],
    ['their', 'group'],
    ['its', 'thing'],
  ]),
  adjunctPhrasePrepositions: new Set('in on at during after before from via over through'.split(' ')),
  hearsayPrepositions: new Set('on about over regarding'.split(' ')),
  hearsayNouns: new Set(
    'report reports rumour rumours rumor rumors speculation claim claims allegation allegations suggestion suggestions accusation accusations charge charges idea notion fears concerns criticism'.split(
      ' ',
    ),
  ),
  timeUnits: new Set(
    'minute minutes hour hours day days night nights week weeks month months year years decade decades'.split(
      ' ',
    ),
  ),
  adjunctPrepositions: new Set(['on']),
  timeModifiers: new Set('a an few several late early ago even just on'.split(' ')),
  instructionFollowers: new Set([
    'by',
    'to',
    'with',
    'into',
    'onto',
    'at',
    'for',
    'from',
    'over',
    'up',
    'down',
    'out',
    'off',
    'back',
    'away',
    'in',
  ]),
  socialNetworks: new Set(['twitter', 'facebook']),
  addresseeConnectors: new Set(['of']),
  audienceNouns: new Set(['reporters', 'journalists', 'supporters']),
  regularPast: /^.{3,}ed$/s,
  speakerRelatives: new Set(['who', 'which']),
  locativePrepositions: new Set(['in']),
  qualifierEndings: ['-based'],
  namingPhrases: [['known', 'as']],
  possessiveEnding: /'s$/,
  possessiveTokens: new Set(["'s", "'"]),
  // English joins no auxiliary to its cues, has no one-word "according" and keeps its subjects.
  cueAuxiliaries: new Set(),
  accordingWords: new Set(),
  postposedCues: new Set(),
  cliticSubject: /(?!)/,
  contractedSubject: /^(i|you|he|she|it|we|they)['’](?:d|ll|ve|re|m)$/,
  addresseeBeforeSpeaker: new Set(),
  addresseeAfterName: new Set(),
  elision: /(?!)/,
  commaOpensContent: false,
  dropsSubject: false,
  titleEndings: [],
  genderedTitleEndings: [],
  titleDescriptionsCorefer: false,
  headFirst: false,
  invertedApposition: false,
  capitalisedNouns: false,
  verbSecond: false,
  spacedMarks: false,
  dialogueDash: false,
  dashedAsides: false,
  auxiliaryParticiple: /(?!)/,
};
