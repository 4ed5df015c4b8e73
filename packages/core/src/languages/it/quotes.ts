import { cueVerbTable } from '../en/quotes';
import type { QuoteWords } from '../types';
import { wordSet } from '../word-list';

// Each row: kind, then the verb's forms (present, passato remoto, participle of the passato prossimo).
const CUES = cueVerbTable(
  [
    ['say', 'dire dice dicono disse dissero detto'],
    ['say', 'affermare afferma affermano affermò affermato'],
    ['say', 'dichiarare dichiara dichiarano dichiarò dichiarato'],
    ['say', 'aggiungere aggiunge aggiungono aggiunse aggiunto'],
    ['say', 'spiegare spiega spiegano spiegò spiegato'],
    ['say', 'sottolineare sottolinea sottolineano sottolineò sottolineato'],
    ['say', 'scrivere scrive scrivono scrisse scritto'],
    ['say', 'annunciare annuncia annunciano annunciò annunciato'],
    ['say', 'sostenere sostiene sostengono sostenne sostenuto'],
    ['say', 'ribadire ribadisce ribadì ribadito'],
    ['say', 'precisare precisa precisò precisato'],
    ['say', 'commentare commenta commentò commentato'],
    ['say', 'assicurare assicura assicurò assicurato'],
    ['say', 'avvertire avverte avvertì avvertito'],
    ['say', 'raccontare racconta raccontò raccontato'],
    ['say', 'riferire riferisce riferì riferito'],
    ['say', 'confermare conferma confermò confermato'],
    ['say', 'rispondere risponde rispose risposto'],
    ['say', 'denunciare denuncia denunciò denunciato'],
  ],
  false,
);

export const IT_QUOTES: Partial<QuoteWords> = {
  cueVerbs: CUES,
  cueAuxiliaries: wordSet('ha hanno aveva avevano avrebbe'),
  auxiliaryParticiple: /(?:ato|ito|uto|detto|scritto|aggiunto|risposto)$/,
  accordingWords: wordSet('secondo'),
  elision: /^(?:l|d|un|dell|all|nell|sull|dall|quest|c)'/,
  dropsSubject: true,
  headFirst: true,
  dashedAsides: true,
  complementizers: wordSet('che'),
  questionWords: wordSet('che se come perché quando dove chi'),
  clauseWords: wordSet(
    'è sono era erano sarà saranno sarebbe fu ha hanno aveva avevano avrà va vanno può possono potrebbe deve devono sta stanno c’è',
  ),
  subjectPronouns: wordSet('lui lei loro noi io'),
  invertedSubjects: wordSet('lui lei loro'),
  objectClitics: wordSet('lo'),
  pronouns: new Map([
    ['lui', 'person'],
    ['lei', 'person'],
    ['loro', 'group'],
    ['noi', 'group'],
    ['io', 'person'],
  ]),
  genderedPronouns: new Map([
    ['lui', 'male'],
    ['lei', 'female'],
  ]),
  determinersAfterCue: wordSet("il lo la i gli le l' un uno una un' due tre alcuni"),
  // "ha detto ai giornalisti che …": the person spoken to before the complementizer is no part of the content.
  addresseePrepositions: wordSet("a al all' allo alla ai agli alle con"),
  addresseeBeforeSpeaker: wordSet("a al all' allo alla ai agli alle"),
  addresseeAfterName: wordSet("a al all' allo alla ai agli alle"),
  definiteArticles: wordSet("il lo la i gli le l'"),
  determiners: wordSet("il lo la i gli le l' questo questa"),
  descriptionArticles: wordSet("il lo la l'"),
  indefinite: wordSet("un uno una un' due tre alcuni diversi"),
  speakerStop: wordSet('e ed o ma che chi quando come perché se mentre dove non è sono ha'),
  // With the articulated forms ("agli", "nelle", "dall'"), which the tokeniser keeps apart from the next word when
  // elided, and euphonic "ad" ("ad un evento").
  backStops: wordSet(
    "a ad al all' allo alla ai agli alle in nel nell' nello nella nei negli nelle su sul sull' sullo sulla sui sugli sulle con per tra fra da dal dall' dallo dalla dai dagli dalle durante contro verso dopo prima",
  ),
  speakerSkip: wordSet('anche inoltre poi già quindi ancora'),
  coordinators: wordSet('e ed ma'),
  timeWords: wordSet(
    'lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi domani stamattina stasera sera mattina scorso scorsa prossimo prossima settimana mese anno anche inoltre',
  ),
  channelPrepositions: wordSet('in durante'),
  channelDeterminers: wordSet('un una il la una sua suo'),
  channelNouns: wordSet(
    'nota comunicato intervista dichiarazione discorso lettera messaggio conferenza post',
  ),
  titleWords: wordSet(
    'presidente ministro ministra segretario segretaria portavoce sindaco sindaca deputato deputata senatore senatrice direttore direttrice capo generale giudice procuratore prefetto questore ambasciatore ambasciatrice sig sig.ra dott on',
  ),
  genderedTitles: new Map([
    ['signor', 'male'],
    ['signora', 'female'],
    ['ministra', 'female'],
    ['sindaca', 'female'],
    ['direttrice', 'female'],
    ['senatrice', 'female'],
  ]),
  titleDescriptionsCorefer: true,
  invertedApposition: true,
  orgWords: wordSet(
    'ministero governo esercito partito polizia consiglio comitato agenzia organizzazione ufficio unione commissione tribunale banca comune procura prefettura',
  ),
  orgReferences: wordSet(
    'ministero governo esercito partito polizia consiglio comitato agenzia organizzazione comune procura',
  ),
  nameConnectors: wordSet('di del della dei de'),
  personHeads: wordSet('fonte testimone residente esperto esperta medico responsabile'),
  subordinators: wordSet('mentre quando perché sebbene ma e se'),
  trailingWords: wordSet('e ma o'),
  relativePronouns: wordSet('che chi cui'),
  passiveBefore: wordSet('stato stata stati state essere'),
  quantifiers: wordSet('alcuni diversi molti altri'),
  introWords: wordSet('secondo ma e inoltre'),
  notSpeakerOpeners: wordSet('secondo ma inoltre in a con per tra da dopo prima oggi ieri così anche'),
};
