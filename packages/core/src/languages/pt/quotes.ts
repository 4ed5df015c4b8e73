import { cueVerbTable } from '../en/quotes';
import type { QuoteWords } from '../types';
import { wordSet } from '../word-list';

// Each row: kind, then the verb's forms (present, pretérito perfeito, participle).
const CUES = cueVerbTable(
  [
    ['say', 'dizer disse disseram diz dizem dito'],
    ['say', 'afirmar afirmou afirmaram afirma afirmam afirmado'],
    ['say', 'declarar declarou declararam declara declarado'],
    ['say', 'acrescentar acrescentou acrescentaram acrescenta'],
    ['say', 'explicar explicou explicaram explica'],
    ['say', 'sublinhar sublinhou sublinharam sublinha'],
    ['say', 'referir referiu referiram refere'],
    ['say', 'salientar salientou salientaram salienta'],
    ['say', 'garantir garantiu garantiram garante'],
    ['say', 'assegurar assegurou asseguraram assegura'],
    ['say', 'indicar indicou indicaram indica'],
    ['say', 'adiantar adiantou adiantaram adianta'],
    ['say', 'considerar considerou consideraram considera'],
    ['say', 'defender defendeu defenderam defende'],
    ['say', 'alertar alertou alertaram alerta'],
    ['say', 'anunciar anunciou anunciaram anuncia'],
    ['say', 'admitir admitiu admitiram admite'],
    ['say', 'reconhecer reconheceu reconheceram reconhece'],
    ['say', 'escrever escreveu escreveram escreve'],
    ['say', 'frisar frisou frisaram frisa'],
    ['say', 'contar contou contaram'],
    ['say', 'responder respondeu responderam responde'],
  ],
  false,
);

export const PT_QUOTES: Partial<QuoteWords> = {
  cueVerbs: CUES,
  cueAuxiliaries: wordSet('tem têm tinha tinham'),
  auxiliaryParticiple: /(?:ado|ido|dito)$/,
  accordingWords: wordSet('segundo conforme'),
  dropsSubject: true,
  headFirst: true,
  dashedAsides: true,
  dialogueDash: true,
  complementizers: wordSet('que'),
  questionWords: wordSet('que se como porque quando onde quem'),
  clauseWords: wordSet(
    'é são era eram será serão seria foi foram tem têm tinha tinham vai vão ia pode podem poderá poderia deve devem está estão estava há',
  ),
  subjectPronouns: wordSet('ele ela eles elas nós eu'),
  invertedSubjects: wordSet('ele ela eles elas'),
  pronouns: new Map([
    ['ele', 'person'],
    ['ela', 'person'],
    ['eles', 'group'],
    ['elas', 'group'],
    ['nós', 'group'],
    ['eu', 'person'],
  ]),
  genderedPronouns: new Map([
    ['ele', 'male'],
    ['ela', 'female'],
  ]),
  determinersAfterCue: wordSet('o a os as um uma uns umas dois duas três vários'),
  // "à Lusa", "ao Público": "a" alone is also the article, so only its contracted forms open an addressee.
  // "disse aos jornalistas que …": the person spoken to before the complementizer is no part of the content.
  addresseePrepositions: wordSet('a à ao aos às com'),
  addresseeBeforeSpeaker: wordSet('à ao aos às'),
  addresseeAfterName: wordSet('à ao aos às'),
  definiteArticles: wordSet('o a os as'),
  determiners: wordSet('o a os as este esta estes estas'),
  descriptionArticles: wordSet('o a'),
  indefinite: wordSet('um uma uns umas dois duas três vários alguns'),
  speakerStop: wordSet('e ou mas que quem quando como porque se embora enquanto onde não é são foi'),
  backStops: wordSet(
    'à ao aos às em no na nos nas com para por pelo pela sobre desde durante contra após perante partir',
  ),
  speakerSkip: wordSet('também ainda já depois então'),
  coordinators: wordSet('e mas'),
  timeWords: wordSet(
    'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo ontem hoje amanhã passado passada próximo próxima semana mês ano também',
  ),
  channelPrepositions: wordSet('em num numa durante'),
  channelDeterminers: wordSet('um uma o a seu sua'),
  channelNouns: wordSet('comunicado entrevista declaração discurso carta mensagem conferência nota'),
  titleWords: wordSet(
    'presidente ministro ministra secretário secretária porta-voz autarca deputado deputada senador senadora diretor diretora chefe general juiz juíza procurador procuradora responsável sr sra dr dra',
  ),
  genderedTitles: new Map([
    ['sr', 'male'],
    ['sra', 'female'],
    ['dra', 'female'],
    ['ministra', 'female'],
    ['diretora', 'female'],
    ['deputada', 'female'],
  ]),
  titleDescriptionsCorefer: true,
  invertedApposition: true,
  orgWords: wordSet(
    'ministério governo exército partido polícia conselho comité agência organização gabinete união comissão tribunal banco câmara instituto',
  ),
  orgReferences: wordSet(
    'ministério governo exército partido polícia conselho comité agência organização câmara instituto',
  ),
  nameConnectors: wordSet('de do da dos das e'),
  personHeads: wordSet('fonte testemunha morador moradora especialista médico responsável'),
  subordinators: wordSet('enquanto quando porque embora mas e se'),
  trailingWords: wordSet('e mas ou'),
  relativePronouns: wordSet('que quem qual'),
  passiveBefore: wordSet('foi foram sido ser'),
  quantifiers: wordSet('vários alguns muitos outros'),
  introWords: wordSet('segundo mas e além'),
  notSpeakerOpeners: wordSet('segundo mas além em a com para por após desde durante hoje ontem assim também'),
};
