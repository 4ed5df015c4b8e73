import { pageWords } from '../page-words';
import { storyWords } from '../story-words';
import type { StoryPack } from '../types';
import { DE_AGENCIES } from './agencies';
import { DE_CASUALTIES } from './casualties';
import { DE_DATES, DE_MONTH_NAMES } from './dates';
import { DE_ENTITIES } from './entities';
import { DE_NUMBERS } from './numbers';
import { DE_QUOTES } from './quotes';
import { DE_SENTENCES } from './sentences';

// German: page words, and the story words each extractor reads (one file per concern).
export const DE: StoryPack = {
  code: 'de',
  name: 'German',
  page: pageWords({
    months: DE_MONTH_NAMES,
    // Abbreviations as dates print them, with or without their full stop ("12. Dez. 2024").
    monthAbbreviations: {
      jan: 1,
      jän: 1,
      feb: 2,
      mär: 3,
      apr: 4,
      jun: 6,
      jul: 7,
      aug: 8,
      sep: 9,
      sept: 9,
      okt: 10,
      nov: 11,
      dez: 12,
    },
    bylineJoiners: ['und', 'mit'],
    bylineLabels: ['von', 'text von', 'eingestellt von', 'geschrieben von', 'verfasst von'],
    // "Autor: Jane Doe", "Eingestellt von Jane Doe" (Blogger's German byline); the label alone names no one.
    bylineElementLabels: [
      'autorin',
      'autor',
      'autoren',
      'eingestellt von',
      'geschrieben von',
      'text von',
      'von',
    ],
    bylineNodeLabels: ['von', 'autor', 'autorin'],
    // A forum's advertisement post signs as "Gesponserte Inhalte" (sponsored content); "Unbekannt" is a placeholder.
    bylineNotNames: ['gesponserte inhalte', 'unbekannt', 'kein autor'],
    // A magazine's credit line: "Text von Jane Doe Illustration von John Roe".
    bylineNodeOpeners: ['Von', 'Text von'],
    bylineOtherCredits: [
      'illustration von',
      'illustrationen von',
      'illustration:',
      'foto von',
      'fotos von',
      'foto:',
      'fotos:',
      'bilder von',
      'bilder:',
      'grafik von',
      'video von',
    ],
    bylineOnBehalf: ['im auftrag von', 'im namen von'],
    publishedLabels: [
      'erschienen',
      'veröffentlicht',
      'publiziert',
      'erstellt',
      'gespeichert',
      'eingestellt',
      'datum',
    ],
    publishedLinks: ['am'],
    publishedByLabels: ['von'],
    memberSinceLabels: ['registriert', 'mitglied seit', 'dabei seit'],
    // The words of a copyright notice closing the story.
    rightsReserved: ['alle rechte vorbehalten'],
    // Lines that are page furniture, not story: share and print buttons, teaser headings, ad labels.
    // A cookie or embed consent notice, a subscription or donation appeal: never the story.
    noticePhrases: [
      'unterstützen sie (?:diese form des|unseren|unabhängigen) journalismus',
      'keine bezahlschranke',
      'wenn ihnen (?:unser|dieser) artikel gefallen hat',
      'sie sind (?:aktuell|derzeit) nicht eingeloggt',
      'ohne (?:dein|ihr) einverständnis keine verbindung',
      'verwenden wir cookies',
      '(?:diese|unsere) (?:webseite|website|seite) (?:verwendet|nutzt) cookies',
      'stimmen sie der (?:verwendung|nutzung) von cookies zu',
      'ich bin (?:damit )?einverstanden, dass',
      '(?:das )?automatische laden (?:der|von) inhalten?',
      'daten an (?:youtube|google|twitter|facebook|instagram|vimeo|den betreiber|drittanbieter)',
      'datenübertragung an (?:youtube|google|twitter|facebook|instagram|vimeo|den betreiber|drittanbieter)',
      'daten an \\S+ übermittelt werden',
      'datenübertragung zustimmen',
      'externe inhalte (?:laden|anzeigen|aktivieren|zulassen)',
    ],
    // Headings over the page's list of other stories: the story ends there.
    tailHeadings: [
      'das könnte sie auch interessieren',
      '(?:das )?könnte sie (?:auch )?interessieren',
      'weitere (?:artikel|beiträge|nachrichten|themen)',
      'verwandte (?:artikel|beiträge|themen)',
      'ähnliche (?:artikel|beiträge)',
      'meistgelesen(?:e artikel)?',
      'neueste (?:artikel|beiträge)',
      'aktuelle (?:artikel|beiträge|nachrichten)',
      'auch interessant',
      'empfehlungen',
    ],
    furnitureLabels: [
      'anzeige',
      'werbung',
      '(?:artikel |seite |beitrag |mit freunden |jetzt )?teilen!?',
      'drucken',
      'kommentare?',
      '\\d+ kommentare?',
      'mehr zum thema:?.*',
      'zum thema',
      'lesen sie auch:?.*',
      'auch interessant:?.*',
      'das könnte (?:sie|dich) (?:auch )?interessieren!?',
      'weiterlesen:?',
      'weitere (?:informationen|themen|links):?',
      'weiterführende (?:informationen|links):?',
      'inhaltsverzeichnis',
      'inhalt',
      'externer inhalt',
      'quellen(?:angaben)?:',
      'weitere artikel',
      'verwandte (?:themen|artikel|beiträge)',
      'ähnliche (?:artikel|beiträge|themen)',
      'nützliche links',
      'meistgelesen',
      'meist gelesen',
      'zur startseite',
      'jetzt abonnieren',
    ],
    creditLabels: ['Foto'],
    // German, Austrian and Swiss wires.
    agencies: [
      {
        name: 'dpa',
        forms: ['dpa', 'DPA', 'Deutsche Presse-Agentur', 'Deutschen Presse-Agentur'],
        ambiguousForms: ['dpa'],
      },
      { name: 'APA', forms: ['APA', 'Austria Presse Agentur'], ambiguousForms: ['APA'] },
      { name: 'KNA', forms: ['KNA', 'Katholische Nachrichten-Agentur'], ambiguousForms: ['KNA'] },
      { name: 'epd', forms: ['epd', 'Evangelischer Pressedienst'], ambiguousForms: ['epd'] },
      { name: 'dts', forms: ['dts', 'dts Nachrichtenagentur'], ambiguousForms: ['dts'] },
      {
        name: 'Keystone-SDA',
        forms: ['Keystone-SDA', 'SDA', 'Schweizerische Depeschenagentur'],
        ambiguousForms: ['SDA'],
      },
    ],
  }),
  story: storyWords({
    sentences: DE_SENTENCES,
    dates: DE_DATES,
    numbers: DE_NUMBERS,
    casualties: DE_CASUALTIES,
    agencies: DE_AGENCIES,
    quotes: DE_QUOTES,
    entities: DE_ENTITIES,
  }),
};
