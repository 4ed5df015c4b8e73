import { table } from '../../util/table';
import type { EntityWords } from '../types';

/** Words that make a title or role in front of a name: "Russian Foreign Minister", "Observatory head". */
const TITLE_WORDS = new Set(
  (
    'president vice prime minister foreign defence defense interior finance secretary general chancellor king ' +
    'queen prince princess sheikh emir sultan ayatollah pope cardinal bishop archbishop imam rabbi mayor governor ' +
    'senator sen rep representative congressman congresswoman ambassador envoy spokesman spokeswoman spokesperson ' +
    'head chief leader commander coordinator director chairman chairwoman chair deputy adviser advisor official ' +
    'judge justice lieutenant lt colonel col major maj captain capt sergeant sgt admiral marshal brigadier ' +
    'mr mrs ms dr prof professor sir lord lady counterpart counterparts premier state affairs executive ceo ' +
    'founder coach manager striker goalkeeper analyst correspondent editor reporter officer gen'
  ).split(' '),
);

/** Capitalised words naming religious, ethnic or political groups ("Kurdish", "Shiite"). */
const GROUP_WORDS = new Set(
  (
    'Kurd Kurds Kurdish Sunni Sunnis Shiite Shiites Shia Shias Alawite Alawites Christian Christians Muslim ' +
    'Muslims Jewish Jew Jews Druze Yazidi Yazidis Arab Arabs Islamist Islamists Catholic Catholics Protestant ' +
    'Protestants Hindu Hindus Buddhist Buddhists Sikh Sikhs Coptic Copts Pashtun Pashtuns Tamil Tamils Uighur ' +
    'Uighurs Uyghur Uyghurs Rohingya Democrat Democrats Republican Republicans Kazakh Kazakhs Uzbek Uzbeks ' +
    'Kyrgyz Tajik Tajiks Turkmen Baloch Berber Berbers Tuareg Hutu Tutsi Chechen Chechens Circassian Assyrian ' +
    'Assyrians Turkoman Turkomans Bedouin Palestinian Palestinians British English Scottish Welsh Dutch Swiss ' +
    'French Irish Filipino Thai Basque Catalan Flemish Persian Serb Serbs Croat Croats Bosniak Bosniaks Moslem ' +
    'Moslems'
  ).split(' '),
);

/** Common nouns a text uses for an organisation it has named, with the words of the names they stand for. */
const DESCRIPTORS: Record<string, readonly string[]> = table({
  monitor: ['Observatory', 'Monitor', 'Watch'],
  observatory: ['Observatory'],
  agency: ['Agency'],
  ministry: ['Ministry'],
  coalition: ['Coalition'],
  alliance: ['Alliance'],
  council: ['Council'],
  commission: ['Commission'],
  committee: ['Committee'],
  party: ['Party'],
});

/** Short words of a name that its acronym skips: "Syrian Observatory for Human Rights" → "SOHR". */
const ACRONYM_SKIP = new Set(['of', 'for', 'the', 'and', 'in', 'on', 'de', 'du', 'des', 'la', 'al']);

/** Lower-case name particles that belong to a person's surname ("al-Zaatari" ~ "Zaatari"). */
const SURNAME_PARTICLES = ['al-', 'el-', 'ul-', 'ad-', 'as-', 'ash-', 'at-', 'az-', 'ar-', 'an-'];

/** Last words that make a capitalised phrase an organisation: "Syrian Observatory for Human Rights". */
const ORG_HEADS = new Set(
  (
    'Observatory Organization Organisation Rights Council Committee Agency Ministry Union Party Front Army ' +
    'Forces Guards Nations Bank Fund Institute University College Court Commission Association Federation ' +
    'League Movement Brigade Brigades Company Corporation Corp Inc Ltd Group Foundation Service Services ' +
    'Authority Office Department Police Parliament Assembly Congress Senate Coalition Alliance Society Network ' +
    'Press News Times Post Journal Tribune Herald Gazette Magazine Channel Radio Television Airlines Airways ' +
    'Watch Reuters Centre Center School Hospital'
  ).split(' '),
);

/** Last words that make a capitalised phrase a place: "Euphrates River", "Gaza Strip". */
const LOC_HEADS = new Set(
  (
    'River Sea Ocean Lake Mountains Mountain Mount Valley Province Region Governorate District Desert Island ' +
    'Islands Peninsula Gulf Bay Strait Strip Coast Heights Plain Plains Basin Canal Square Street Avenue'
  ).split(' '),
);

/** Nouns after which a capitalised name is a place: "town of Albu Kamal", "Ghouta region", "city, Douma". */
const PLACE_NOUNS = new Set(
  'town city village province region capital district border area suburb neighbourhood neighborhood enclave governorate'.split(
    ' ',
  ),
);

/** Prepositions before a name that make it a place more often than not ("in Albu Kamal"). */
const PLACE_PREPOSITIONS = new Set(
  'in at near into around outside inside across towards toward through'.split(' '),
);

/** First words that make a name a place: "Eastern Ghouta", "Northern Ireland". */
const COMPASS_WORDS = new Set(
  'Eastern Western Northern Southern Central Upper Lower Greater North South East West'.split(' '),
);

/** Lower-case words that may stand inside a name: "Syrian Observatory for Human Rights", "Bashar al-Assad". */
const NAME_JOINERS = new Set([
  'of',
  'for',
  'the',
  'and',
  'de',
  'du',
  'da',
  'van',
  'von',
  'bin',
  'ibn',
  'bint',
]);

/** Well-known organisations the tagger, trained on 1996 news, cannot know. */
const KNOWN_ORGANIZATIONS = new Set(
  (
    'Hezbollah Hamas Taliban Daesh ISIS ISIL IS NATO UN EU UNICEF UNHCR WHO OPEC ASEAN Interpol Europol ' +
    'al-Qaeda al-Shabaab PKK YPG SDF FSA Houthis Wagner AFP Reuters AP SANA IRNA TASS Xinhua'
  )
    .split(' ')
    .concat(['Boko Haram', 'Islamic State', 'Al-Qaeda', 'Muslim Brotherhood', 'Red Cross', 'Red Crescent']),
);

/** Capitalised only because they start a sentence or a line of speech; never a name on their own. */
const NOT_NAMES = new Set(
  (
    'the a an this that these those in on at for of and but or by as it its if i we he she they you me my our ' +
    'his her their your well let yes no so now then here there what when where why how who oh ok okay please ' +
    'thank thanks hello hi dear sir madam mr mrs ms dr between after before during while although though ' +
    'despite since until with without from to into about among under over like unlike meanwhile however also ' +
    'still yet even just only both each every all some many most more one first last today yesterday tomorrow'
  ).split(' '),
);

/** Titles that, written before a name, make it a person's: "Governor Pence", "President Assad". */
const PERSON_TITLES = new Set(
  (
    'president governor senator sen rep mr mrs ms dr prof minister king queen prince princess pope sheikh ' +
    'ayatollah mayor judge chancellor premier ambassador gen lt col sgt capt maj'
  ).split(' '),
);

export const EN_ENTITIES: EntityWords = {
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
};
