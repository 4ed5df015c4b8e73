import { table } from '../../util/table';
import type { EntityWords } from '../types';

// Portuguese entity words. Portuguese names put their head first ("Ministério da Defesa", "rio Tejo"), so the
// last-word lists hold only words that do come last; titles are written in lower case before names
// ("o presidente Lula").

/** Words that make a title or role in front of a name: "o ministro dos Negócios Estrangeiros", "o porta-voz". */
const TITLE_WORDS = new Set(
  (
    'presidente vice-presidente primeiro primeira ministro ministra secretário secretária geral chanceler rei ' +
    'rainha príncipe princesa papa cardeal bispo arcebispo imã rabino prefeito prefeita autarca governador ' +
    'governadora senador senadora deputado deputada embaixador embaixadora enviado porta-voz chefe líder ' +
    'comandante coordenador coordenadora diretor diretora director directora conselheiro conselheira assessor ' +
    'assessora juiz juíza procurador procuradora tenente coronel major capitão sargento almirante marechal sr ' +
    'sra dr dra professor professora senhor senhora fundador fundadora treinador selecionador seleccionador ' +
    'analista correspondente editor editora jornalista responsável homólogo homóloga candidato candidata'
  ).split(' '),
);

/** Capitalised words naming groups; Portuguese writes most of these in lower case. */
const GROUP_WORDS = new Set(['Hutu', 'Tutsi', 'Rohingya']);

/** Common nouns a text uses for an organisation it has named, with the words of the names they stand for. */
const DESCRIPTORS: Record<string, readonly string[]> = table({
  observatório: ['Observatório'],
  agência: ['Agência'],
  ministério: ['Ministério'],
  coligação: ['Coligação'],
  coalizão: ['Coalizão'],
  aliança: ['Aliança'],
  conselho: ['Conselho'],
  comissão: ['Comissão'],
  comité: ['Comité'],
  comitê: ['Comitê'],
  partido: ['Partido'],
  tribunal: ['Tribunal'],
});

/** Short words of a name that its acronym skips: "Partido dos Trabalhadores" → "PT". */
const ACRONYM_SKIP = new Set(['de', 'do', 'da', 'dos', 'das', 'e', 'para', 'em', 'o', 'a']);

/** Lower-case name particles that belong to a person's surname ("al-Zaatari" ~ "Zaatari"). */
const SURNAME_PARTICLES = ['al-', 'el-'];

/** Last words that make a capitalised phrase an organisation (Portuguese heads come first; only suffixes). */
const ORG_HEADS = new Set('SA S.A. Ltda Lusa'.split(' '));

/** Last words that make a capitalised phrase a place (Portuguese heads come first: none). */
const LOC_HEADS = new Set<string>();

/** Nouns after which a capitalised name is a place: "a cidade de X", "a província de X". */
const PLACE_NOUNS = new Set(
  'cidade vila aldeia município concelho freguesia província região capital distrito fronteira zona bairro estado ilha'.split(
    ' ',
  ),
);

/** Prepositions before a name that make it a place more often than not ("em Lisboa", "para o Porto"). */
const PLACE_PREPOSITIONS = new Set('em no na para desde perto'.split(' '));

/** First words that make a name a place (Portuguese writes compass words after the name: "Coreia do Norte"). */
const COMPASS_WORDS = new Set<string>();

/** Lower-case words that may stand inside a name: "Ministério da Saúde", "Luiz Inácio Lula da Silva". */
const NAME_JOINERS = new Set(['de', 'do', 'da', 'dos', 'das', 'e', 'para', 'bin', 'ibn', 'al']);

/** Well-known organisations the tagger cannot know from its training data. */
const KNOWN_ORGANIZATIONS = new Set(
  'Hezbollah Hamas talibãs EI ISIS NATO OTAN ONU UE Unicef ACNUR OMS OPEP Lusa AFP Reuters AP PT PSD PS PSDB'.split(
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
    'o a os as um uma uns umas este esta estes estas esse essa em de do da dos das no na nos nas com sem por ' +
    'para e ou mas se não sim eu tu ele ela nós eles elas você vocês meu minha seu sua nosso aqui ali agora ' +
    'hoje ontem amanhã que quando onde como quem qual também ainda já depois antes durante segundo entre sob ' +
    'sobre todos cada primeiro primeira'
  )
    .split(' ')
    .filter((w) => !NAME_JOINERS.has(w)),
);

/** Titles that, written before a name, make it a person's: "presidente Lula", "ministra Marina Silva". */
const PERSON_TITLES = new Set(
  (
    'presidente ministro ministra rei rainha príncipe princesa papa prefeito prefeita governador senador ' +
    'senadora deputado deputada juiz juíza general sr sra dr dra chanceler'
  ).split(' '),
);

export const PT_ENTITIES: EntityWords = {
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
