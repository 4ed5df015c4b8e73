import { cueVerbTable } from '../en/quotes';
import type { QuoteWords } from '../types';

const words = (s: string) => new Set(s.split(' '));

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
  particleRequired: words('laten aankondigen'),
  accordingWords: words('volgens'),
  postposedCues: words('aldus'),
  commaOpensContent: true,
  complementizers: words('dat of'),
  questionWords: words('dat of hoe waarom wie wat wanneer waar'),
  clauseWords: words(
    'is zijn was waren wordt worden werd werden heeft hebben had hadden zal zullen zou zouden kan kunnen kon moet moeten wil willen gaat gaan',
  ),
  subjectPronouns: words('hij zij ze het wij we ik men'),
  invertedSubjects: words('hij zij ze wij we ik'),
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
  determinersAfterCue: words('de het een twee drie enkele'),
  addresseeBeforeSpeaker: words('tegen aan'),
  addresseeAfterName: words('tegen aan'),
  definiteArticles: words('de het'),
  determiners: words('de het deze dit die'),
  descriptionArticles: words('de het'),
  indefinite: words('een twee drie enkele sommige veel'),
  speakerStop: words('en of maar dat die wie als toen omdat terwijl hoewel waar wat niet is zijn was heeft'),
  backStops: words('tegen aan op in bij met voor na uit over tijdens naar door om sinds'),
  speakerSkip: words('ook al eerder later nog dan echter'),
  coordinators: words('en maar'),
  timeWords: words(
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag zondagavond maandagavond gisteren vandaag morgen vanavond vannacht vorige volgende week maand jaar ook eerder',
  ),
  channelPrepositions: words('in tijdens op'),
  channelDeterminers: words('een de het zijn haar'),
  channelNouns: words('verklaring interview persbericht toespraak brief bericht persconferentie tweet'),
  titleWords: words(
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
  orgWords: words(
    'ministerie regering kabinet partij politie brandweer leger raad commissie agentschap organisatie bureau unie rechtbank bank gemeente ministerie',
  ),
  orgReferences: words('ministerie regering kabinet partij politie brandweer gemeente organisatie'),
  nameConnectors: words('van de der den en'),
  personHeads: words('buurtbewoner bewoner getuige woordvoerder deskundige arts bron'),
  subordinators: words('terwijl toen omdat hoewel maar en als'),
  trailingWords: words('en maar of'),
  relativePronouns: words('die dat wie'),
  passiveBefore: words('werd werden wordt worden is'),
  quantifiers: words('enkele sommige veel andere'),
  introWords: words('volgens maar en ook'),
  notSpeakerOpeners: words(
    'volgens maar ook in op bij met voor na uit over tijdens naar door sinds gisteren vandaag dan daarna',
  ),
};
