import { cueVerbTable } from '../en/quotes';
import type { QuoteWords } from '../types';
import { wordSet } from '../word-list';

// Each row: kind, then the verb's forms (present, past, participle); the first form is the lemma's stand-in.
// Most are clause cues: the content must read as a clause ("sagte, die Lastwagen seien …"), since German verbs with
// a separable prefix look like cues ("sagte die Reise ab").
const CUES = cueVerbTable(
  [
    // Not "gesagt": "besser gesagt", and "hat … gesagt" puts the auxiliary far before it.
    ['clause', 'sagen sagte sagten sagt'],
    ['clause', 'erklären erklärte erklärten erklärt'],
    ['clause', 'betonen betonte betonten betont'],
    ['clause', 'ergänzen ergänzte ergänzten ergänzt'],
    ['clause', 'meinen meinte meinten meint'],
    ['clause', 'berichten berichtete berichteten berichtet'],
    ['clause', 'warnen warnte warnten warnt'],
    ['clause', 'bekräftigen bekräftigte bekräftigten bekräftigt'],
    ['clause', 'versichern versicherte versicherten versichert'],
    ['clause', 'unterstreichen unterstrich unterstrichen unterstreicht'],
    ['clause', 'erläutern erläuterte erläuterten erläutert'],
    ['clause', 'schreiben schrieb schrieben schreibt schreiben'],
    ['clause', 'fragen fragte fragten fragt'],
    ['clause', 'antworten antwortete antworteten antwortet'],
    ['clause', 'behaupten behauptete behaupteten behauptet'],
    ['clause', 'bestätigen bestätigte bestätigten bestätigt'],
    ['clause', 'verkünden verkündete verkündeten verkündet'],
    ['clause', 'mahnen mahnte mahnten mahnt'],
    ['clause', 'kritisieren kritisierte kritisierten kritisiert'],
    // Separable verbs whose particle follows at once: "kündigte an, …", "räumte ein, …", "teilte mit, …".
    ['clause', 'kündigen kündigte kündigten kündigt'],
    ['clause', 'räumen räumte räumten räumt'],
    ['clause', 'teilen teilte teilten teilt'],
    ['clause', 'fügen fügte fügten fügt'],
  ],
  false,
);

const CLAUSE_WORDS = wordSet(
  'ist sind war waren sei seien wäre wären hat haben habe hätte hätten hatte hatten wird werden werde würde würden wurde wurden kann können könne könnte müsse müssen muss müsste soll sollen solle sollte will wollen wolle wollte darf dürfe gebe gibt gab',
);

const TIME_WORDS = wordSet(
  'montag dienstag mittwoch donnerstag freitag samstag sonntag montagabend sonntagabend heute gestern morgen vorgestern abend nachmittag vormittag nacht woche wochenende monat jahr zuvor später bereits erneut zudem auch noch',
);

export const DE_QUOTES: Partial<QuoteWords> = {
  cueVerbs: CUES,
  cueParticles: new Map([
    ['kündigen', [{ particle: 'an', kind: 'clause' }]],
    ['räumen', [{ particle: 'ein', kind: 'clause' }]],
    ['teilen', [{ particle: 'mit', kind: 'clause' }]],
    ['fügen', [{ particle: 'hinzu', kind: 'clause' }]],
  ]),
  particleRequired: wordSet('kündigen räumen teilen fügen'),
  accordingWords: wordSet('laut'),
  postposedCues: wordSet('so'),
  commaOpensContent: true,
  complementizers: wordSet('dass ob'),
  questionWords: wordSet('dass ob wie warum wer was wann wo'),
  clauseWords: CLAUSE_WORDS,
  subjectPronouns: wordSet('er sie es wir ich man'),
  invertedSubjects: wordSet('er sie wir ich'),
  pronouns: new Map([
    ['er', 'person'],
    ['sie', 'person'],
    ['ich', 'person'],
    ['wir', 'group'],
    ['ihm', 'person'],
    ['ihr', 'person'],
  ]),
  genderedPronouns: new Map([
    ['er', 'male'],
    ['ihm', 'male'],
    ['sein', 'male'],
    ['seine', 'male'],
    ['sie', 'female'],
    ['ihr', 'female'],
    ['ihre', 'female'],
  ]),
  determinersAfterCue: wordSet('der die das ein eine einer ein dem den'),
  addresseeAfterName: wordSet('der dem den gegenüber'),
  addresseeBeforeSpeaker: wordSet('gegenüber'),
  definiteArticles: wordSet('der die das dem den des'),
  determiners: wordSet('der die das dem den des'),
  descriptionArticles: wordSet('der die das'),
  indefinite: wordSet('ein eine einer einem einen zwei drei mehrere einige viele'),
  speakerStop: wordSet(
    'und oder aber dass ob als wenn weil da wie wo was wer nachdem bevor obwohl während sich zu nicht ist sind war hat',
  ),
  backStops: wordSet('am im in an auf mit bei vor nach von zu über gegen für um aus seit'),
  speakerSkip: wordSet('auch zudem bereits später erneut noch dann nun jedoch ebenfalls zunächst'),
  coordinators: wordSet('und aber'),
  timeWords: TIME_WORDS,
  adjunctPrepositions: wordSet('am'),
  channelPrepositions: wordSet('in im bei'),
  channelNouns: wordSet('erklärung interview mitteilung pressekonferenz rede brief stellungnahme sendung'),
  titleWords: wordSet(
    'präsident präsidentin minister ministerin kanzler kanzlerin sprecher sprecherin chef chefin bürgermeister bürgermeisterin abgeordneter abgeordnete vorsitzender vorsitzende direktor direktorin dr prof herr frau',
  ),
  titleEndings: [
    'minister',
    'ministerin',
    'sprecher',
    'sprecherin',
    'präsident',
    'präsidentin',
    'politiker',
    'politikerin',
    'chef',
    'chefin',
    'kanzler',
    'kanzlerin',
    'vorsitzender',
    'vorsitzende',
    'experte',
    'expertin',
  ],
  genderedTitles: new Map([
    ['herr', 'male'],
    ['frau', 'female'],
  ]),
  genderedTitleEndings: [['in', 'female']],
  titleDescriptionsCorefer: true,
  invertedApposition: true,
  verbSecond: true,
  capitalisedNouns: true,
  orgWords: wordSet(
    'ministerium regierung partei union polizei armee bundeswehr verband organisation programm agentur gericht bank rat kommission amt behörde',
  ),
  orgReferences: wordSet('ministerium regierung partei polizei organisation behörde armee gruppe'),
  nameConnectors: wordSet('von van de der'),
  personHeads: wordSet('sprecher sprecherin augenzeuge anwohner anwohnerin experte expertin arzt ärztin'),
  subordinators: wordSet('als während weil nachdem bevor aber und obwohl wenn da'),
  trailingWords: wordSet('und aber oder'),
  relativePronouns: wordSet('der die das welcher welche'),
  passiveBefore: wordSet('wurde wurden worden sei ist'),
  quantifiers: wordSet('mehrere einige viele andere'),
  introWords: wordSet('am im in nach vor auch aber doch zudem'),
  notSpeakerOpeners: wordSet(
    'nach vor am im in auf mit bei seit während wie wenn als doch aber und zudem auch heute gestern dabei damit daher deshalb so dann',
  ),
};
