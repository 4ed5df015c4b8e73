import { cueVerbTable } from '../en/quotes';
import type { QuoteWords } from '../types';
import { wordSet } from '../word-list';

// Each row: kind, then the verb's forms (present, passé simple, participle of the passé composé).
const CUES = cueVerbTable(
  [
    ['say', 'dire dit disent dira'],
    ['say', 'déclarer déclare déclaré déclarent déclara'],
    ['say', 'affirmer affirme affirmé affirment affirma'],
    ['say', 'ajouter ajoute ajouté ajoutent ajouta'],
    ['say', 'indiquer indique indiqué indiquent indiqua'],
    ['say', 'expliquer explique expliqué expliquent expliqua'],
    ['say', 'souligner souligne souligné soulignent souligna'],
    ['say', 'assurer assure assuré assurent assura'],
    // "précise" is as often the adjective ("une étude précise"): only the past forms.
    ['say', 'préciser précisé précisa'],
    ['say', 'confier confie confié confient confia'],
    ['say', 'estimer estime estimé estiment estima'],
    ['say', 'raconter raconte raconté racontent raconta'],
    ['say', 'rappeler rappelle rappelé rappellent rappela'],
    ['say', 'répondre répond répondu répondent répondit'],
    ['say', 'insister insiste insisté'],
    ['say', 'marteler martèle martelé martela'],
    ['say', 'confirmer confirme confirmé confirment confirma'],
    ['say', 'annoncer annonce annoncé annoncent annonça'],
    ['say', 'écrire écrit écrivent écrivit'],
    ['say', 'avertir avertit averti'],
    ['say', 'reconnaître reconnaît reconnu'],
    ['say', 'démentir dément démenti'],
    ['say', 'lâcher lâche lâché lâcha'],
    ['say', 'glisser glisse glissé glissa'],
    ['say', 'poursuivre poursuit poursuivi poursuivit'],
    ['say', 'résumer résume résumé résuma'],
    ['say', 'commenter commente commenté commenta'],
    ['say', 'témoigner témoigne témoigné témoigna'],
    ['object', 'condamner condamne condamné condamnent condamna'],
    ['object', 'dénoncer dénonce dénoncé dénoncent dénonça'],
  ],
  false,
);

const TIME_WORDS = wordSet(
  "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd’hui aujourd'hui demain soir matin dernier dernière prochain prochaine encore également aussi",
);

export const FR_QUOTES: Partial<QuoteWords> = {
  cueVerbs: CUES,
  cueAuxiliaries: wordSet("a ont avait avaient aura aurait auraient l'a l'ont l'avait s'est qu'a qu'ont"),
  // "autrement dit", "c'est-à-dire": the verb form after them says nothing.
  nounBefore: wordSet("autrement le la les un une des du de l' ce cette son sa ses leur leurs"),
  auxiliaryParticiple: /(?:é|^averti|^reconnu|^répondu|^démenti|^poursuivi)$/,
  cliticSubject: /^(\p{L}+)-(?:t-)?(il|elle|ils|elles|on)$/u,
  accordingWords: wordSet('selon'),
  elision: /^(?:l|d|qu|j|n|s|c|m|t|lorsqu|puisqu|jusqu)'/,
  dropsSubject: false,
  headFirst: true,
  dashedAsides: true,
  spacedMarks: true,
  complementizers: wordSet("que qu'"),
  questionWords: wordSet("que qu' si comment pourquoi quand où qui"),
  clauseWords: wordSet(
    'est sont était étaient sera seront serait a ont avait avaient aura aurait va vont allait doit doivent devait peut peuvent pouvait fait font menait mène',
  ),
  subjectPronouns: wordSet("il elle ils elles on nous je j' c' ce"),
  invertedSubjects: wordSet('il elle ils elles on'),
  pronouns: new Map([
    ['il', 'either'],
    ['elle', 'either'],
    ['lui', 'person'],
    ['ils', 'group'],
    ['elles', 'group'],
    ['nous', 'group'],
    ['je', 'person'],
  ]),
  genderedPronouns: new Map([
    ['il', 'male'],
    ['lui', 'male'],
    ['elle', 'female'],
  ]),
  determinersAfterCue: wordSet("le la les un une l' des deux trois plusieurs"),
  // "a déclaré aux journalistes que …": the person spoken to before the complementizer is no part of the content.
  addresseePrepositions: wordSet('à au aux avec'),
  addresseeBeforeSpeaker: wordSet('à au aux'),
  addresseeAfterName: wordSet('à au aux'),
  definiteArticles: wordSet("le la les l'"),
  determiners: wordSet("le la les l' ce cette ces"),
  descriptionArticles: wordSet("le la l'"),
  indefinite: wordSet('un une deux trois plusieurs certains quelques des'),
  speakerStop: wordSet(
    "et ou mais que qu' qui dont où si quand lorsque comme car parce puisque alors pour n'a ne pas est sont a ont ce c'est",
  ),
  backStops: wordSet('à au aux sur dans avec pour par sous contre vers après avant depuis pendant lors'),
  speakerSkip: wordSet('également aussi encore déjà ensuite alors pourtant toutefois notamment'),
  coordinators: wordSet('et mais'),
  timeWords: TIME_WORDS,
  adjunctPrepositions: wordSet(''),
  channelPrepositions: wordSet('dans lors sur'),
  channelDeterminers: wordSet('un une le la son sa ses leur'),
  channelNouns: wordSet(
    'communiqué entretien interview déclaration discours lettre message conférence tweet courrier',
  ),
  titleWords: wordSet(
    'président présidente ministre secrétaire général générale porte-parole maire député députée sénateur sénatrice directeur directrice chef colonel général juge procureur procureure m mme dr professeur',
  ),
  genderedTitles: new Map([
    ['m', 'male'],
    ['monsieur', 'male'],
    ['mme', 'female'],
    ['madame', 'female'],
    ['présidente', 'female'],
    ['directrice', 'female'],
    ['députée', 'female'],
    ['sénatrice', 'female'],
  ]),
  titleDescriptionsCorefer: true,
  invertedApposition: true,
  orgWords: wordSet(
    'ministère gouvernement armée parti police gendarmerie conseil comité agence organisation office union commission tribunal cour banque mairie préfecture',
  ),
  orgReferences: wordSet(
    'ministère gouvernement armée parti police gendarmerie conseil comité agence organisation mairie préfecture',
  ),
  nameConnectors: wordSet('de du des la le'),
  personHeads: wordSet(
    'élu élue source témoin habitant habitante responsable expert experte médecin officier',
  ),
  subordinators: wordSet('alors tandis quand lorsque parce car mais et si'),
  trailingWords: wordSet('et mais ou'),
  relativePronouns: wordSet('qui dont que'),
  passiveBefore: wordSet('été être est sont sera seront était fut'),
  quantifiers: wordSet('plusieurs certains quelques nombreux'),
  introWords: wordSet('selon mais et pourtant toutefois ensuite par'),
  notSpeakerOpeners: wordSet(
    'selon mais et pourtant toutefois ensuite alors dans en à au lors après avant depuis pendant pour par sur hier aujourd',
  ),
};
