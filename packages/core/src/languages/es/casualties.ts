import { table } from '../../util/table';
import type { CasualtyWords, Qualifier } from '../types';
import { words } from '../word-list';

/** Spanish: the words of casualty counts ("al menos 31 muertos", "otras 40 resultaron heridas"). */
export const ES_CASUALTIES: Partial<CasualtyWords> = {
  of: 'de',
  toll: ['de', 'muertos'],
  tollWords: new Set(words('asciende ascendió a es de se eleva elevó subió sube ha llegado alcanza ya')),
  breakdownOpeners: new Set(['entre']),
  breakdownJoiners: new Set(['y']),
  activeVerbs: table({
    mató: 'killed',
    mataron: 'killed',
    matando: 'killed',
    hirió: 'wounded',
    hiriendo: 'wounded',
    detuvo: 'arrested',
    detuvieron: 'arrested',
    secuestró: 'kidnapped',
    secuestraron: 'kidnapped',
  }),
  eventNouns: table({ muerte: 'killed', muertes: 'killed', detención: 'arrested', secuestro: 'kidnapped' }),
  states: table({
    muertos: 'killed',
    muertas: 'killed',
    muerto: 'killed',
    muerta: 'killed',
    murieron: 'killed',
    murió: 'killed',
    fallecidos: 'killed',
    fallecidas: 'killed',
    fallecieron: 'killed',
    asesinados: 'killed',
    asesinadas: 'killed',
    heridos: 'wounded',
    heridas: 'wounded',
    herido: 'wounded',
    herida: 'wounded',
    lesionados: 'wounded',
    desaparecidos: 'missing',
    desaparecidas: 'missing',
    desplazados: 'displaced',
    damnificados: 'displaced',
    evacuados: 'displaced',
    detenidos: 'arrested',
    detenidas: 'arrested',
    arrestados: 'arrested',
    secuestrados: 'kidnapped',
    secuestradas: 'kidnapped',
  }),
  statePhrases: [
    ['perdieron la vida', 'killed'],
    ['perdió la vida', 'killed'],
    ['perdido la vida', 'killed'],
  ],
  // "manifestantes", "periodistas", "pacientes", "trabajadores".
  personSuffix: /(?:istas|antes|ientes|dores)$/,
  leftStates: new Set(),
  bridgeWords: new Set(
    words(`resultaron resultó han ha habían fueron fue están son quedaron quedó también ya además
    gravemente levemente de gravedad que`),
  ),
  qualifiers: [
    ['al menos', 'at_least'],
    ['por lo menos', 'at_least'],
    ['más de', 'more_than'],
    ['menos de', 'fewer_than'],
    ['hasta', 'up_to'],
    ['cerca de', 'about'],
    ['casi', 'about'],
    ['unos', 'about'],
    ['unas', 'about'],
    ['alrededor de', 'about'],
  ] as readonly (readonly [string, Qualifier])[],
  personNouns: new Set(
    words(`personas persona civiles soldados militares niños niñas mujeres hombres policías agentes manifestantes
    pasajeros habitantes vecinos trabajadores obreros periodistas refugiados migrantes estudiantes alumnos
    rehenes combatientes rebeldes guerrilleros miembros bomberos turistas fieles presos reclusos víctimas
    menores mineros`),
  ),
  whoStops: new Set(
    words(`y o pero en a al por para con sin de del el la los las un una su sus este esta estos estas durante
    desde tras entre según`),
  ),
  measureWords: new Set(
    words(`veces por ciento % años año días día horas hora minutos semanas meses kilómetros km metros euros dólares
    toneladas grados puntos`),
  ),
};
