import { table } from '../../util/table';
import type { CasualtyWords, Qualifier } from '../types';
import { words } from '../word-list';

/** Dutch: the words of casualty counts ("twee doden", "vier mensen raakten gewond"). */
export const NL_CASUALTIES: Partial<CasualtyWords> = {
  of: 'van',
  toll: ['het', 'dodental'],
  tollWords: new Set(words('is gestegen steeg tot op staat stond nu inmiddels')),
  breakdownOpeners: new Set(['onder', 'waaronder']),
  breakdownJoiners: new Set(['en']),
  activeVerbs: table({
    doodde: 'killed',
    doodden: 'killed',
    verwondde: 'wounded',
    verwondden: 'wounded',
    arresteerde: 'arrested',
    arresteerden: 'arrested',
    ontvoerde: 'kidnapped',
    ontvoerden: 'kidnapped',
  }),
  eventNouns: table({ dood: 'killed', arrestatie: 'arrested', ontvoering: 'kidnapped' }),
  states: table({
    doden: 'killed',
    dode: 'killed',
    dood: 'killed',
    omgekomen: 'killed',
    gedood: 'killed',
    overleden: 'killed',
    stierven: 'killed',
    stierf: 'killed',
    sterven: 'killed',
    verongelukt: 'killed',
    gewonden: 'wounded',
    gewonde: 'wounded',
    gewond: 'wounded',
    zwaargewonden: 'wounded',
    lichtgewonden: 'wounded',
    vermist: 'missing',
    vermisten: 'missing',
    ontheemd: 'displaced',
    dakloos: 'displaced',
    gearresteerd: 'arrested',
    aangehouden: 'arrested',
    opgepakt: 'arrested',
    ontvoerd: 'kidnapped',
  }),
  statePhrases: [['om het leven', 'killed']],
  // "bewoners", "reizigers", "journalisten", "studenten".
  personSuffix: /(?:ers|isten|enten)$/,
  leftStates: new Set(),
  bridgeWords: new Set(
    words(`raakten raakte kwamen kwam zijn is werden werd waren was worden wordt zouden zou ook al bij daarbij zwaar licht
    ernstig levensgevaarlijk die`),
  ),
  qualifiers: [
    ['ten minste', 'at_least'],
    ['minstens', 'at_least'],
    ['meer dan', 'more_than'],
    ['ruim', 'more_than'],
    ['minder dan', 'fewer_than'],
    ['tot', 'up_to'],
    ["zo'n", 'about'],
    ['ongeveer', 'about'],
    ['circa', 'about'],
    ['bijna', 'about'],
  ] as readonly (readonly [string, Qualifier])[],
  personNouns: new Set(
    words(`mensen personen persoon burgers militairen soldaten kinderen vrouwen mannen agenten politieagenten
    demonstranten passagiers inwoners bewoners buurtbewoners werknemers arbeiders journalisten vluchtelingen
    migranten studenten leerlingen gijzelaars strijders rebellen leden brandweerlieden toeristen gevangenen
    slachtoffers`),
  ),
  whoStops: new Set(
    words(`en of maar in op aan bij met van voor na naar uit door om over de het een hun zijn haar deze die dit
    tijdens sinds volgens`),
  ),
  measureWords: new Set(
    words(`keer procent % jaar jaren dagen dag uur uren minuten weken maanden kilometer km meter euro dollar ton
    graden punten`),
  ),
};
