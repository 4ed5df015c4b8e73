import { table } from '../../util/table';
import type { CasualtyWords, Qualifier } from '../types';
import { words } from '../word-list';

/** French: the words of casualty counts ("huit civils ont été tués", "au moins quinze blessés"). */
export const FR_CASUALTIES: Partial<CasualtyWords> = {
  of: 'de',
  toll: ['des', 'morts'],
  tollWords: new Set(words("s'élève à est de passé atteint grimpé monté désormais")),
  breakdownOpeners: new Set(['dont']),
  breakdownJoiners: new Set(['et']),
  activeVerbs: table({
    tué: 'killed',
    tuant: 'killed',
    tue: 'killed',
    blessé: 'wounded',
    blessant: 'wounded',
    arrêté: 'arrested',
    interpellé: 'arrested',
    enlevé: 'kidnapped',
  }),
  eventNouns: table({ mort: 'killed', décès: 'killed', arrestation: 'arrested', enlèvement: 'kidnapped' }),
  states: table({
    tués: 'killed',
    tuées: 'killed',
    tué: 'killed',
    tuée: 'killed',
    morts: 'killed',
    mortes: 'killed',
    mort: 'killed',
    morte: 'killed',
    décédés: 'killed',
    décédées: 'killed',
    péri: 'killed',
    décédé: 'killed',
    décédée: 'killed',
    blessés: 'wounded',
    blessées: 'wounded',
    blessé: 'wounded',
    blessée: 'wounded',
    disparus: 'missing',
    disparues: 'missing',
    déplacés: 'displaced',
    déplacées: 'displaced',
    sinistrés: 'displaced',
    arrêtés: 'arrested',
    arrêtées: 'arrested',
    interpellés: 'arrested',
    interpellées: 'arrested',
    enlevés: 'kidnapped',
    enlevées: 'kidnapped',
  }),
  statePhrases: [
    ['perdu la vie', 'killed'],
    ['trouvé la mort', 'killed'],
    ['mortellement blessés', 'killed'],
    ['mortellement blessées', 'killed'],
    ['mortellement blessé', 'killed'],
    ['mortellement blessée', 'killed'],
  ],
  // "manifestants", "habitants", "journalistes", "Syriens".
  personSuffix: /(?:ants|istes|iens)$/,
  leftStates: new Set(),
  bridgeWords: new Set(
    words(`ont a été sont est étaient avaient auraient seraient aussi également déjà gravement grièvement
    légèrement mortellement ainsi probablement qui`),
  ),
  qualifiers: [
    ['au moins', 'at_least'],
    ['plus de', 'more_than'],
    ['moins de', 'fewer_than'],
    ["jusqu'à", 'up_to'],
    ['près de', 'about'],
    ['environ', 'about'],
    ['quelque', 'about'],
    ['quelques', 'about'],
  ] as readonly (readonly [string, Qualifier])[],
  personNouns: new Set(
    words(`personnes personne civils civil soldats soldat militaires enfants femmes hommes policiers gendarmes
    manifestants passagers habitants villageois travailleurs ouvriers journalistes réfugiés migrants élèves
    étudiants otages combattants rebelles jihadistes djihadistes assaillants membres agents secouristes
    pompiers touristes fidèles détenus prisonniers victimes`),
  ),
  whoStops: new Set(
    words(`et ou mais dans à au aux en sur sous par pour avec sans de du des le la les un une leur leurs ce
    cette ces lors pendant depuis après avant selon dont près`),
  ),
  measureWords: new Set(
    words(`fois pour cent % ans an années jours jour heures heure minutes semaines mois kilomètres km mètres euros
    dollars tonnes degrés points`),
  ),
};
