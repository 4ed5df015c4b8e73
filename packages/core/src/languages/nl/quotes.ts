import { cueVerbTable } from '../en/quotes';
import type { QuoteWords } from '../types';
import { wordSet } from '../word-list';

// Each row: kind, then the verb's forms (present, past, participle). Clause cues: Dutch, like German, has verbs
// whose particle comes last ("zei de afspraak af"), so the content must read as a clause.
const CUES = cueVerbTable(
  [
    ['clause', 'zeggen zei zeiden zegt gezegd'],
    ['clause', 'verklaren verklaarde verklaarden verklaart'],
    ['clause', 'melden meldde meldden meldt gemeld'],
    ['clause', 'stellen stelde stelden stelt'],
    ['clause', 'benadrukken benadrukte benadrukten benadrukt'],
    ['clause', 'vertellen vertelde vertelden vertelt'],
    ['clause', 'schrijven schreef schreven schrijft'],
    ['clause', 'waarschuwen waarschuwde waarschuwden waarschuwt'],
    ['clause', 'antwoorden antwoordde antwoordden antwoordt'],
    ['clause', 'vragen vroeg vroegen vraagt'],
    ['clause', 'bevestigen bevestigde bevestigden bevestigt'],
    ['clause', 'erkennen erkende erkenden erkent'],
    ['clause', 'aankondigen kondigde kondigden'],
    ['clause', 'laten liet lieten laat'],
  ],
  false,
);

export const NL_QUOTES: Partial<QuoteWords> = {
  cueVerbs: CUES,
  // "liet weten", "kondigde aan": the second word makes the first speech.
  cueParticles: new Map([
    ['laten', [{ particle: 'weten', kind: 'clause' }]],
    ['aankondigen', [{ particle: 'aan', kind: 'clause' }]],
  ]),
  particleRequired: wordSet('laten aankondigen'),
  accordingWords: wordSet('volgens'),
  postposedCues: wordSet('aldus'),
  commaOpensContent: true,
  complementizers: wordSet('dat of'),
  questionWords: wordSet('dat of hoe waarom wie wat wanneer waar'),
  clauseWords: wordSet(
    'is zijn was waren wordt worden werd werden heeft hebben had hadden zal zullen zou zouden kan kunnen kon moet moeten wil willen gaat gaan',
  ),
  subjectPronouns: wordSet('hij zij ze het wij we ik men'),
  invertedSubjects: wordSet('hij zij ze wij we ik'),
  pronouns: new Map([
    ['hij', 'person'],
    ['zij', 'person'],
    ['ze', 'person'],
    ['ik', 'person'],
    ['wij', 'group'],
    ['we', 'group'],
  ]),
  genderedPronouns: new Map([
    ['hij', 'male'],
    ['zijn', 'male'],
    ['hem', 'male'],
    ['zij', 'female'],
    ['ze', 'female'],
    ['haar', 'female'],
  ]),
  determinersAfterCue: wordSet('de het een twee drie enkele'),
  // "zei tegen de krant dat …": the person spoken to before the complementizer is no part of the content.
  addresseePrepositions: wordSet('tegen aan met'),
  addresseeBeforeSpeaker: wordSet('tegen aan'),
  addresseeAfterName: wordSet('tegen aan'),
  definiteArticles: wordSet('de het'),
  determiners: wordSet('de het deze dit die'),
  descriptionArticles: wordSet('de het'),
  indefinite: wordSet('een twee drie enkele sommige veel'),
  speakerStop: wordSet(
    'en of maar dat die wie als toen omdat terwijl hoewel waar wat niet is zijn was heeft',
  ),
  backStops: wordSet('tegen aan op in bij met voor na uit over tijdens naar door om sinds'),
  speakerSkip: wordSet('ook al eerder later nog dan echter'),
  coordinators: wordSet('en maar'),
  timeWords: wordSet(
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag zondagavond maandagavond gisteren vandaag morgen vanavond vannacht vorige volgende week maand jaar ook eerder',
  ),
  channelPrepositions: wordSet('in tijdens op'),
  channelDeterminers: wordSet('een de het zijn haar'),
  channelNouns: wordSet('verklaring interview persbericht toespraak brief bericht persconferentie tweet'),
  titleWords: wordSet(
    'minister premier burgemeester wethouder woordvoerder woordvoerster voorzitter directeur directrice president staatssecretaris kamerlid commissaris officier dr prof',
  ),
  genderedTitles: new Map([
    ['woordvoerster', 'female'],
    ['directrice', 'female'],
    ['mevrouw', 'female'],
    ['meneer', 'male'],
  ]),
  titleDescriptionsCorefer: true,
  invertedApposition: true,
  verbSecond: true,
  orgWords: wordSet(
    'ministerie regering kabinet partij politie brandweer leger raad commissie agentschap organisatie bureau unie rechtbank bank gemeente ministerie',
  ),
  orgReferences: wordSet('ministerie regering kabinet partij politie brandweer gemeente organisatie'),
  nameConnectors: wordSet('van de der den en'),
  personHeads: wordSet('buurtbewoner bewoner getuige woordvoerder deskundige arts bron'),
  subordinators: wordSet('terwijl toen omdat hoewel maar en als'),
  trailingWords: wordSet('en maar of'),
  relativePronouns: wordSet('die dat wie'),
  passiveBefore: wordSet('werd werden wordt worden is'),
  quantifiers: wordSet('enkele sommige veel andere'),
  introWords: wordSet('volgens maar en ook'),
  notSpeakerOpeners: wordSet(
    'volgens maar ook in op bij met voor na uit over tijdens naar door sinds gisteren vandaag dan daarna',
  ),
};
