import { table } from '../../util/table';
import type { CasualtyWords, Qualifier } from '../types';
import { words } from '../word-list';

/** Italian: the words of casualty counts ("due morti e 25 feriti", "due persone sono morte"). */
export const IT_CASUALTIES: Partial<CasualtyWords> = {
  of: 'di',
  toll: ['dei', 'morti'],
  tollWords: new Set(words('è salito sale a di arrivato giunto ormai')),
  breakdownOpeners: new Set(['tra']),
  breakdownJoiners: new Set(['e']),
  activeVerbs: table({
    ucciso: 'killed',
    uccidendo: 'killed',
    ferito: 'wounded',
    ferendo: 'wounded',
    arrestato: 'arrested',
    rapito: 'kidnapped',
  }),
  eventNouns: table({ morte: 'killed', uccisione: 'killed', arresto: 'arrested', rapimento: 'kidnapped' }),
  states: table({
    morti: 'killed',
    morte: 'killed',
    morto: 'killed',
    morta: 'killed',
    uccisi: 'killed',
    uccise: 'killed',
    deceduti: 'killed',
    morirono: 'killed',
    decedute: 'killed',
    vittime: 'killed',
    feriti: 'wounded',
    ferite: 'wounded',
    ferito: 'wounded',
    ferita: 'wounded',
    dispersi: 'missing',
    disperse: 'missing',
    sfollati: 'displaced',
    evacuati: 'displaced',
    arrestati: 'arrested',
    arrestate: 'arrested',
    fermati: 'arrested',
    rapiti: 'kidnapped',
    sequestrati: 'kidnapped',
  }),
  statePhrases: [
    ['perso la vita', 'killed'],
    ['persero la vita', 'killed'],
  ],
  // "manifestanti", "giornalisti", "lavoratori".
  personSuffix: /(?:isti|anti|tori)$/,
  leftStates: new Set(),
  bridgeWords: new Set(
    words(`sono è hanno ha state stati stata stato rimaste rimasti rimasta rimasto restate restati risultano anche già
    gravemente lievemente leggermente che`),
  ),
  qualifiers: [
    ['almeno', 'at_least'],
    ['più di', 'more_than'],
    ['oltre', 'more_than'],
    ['meno di', 'fewer_than'],
    ['fino a', 'up_to'],
    ['circa', 'about'],
    ['quasi', 'about'],
    ['una ventina di', 'about'],
  ] as readonly (readonly [string, Qualifier])[],
  personNouns: new Set(
    words(`persone persona civili soldati militari bambini donne uomini poliziotti agenti carabinieri manifestanti
    passeggeri abitanti residenti lavoratori operai giornalisti rifugiati migranti studenti ostaggi combattenti
    ribelli membri vigili turisti fedeli detenuti minori`),
  ),
  whoStops: new Set(
    words(`e o ma in a al allo alla ai agli alle per con senza di del della dei degli delle il lo la i gli le un
    una uno su sul sulla tra fra durante dopo prima secondo`),
  ),
  measureWords: new Set(
    words(`volte per cento % anni anno giorni giorno ore ora minuti settimane mesi chilometri km metri euro dollari
    tonnellate gradi punti`),
  ),
};
