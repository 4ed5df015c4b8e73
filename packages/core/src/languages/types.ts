import type { Casualty } from '../schema/article';

// The shape of a language pack: what copydesk needs to know about a language, as data.

/** Month names or abbreviations, lower case, each mapped to its number 1–12. */
export type MonthTable = Readonly<Record<string, number>>;

/** What a casualty count says happened to people. */
export type Kind = Casualty['kind'];
/** How a casualty count is hedged ("at least", "up to"). */
export type Qualifier = NonNullable<Casualty['qualifier']>;

/**
 * How a cue verb takes its content:
 * - `say`: say, tell, add, ask: a clause, a quote or a question follows directly ("said it had", "told AFP that").
 * - `clause`: other verbs, which also take plain objects ("claimed more lives"), so content needs a clause
 *   unless the object is itself what was said (`nounContentCues`: "announced his candidacy").
 * - `object`: a person then an infinitive ("urged all sides to", "called on X to").
 * - `mixed`: naming verbs, speech when they frame a quotation (`called the meeting "very productive"`).
 * - `according`: "according to X", whose speaker follows the cue.
 * - `adverb`: a reporting adverb ("reportedly"): its own clause is what was reported, by no one named.
 */
export type CueKind = 'say' | 'clause' | 'object' | 'mixed' | 'according' | 'adverb';

export interface CueEntry {
  lemma: string;
  kind: CueKind;
}

/** A wire agency: its canonical name and the forms it is written in. */
export interface Agency {
  name: string;
  forms: readonly string[];
  /** Forms that are also ordinary words or initials ("AP", "PA"); trusted only in wire positions. */
  ambiguousForms?: readonly string[];
}

/**
 * Words read on pages before the text's language is known: the page readers use the union of every pack's
 * page words, so a German date or byline is read on any page.
 */
export interface PageWords {
  /** Month names in full, lower case, 1–12 (as printed in dates: Russian in the genitive). */
  months: MonthTable;
  /** Month abbreviations printed in dates ("Nov.", "Sept."), lower case, 1–12. */
  monthAbbreviations: MonthTable;
  /** Marks after the year, month and day of a date printed year first in digits ("2024年3月12日": 年 月 日). */
  yearFirstMarks?: readonly (readonly [year: string, month: string, day: string])[];
  /**
   * Numerals of a script that writes numbers in its own signs, for those dates ("二〇二四年三月十二日"): the
   * signs for each digit zero to nine in order (one string of every sign a digit has), and the sign for ten,
   * which counts the tens before it ("二十" 20, "十二" 12).
   */
  numerals?: { digits: readonly string[]; ten: string };
  /**
   * Calendar eras that dates count years in, each with the Gregorian year of its first ("令和6年3月12日": 令和 from
   * 2019, so 2024), and the word for an era's first year ("令和元年").
   */
  eras?: { names: readonly (readonly [name: string, firstYear: number])[]; firstYear: string };
  /** Words that open a byline ("By", "Written by"), lower case. */
  bylineLabels: readonly string[];
  /** Roles and desks a byline names instead of a person ("staff writer", "news desk"), lower case. */
  bylineRoles: readonly string[];
  /** Words after a byline that start its timestamp ("Updated 5:02 p.m."), as printed. */
  bylineTimestamps: readonly string[];
  /**
   * Labels that start another contributor's credit after the writer's ("Text by Jane Doe Illustration by John
   * Roe", "Text von … Fotos von …"), lower case: the byline ends there.
   */
  bylineOtherCredits: readonly string[];
  /** Words that join the names of a byline ("Jane Doe and John Roe"), lower case. */
  bylineJoiners: readonly string[];
  /** Words that label a printed date as the publication date ("Published", "Veröffentlicht"), lower case. */
  publishedLabels: readonly string[];
  /** Prepositions between a published label and its date ("Published on", "Erschienen am"), lower case. */
  publishedLinks: readonly string[];
  /** Words between a published label and the poster's name ("Submitted by", "Gespeichert von"), lower case. */
  publishedByLabels: readonly string[];
  /** Labels that date a forum member's profile, not the post ("Member since", "Registriert:"), lower case. */
  memberSinceLabels: readonly string[];
  /** Words that open a front-matter line stamping the story ("Published …", "Last updated …"), lower case. */
  stampLabels: readonly string[];
  /** Words that may come before a stamp label ("Originally published", "First posted"), lower case. */
  stampPrefixes: readonly string[];
  /** Labels before the name in a byline element ("Written by:", "Authors:"), lower case, tried in this order. */
  bylineElementLabels: readonly string[];
  /** Words after a byline's name that say whom the writer writes for ("on behalf of the team"), lower case. */
  bylineOnBehalf: readonly string[];
  /** Link text after the name in a byline element ("Jane Doe full bio"), lower case. */
  bylineElementTails: readonly string[];
  /** Text of a byline element that names no person ("Full bio", "View profile"), lower case. */
  bylineNotNames: readonly string[];
  /** Labels alone in a text node, the name in the next one ("Written by" | "Jane Doe"), lower case. */
  bylineNodeLabels: readonly string[];
  /** Words that open a whole byline in one text node, before a capital ("By Jane Doe"), as printed. */
  bylineNodeOpeners: readonly string[];
  /**
   * Headings that open the page's list of other stories after the story ("Read this next", "Das könnte Sie auch
   * interessieren"), as case-insensitive pattern sources for the whole heading: the story ends there.
   */
  tailHeadings: readonly string[];
  /**
   * Phrases of a notice to the reader: cookie or embed consent ("we use cookies", "Ich bin einverstanden, dass"), a
   * subscription or donation appeal ("would you consider supporting", "Pour lire la suite"), as case-insensitive
   * pattern sources found anywhere in a short block: such a block is never the story's.
   */
  noticePhrases: readonly string[];
  /** Short blocks that are page furniture, as case-insensitive pattern sources for the whole block ("read more:.*"). */
  furnitureLabels: readonly string[];
  /**
   * The words of a copyright notice that close the story ("all rights reserved"), lower case: a block that opens with
   * "Copyright" and a year or a sign and holds them within 100 characters is furniture. None by default.
   */
  rightsReserved?: readonly string[];
  /** Labels before a photo credit ("Photo:", "Foto:"), as printed. */
  creditLabels: readonly string[];
  /** Labels that open a caption ("Caption:"), besides the credit labels, as printed. */
  captionLabels: readonly string[];
  /** Words that mark a trailing run of a caption as a photo credit ("Handout", "Courtesy"), as printed. */
  creditWords: readonly string[];
  /** Month forms a dateline may print ("Sept.", "March"), as printed; a full stop after them is optional. */
  datelineMonths: readonly string[];
  /** Capitalised lead words that open a first paragraph without being a dateline's place ("BREAKING"). */
  datelineKickers: readonly string[];
  /** Words after an agency's name that name its service ("AFP Photo", "Reuters News"), lower case. */
  agencyServices: readonly string[];
  /** Articles before an agency's name, dropped to find its form ("the Associated Press"), lower case. */
  agencyArticles: readonly string[];
  /** Wire agencies at home in this language. */
  agencies: readonly Agency[];
}

/** What the sentence splitter needs. */
export interface SentenceWords {
  /** Abbreviations a full stop follows without ending the sentence ("Mr.", "Nov."), lower case. */
  abbreviations: ReadonlySet<string>;
  /** Words after a hyphen that make the name before them an adjective ("Britain-based"). */
  nameSuffixes: ReadonlySet<string>;
  /**
   * Words after "12." that make its full stop an ordinal's, not a sentence end: German "am 12. März", "der 3.
   * Platz" (lower case). Languages that print ordinals without a full stop leave it empty.
   */
  ordinalNouns: ReadonlySet<string>;
  /**
   * Elided words, with their apostrophe, that stand apart from the word they lean on: French "l'ONU" is "l'"
   * "ONU", Italian "dell'Unione" is "dell'" "Unione" (lower case). Empty where an apostrophe belongs to a name
   * ("O'Brien").
   */
  elisions: ReadonlySet<string>;
}

export interface DateWords {
  /** Weekday names, lower case, Sunday = 0 as in Date.getUTCDay. */
  weekdays: Readonly<Record<string, number>>;
  /** Month names and abbreviations, lower case, 1–12. */
  months: MonthTable;
  /** Month names short enough (under five letters) that are still dates alone after a lead: "in May". */
  shortMonths: ReadonlySet<string>;
  /** Words that shift a weekday or a period: "last" -1, "this" 0, "next" 1. */
  shifts: Readonly<Record<string, -1 | 0 | 1>>;
  /** Shift words written after the weekday or the unit: "dimanche dernier", "la semana pasada", "domenica scorsa". */
  shiftsAfter: Readonly<Record<string, -1 | 0 | 1>>;
  /**
   * Articles and prepositions before a weekday or a period that belong to its span: "am Montag", "el pasado
   * domingo", "na semana passada" (English prints "on Monday" and keeps "on" out).
   */
  leads: ReadonlySet<string>;
  /** Whether weekday and month names are capitalised inside a sentence (English, German), not only at its start. */
  capitalisedNames: boolean;
  /** Whether calendar units are capitalised nouns (German "letzte Woche"), so that a capital does not make a name. */
  capitalisedUnits: boolean;
  /** Phrases of two or three words that name a day relative to the reference: "ieri sera" -1, "ce matin" 0. */
  dayPhrases: Readonly<Record<string, number>>;
  /** Words that make the day word after them a noun: Spanish "la mañana" is the morning, not tomorrow. */
  notDayAfter: ReadonlySet<string>;
  /** Tokens between a day and its month: German "12. März" ("."), Spanish "12 de marzo" ("de"). */
  dayMonthLinks: ReadonlySet<string>;
  /** Words between a month and its year: Spanish "marzo de 2024". */
  monthYearLinks: ReadonlySet<string>;
  /**
   * What a weekday means when no word near it shows the tense: English news puts a bare "Sunday" in the past
   * ("said Sunday"); German and Dutch mark the past with a verb form and use the present for what is coming
   * ("De gemeente houdt donderdag een bijeenkomst").
   */
  unmarkedTense: 'past' | 'future';
  /** The word after "N days" that puts it in the past: "ago". */
  agoWords: ReadonlySet<string>;
  /** Units that are never counted back from ("weekend" in "a weekend ago"). */
  notAgoUnits: ReadonlySet<string>;
  /** Words that open an amount of "N units ago" without a number: "a", "an". */
  articleAmounts: ReadonlySet<string>;
  /** Words before "last year" that make it a duration, not a date: "the", "past". */
  durationLeads: ReadonlySet<string>;
  /** Words before "this month" that keep it a date: "earlier this month". */
  hedges: ReadonlySet<string>;
  /** Prefix of "mid-November". */
  midPrefix: string;
  /** A day of the month with its ordinal suffix, the number captured: "9th". */
  dayNumber: RegExp;
  /** Regular past tense: "-ed". */
  regularPast: RegExp;
  /** Words a regular past pattern catches that are not verbs ("hundred"). */
  notPast: ReadonlySet<string>;
  /** A clitic future ending: "'ll". */
  futureClitic: string;
  /** A future (or conditional) verb ending: Spanish "investigará", French "se réunira", Italian "sarà". */
  regularFuture: RegExp;
  /** Capitalised words that make a weekday part of a name: "Sunday Times", "Bloody Sunday", "Good Friday". */
  weekdayNameParts: ReadonlySet<string>;
  /** Words before a bare month name that make it a date ("in May"), not a name ("Theresa May"). */
  monthLeads: ReadonlySet<string>;
  /** Prepositions before a four-digit number that make it a year whatever follows ("in 2014 people fled"). */
  yearLeads: ReadonlySet<string>;
  /** Words before a number that make it a count ("more than 2014", "killed 2000"). */
  countLeads: ReadonlySet<string>;
  /** Nouns after a four-digit number that make it a count ("2000 people", "2014 votes"). */
  countNouns: ReadonlySet<string>;
  /** Units of "N units ago" and of "this/last/next unit". */
  calendarUnits: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>>;
  /** Plural calendar units, which make no period after a shift word: "last months" is no date. */
  pluralUnits: ReadonlySet<string>;
  /** Single words that name a day relative to the reference, in days. */
  dayWords: Readonly<Record<string, number>>;
  /** Words that put what follows them in the future ("will meet on Friday", "ahead of a summit on Wednesday"). */
  futureCues: ReadonlySet<string>;
  /** Common irregular past-tense verbs; regular ones are caught by their "-ed". */
  pastVerbs: ReadonlySet<string>;
  /** Past participles ending in "-ed" that look forward rather than back. */
  futureParticiples: ReadonlySet<string>;
}

export interface NumberWords {
  /** The word that links a vague amount to a larger one: "tens of thousands". */
  of: string;
  /** The mark between groups of three digits: "330,000" in English, "330.000" in German. */
  groupSeparator: string;
  /** The decimal mark: "1.2 million" in English, "1,2 Millionen" in German. */
  decimalSeparator: string;
  /** Vague amounts that may follow "tens of": "thousands", "millions". */
  vagueScales: ReadonlySet<string>;
  /** Vague amounts that are none on their own: "tens". */
  notAloneAmounts: ReadonlySet<string>;
  /** Articles that stand for one before a scale word: "a dozen", "an hundred". */
  articles: ReadonlySet<string>;
  /** Words spelling six: "half a dozen". */
  halfDozen: readonly [string, string, string];
  /** Number words up to nineteen, and the tens. */
  numberWords: Readonly<Record<string, number>>;
  /** Words that multiply the number before them: "1.2 million", "two dozen". */
  scaleWords: Readonly<Record<string, number>>;
  /** Plural amounts with no number: kept as words, their count unknown. */
  vagueAmounts: ReadonlySet<string>;
}

export interface CasualtyWords {
  /** Two words before a count that mean it was killed: "shot dead 14 people". */
  shotDead: readonly [string, string];
  /** The word between an event noun and its count: "the killing of 12". */
  of: string;
  /** The noun that counts deaths by what claimed them: "claimed 12 lives". */
  lives: string;
  /** Verbs before "N lives" that mean they were lost. */
  livesVerbs: ReadonlySet<string>;
  /** Words of a toll before its count: "death toll". */
  toll: readonly [string, string];
  /** The verb before "N dead" that makes an adjective a state: "left 3 dead". */
  left: string;
  /** Words that open a breakdown of a count: "including". */
  breakdownOpeners: ReadonlySet<string>;
  /** Words that join the parts of a breakdown: "and". */
  breakdownJoiners: ReadonlySet<string>;
  /** Verbs that take the count as their object: "killed eight civilians", "wounding 25". */
  activeVerbs: Readonly<Record<string, Kind>>;
  /** Nouns followed by "of" and the count: "the killing of 12 protesters", "the arrest of 30 people". */
  eventNouns: Readonly<Record<string, Kind>>;
  /** Words after the count that say what happened to them: "80 fighters were killed", "3 dead". */
  states: Readonly<Record<string, Kind>>;
  /**
   * Phrases after the count that say what happened to them, for states a single word cannot hold ("4 people lost
   * their lives", "zwei Menschen kamen ums Leben", "trois blessés" against "deux personnes mortellement blessées"):
   * lower-case words, one space apart; read before the single words and the bridge words.
   */
  statePhrases: readonly (readonly [string, Kind])[];
  /** Adjectives after "left": "left 3 dead", "left thousands homeless". */
  leftStates: ReadonlySet<string>;
  /** Words that may stand between the counted people and what happened to them. */
  bridgeWords: ReadonlySet<string>;
  /** Words between "death toll" and its count: "the death toll rose to 45". */
  tollWords: ReadonlySet<string>;
  /** Qualifier phrases before a count, longest first. */
  qualifiers: readonly (readonly [string, Qualifier])[];
  /** Nouns for people, singular and plural: the head of "IS militants", "pro-regime forces". */
  personNouns: ReadonlySet<string>;
  /**
   * Endings of nouns for kinds of people the list cannot hold, compounds above all: English "physicians",
   * "first-graders", German "Autofahrer", "Bergleute", "Rettungskräfte".
   */
  personSuffix: RegExp;
  /** Words that end the description of the counted people. */
  whoStops: ReadonlySet<string>;
  /** Words that make a number measure something other than people: "3 times more", "six days", "40 percent". */
  measureWords: ReadonlySet<string>;
}

export interface EntityWords {
  /** Words that make a title or role in front of a name: "Russian Foreign Minister", "Observatory head". */
  titleWords: ReadonlySet<string>;
  /** Capitalised words naming religious, ethnic or political groups ("Kurdish", "Shiite"). */
  groupWords: ReadonlySet<string>;
  /** Common nouns a text uses for an organisation it has named, with the words of the names they stand for. */
  descriptors: Readonly<Record<string, readonly string[]>>;
  /** Short words of a name that its acronym skips: "Syrian Observatory for Human Rights" → "SOHR". */
  acronymSkip: ReadonlySet<string>;
  /** Lower-case name particles that belong to a person's surname ("al-Zaatari" ~ "Zaatari"). */
  surnameParticles: readonly string[];
  /** Last words that make a capitalised phrase an organisation: "Syrian Observatory for Human Rights". */
  orgHeads: ReadonlySet<string>;
  /** Last words that make a capitalised phrase a place: "Euphrates River", "Gaza Strip". */
  locHeads: ReadonlySet<string>;
  /** Nouns after which a capitalised name is a place: "town of Albu Kamal", "Ghouta region", "city, Douma". */
  placeNouns: ReadonlySet<string>;
  /** Prepositions before a name that make it a place more often than not ("in Albu Kamal"). */
  placePrepositions: ReadonlySet<string>;
  /** First words that make a name a place: "Eastern Ghouta", "Northern Ireland". */
  compassWords: ReadonlySet<string>;
  /** Lower-case words that may stand inside a name: "Syrian Observatory for Human Rights", "Bashar al-Assad". */
  nameJoiners: ReadonlySet<string>;
  /** Well-known organisations the tagger, trained on 1996 news, cannot know. */
  knownOrganizations: ReadonlySet<string>;
  /** Capitalised only because they start a sentence or a line of speech; never a name on their own. */
  notNames: ReadonlySet<string>;
  /** Titles that, written before a name, make it a person's: "Governor Pence", "President Assad". */
  personTitles: ReadonlySet<string>;
  /**
   * Lower-case words that open a name as the language writes it, kept when the tagger took them in: "calle
   * Grazalema", "ministerio de Justicia". English has none.
   */
  nameOpeners: ReadonlySet<string>;
  /**
   * Clean-up steps of extractEntities this language skips, by their names in extract/entities/steps.ts
   * (ENTITY_STEPS; steps.test.ts checks each is one); none by default.
   */
  skipSteps?: ReadonlySet<string>;
  /**
   * The inflected endings of an adjective before a noun in a name, folded to the base form when mentions are
   * merged: German "Deutschen Bank" and "Deutsche Bank", "Europäischen Union" and "Europäische Union". None by
   * default.
   */
  adjectiveEnding?: RegExp;
  /**
   * The ending a person's name takes in the genitive, written with no apostrophe: German "Özils", "Merkels". A
   * mention that is a named person's surname or full name with it is that person. None by default.
   */
  genitiveEnding?: string;
}

export interface QuoteWords {
  /** Pronouns that follow an inverted cue: "…," said he. */
  invertedSubjects: ReadonlySet<string>;
  /** Words after a cue that open its speaker: "said a spokesman". */
  determinersAfterCue: ReadonlySet<string>;
  /** Words before a channel noun: "in a statement", "in his speech". */
  channelDeterminers: ReadonlySet<string>;
  /** Prepositions before an addressee: "told reporters with", "said to Reuters". */
  addresseePrepositions: ReadonlySet<string>;
  /** Words that open an indirect question or a clause: "asked whether". */
  questionWords: ReadonlySet<string>;
  /** Conjunctions that open a subordinate clause, ending reported content. */
  /**
   * Prepositions that open an adjunct of the cue rather than its content when no clause follows: "Costa reported
   * from Washington", "…, Mr. Daniloff said by telephone this week".
   */
  adjunctOpeners: ReadonlySet<string>;
  /** Subordinators that open an adjunct of the cue, not its content: "Victory is vital, he said after meeting aides". */
  adjunctSubordinators: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  /** Words that open the question an "ask" cue reports. */
  questionOpeners: ReadonlySet<string>;
  /** Words trimmed from the end of reported content. */
  trailingWords: ReadonlySet<string>;
  /** Nouns that make a description a person: "a military source". */
  personHeads: ReadonlySet<string>;
  /** Prepositions at which a speaker phrase, read backwards, stops. */
  backStops: ReadonlySet<string>;
  /** Relative pronouns after a speaker: "the man who". */
  relativePronouns: ReadonlySet<string>;
  /** Month names and abbreviations, lower case: "on November 9". */
  months: ReadonlySet<string>;
  /** Cue verbs by word form. */
  cueVerbs: ReadonlyMap<string, CueEntry>;
  /** Particles that turn a cue into a two-word cue: "called on", "pointed out", "went on to say". */
  cueParticles: ReadonlyMap<string, readonly { particle: string; kind: CueKind }[]>;
  /** The word before an infinitive: a cue followed by it and a second cue ("continued to complain") is one cue. */
  infinitiveMarker: string;
  /** Cues that must come with their particle to count ("pointed" alone is not speech). */
  particleRequired: ReadonlySet<string>;
  /** Forms of "be" before a participle that make a passive: "was asked", "has been asked". */
  passiveAuxiliaries: ReadonlySet<string>;
  /** Prepositions that open the topic of a question: "was asked about the vote". */
  topicPrepositions: ReadonlySet<string>;
  /** Words before a cue that make it passive or not speech: "was told", "is said to". */
  passiveBefore: ReadonlySet<string>;
  /** Adverbs set off by commas between a speaker and its cue: "Proponents, however, say". */
  asideAdverbs: ReadonlySet<string>;
  /** Quantifiers that open a phrase of people: "several observers", "some Democrats". */
  quantifiers: ReadonlySet<string>;
  /** The word that opens a parenthetical cue after a comma: "…, as David Dayen noted." */
  parentheticalAs: ReadonlySet<string>;
  /** Adverbs of place skipped between a cue and its content: "told voters here Sunday that". */
  placeAdverbs: ReadonlySet<string>;
  /** Words that may sit between a speaker and the cue without belonging to the speaker. */
  speakerSkip: ReadonlySet<string>;
  /**
   * How the language forms adverbs from adjectives ("quietly", "pointedly"): such a word between a speaker and the
   * cue is skipped like `speakerSkip`. Nouns of the same form ("family", "ally") are listed in `adverbLikeNouns`.
   */
  adverbForm: RegExp;
  adverbLikeNouns: ReadonlySet<string>;
  /** Words at which a speaker phrase, read backwards from its cue, stops. */
  speakerStop: ReadonlySet<string>;
  /** Subject and object pronouns a speaker may be, with the kind of antecedent they want. */
  pronouns: ReadonlyMap<string, 'person' | 'group' | 'thing' | 'either'>;
  /** Words that open a description rather than a name: "a military source", "two officials". */
  indefinite: ReadonlySet<string>;
  /** Determiners dropped before a name: "the United Nations". */
  determiners: ReadonlySet<string>;
  /** Titles and roles stripped from the front of a name: "Russian Foreign Minister Sergei Lavrov". */
  titleWords: ReadonlySet<string>;
  /** Words marking an organisation rather than a person in a speaker's name. */
  orgWords: ReadonlySet<string>;
  /** Short references to an organisation that speakers use after first mention: "the monitor". */
  orgReferences: ReadonlySet<string>;
  /** Words that may join the parts of a proper name: "Observatory for Human Rights", "Bank of England". */
  nameConnectors: ReadonlySet<string>;
  /** Name particles ignored when matching a surname: "al-Zaatari" is "Zaatari". */
  nameParticle: RegExp;
  /** Words after which a following quotation is a name or a label, not speech. */
  scareBefore: ReadonlySet<string>;
  /** Words allowed right after a short quotation that is still speech: "called it "unfair" and left". */
  afterShortQuoteOk: ReadonlySet<string>;
  /** Days, relative times and adverbs skipped between a cue and its content: "announced on Sunday". */
  timeWords: ReadonlySet<string>;
  /** Nouns of the channel a statement came through: "said in a statement", "told reporters in an interview". */
  channelNouns: ReadonlySet<string>;
  /** Words opening a clause, so the cue's content is reported speech: "announced it had". */
  clauseWords: ReadonlySet<string>;
  /** Subject pronouns that open a clause. */
  subjectPronouns: ReadonlySet<string>;
  /** Opening words of an adverbial phrase dropped from the front of reported content: "On another front, …". */
  introWords: ReadonlySet<string>;
  /** Words before a verb form that make it a noun or an adjective: "the claim", "a noted author". */
  nounBefore: ReadonlySet<string>;
  /** Verb forms that are as often nouns ("news reports", "phone calls"); they need a subject right before. */
  nounLikeForms: ReadonlySet<string>;
  /** Subjects that license a noun-like verb form: "Trump claims", "he notes". */
  subjectBefore: ReadonlySet<string>;
  /**
   * A lower-case plural noun, which licenses a noun-like verb's plural form when a clause follows it: "advocacy
   * groups note that …", "lawmakers claim it will …" (null: the language has no such check).
   */
  pluralNoun: RegExp | null;
  /** Words a participial cue ("saying", "adding") may follow. */
  participleBefore: ReadonlySet<string>;
  /** Irregular past-tense verbs that show reported content is a clause: "the email came hours after". */
  pastTense: ReadonlySet<string>;
  /**
   * Clause cues whose object, opened by a determiner or a possessive, also reports what was said: "noted her years
   * as senator", "reiterated his support"; not "maintained a lead" or "claimed the nomination".
   */
  objectContentCues: ReadonlySet<string>;
  /** Clause cues whose infinitive is what was said, a promise: "promised to build a wall". */
  infinitiveContentCues: ReadonlySet<string>;
  /** Cues whose plain object is itself what was said: "announced his candidacy", "called him a liar". */
  nounContentCues: ReadonlySet<string>;
  /** Cues recognised in title-case headlines: "Clinton Says No To Fox News". */
  titleCaseCues: ReadonlySet<string>;
  /** Small words a Title Case name may keep in lower case: "Sons of Trump", "Fox and Friends". */
  titleSmallWords: ReadonlySet<string>;
  /** Conjunctions joining two cues or two names; a cue after one shares the speaker before: "and said". */
  coordinators: ReadonlySet<string>;
  /** Adverbs of sequence between a coordinator and its cue: "and then said". */
  sequenceAdverbs: ReadonlySet<string>;
  /** Words that open a cue's content clause, skipped before the content: "said that …". */
  complementizers: ReadonlySet<string>;
  /** The definite article, dropped or read through in names and phrases: "the army", "the United Nations". */
  definiteArticles: ReadonlySet<string>;
  /** The two words of the `according` cue, whose speaker follows it: "according to officials". */
  accordingCue: readonly [string, string];
  /**
   * Adjectives that, after a noun for people, open a phrase describing them: "people familiar with the matter",
   * "sources close to the talks"; none by default.
   */
  speakerAdjectives?: ReadonlySet<string>;
  /** Cue lemmas whose addressee follows them directly: "told reporters", "told AFP". */
  addresseeCues: ReadonlySet<string>;
  /** Cue lemmas that report a question, speech even with no asker: "when asked whether he would". */
  questionCues: ReadonlySet<string>;
  /** Cue forms that still cue when capitalised at a sentence start: "Asked why he trailed, Sanders said". */
  sentenceOpeningCues: ReadonlySet<string>;
  /** Words after a cue lemma that make it no speech: "called off", "called up", "adding to". */
  notSpeechParticles: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Short objects that may stand between such a cue and its particle: "calls that into question", "called it off";
   * none by default.
   */
  particleObjects?: ReadonlySet<string>;
  /**
   * Cues that are speech only with a complement after their object ("called the plan a disaster", "called him
   * divisive"): with an object alone and then an adjunct or the sentence's end ("called the police while on his
   * way", "called Trump on Tuesday") they are a telephone call or a summons. None by default.
   */
  objectComplementCues?: ReadonlySet<string>;
  /** Object pronouns such a cue may take: "called him"; none by default. */
  objectPronouns?: ReadonlySet<string>;
  /** Words that open such a cue's object before its noun besides the articles: "called his lawyer"; none by default. */
  objectDeterminers?: ReadonlySet<string>;
  /** Heads of `orgReferences` that may stand for the wire agency reporting the story ("the agency"); none by default. */
  agencyReferences?: ReadonlySet<string>;
  /** The ending of a participle cue: "saying", "adding". */
  participleEnding: string;
  /** Participles that are speech after any word, not only after a clause break: "62 percent of voters saying". */
  freeParticiples: ReadonlySet<string>;
  /** Prepositions that open a channel phrase after a cue: "in a statement", "during an interview", "via email". */
  channelPrepositions: ReadonlySet<string>;
  /**
   * Prepositions of a longer adjunct between a cue and the complementizer that closes it: "argued during Saturday's
   * debate that", "argues at The Federalist that"; none by default.
   */
  adjunctPhrasePrepositions?: ReadonlySet<string>;
  /**
   * Prepositions of a topic that holds someone else's claim: in "declined to comment on reports that …" or
   * "commented about claims that …" the clause after "that" is what the reports say, not what the speaker said, so the
   * cue has no content; none by default.
   */
  hearsayPrepositions?: ReadonlySet<string>;
  /** The nouns of such a topic: "reports", "claims", "speculation"; none by default. */
  hearsayNouns?: ReadonlySet<string>;
  /**
   * Units of time that, after an article or a number, open a sentence's time phrase ("A month later, …", "Two weeks
   * after the vote, …"), which is no subject; none by default.
   */
  timeUnits?: ReadonlySet<string>;
  /**
   * Words that only modify a time in a phrase after a cue ("a few days later", "late Thursday", "even on Friday
   * morning"): a phrase of them and times alone is no content; none by default.
   */
  timeModifiers?: ReadonlySet<string>;
  /** Adverbs that mark their clause as reported by someone unnamed: "The FBI is reportedly preparing …"; none by default. */
  reportingAdverbs?: ReadonlySet<string>;
  /**
   * Verbs that put out a statement, by form, each with the particle it needs ("put out") or '': with a statement noun
   * after them they are a cue ("released a statement condemning …"); none by default.
   */
  statementVerbs?: ReadonlyMap<string, string>;
  /**
   * Nouns of saying that are a cue with their possessor and a clause after the complementizer: "his claim that …",
   * "Rubio's assertion that …"; none by default.
   */
  speechNouns?: ReadonlySet<string>;
  /**
   * Prepositions after a noun of saying that give its speaker instead of a possessor: "complaints from his
   * counterpart that …", "claims by the agencies that …"; none by default.
   */
  speechNounSources?: ReadonlySet<string>;
  /**
   * Two-word phrases set off by commas between a speaker and its cue, as an aside adverb is: "for example" in
   * "Okafor's campaign, for example, said"; none by default.
   */
  asidePhrases?: readonly (readonly [string, string])[];
  /**
   * Nouns of saying whose object after its preposition is what was asked even with no possessor: "a call for calm",
   * not "demand for workers"; none by default.
   */
  unownedObjectNouns?: ReadonlySet<string>;
  /**
   * Cue lemmas that are also aspectual verbs: before the infinitive of a verb that is no cue ("continued to be low")
   * they report nothing; none by default.
   */
  aspectualCues?: ReadonlySet<string>;
  /** Prepositions after a noun of saying that give what it asked or promised: "his call for", "her promise to". */
  speechNounObjects?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Possessive pronouns that own a noun of saying, with the antecedent they want: "his" a person. */
  possessivePronouns?: ReadonlyMap<string, 'person' | 'group' | 'thing'>;
  /** Nouns of the statements those verbs put out: "statement", "memo". */
  statementNouns?: ReadonlySet<string>;
  /** Prepositions before a day, a date or a network, skipped after a cue: "said on Sunday", "wrote on Twitter". */
  adjunctPrepositions: ReadonlySet<string>;
  /**
   * Prepositions and particles that follow the verb opening an instruction ("Start by …", "Walk to …", "Step back"):
   * a sentence opened by a capitalised word and one of these has no named subject for a later bare cue to borrow.
   */
  instructionFollowers?: ReadonlySet<string>;
  /** Social networks a statement is posted on, lower case: "said on Twitter". */
  socialNetworks: ReadonlySet<string>;
  /** Lower-case words that may join the capitalised words of an addressee: "told the Bank of England". */
  addresseeConnectors: ReadonlySet<string>;
  /** Plural nouns that are an addressee on their own: "told reporters". */
  audienceNouns: ReadonlySet<string>;
  /** A regular past tense (a stem of three letters or more) that shows content is a clause: "troops advanced". */
  regularPast: RegExp;
  /** Relative pronouns that stand for the speaker before them: "Barkley, who said". */
  speakerRelatives: ReadonlySet<string>;
  /** Prepositions a speaker after its cue reads through when a name or "the" follows: "said a source in Homs". */
  locativePrepositions: ReadonlySet<string>;
  /** Endings of a qualifier dropped, with the words before it, from the front of a name: "London-based". */
  qualifierEndings: readonly string[];
  /** Two-word phrases after which a quotation is a name, not speech: known as "the Beast". */
  namingPhrases: readonly (readonly [string, string])[];
  /** The possessive ending of a word, dropped when names are compared: "Syria's" → "syria". */
  possessiveEnding: RegExp;
  /** Possessive tokens the tokenizer splits off a name: "Syria", "'s", "army"; "Reuters", "'", "office". */
  possessiveTokens: ReadonlySet<string>;
  /** Capitalised words that open a sentence but never a speaker: "When asked", "To", "Recently", "Hours later". */
  notSpeakerOpeners: ReadonlySet<string>;
  /** Endings of an adverb or a participle that opens a sentence and is no name: "Recently", "Speaking at". */
  openerEndings: readonly string[];
  /** Lower-case heads that are never a speaker: "the time said" is no one. */
  notSpeakerHeads: ReadonlySet<string>;
  /** Auxiliaries between a speaker and a participle cue: "he is telling", "He's predicting". */
  progressiveAuxiliaries: ReadonlySet<string>;
  /** Abbreviated titles spelt out when descriptions are compared: "Sen." is "senator" ("the Florida senator"). */
  titleAbbreviations: ReadonlyMap<string, string>;
  /**
   * Words that stand before a determiner inside one noun phrase: "all the officials", "both the senators"; none by
   * default.
   */
  predeterminers?: ReadonlySet<string>;
  /**
   * Object pronouns that, opening a clause before its cue, stand for what was said, the subject following the cue:
   * Italian "Lo ha detto il ministro"; none by default.
   */
  objectClitics?: ReadonlySet<string>;
  /** Cue forms that are a noun right after a place's name: "New York state now has …"; none by default. */
  nounsAfterPlace?: ReadonlySet<string>;
  /** Prepositions after the head of a description: "a spokesman for the army". */
  descriptionPrepositions: ReadonlySet<string>;
  /** Articles that open an apposition describing the name before it: "Caleb Jones, the rookie defenceman,". */
  descriptionArticles: ReadonlySet<string>;
  /** The ending of a pronoun's contracted auxiliary: "he'll", "she's", "they're". */
  contractedAuxiliary: RegExp;
  /** Prepositions before the agent of a passive cue, who speaks: "asked by a reporter". */
  agentPrepositions: ReadonlySet<string>;
  /** Credentials and party codes after a name, lower case without dots: "Jane Roe, MSc,", "Ted Cruz, R-Texas,". */
  credentials: ReadonlySet<string>;
  /** A party-and-state code after a name: "R-Texas", "D-N.Y". */
  partyCode: RegExp;
  /** Titles and words before a name that give its gender: "Mr.", "Mrs.", "congresswoman". */
  genderedTitles: ReadonlyMap<string, 'male' | 'female'>;
  /** Pronouns that show the gender of the person they stand for: "he", "his", "she", "her". */
  genderedPronouns: ReadonlyMap<string, 'male' | 'female'>;
  /** The plural ending of a description's head, which "they" may stand for: "officials", "critics". */
  pluralEnding: RegExp;
  /** Auxiliaries that join the participle cue after them into one cue: French "a déclaré", Italian "ha detto". */
  cueAuxiliaries: ReadonlySet<string>;
  /** One-word cues whose speaker follows them, like "according to": "selon", "según", "volgens". */
  accordingWords: ReadonlySet<string>;
  /** Cues that count only after a comma or a closing mark, their speaker after them: German "so Frick", Dutch "aldus". */
  postposedCues: ReadonlySet<string>;
  /**
   * A verb with its subject pronoun hyphenated after it (French "a-t-il", "déclare-t-elle"): group 1 the verb, group 2
   * the pronoun. The verb is a cue or an auxiliary of the cue after it.
   */
  cliticSubject: RegExp;
  /**
   * A subject pronoun written as one word with its auxiliary ("I'd", "we've", "they’ll"), the pronoun captured: the
   * tokeniser keeps such a word whole. None by default.
   */
  contractedSubject?: RegExp;
  /** Prepositions of an addressee between a cue and its inverted speaker: "a déclaré à l'AFP un élu", "dijo a EFE". */
  addresseeBeforeSpeaker: ReadonlySet<string>;
  /** Words that open an addressee after an inverted name: German "sagte Frick der Deutschen Presse-Agentur". */
  addresseeAfterName: ReadonlySet<string>;
  /** Elided articles and conjunctions glued to the next word ("l'AFP", "qu'elle"), dropped to read that word. */
  elision: RegExp;
  /** A comma after a cue opens its content clause: German "sagte, die Lastwagen seien …". */
  commaOpensContent: boolean;
  /** Subjects may be left out (Spanish "añadió"): a cue after a quotation with no subject is the last speaker's. */
  dropsSubject: boolean;
  /** Endings that make a compound a title or role: German "WFP-Sprecher", "Außenministerin". */
  titleEndings: readonly string[];
  /** Endings of a title that give its gender: German "-in" ("Politikerin"). */
  genderedTitleEndings: readonly (readonly [string, 'male' | 'female'])[];
  /**
   * A definite description headed by a title ("die Grünen-Politikerin") with no description given before stands for
   * the person of its gender named last, as a pronoun would.
   */
  titleDescriptionsCorefer: boolean;
  /** Noun phrases put their head first ("le ministère français"): a description's head is the word after its article. */
  headFirst: boolean;
  /**
   * A name in apposition after an inverted description is the speaker's: "dijo el jefe de los bomberos, Luis Ponce".
   * English keeps the description as written ("said the company's chief executive, John Ferriola").
   */
  invertedApposition: boolean;
  /** Nouns are capitalised (German): a lower-case word before a cue heads no speaker unless it is a pronoun. */
  capitalisedNouns: boolean;
  /**
   * The verb comes second (German, Dutch): after a fronted adjunct ("In der Mitteilung betont die Initiative",
   * "Deshalb sagte er") the subject follows the cue.
   */
  verbSecond: boolean;
  /** Quotation marks are set off by spaces inside them (French « … »): a mark between a space and punctuation closes. */
  spacedMarks: boolean;
  /** A paragraph opened by a dash is a line of speech (Spanish "—Seguiremos buscando —dijo Ponce—."). */
  dialogueDash: boolean;
  /** A cue set off by dashes inside a quotation attributes it: Italian "«… – dichiara il presidente – …»". */
  dashedAsides: boolean;
  /** Participles that are a cue only with their auxiliary: "a condamné", not "un imam condamné à la prison". */
  auxiliaryParticiple: RegExp;
}

/** Phrases in running text that only an agency's own copy uses: "told AFP", "an AFP correspondent". */
export interface AgencyWords {
  /** Phrases right before an agency the text spoke to: "told", "said in a statement to". */
  toldPhrases: readonly string[];
  /** Words after "told AFP" that make the agency the speaker instead: "told AFP reported". */
  notAfterTold: readonly string[];
  /** Articles before "AFP correspondent". */
  articles: readonly string[];
  /** Staff and tally nouns after an agency: "an AFP correspondent", "an AFP tally". */
  staffNouns: readonly string[];
  /** Sign-off labels that open a reporting credit: "(Reporting by". */
  reportingLabels: readonly string[];
  /** The agency whose house style that sign-off is. */
  reportingAgency: string;
}

/** Everything the story extractors read: a pack without it gets page fields only. */
export interface StoryWords {
  sentences: SentenceWords;
  dates: DateWords;
  numbers: NumberWords;
  quotes: QuoteWords;
  casualties: CasualtyWords;
  entities: EntityWords;
  agencies: AgencyWords;
}

/** One language: its page words and its story words (when copydesk can read stories in it). */
export interface LanguagePack {
  /** BCP 47 primary language subtag: "en", "de". */
  code: string;
  /** English name of the language, for warnings. */
  name: string;
  page: PageWords;
  story: StoryWords | null;
}

/** A pack that can read stories. */
export type StoryPack = LanguagePack & { story: StoryWords };
