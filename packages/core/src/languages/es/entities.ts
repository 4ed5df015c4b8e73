import { table } from '../../util/table';
import type { EntityWords } from '../types';

// Spanish entity words. Spanish names put their head first ("Ministerio de Defensa", "río Ebro"), so the
// last-word lists hold only the words that do come last ("Telefónica S.A."), and the first-word cues are in
// titleWords, placeNouns and personTitles.

/** Words that make a title or role in front of a name: "el ministro de Exteriores", "el portavoz". */
const TITLE_WORDS = new Set(
  (
    'presidente presidenta vicepresidente vicepresidenta ministro ministra primer primera secretario secretaria ' +
    'general canciller rey reina príncipe princesa papa cardenal obispo arzobispo alcalde alcaldesa gobernador ' +
    'gobernadora senador senadora diputado diputada embajador embajadora enviado portavoz jefe jefa líder ' +
    'comandante coordinador coordinadora director directora consejero consejera asesor asesora delegado ' +
    'delegada juez jueza fiscal magistrado magistrada teniente coronel mayor capitán sargento almirante mariscal ' +
    'general don doña sr sra srta dr dra profesor profesora señor señora fundador fundadora entrenador ' +
    'entrenadora seleccionador analista corresponsal editor editora periodista oficial titular responsable ' +
    'dirigente candidato candidata homólogo homóloga'
  ).split(' '),
);

/** Capitalised words naming religious, ethnic or political groups. Spanish writes most of these in lower case. */
const GROUP_WORDS = new Set(['Hutu', 'Tutsi', 'Rohingya']);

/** Common nouns a text uses for an organisation it has named, with the words of the names they stand for. */
const DESCRIPTORS: Record<string, readonly string[]> = table({
  observatorio: ['Observatorio'],
  agencia: ['Agencia'],
  ministerio: ['Ministerio'],
  coalición: ['Coalición'],
  alianza: ['Alianza'],
  consejo: ['Consejo'],
  comisión: ['Comisión'],
  comité: ['Comité'],
  partido: ['Partido'],
  tribunal: ['Tribunal'],
  ayuntamiento: ['Ayuntamiento'],
  gobierno: ['Gobierno'],
});

/** Short words of a name that its acronym skips: "Partido Socialista Obrero Español" → "PSOE". */
const ACRONYM_SKIP = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'para', 'por', 'en']);

/** Lower-case name particles that belong to a person's surname ("al-Zaatari" ~ "Zaatari"). */
const SURNAME_PARTICLES = ['al-', 'el-'];

/** Last words that make a capitalised phrase an organisation (Spanish heads come first; only suffixes here). */
const ORG_HEADS = new Set('S.A. SA S.L. SL EFE Press'.split(' '));

/** Last words that make a capitalised phrase a place (Spanish heads come first: none). */
const LOC_HEADS = new Set<string>();

/** Nouns after which a capitalised name is a place: "la localidad de X", "la provincia de X". */
const PLACE_NOUNS = new Set(
  'ciudad localidad pueblo aldea municipio provincia región capital distrito frontera zona barrio comarca departamento estado isla'.split(
    ' ',
  ),
);

/** Prepositions before a name that make it a place more often than not ("en Albu Kamal"). */
const PLACE_PREPOSITIONS = new Set('en desde hacia hasta cerca'.split(' '));

/** First words that make a name a place (Spanish writes compass words after the name: "Corea del Norte"). */
const COMPASS_WORDS = new Set<string>();

/** Lower-case words that may stand inside a name: "Ministerio de Defensa", "Universidad de las Palmas". */
const NAME_JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'para', 'bin', 'ibn', 'al']);

/** Well-known organisations the tagger, trained on news of 2000, cannot know. */
const KNOWN_ORGANIZATIONS = new Set(
  'Hezbolá Hamás Talibán ISIS OTAN ONU UE Unicef Acnur OMS OPEP EFE AFP Reuters AP Podemos Vox'.split(' '),
);

/**
 * Capitalised only because they start a sentence or a line of speech; never a name on their own. The name
 * joiners are left out: in a title-case line a lower-case word of this list cuts a name, and joiners stand inside
 * names ("Río de Janeiro").
 */
const NOT_NAMES = new Set(
  (
    'el la los las un una unos unas este esta estos estas ese esa esos esas en de del con sin por para y o pero ' +
    'si no sí yo tú él ella nosotros ellos ellas usted ustedes mi su sus nuestro nuestra aquí allí ahora hoy ayer ' +
    'mañana qué cuándo dónde cómo quién cuál también además sin embargo mientras aunque desde hasta tras ante ' +
    'según durante entre sobre bajo muy más menos todo todos cada primer primero primera'
  )
    .split(' ')
    .filter((w) => !NAME_JOINERS.has(w)),
);

/** Titles that, written before a name, make it a person's: "presidente Sánchez", "ministra Calviño". */
const PERSON_TITLES = new Set(
  (
    'presidente presidenta ministro ministra rey reina príncipe princesa papa alcalde alcaldesa gobernador ' +
    'senador senadora diputado diputada juez jueza general don doña sr sra dr dra canciller'
  ).split(' '),
);

/** Lower-case words that open a name as EFE writes it: "calle Grazalema", "ministerio de Justicia". */
const NAME_OPENERS = new Set(
  'calle plaza avenida paseo carretera autovía piscina túnel puente estadio ministerio marqués grupo'.split(
    ' ',
  ),
);

/**
 * Clean-up steps that cost points on Spanish tune (held-out weights, `pnpm bench entities --lang es --split tune
 * --ablation`), in points of F1: split-title −0.07, cut-at-verbs −0.06, listed-people −0.04, bracket-acronyms
 * −0.03, merge-bracket-acronym −0.03, retype-place-cue −0.01; all seven off, `Article.entities` 0.810 → 0.812.
 * merge-short-forms (−0.01) stays: it is what makes "Sánchez" and "Pedro Sánchez" one entity. A later round, on the
 * same split: trim-titles −0.11 (EFE's gold keeps a capitalised title in the name: "Rey Juan Carlos", "Papa Juan
 * Pablo II"), off: 0.812 → 0.813. merge-initials (−0.04: "OPA", an offer's initials, is no organisation) stays: on
 * real pages it is what makes "Coordinadora Arauco-Malleco (CAM)" one entity (an Argentine opinion page).
 */
const SKIP_STEPS = new Set<string>([
  'trim-titles',
  'split-title',
  'cut-at-verbs',
  'listed-people',
  'bracket-acronyms',
  'merge-bracket-acronym',
  'retype-place-cue',
]);

export const ES_ENTITIES: EntityWords = {
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
  nameOpeners: NAME_OPENERS,
  skipSteps: SKIP_STEPS,
};
