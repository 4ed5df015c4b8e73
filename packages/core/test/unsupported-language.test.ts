// An article in a language without a story pack gets its page fields and a warning, never English story rules.
import { parseArticle } from '@copydesk/core';
import { describe, expect, it } from 'vitest';

const GERMAN = `Dutzende Tote bei Angriff in Syrien

BERLIN (dpa) - Bei einem Luftangriff im Osten Syriens sind am Sonntag nach Angaben von Aktivisten mindestens 50 Menschen getötet worden. "Die Lage ist für die Zivilisten in der Stadt sehr schlimm", sagte Rami Abdel Rahman von der Syrischen Beobachtungsstelle für Menschenrechte der Deutschen Presse-Agentur am 19. November 2017.

Die Regierung in Damaskus hat sich bisher nicht zu dem Angriff geäußert, und auch die Vereinten Nationen wollten die Zahl der Toten zunächst nicht bestätigen. Es ist nicht der erste Angriff auf die Stadt in diesem Monat.`;

const RUSSIAN = `Десятки погибших при авиаударе в Сирии

В результате авиаудара на востоке Сирии в воскресенье погибли не менее 50 человек, сообщили местные активисты. "Ситуация для мирных жителей в городе очень тяжелая", сказал Рами Абдель Рахман из Сирийской обсерватории по правам человека.

Правительство в Дамаске пока не прокомментировало удар, и в ООН также не стали подтверждать число погибших. Это уже не первый удар по городу в этом месяце, а жители говорят, что им некуда бежать.`;

const POLISH_PAGE = `<!doctype html><html lang="pl"><head><title>Atak w Syrii</title>
<meta property="og:title" content="Atak w Syrii"><meta name="author" content="Jan Kowalski">
<meta property="article:published_time" content="2017-11-19T10:00:00+01:00"></head><body><article>
<h1>Atak w Syrii</h1>
<p>Co najmniej 50 osób zginęło w niedzielę w nalocie na miasto we wschodniej Syrii. "Sytuacja cywilów jest bardzo zła", said Rami Abdel Rahman, szef Syryjskiego Obserwatorium Praw Człowieka, w rozmowie z agencją AFP.</p>
<p>Rząd w Damaszku nie skomentował ataku. Organizacja Narodów Zjednoczonych nie potwierdziła liczby ofiar w poniedziałek ani we wtorek.</p>
</article></body></html>`;

describe('an article in a language without a story pack', () => {
  it.each([
    ['Russian text', RUSSIAN, 'ru', 'Russian'],
    ['Polish page', POLISH_PAGE, 'pl', 'pl'],
  ])(
    '%s: page fields and an unsupported-language warning, no quotes, entities, dates or counts',
    (_name, input, language, named) => {
      const article = parseArticle(input, { publishedAt: '2017-11-19' });
      expect(article.language).toBe(language);
      expect(article.headline).not.toBeNull();
      expect(article.paragraphs.length).toBeGreaterThan(0);
      expect(article.wordCount).toBeGreaterThan(20);
      expect(article.quotes).toEqual([]);
      expect(article.entities).toEqual([]);
      expect(article.dates).toEqual([]);
      expect(article.casualties).toEqual([]);
      const warning = article.warnings.find((w) => w.code === 'unsupported-language');
      expect(warning?.message).toContain(named);
      expect(warning?.message).toContain('quotes, entities, dates, casualties');
    },
  );

  it('keeps the page fields a reader finds: the dateline, its agency and the author', () => {
    const german = parseArticle(GERMAN);
    expect(german.dateline?.place).toBe('Berlin');
    expect(german.agencies).toContain('dpa');
    const polish = parseArticle(POLISH_PAGE);
    expect(polish.authors.map((a) => a.name)).toContain('Jan Kowalski');
    expect(polish.publishedAt?.slice(0, 10)).toBe('2017-11-19');
  });

  it('names only the extractors that were asked for', () => {
    const article = parseArticle(RUSSIAN, { extractors: { quotes: false, entities: false } });
    const warning = article.warnings.find((w) => w.code === 'unsupported-language');
    expect(warning?.message).toMatch(/skipped dates, casualties$/);
  });

  it('warns about nothing when no story extractor is asked for', () => {
    const none = { quotes: false, entities: false, dates: false, casualties: false };
    const article = parseArticle(RUSSIAN, { extractors: none });
    expect(article.warnings.map((w) => w.code)).not.toContain('unsupported-language');
  });
});

describe('an article in English, or in no language copydesk can name', () => {
  it('runs every story extractor on an English text', () => {
    const article = parseArticle(
      `Air strikes kill 50 in Syria\n\nDEIR EZZOR, Syria (AFP) - Air strikes killed at least 50 civilians on Sunday, the Syrian Observatory for Human Rights said. "The situation is very bad," said Rami Abdel Rahman, the head of the Britain-based monitor, in a statement.`,
      { publishedAt: '2017-11-19' },
    );
    expect(article.language).toBe('en');
    expect(article.warnings.map((w) => w.code)).not.toContain('unsupported-language');
    expect(article.quotes.length).toBeGreaterThan(0);
    expect(article.entities.length).toBeGreaterThan(0);
    expect(article.dates.length).toBeGreaterThan(0);
    expect(article.casualties.length).toBeGreaterThan(0);
  });

  it('reads a short text whose language is unknown with the English rules, as before', () => {
    const article = parseArticle('Rebels killed 12 soldiers on Sunday.', { publishedAt: '2017-11-19' });
    expect(article.language).toBeNull();
    expect(article.warnings.map((w) => w.code)).not.toContain('unsupported-language');
    expect(article.casualties.length).toBe(1);
  });
});
