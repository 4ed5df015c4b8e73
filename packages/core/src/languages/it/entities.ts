import { table } from '../../util/table';
import type { EntityWords } from '../types';

// Italian entity words. Italian names put their head first ("ministero della Difesa", "mar Mediterraneo"), so
// the last-word lists hold only words that do come last; titles are written in lower case before names
// ("il presidente Mattarella").

/** Words that make a title or role in front of a name: "il ministro degli Esteri", "il portavoce". */
const TITLE_WORDS = new Set(
  (
    'presidente vicepresidente premier ministro ministra primo prima segretario segretaria generale ' +
    'cancelliere re regina principe principessa papa cardinale vescovo arcivescovo imam rabbino sindaco ' +
    'governatore governatrice senatore senatrice deputato deputata ambasciatore ambasciatrice inviato ' +
    'portavoce capo leader comandante coordinatore direttore direttrice consigliere consigliera giudice ' +
    'procuratore procuratrice tenente colonnello maggiore capitano sergente ammiraglio maresciallo sig sig.ra ' +
    'dott dottor dottoressa prof professore professoressa signor signora fondatore fondatrice allenatore ct ' +
    'analista corrispondente redattore giornalista responsabile omologo omologa candidato candidata'
  ).split(' '),
);

/** Capitalised words naming groups; Italian writes most of these in lower case. */
const GROUP_WORDS = new Set(['Hutu', 'Tutsi', 'Rohingya']);

/** Common nouns a text uses for an organisation it has named, with the words of the names they stand for. */
const DESCRIPTORS: Record<string, readonly string[]> = table({
  osservatorio: ['Osservatorio'],
  agenzia: ['Agenzia'],
  ministero: ['ministero', 'Ministero'],
  coalizione: ['Coalizione'],
  alleanza: ['Alleanza'],
  consiglio: ['Consiglio'],
  commissione: ['Commissione'],
  comitato: ['Comitato'],
  partito: ['Partito'],
  tribunale: ['Tribunale'],
});

/** Short words of a name that its acronym skips: "Organizzazione mondiale della sanità" → "OMS". */
const ACRONYM_SKIP = new Set(['di', 'del', 'della', 'dei', 'degli', 'delle', 'e', 'per', 'in', 'la', 'il']);

/** Lower-case name particles that belong to a person's surname ("al-Zaatari" ~ "Zaatari"). */
const SURNAME_PARTICLES = ['al-', 'el-'];

/** Last words that make a capitalised phrase an organisation (Italian heads come first; only suffixes here). */
const ORG_HEADS = new Set('SpA S.p.A. Srl S.r.l. ANSA'.split(' '));

/** Last words that make a capitalised phrase a place (Italian heads come first: none). */
const LOC_HEADS = new Set<string>();

/** Nouns after which a capitalised name is a place: "la città di X", "la provincia di X". */
const PLACE_NOUNS = new Set(
  'città paese villaggio comune provincia regione capitale distretto confine zona quartiere periferia isola'.split(
    ' ',
  ),
);

/** Prepositions before a name that make it a place more often than not ("a Roma", "in Siria"). */
const PLACE_PREPOSITIONS = new Set('a in verso presso da'.split(' '));

/** First words that make a name a place (Italian writes compass words after the name: "Corea del Nord"). */
const COMPASS_WORDS = new Set<string>();

/** Lower-case words that may stand inside a name: "Banca d'Italia", "Leonardo da Vinci". */
const NAME_JOINERS = new Set([
  'di',
  'del',
  'della',
  'dei',
  'degli',
  'delle',
  "d'",
  'da',
  'e',
  'per',
  'bin',
  'ibn',
  'al',
]);

/** Well-known organisations the tagger cannot know from its training data. */
const KNOWN_ORGANIZATIONS = new Set(
  'Hezbollah Hamas talebani Isis Nato Onu Ue UE Unicef Unhcr Oms Opec ANSA AFP Reuters AP Pd M5S Lega'.split(
    ' ',
  ),
);

/**
 * Capitalised only because they start a sentence or a line of speech; never a name on their own. The name
 * joiners are left out: in a title-case line a lower-case word of this list cuts a name, and joiners stand inside
 * names ("Río de Janeiro").
 */
const NOT_NAMES = new Set(
  (
    'il lo la i gli le un uno una questo questa questi queste quel quella in di del della con senza per e o ma ' +
    'se non sì io tu lui lei noi voi loro mio mia suo sua nostro qui lì ora oggi ieri domani che cosa quando ' +
    'dove come chi quale anche ancora già poi dunque però mentre dopo prima durante secondo tra fra sotto ' +
    'tutti ogni primo'
  )
    .split(' ')
    .filter((w) => !NAME_JOINERS.has(w)),
);

/** Titles that, written before a name, make it a person's: "presidente Mattarella", "premier Meloni". */
const PERSON_TITLES = new Set(
  (
    'presidente premier ministro ministra re regina principe principessa papa sindaco governatore senatore ' +
    'senatrice deputato deputata giudice generale sig dott prof cancelliere'
  ).split(' '),
);

export const IT_ENTITIES: EntityWords = {
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
