import { table } from '../../util/table';
import type { EntityWords } from '../types';

// French entity words. French names put their head first ("ministère de la Défense", "mer Noire"), so the
// last-word lists hold only words that do come last; titles are written in lower case before names
// ("le président Macron").

/** Words that make a title or role in front of a name: "le ministre des Affaires étrangères", "le porte-parole". */
const TITLE_WORDS = new Set(
  (
    'président présidente vice-président premier première ministre secrétaire général générale chancelier ' +
    'chancelière roi reine prince princesse pape cardinal évêque archevêque imam rabbin maire gouverneur ' +
    'sénateur sénatrice député députée ambassadeur ambassadrice envoyé porte-parole chef cheffe dirigeant ' +
    'dirigeante leader commandant coordinateur directeur directrice conseiller conseillère juge procureur ' +
    'procureure lieutenant colonel capitaine sergent amiral maréchal m mme mlle dr pr professeur monsieur ' +
    'madame fondateur fondatrice entraîneur sélectionneur analyste correspondant correspondante rédacteur ' +
    'journaliste responsable homologue patron patronne candidat candidate'
  ).split(' '),
);

/** Capitalised words naming groups; French writes most of these in lower case ("les Kurdes" is capitalised). */
const GROUP_WORDS = new Set(
  'Kurdes Kurde Arabes Palestiniens Hutu Tutsi Rohingya Touareg Touaregs Berbères Tchétchènes'.split(' '),
);

/** Common nouns a text uses for an organisation it has named, with the words of the names they stand for. */
const DESCRIPTORS: Record<string, readonly string[]> = table({
  observatoire: ['Observatoire'],
  agence: ['Agence'],
  ministère: ['ministère', 'Ministère'],
  coalition: ['Coalition'],
  alliance: ['Alliance'],
  conseil: ['Conseil'],
  commission: ['Commission'],
  comité: ['Comité'],
  parti: ['Parti'],
  tribunal: ['Tribunal'],
});

/** Short words of a name that its acronym skips: "Organisation mondiale de la santé" → "OMS". */
const ACRONYM_SKIP = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  "l'",
  "d'",
  'et',
  'pour',
  'en',
  'au',
  'aux',
]);

/** Lower-case name particles that belong to a person's surname ("al-Zaatari" ~ "Zaatari"). */
const SURNAME_PARTICLES = ['al-', 'el-'];

/** Last words that make a capitalised phrase an organisation (French heads come first; only suffixes here). */
const ORG_HEADS = new Set('SA SAS SARL AFP Presse Press'.split(' '));

/** Last words that make a capitalised phrase a place (French heads come first: none). */
const LOC_HEADS = new Set<string>();

/** Nouns after which a capitalised name is a place: "la ville de X", "la province de X". */
const PLACE_NOUNS = new Set(
  'ville localité village commune province région capitale district frontière zone quartier banlieue département état île'.split(
    ' ',
  ),
);

/** Prepositions before a name that make it a place more often than not ("à Paris", "en Syrie"). */
const PLACE_PREPOSITIONS = new Set('à en vers près depuis'.split(' '));

/** First words that make a name a place (French writes compass words after the name: "Corée du Nord"). */
const COMPASS_WORDS = new Set<string>();

/** Lower-case words that may stand inside a name: "Organisation des Nations unies", "Charles de Gaulle". */
const NAME_JOINERS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  "d'",
  "l'",
  'et',
  'pour',
  'bin',
  'ibn',
  'al',
]);

/** Well-known organisations the tagger cannot know from its training data. */
const KNOWN_ORGANIZATIONS = new Set(
  (
    'Hezbollah Hamas talibans EI ISIS Daech OTAN ONU UE Unicef HCR OMS OPEP AFP Reuters AP Belga ' +
    'LREM LR RN PS LFI EELV'
  ).split(' '),
);

/**
 * Capitalised only because they start a sentence or a line of speech; never a name on their own. The name
 * joiners are left out: in a title-case line a lower-case word of this list cuts a name, and joiners stand inside
 * names ("Río de Janeiro").
 */
const NOT_NAMES = new Set(
  (
    'le la les un une des ce cet cette ces en de du dans sur pour par avec sans et ou mais si non oui je tu il ' +
    'elle nous vous ils elles on mon ma mes son sa ses notre leur leurs ici là maintenant aujourd hier demain ' +
    'quoi quand où comment qui quel quelle aussi encore déjà puis donc pourtant cependant alors après avant ' +
    'pendant depuis selon entre sous tous toutes chaque premier première'
  )
    .split(' ')
    .filter((w) => !NAME_JOINERS.has(w)),
);

/** Titles that, written before a name, make it a person's: "président Macron", "ministre Le Maire". */
const PERSON_TITLES = new Set(
  (
    'président présidente ministre premier roi reine prince princesse pape maire gouverneur sénateur ' +
    'sénatrice député députée juge général m mme dr chancelier chancelière'
  ).split(' '),
);

export const FR_ENTITIES: EntityWords = {
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
