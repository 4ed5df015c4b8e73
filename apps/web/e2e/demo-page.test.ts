// End-to-end: the built page in Debian's chromium, served on 127.0.0.1 by a throwaway static server.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@copydesk/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SEED_REFERENCE_DATE } from '../src/constants';
import { SEED_TEXT, seedWithFacts } from '../src/test/seed-article';
import { findConverters, serializeOutput } from '../src/worker/formats';
import { launchChromium } from './browser';
import { type StaticServer, serveStatic } from './static-server';

const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(WEB_ROOT, 'dist');
const RESULTS = join(WEB_ROOT, 'test-results');
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

let server: StaticServer;
let browser: Browser;
let context: BrowserContext | null = null;
let pageErrors: string[] = [];

beforeAll(async () => {
  // `pnpm test` builds first; a lone `vitest run` builds here so the test never runs against nothing.
  if (!existsSync(join(DIST, 'index.html'))) await build({ root: WEB_ROOT, logLevel: 'warn' });
  mkdirSync(RESULTS, { recursive: true });
  server = await serveStatic(DIST);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  await context?.close();
  context = null;
  expect(pageErrors).toEqual([]);
});

async function open(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(server.origin);
  await waitForRun(page, 0);
  return page;
}

/** Waits until a parse newer than `after` has finished, and returns its run number and state. */
async function waitForRun(page: Page, after: number): Promise<{ run: number; state: string }> {
  await page.waitForFunction(
    (n) => {
      const status = document.getElementById('status')!;
      return Number(status.dataset.run ?? 0) > n && ['done', 'error'].includes(status.dataset.state ?? '');
    },
    after,
    { timeout: 120_000 },
  );
  return page.$eval('#status', (s) => ({
    run: Number((s as HTMLElement).dataset.run),
    state: String((s as HTMLElement).dataset.state),
  }));
}

/** Drops `text` on the page as a file "story.txt", as a user dragging it from their desktop would. */
async function dropTextFile(page: Page, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'story.txt', { type: 'text/plain' }));
    return dt;
  }, text);
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
}

const currentRun = (page: Page): Promise<number> =>
  page.$eval('#status', (s) => Number((s as HTMLElement).dataset.run ?? 0));

/** Distinct facts drawn in the article view, from the space-separated ids on highlighted elements. */
function countDrawn(page: Page, attribute: 'quote' | 'mention'): Promise<number> {
  return page.$$eval(
    `#article-view [data-${attribute}]`,
    (els, attr) => new Set(els.flatMap((e) => (e.getAttribute(`data-${attr}`) ?? '').split(' '))).size,
    attribute,
  );
}

async function rawJson(page: Page): Promise<unknown> {
  await page.$eval('#raw-json', (d) => {
    (d as HTMLDetailsElement).open = true;
  });
  await page.waitForFunction(() => (document.getElementById('raw-json-text')?.textContent ?? '').length > 0);
  return JSON.parse((await page.textContent('#raw-json-text')) ?? 'null');
}

/** Pastes through the real clipboard, as a visitor would with Ctrl+V. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('#article-input');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

const seedArticle = (publishedAt = SEED_REFERENCE_DATE) =>
  core.parseArticle({ text: SEED_TEXT }, { publishedAt });

describe('the demo page in chromium', { timeout: 180_000 }, () => {
  it('opens with the seed parsed: headline, highlights, panel, schema check and raw JSON', async () => {
    const expected = seedArticle();
    const page = await open();
    expect(await page.textContent('#article-view .headline')).toBe(expected.headline);
    expect(await page.$$eval('#article-view .block', (els) => els.length)).toBe(expected.paragraphs.length);
    expect(await countDrawn(page, 'quote')).toBe(expected.quotes.length);
    expect(await countDrawn(page, 'mention')).toBe(
      expected.entities.reduce((n, e) => n + e.mentions.length, 0),
    );
    expect(await page.textContent('#article-view figcaption .credit')).toBe(expected.images[0]?.credit);
    expect(await page.textContent('#article-view .dateline strong')).toBe(expected.dateline?.text);
    expect(await page.textContent('#schema-check')).toContain('Valid Article');
    expect(await page.textContent('#quotes-heading')).toBe(`Quotes (${expected.quotes.length})`);
    expect(await page.textContent('#status')).toMatch(/Parsed in \d[\d,]* ms/);
    expect(await rawJson(page)).toEqual(expected);
    await page.screenshot({ path: join(RESULTS, 'seed-desktop.png'), fullPage: true });

    const attributed = expected.quotes.findIndex((q) => q.speaker);
    if (attributed >= 0) {
      // Hover and keyboard focus both show the speaker, cue and type.
      const quote = expected.quotes[attributed]!;
      const first = page.locator(`#article-view [data-quote~="q${attributed}"]`).first();
      await first.hover();
      await expect.poll(() => page.isVisible('#details-tooltip')).toBe(true);
      const tip = (await page.textContent('#details-tooltip')) ?? '';
      expect(tip).toContain(quote.speaker!.name);
      expect(tip).toContain(quote.type);
      await page.screenshot({ path: join(RESULTS, 'seed-hover.png') });
      await page.mouse.move(0, 0);
      await first.focus();
      expect(await page.textContent('#details-tooltip')).toContain(quote.speaker!.name);
      await page.keyboard.press('Escape');
      expect(await page.isVisible('#details-tooltip')).toBe(false);
    } else {
      expect(await page.textContent('#quotes-slot')).toContain('No quotes found.');
      expect(await page.$$eval('#article-view .hl-quote', (els) => els.length)).toBe(0);
    }
  });

  it('draws a saved record with quotes, entities and dates: hover details, linked mentions, panel', async () => {
    // Hand-made facts, so this holds whatever the extractors find today.
    const record = seedWithFacts();
    const page = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    const run = await currentRun(page);
    await paste(page, JSON.stringify(record));
    expect((await waitForRun(page, run)).state).toBe('done');
    expect(await countDrawn(page, 'quote')).toBe(record.quotes.length);
    expect(await countDrawn(page, 'mention')).toBe(
      record.entities.reduce((n, e) => n + e.mentions.length, 0),
    );
    expect(
      await page.$$eval('#article-view [data-chip-date]', (els) =>
        els.map((e) => e.getAttribute('data-chip-date')),
      ),
    ).toEqual(['2017-11-19']);
    expect(await page.$$eval('#quotes-slot h3.speaker', (els) => els.map((e) => e.textContent))).toEqual([
      'a military source in Deir Ezzor (2)',
      'SANA (1)',
    ]);
    expect(await page.textContent('#entities-slot [data-group="e1"] .count')).toBe(
      String(record.entities[0]!.mentions.length),
    );

    // Hovering a quote names its speaker, cue and type.
    await page.hover('#article-view [data-quote~="q2"]:not([data-entity])');
    const tip = (await page.textContent('#details-tooltip')) ?? '';
    expect(tip).toContain('SANA');
    expect(tip).toContain('saying');
    expect(tip).toContain('mixed');

    // Hovering one mention of an entity lights up all of them.
    await page.hover('#article-view [data-mention~="e1:3"]');
    const linked = await page.$$eval('#article-view .is-linked[data-entity~="e1"]', (els) => els.length);
    expect(linked).toBe(record.entities[0]!.mentions.length);
    await page.screenshot({ path: join(RESULTS, 'record-hover.png') });
    await page.mouse.move(0, 0);

    // The keyboard reaches highlights, and focus shows the same details.
    await page.focus('#article-view');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'));
    expect(focused).toBe('details-tooltip');
    expect(await page.isVisible('#details-tooltip')).toBe(true);

    // A panel entry takes focus to its first highlight; a hidden layer drops out of the details.
    await page.click('#quotes-slot [data-group="q1"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-quote'))).toContain('q1');
    await page.click('label[for="layer-quote"]');
    await page.hover('#article-view [data-quote~="q2"]:not([data-entity])');
    expect(await page.isVisible('#details-tooltip')).toBe(false);
  });

  it('re-resolves the article when the reference date changes', async () => {
    const page = await open();
    const run = await currentRun(page);
    await page.fill('#reference-date', '2018-01-07');
    expect((await waitForRun(page, run)).state).toBe('done');
    expect(await rawJson(page)).toEqual(seedArticle('2018-01-07'));
  });

  it('switches layers off and on, and downloads the record', async () => {
    const page = await open();
    await page.click('label[for="layer-quote"]');
    expect(await page.getAttribute('#article-view', 'class')).toContain('hide-quote');
    await page.click('label[for="layer-quote"]');
    expect(await page.getAttribute('#article-view', 'class')).not.toContain('hide-quote');

    const expected = seedArticle();
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    expect(json.suggestedFilename()).toBe('syria-army-allies-retake-albu-kamal-from-islamic-state.json');
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8'))).toEqual(expected);

    // JSON-LD and ninjs light up exactly when the core exports their converters.
    const converters = findConverters(core as unknown as Record<string, unknown>);
    for (const format of ['jsonld', 'ninjs'] as const) {
      const button = `#download-${format}`;
      expect(await page.isDisabled(button)).toBe(!converters.has(format));
      const convert = converters.get(format);
      if (!convert) continue;
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      expect(readFileSync((await download.path())!, 'utf8')).toBe(serializeOutput(convert(expected)));
    }
  });

  it('reads a dropped .txt file and a chosen .html file', async () => {
    const story = SEED_TEXT.split('\n\n').slice(2, 6).join('\n\n');
    const expected = core.parseArticle({ text: story });
    const page = await open();
    let run = await currentRun(page);
    await dropTextFile(page, story);
    expect((await waitForRun(page, run)).state).toBe('done');
    expect(await page.inputValue('#article-input')).toBe(story);
    expect(await page.inputValue('#input-type')).toBe('text');
    expect(await page.$$eval('#article-view .block', (els) => els.length)).toBe(expected.paragraphs.length);

    run = await currentRun(page);
    const html = fixture('article-page.html');
    await page.setInputFiles('#file-input', {
      name: 'page.html',
      mimeType: 'text/html',
      buffer: Buffer.from(html),
    });
    const { state } = await waitForRun(page, run);
    expect(await page.inputValue('#input-type')).toBe('html');
    expect(state).toBe(core.safeParseArticle({ html }).success ? 'done' : 'error');
  });

  it('renders a right-to-left article right to left and names its language', async () => {
    // An Arabic story written for this test.
    const story =
      'الحكومة تعلن قواعد جديدة\n\nأعلنت الحكومة يوم الاثنين أن القواعد الجديدة ستدخل حيز التنفيذ اعتبارا من الشهر المقبل في جميع أنحاء البلاد، وقال المتحدث باسمها إن الهدف هو حماية السكان.';
    const page = await open();
    const run = await currentRun(page);
    await dropTextFile(page, story);
    expect((await waitForRun(page, run)).state).toBe('done');
    expect(await page.getAttribute('#article-view', 'dir')).toBe('rtl');
    expect(await page.getAttribute('#article-view', 'lang')).toBe('ar');
    expect(await page.textContent('#summary')).toContain('Language: ar, right to left');
  });

  it("loads a language's entity model when an article in it comes in", async () => {
    // A German story written for this test.
    const story =
      'Hilfe für den Sudan\n\nBERLIN (dpa) - Außenministerin Annalena Baerbock hat am Montag in Berlin mehr Geld für die Menschen im Sudan zugesagt. Das Welternährungsprogramm der Vereinten Nationen warnt seit Wochen vor einer Hungersnot in der Region Darfur.\n\nDie Bundesregierung werde in diesem Jahr weitere 50 Millionen Euro bereitstellen, sagte Baerbock nach einem Treffen mit Vertretern der Afrikanischen Union.';
    // Node loads every language up front (the `node` export condition); the page starts with English only.
    const expected = core.parseArticle({ text: story });
    expect(expected.entities.length).toBeGreaterThan(0);
    const page = await open();
    const run = await currentRun(page);
    await dropTextFile(page, story);
    expect((await waitForRun(page, run)).state).toBe('done');
    const record = (await rawJson(page)) as core.Article;
    expect(record.language).toBe('de');
    expect(record.warnings.map((w) => w.code)).not.toContain('model-not-loaded');
    expect(record.entities).toEqual(expected.entities);
  });

  it('parses a pasted HTML page, without loading its images', async () => {
    const html = fixture('article-page.html');
    const expected = core.safeParseArticle(html);
    const page = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.origin)) foreign.push(r.url());
    });
    const run = await currentRun(page);
    await paste(page, html);
    expect(await page.inputValue('#article-input')).toBe(html);
    const { state } = await waitForRun(page, run);
    if (expected.success) {
      expect(state).toBe('done');
      expect(await page.textContent('#article-view .headline')).toBe(expected.data.headline);
      expect(await page.$$eval('#article-view .block', (els) => els.length)).toBe(
        expected.data.paragraphs.length,
      );
      expect(await countDrawn(page, 'quote')).toBe(expected.data.quotes.length);
      expect(await rawJson(page)).toEqual(expected.data);
    } else {
      expect(state).toBe('error');
      expect(await page.textContent('#status')).toContain(expected.error.code);
    }
    expect(foreign).toEqual([]);
    expect(await page.$$eval('#article-view img', (els) => els.length)).toBe(0);
  });

  it('keeps the markup of a rich paste when asked for HTML', async () => {
    const html = '<h1>Rich headline</h1><p>ROME: A paragraph copied from a web page.</p>';
    const page = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    let run = await currentRun(page);
    await page.selectOption('#input-type', 'html');
    run = (await waitForRun(page, run)).run;
    await page.evaluate(async (markup) => {
      const item = new ClipboardItem({
        'text/html': new Blob([markup], { type: 'text/html' }),
        'text/plain': new Blob(['Rich headline\n\nROME: A paragraph copied from a web page.'], {
          type: 'text/plain',
        }),
      });
      await navigator.clipboard.write([item]);
    }, html);
    await page.focus('#article-input');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    expect(await page.inputValue('#article-input')).toContain('<h1>Rich headline</h1>');
    const { state } = await waitForRun(page, run);
    expect(state).toBe(
      core.safeParseArticle(await page.inputValue('#article-input'), { type: 'html' }).success
        ? 'done'
        : 'error',
    );
  });

  // As plain text, every tag is shown as text; as HTML, the page is read by the parser in the worker.
  it.each(['', 'text', 'html'])(
    'runs nothing from a hostile page read as "%s" and requests none of its resources',
    async (inputType) => {
      const html = fixture('xss-page.html');
      const page = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
      const before = await currentRun(page);
      await page.selectOption('#input-type', inputType);
      if (inputType) await waitForRun(page, before);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(server.origin) || r.url().includes('/beacon')) foreign.push(r.url());
      });
      const run = await currentRun(page);
      await paste(page, html);
      const { state } = await waitForRun(page, run);
      const expected = core.safeParseArticle(html, inputType ? { type: inputType as 'html' | 'text' } : {});
      expect(state).toBe(expected.success ? 'done' : 'error');
      if (inputType === 'text') {
        expect(await page.textContent('#article-view')).toContain(
          `<script>window.__xss = 'head-script'; alert('head');</script>`,
        );
      }

      // Hover, focus and click everything that was drawn, in case a handler slipped through.
      for (const el of await page.$$('#article-view *')) {
        await el.dispatchEvent('mouseover');
        await el.dispatchEvent('focus');
      }
      await page.click('#article-view', { position: { x: 5, y: 5 } }).catch(() => {});
      await page.waitForTimeout(300);

      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(foreign).toEqual([]);
      expect(server.requests.filter((p) => p.startsWith('/beacon'))).toEqual([]);
      const inserted = await page.$$eval(
        'iframe, object, embed, video, img, svg, math, base, meta[http-equiv="refresh"], link[href*="beacon"], style',
        (els) => els.map((e) => e.tagName),
      );
      expect(inserted).toEqual([]);
      expect(
        await page.$$eval('script', (els) => els.map((e) => e.getAttribute('src')?.startsWith('./assets/'))),
      ).toEqual([true]);
      if (expected.success) {
        expect(await page.$$eval('#article-view .block', (els) => els.length)).toBe(
          expected.data.paragraphs.length,
        );
      }
    },
  );

  it('stays responsive while a 2 MB article is parsed', async () => {
    const body = SEED_TEXT.split('\n\n').slice(2).join('\n\n');
    let big = SEED_TEXT;
    while (big.length < 2_000_000) big += `\n\n${body}`;
    const bare = { quotes: false, entities: false, dates: false, casualties: false };
    const expectedParagraphs = core.parseArticle({ text: big }, { extractors: bare }).paragraphs.length;

    const page = await open();
    await page.$eval(
      '#article-input',
      (el, text) => {
        (el as HTMLTextAreaElement).value = text;
      },
      big,
    );
    // Record main-thread stalls: the gap between ticks of a 20 ms timer.
    await page.evaluate(() => {
      const w = window as unknown as { __ticks: number[] };
      w.__ticks = [performance.now()];
      setInterval(() => w.__ticks.push(performance.now()), 20);
    });
    const run = await currentRun(page);
    await page.click('#parse-button');
    const answers: number[] = [];
    while ((await page.$eval('#status', (s) => (s as HTMLElement).dataset.state)) === 'parsing') {
      const asked = Date.now();
      await page.evaluate(() => document.getElementById('status')?.textContent);
      answers.push(Date.now() - asked);
    }
    expect((await waitForRun(page, run)).state).toBe('done');
    const {
      window: parseWindow,
      ticks,
      worstStall,
    } = await page.evaluate(() => {
      const w = window as unknown as { __ticks: number[] };
      const start = performance.getEntriesByName('copydesk:parse-start').at(-1)!.startTime;
      const end = performance.getEntriesByName('copydesk:parse-end').at(-1)!.startTime;
      let worst = 0;
      let inside = 0;
      for (let i = 1; i < w.__ticks.length; i++) {
        const [a, b] = [w.__ticks[i - 1]!, w.__ticks[i]!];
        if (b > start && a < end) worst = Math.max(worst, b - a);
        if (b > start && b < end) inside++;
      }
      return { window: end - start, ticks: inside, worstStall: worst };
    });
    // Parsing on the main thread would freeze it for the whole parse; in the worker the timer keeps ticking.
    // Bounds are relative to the parse time because a loaded machine delays timers anyway.
    expect(ticks).toBeGreaterThanOrEqual(Math.min(5, Math.floor(parseWindow / 200)));
    expect(worstStall).toBeLessThan(Math.max(250, parseWindow / 2));
    expect(Math.max(0, ...answers)).toBeLessThan(Math.max(250, parseWindow / 2));
    expect(Number(await page.getAttribute('#status', 'data-parse-ms'))).toBeGreaterThan(0);
    await page.waitForFunction(
      (n) => document.querySelectorAll('#article-view .block').length === n,
      expectedParagraphs,
      { timeout: 60_000 },
    );
  });

  it('passes the axe-core WCAG 2.1 AA checks with highlights, details and the raw JSON showing', async () => {
    // bypassCSP lets the test inject axe; the page itself allows no inline script.
    const page = await open({ permissions: ['clipboard-read', 'clipboard-write'], bypassCSP: true });
    const run = await currentRun(page);
    await paste(page, JSON.stringify(seedWithFacts()));
    await waitForRun(page, run);
    await rawJson(page);
    await page.hover('#article-view [data-quote~="q2"]:not([data-entity])');
    await page.addScriptTag({ path: AXE_PATH });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ...args: unknown[]
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
  });

  it('works at phone width with the keyboard and visible focus', async () => {
    const page = await open({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('article-input');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    const unlabeled = await page.$$eval('input, select, textarea', (els) =>
      els.filter((e) => !(e as HTMLInputElement).labels?.length).map((e) => e.id),
    );
    expect(unlabeled).toEqual([]);
    await page.screenshot({ path: join(RESULTS, 'seed-phone.png') });
  });
});
