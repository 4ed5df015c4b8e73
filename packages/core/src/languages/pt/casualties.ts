import { table } from '../../util/table';
import type { CasualtyWords, Qualifier } from '../types';
import { words } from '../word-list';

/** Portuguese: the words of casualty counts ("dezenas de mortos", "mais de 100 feridos"). */
export const PT_CASUALTIES: Partial<CasualtyWords> = {
  of: 'de',
  toll: ['de', 'mortos'],
  tollWords: new Set(words('subiu sobe para é de chegou chega a aumentou já')),
  breakdownOpeners: new Set(['entre']),
  breakdownJoiners: new Set(['e']),
  activeVerbs: table({
    matou: 'killed',
    mataram: 'killed',
    matando: 'killed',
    feriu: 'wounded',
    ferindo: 'wounded',
    deteve: 'arrested',
    detiveram: 'arrested',
    raptou: 'kidnapped',
    sequestrou: 'kidnapped',
  }),
  eventNouns: table({ morte: 'killed', mortes: 'killed', detenção: 'arrested', rapto: 'kidnapped' }),
  states: table({
    mortos: 'killed',
    mortas: 'killed',
    morto: 'killed',
    morta: 'killed',
    morreram: 'killed',
    morreu: 'killed',
    faleceram: 'killed',
    vítimas: 'killed',
    feridos: 'wounded',
    feridas: 'wounded',
    ferido: 'wounded',
    ferida: 'wounded',
    desaparecidos: 'missing',
    desaparecidas: 'missing',
    desalojados: 'displaced',
    deslocados: 'displaced',
    desabrigados: 'displaced',
    detidos: 'arrested',
    detidas: 'arrested',
    presos: 'arrested',
    raptados: 'kidnapped',
    sequestrados: 'kidnapped',
  }),
  statePhrases: [
    ['perderam a vida', 'killed'],
    ['perdeu a vida', 'killed'],
    ['perdido a vida', 'killed'],
  ],
  // "manifestantes", "jornalistas", "trabalhadores".
  personSuffix: /(?:istas|antes|dores)$/,
  leftStates: new Set(),
  bridgeWords: new Set(
    words(`ficaram ficou foram foi estão são já também gravemente ligeiramente levemente que terão teriam
    tinham`),
  ),
  qualifiers: [
    ['pelo menos', 'at_least'],
    ['mais de', 'more_than'],
    ['menos de', 'fewer_than'],
    ['até', 'up_to'],
    ['cerca de', 'about'],
    ['quase', 'about'],
  ] as readonly (readonly [string, Qualifier])[],
  personNouns: new Set(
    words(`pessoas pessoa civis soldados militares crianças mulheres homens polícias policiais agentes
    manifestantes passageiros habitantes moradores residentes trabalhadores operários jornalistas refugiados
    migrantes estudantes alunos reféns combatentes rebeldes membros bombeiros turistas fiéis presos reclusos
    famílias menores`),
  ),
  whoStops: new Set(
    words(`e ou mas em no na nos nas a ao à aos às por pelo pela para com sem de do da dos das o os as um uma seu
    sua seus suas este esta durante desde após entre segundo`),
  ),
  measureWords: new Set(
    words(`vezes por cento % anos ano dias dia horas hora minutos semanas meses quilómetros quilômetros km metros
    euros dólares reais toneladas graus pontos`),
  ),
};
