import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../parse';

const OFF = { quotes: false, entities: false, dates: false, casualties: false };

// A page in the given language: three prose paragraphs (numbered, so none is a repeat) and one furniture line.
function bodyOf(lang: string, prose: string, furniture: string): string[] {
  const p = (n: number) => `<p>${n}. ${prose}</p>`;
  const html = `<html lang="${lang}"><body><article><h1>Title</h1>${p(1)}<p>${furniture}</p>${p(2)}${p(3)}</article></body></html>`;
  return parseArticle({ html }, { extractors: OFF }).paragraphs.map((x) => x.text);
}

const PROSE: Record<string, string> = {
  en: 'The council voted on Monday to close the old bridge to traffic for two years of repairs.',
  de: 'Der Gemeinderat hat am Montag beschlossen, die alte Brücke für zwei Jahre zu sperren.',
  fr: 'Le conseil municipal a voté lundi la fermeture du vieux pont pendant deux ans de travaux.',
  es: 'El ayuntamiento votó el lunes cerrar el puente viejo al tráfico durante dos años de obras.',
  it: 'Il consiglio comunale ha votato lunedì la chiusura del vecchio ponte per due anni di lavori.',
  pt: 'A câmara votou na segunda-feira o fecho da ponte velha ao trânsito durante dois anos de obras.',
  nl: 'De gemeenteraad heeft maandag besloten de oude brug twee jaar lang af te sluiten voor verkeer.',
  ru: 'Городской совет в понедельник проголосовал за закрытие старого моста на два года ремонта.',
};

describe('furniture lines in the body', () => {
  it.each([
    ['en', 'Was this page helpful?'],
    ['en', 'Remind me tomorrow'],
    ['en', 'Trending Videos'],
    ['en', 'Contributing: Jane Roe, USA TODAY'],
    ['de', 'Lesen Sie auch: Die Brücke und die Stadt'],
    ['de', 'Artikel teilen'],
    ['fr', 'Lire aussi : le pont et la ville'],
    ['es', 'Te puede interesar'],
    ['it', 'Leggi anche: il ponte e la città'],
    ['pt', 'Leia também: a ponte e a cidade'],
    ['nl', 'Lees ook: de brug en de stad'],
    ['ru', 'Читайте также: мост и город'],
    ['en', 'Table of contents'],
    ['en', 'Explore further'],
    ['de', 'Seite teilen'],
    ['de', 'Das könnte dich auch interessieren!'],
    ['de', 'Inhaltsverzeichnis'],
    ['de', 'Weiterführende Informationen'],
    ['fr', 'Sommaire'],
    ['nl', 'Inhoudsopgave'],
    ['it', 'Per saperne di più'],
    // Photo credits and captions printed as paragraphs under a picture.
    ['en', 'Getty Images'],
    ['en', 'AFP / JANE DOE'],
    ['de', 'Foto: Jane Doe'],
    ['de', 'Die Brücke im Winter. © AFP / JANE DOE'],
    ['de', 'Ein Hermelin im Schnee. (jdoe / iStock.com)'],
  ])('drops a %s line "%s"', (lang, line) => {
    const paragraphs = bodyOf(lang, PROSE[lang]!, line);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs).not.toContain(line);
  });

  it.each([
    ['en', 'Contributing to the cost, the state will pay half of the repairs.'],
    ['de', 'Teilen sich Stadt und Land die Kosten, wird die Brücke bis 2026 fertig.'],
    ['en', 'Top local mover: Seka Moving (4.96/5 rating)'],
    ['en', 'Photo editors at AFP chose the picture of the year'],
  ])('keeps a %s sentence that only starts like a label', (lang, line) => {
    expect(bodyOf(lang, PROSE[lang]!, line)).toContain(line);
  });
});

describe('furniture classes around the story', () => {
  const prose = (n: number) =>
    `<p>${n}. The council voted on Monday, after a long debate, to close the old bridge to traffic for two years.</p>`;
  it('keeps a story whose wrapper carries a furniture class word (a "jump-link" guide)', () => {
    const story = [1, 2, 3, 4, 5, 6, 7].map(prose).join('');
    // More paragraph text outside the story than in it, so the story is not kept as "most of the page".
    const legal =
      '<p>Offer terms apply to new customers only and exclude installation and equipment fees</p>'.repeat(9);
    const html = `<html><body><main><h1>Title</h1><div class="jump-link">${story}</div></main>
      <div class="legal">${legal}</div></body></html>`;
    const paragraphs = parseArticle({ html }, { extractors: OFF }).paragraphs.map((x) => x.text);
    expect(paragraphs).toHaveLength(7);
  });
});

describe("the author's bio after the story", () => {
  const page = (last: string) =>
    `<html lang="en"><head><meta name="author" content="Jane Roe"></head><body><article><h1>Title</h1>${[
      1, 2, 3,
    ]
      .map((n) => `<p>${n}. ${PROSE.en}</p>`)
      .join('')}<p>${last}</p></article></body></html>`;
  const paragraphsOf = (html: string) =>
    parseArticle({ html }, { extractors: OFF }).paragraphs.map((x) => x.text);
  it('drops a closing paragraph that opens with the author’s full name', () => {
    const bio = 'Jane Roe is a staff writer covering transport and city hall.';
    expect(paragraphsOf(page(bio))).not.toContain(bio);
  });
  it('keeps a closing paragraph that only names the author inside it', () => {
    const line = 'The mayor thanked Jane Roe for asking about the ferry.';
    expect(paragraphsOf(page(line))).toContain(line);
  });
});
