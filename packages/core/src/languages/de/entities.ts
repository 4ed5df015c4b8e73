import { table } from '../../util/table';
import type { EntityWords } from '../types';

// German entity words. German capitalises every noun, so notNames holds the capitalised words that open
// sentences and the common nouns that stand before names ("Bundeskanzlerin Merkel"); titles are lower-cased
// for lookup like every other pack.

/** Words that make a title or role in front of a name: "Bundeskanzlerin Merkel", "Außenminister Maas". */
const TITLE_WORDS = new Set(
  (
    'präsident präsidentin bundespräsident bundespräsidentin vizepräsident kanzler kanzlerin bundeskanzler ' +
    'bundeskanzlerin minister ministerin außenminister außenministerin innenminister innenministerin ' +
    'verteidigungsminister verteidigungsministerin finanzminister finanzministerin ministerpräsident ' +
    'entwicklungsminister entwicklungsministerin wirtschaftsminister wirtschaftsministerin justizminister ' +
    'justizministerin gesundheitsminister gesundheitsministerin umweltminister umweltministerin ' +
    'arbeitsminister arbeitsministerin bildungsminister bildungsministerin verkehrsminister verkehrsministerin ' +
    'familienminister familienministerin landwirtschaftsminister landwirtschaftsministerin staatsminister ' +
    'staatsministerin ' +
    'ministerpräsidentin regierungschef regierungschefin staatschef staatschefin premierminister ' +
    'premierministerin generalsekretär generalsekretärin könig königin prinz prinzessin papst kardinal bischof ' +
    'erzbischof bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin gouverneur gouverneurin ' +
    'senator senatorin abgeordnete abgeordneter botschafter botschafterin gesandte sprecher sprecherin chef ' +
    'chefin leiter leiterin vorsitzende vorsitzender parteichef parteichefin kommandeur direktor direktorin ' +
    'berater beraterin richter richterin staatsanwalt staatsanwältin oberst general leutnant hauptmann admiral ' +
    'herr frau dr prof professor professorin gründer gründerin trainer trainerin korrespondent korrespondentin ' +
    'reporter reporterin amtskollege amtskollegin kollege kollegin'
  ).split(' '),
);

/** Capitalised words naming religious, ethnic or political groups: "Kurden", "Schiiten". */
const GROUP_WORDS = new Set(
  (
    'Kurde Kurden Sunnit Sunniten Schiit Schiiten Alawit Alawiten Christ Christen Muslim Muslime Jude Juden ' +
    'Drusen Jesiden Araber Islamist Islamisten Katholiken Protestanten Hindus Buddhisten Sikhs Kopten ' +
    'Paschtunen Tamilen Uiguren Rohingya Demokraten Republikaner Palästinenser Hutu Tutsi Tschetschenen'
  ).split(' '),
);

/** Common nouns a text uses for an organisation it has named, with the words of the names they stand for. */
const DESCRIPTORS: Record<string, readonly string[]> = table({
  beobachtungsstelle: ['Beobachtungsstelle'],
  agentur: ['Agentur'],
  ministerium: ['Ministerium'],
  partei: ['Partei'],
  bündnis: ['Bündnis'],
  rat: ['Rat'],
  kommission: ['Kommission'],
  ausschuss: ['Ausschuss'],
  gericht: ['Gericht'],
});

/** Short words of a name that its acronym skips: "Christlich Demokratische Union" → "CDU". */
const ACRONYM_SKIP = new Set([
  'der',
  'die',
  'das',
  'des',
  'für',
  'und',
  'von',
  'vom',
  'zur',
  'zum',
  'in',
  'im',
]);

/** Lower-case name particles that belong to a person's surname ("al-Zaatari" ~ "Zaatari"). */
const SURNAME_PARTICLES = ['al-', 'el-'];

/** Last words that make a capitalised phrase an organisation: "Deutsche Bank", "Volkswagen AG". */
const ORG_HEADS = new Set(
  (
    'AG GmbH KG SE eV e.V. Bank Partei Union Bund Verband Verein Stiftung Institut Universität Hochschule ' +
    'Gericht Ministerium Agentur Kommission Rat Bundestag Bundesrat Zeitung Rundschau Allgemeine Post Presse ' +
    'Rundfunk Nachrichten Kirche Gruppe Werke Klinik Polizei Armee'
  ).split(' '),
);

/** Last words that make a capitalised phrase a place: "Schwäbische Alb", "Nördliche Ostsee". */
const LOC_HEADS = new Set(
  'Alb Alpen Gebirge Wald See Meer Insel Inseln Tal Bucht Straße Platz Kanal'.split(' '),
);

/** Nouns after which a capitalised name is a place: "die Stadt X", "im Dorf X". */
const PLACE_NOUNS = new Set(
  'Stadt Ort Dorf Gemeinde Provinz Region Hauptstadt Bezirk Landkreis Kreis Grenze Gebiet Stadtteil Vorort Bundesland Land'.split(
    ' ',
  ),
);

/** Prepositions before a name that make it a place more often than not ("in Berlin", "nach Moskau"). */
const PLACE_PREPOSITIONS = new Set('in nach aus bei nahe'.split(' '));

/** First words that make a name a place: "Nordkorea" is one word; "Nord-" forms hyphenate. */
const COMPASS_WORDS = new Set('Ost West Nord Süd Zentral'.split(' '));

/** Lower-case words that may stand inside a name: "Bank für Internationalen Zahlungsausgleich", "Stiftung zur …". */
const NAME_JOINERS = new Set([
  'für',
  'der',
  'des',
  'und',
  'von',
  'vom',
  'van',
  'de',
  'zu',
  'zur',
  'zum',
  'im',
  'am',
  'bin',
  'ibn',
  'al',
]);

/** Well-known organisations the tagger cannot know from its training data. */
const KNOWN_ORGANIZATIONS = new Set(
  (
    'Hisbollah Hamas Taliban IS ISIS Nato NATO Uno UNO EU Unicef UNHCR WHO Opec dpa AFP Reuters AP KNA epd ' +
    'CDU CSU SPD FDP AfD Grüne Linke ÖVP SPÖ FPÖ SVP ARD ZDF Welternährungsprogramm Bundeswehr Bundestag'
  )
    .split(' ')
    .concat([
      'Vereinte Nationen',
      'Vereinten Nationen',
      'Europäische Union',
      'Europäischen Union',
      'Rotes Kreuz',
    ]),
);

/**
 * Capitalised only because they start a sentence or are nouns; never a name on their own. The name joiners are
 * left out: in a title-case line a lower-case word of this list cuts a name, and joiners stand inside names.
 */
const NOT_NAMES = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines dieser diese dieses in im am an auf für von vom ' +
    'zu zum zur und aber oder wenn als wie es er sie wir ihr ich du man sein seine ihre unser mein dort hier ' +
    'jetzt heute gestern morgen was wann wo warum wie wer auch noch nur schon dann doch ja nein bei nach seit ' +
    'mit ohne aus über unter vor hinter zwischen während trotz wegen laut alle viele einige jeder jede erst ' +
    'herr frau'
  )
    .split(' ')
    .filter((w) => !NAME_JOINERS.has(w)),
);

/** Titles that, written before a name, make it a person's: "Kanzlerin Merkel", "Präsident Macron". */
const PERSON_TITLES = new Set(
  (
    'präsident präsidentin bundespräsident kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin ' +
    'außenminister außenministerin ministerpräsident ministerpräsidentin könig königin prinz prinzessin papst ' +
    'bürgermeister bürgermeisterin oberbürgermeister gouverneur senator senatorin herr frau dr prof general'
  ).split(' '),
);

export const DE_ENTITIES: EntityWords = {
  titleWords: TITLE_WORDS,
  groupWords: GROUP_WORDS,
  descriptors: DESCRIPTORS,
  acronymSkip: ACRONYM_SKIP,
  surnameParticles: SURNAME_PARTICLES,
  orgHeads: ORG_HEADS,
  locHeads: LOC_HEADS,
  placeNouns: PLACE_NOUNS,
  placePrepositions: PLACE_PREPOSITIONS,
  compassWords: COMPASS_WORDS,
  nameJoiners: NAME_JOINERS,
  knownOrganizations: KNOWN_ORGANIZATIONS,
  notNames: NOT_NAMES,
  personTitles: PERSON_TITLES,
  nameOpeners: new Set(),
  // "der Deutschen Bank", "die Deutsche Bank": an adjective's -en, -er, -es after its -e.
  adjectiveEnding: /(?<=\p{L}{3}e)[nrs]$/u,
  // "Özils Interview" after "Mesut Özil".
  genitiveEnding: 's',
};
