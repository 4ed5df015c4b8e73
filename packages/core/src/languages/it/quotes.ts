import { cueVerbTable } from '../en/quotes';
import type { QuoteWords } from '../types';

const words = (s: string) => new Set(s.split(' '));

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
  cueAuxiliaries: words('ha hanno aveva avevano avrebbe'),
  auxiliaryParticiple: /(?:ato|ito|uto|detto|scritto|aggiunto|risposto)$/,
  accordingWords: words('secondo'),
  elision: /^(?:l|d|un|dell|all|nell|sull|dall|quest|c)'/,
  dropsSubject: true,
  headFirst: true,
  dashedAsides: true,
  complementizers: words('che'),
  questionWords: words('che se come perché quando dove chi'),
  clauseWords: words(
    'è sono era erano sarà saranno sarebbe fu ha hanno aveva avevano avrà va vanno può possono potrebbe deve devono sta stanno c’è',
  ),
  subjectPronouns: words('lui lei loro noi io'),
  invertedSubjects: words('lui lei loro'),
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
  determinersAfterCue: words("il lo la i gli le l' un uno una un' due tre alcuni"),
  addresseeBeforeSpeaker: words('a al alla ai agli alle'),
  addresseeAfterName: words('a al alla ai agli alle'),
  definiteArticles: words("il lo la i gli le l'"),
  determiners: words("il lo la i gli le l' questo questa"),
  descriptionArticles: words("il lo la l'"),
  indefinite: words("un uno una un' due tre alcuni diversi"),
  speakerStop: words('e ed o ma che chi quando come perché se mentre dove non è sono ha'),
  backStops: words(
    'a al alla ai in nel nella nei su sul sui sulla sullo con per tra fra da dal dalla durante contro verso dopo prima',
  ),
  speakerSkip: words('anche inoltre poi già quindi ancora'),
  coordinators: words('e ed ma'),
  timeWords: words(
    'lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi domani stamattina stasera sera mattina scorso scorsa prossimo prossima settimana mese anno anche inoltre',
  ),
  channelPrepositions: words('in durante'),
  channelDeterminers: words('un una il la una sua suo'),
  channelNouns: words('nota comunicato intervista dichiarazione discorso lettera messaggio conferenza post'),
  titleWords: words(
    'presidente ministro ministra segretario segretaria portavoce sindaco sindaca deputato deputata senatore senatrice direttore direttrice capo generale giudice procuratore prefetto questore sig sig.ra dott on',
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
  orgWords: words(
    'ministero governo esercito partito polizia consiglio comitato agenzia organizzazione ufficio unione commissione tribunale banca comune procura prefettura',
  ),
  orgReferences: words(
    'ministero governo esercito partito polizia consiglio comitato agenzia organizzazione comune procura',
  ),
  nameConnectors: words('di del della dei de'),
  personHeads: words('fonte testimone residente esperto esperta medico responsabile'),
  subordinators: words('mentre quando perché sebbene ma e se'),
  trailingWords: words('e ma o'),
  relativePronouns: words('che chi cui'),
  passiveBefore: words('stato stata stati state essere'),
  quantifiers: words('alcuni diversi molti altri'),
  introWords: words('secondo ma e inoltre'),
  notSpeakerOpeners: words('secondo ma inoltre in a con per tra da dopo prima oggi ieri così anche'),
};
