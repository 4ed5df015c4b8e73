import type { Article } from '../schema/article';

const HEADLINE = 'Army retakes *border* town';
const DEK = 'Fighters withdrew overnight';
const CAPTION = 'Troops enter the town.';
const P1 = 'DEIR EZZOR: The army took the town on Sunday, a source told AFP.';
const P2 = '# not a heading, and 1. not a list';
const TEXT = [HEADLINE, DEK, CAPTION, P1, P2].join('\n\n');

function spanOf(part: string) {
  const start = TEXT.indexOf(part);
  return { start, end: start + part.length, text: part };
}

/** A hand-made Article with every field the converters read, for their tests. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    schemaVersion: '1.3.0',
    source: {
      kind: 'html',
      url: 'https://news.example.com/2017/11/19/army',
      hostname: 'news.example.com',
      siteName: 'Example News',
      canonicalUrl: null,
    },
    language: 'en',
    direction: 'ltr',
    headline: HEADLINE,
    dek: DEK,
    description: 'The army and its allies took Albu Kamal.',
    section: 'World',
    tags: ['Syria', 'Islamic State'],
    authors: [
      { name: 'Ann Reporter', role: null },
      { name: 'Bob Writer', role: 'AFP' },
    ],
    agencies: ['AFP'],
    dateline: {
      text: 'DEIR EZZOR',
      place: 'Deir Ezzor',
      country: 'Syria',
      date: null,
      agency: null,
      span: spanOf('DEIR EZZOR:'),
    },
    publishedAt: '2017-11-19T10:30:00Z',
    modifiedAt: null,
    images: [
      {
        url: 'https://news.example.com/img/troops.jpg',
        caption: CAPTION,
        credit: 'AFP PHOTO / STRINGER',
        alt: null,
        captionSpan: spanOf(CAPTION),
      },
    ],
    media: [],
    text: TEXT,
    blocks: [
      { kind: 'headline', span: spanOf(HEADLINE) },
      { kind: 'dek', span: spanOf(DEK) },
      { kind: 'caption', span: spanOf(CAPTION) },
      { kind: 'paragraph', span: spanOf(P1) },
      { kind: 'paragraph', span: spanOf(P2) },
    ],
    paragraphs: [spanOf(P1), spanOf(P2)],
    html: null,
    quotes: [],
    entities: [
      {
        id: 'e1',
        type: 'location',
        name: 'Deir Ezzor',
        aliases: [],
        roles: [],
        mentions: [spanOf('DEIR EZZOR')],
      },
      {
        id: 'e2',
        type: 'organization',
        name: 'AFP',
        aliases: ['Agence France-Presse'],
        roles: [],
        mentions: [spanOf('AFP')],
      },
    ],
    dates: [],
    casualties: [],
    wordCount: 20,
    isArticle: { score: 1, reasons: [] },
    warnings: [],
    ...overrides,
  };
}
