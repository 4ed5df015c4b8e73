import './styles.css';
import type { Article, Image } from '@copydesk/core';
import { ELAPSED_TICK_MS, SEED_REFERENCE_DATE, TYPING_DEBOUNCE_MS } from './constants';
import { downloadText, slugify } from './download';
import { CancelledError, ParseClient } from './parse-client';
import { readArticleFile } from './read-file';
import { indexFacts } from './view/describe';
import { attachDetails } from './view/details';
import { h } from './view/dom';
import type { LayerId } from './view/layers';
import { buildMarks } from './view/marks';
import { type RenderedArticle, renderArticle } from './view/render-article';
import {
  type PanelActions,
  renderEntities,
  renderLegend,
  renderQuotesBySpeaker,
  renderSchemaCheck,
} from './view/render-panel';
import { colorByQuote, groupQuotesBySpeaker } from './view/speakers';
import type { ConvertResponse, FormatName, InputType, ParseResponse } from './worker/protocol';

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
};

const ui = {
  form: $<HTMLFormElement>('input-form'),
  input: $<HTMLTextAreaElement>('article-input'),
  dropZone: $('drop-zone'),
  seed: $<HTMLButtonElement>('seed-button'),
  file: $<HTMLInputElement>('file-input'),
  inputType: $<HTMLSelectElement>('input-type'),
  referenceDate: $<HTMLInputElement>('reference-date'),
  status: $('status'),
  legend: $('legend'),
  article: $('article-view'),
  schemaCheck: $('schema-check-slot'),
  summary: $('summary'),
  quotes: $('quotes-slot'),
  entities: $('entities-slot'),
  warnings: $('warnings'),
  rawJson: $<HTMLDetailsElement>('raw-json'),
  rawJsonText: $('raw-json-text'),
  copyJson: $<HTMLButtonElement>('copy-json'),
  downloads: {
    json: $<HTMLButtonElement>('download-json'),
    jsonld: $<HTMLButtonElement>('download-jsonld'),
    ninjs: $<HTMLButtonElement>('download-ninjs'),
  },
  formatsNote: $('formats-note'),
  tooltip: $('details-tooltip'),
};

const client = new ParseClient();
const hidden = new Set<LayerId>();
let article: Article | null = null;
let rendered: RenderedArticle | null = null;
let detachDetails: (() => void) | null = null;
let debounce: ReturnType<typeof setTimeout> | undefined;
let runs = 0;
let ticker: ReturnType<typeof setInterval> | undefined;

function setStatus(state: 'idle' | 'parsing' | 'rendering' | 'done' | 'error', message: string): void {
  ui.status.dataset.state = state;
  ui.status.textContent = message;
  document.body.dataset.state = state;
}

async function runParse(): Promise<void> {
  clearTimeout(debounce);
  const input = ui.input.value;
  if (!input.trim()) {
    ui.status.dataset.run = String(++runs);
    setStatus('idle', 'Paste an article, drop a file, or load the example.');
    return;
  }
  const started = performance.now();
  const run = ++runs;
  ui.status.dataset.run = String(run);
  performance.mark('copydesk:parse-start');
  const parsing = `Parsing ${input.length.toLocaleString('en')} characters…`;
  setStatus('parsing', parsing);
  clearInterval(ticker);
  ticker = setInterval(() => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (ui.status.dataset.state === 'parsing') ui.status.textContent = `${parsing} ${seconds} s`;
  }, ELAPSED_TICK_MS);
  let response: ParseResponse;
  try {
    response = await client.parse({
      input,
      referenceDate: ui.referenceDate.value || null,
      inputType: (ui.inputType.value || null) as InputType | null,
    });
  } catch (error) {
    if (error instanceof CancelledError) return;
    clearInterval(ticker);
    setStatus('error', `The parser stopped: ${(error as Error).message}`);
    return;
  }
  // A newer parse may have started while this answer was on its way.
  if (run !== runs) return;
  clearInterval(ticker);
  const totalMs = performance.now() - started;
  performance.mark('copydesk:parse-end');
  ui.status.dataset.parseMs = String(Math.round(response.parseMs));
  if (!response.ok) {
    setStatus('error', `Could not parse this input (${response.error.code}): ${response.error.message}`);
    return;
  }
  setStatus('rendering', 'Drawing the article…');
  await show(response);
  if (run !== runs) return;
  setStatus(
    'done',
    `Parsed in ${Math.round(response.parseMs).toLocaleString('en')} ms (${Math.round(totalMs).toLocaleString('en')} ms in all, with loading and transfer).`,
  );
}

const actions: PanelActions = {
  link(group, on) {
    for (const el of rendered?.elementsByGroup.get(group) ?? []) el.classList.toggle('is-linked', on);
  },
  reveal(group) {
    // The quote itself, not its speaker or cue, which may come first in the text.
    const elements = rendered?.elementsByGroup.get(group) ?? [];
    const first =
      elements.find((el) => rendered?.marksOf.get(el)?.some((m) => m.group === group && m.role === 'main')) ??
      elements[0];
    if (!first) return;
    if (first.tabIndex < 0) first.tabIndex = -1;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  },
};

async function show(response: Extract<ParseResponse, { ok: true }>): Promise<void> {
  article = response.article;
  rendered?.cancel();
  detachDetails?.();
  const speakers = groupQuotesBySpeaker(article.quotes);
  const marks = buildMarks(article);
  rendered = renderArticle(ui.article, {
    article,
    marks,
    quoteColors: colorByQuote(speakers),
    onShowImage: showImage,
  });
  detachDetails = attachDetails({
    container: ui.article,
    tooltip: ui.tooltip,
    facts: indexFacts(article),
    rendered,
    isVisible: (mark) => !hidden.has(mark.layer),
  });
  ui.legend.replaceChildren(renderLegend(hidden, speakers, toggleLayer));
  ui.schemaCheck.replaceChildren(renderSchemaCheck(response.check, article.schemaVersion));
  ui.quotes.replaceChildren(renderQuotesBySpeaker(speakers, article.quotes.length, actions));
  ui.entities.replaceChildren(renderEntities(article, actions));
  renderSummary(article);
  ui.warnings.replaceChildren(
    ...(article.warnings.length
      ? article.warnings.map((w) => h('li', {}, h('code', {}, w.code), ` ${w.message}`))
      : [h('li', { class: 'empty' }, 'None.')]),
  );
  ui.rawJsonText.textContent = '';
  if (ui.rawJson.open) fillRawJson();
  setDownloads(response.formats);
  await rendered.done;
}

function renderSummary(a: Article): void {
  const rows: [string, string][] = [
    [
      'Source',
      a.source.kind === 'html'
        ? `HTML${a.source.hostname ? ` from ${a.source.hostname}` : ''}`
        : 'plain text',
    ],
    ['Words', a.wordCount.toLocaleString('en')],
    ['Paragraphs', String(a.paragraphs.length)],
    ['Dates', String(a.dates.length)],
    ['Casualty counts', String(a.casualties.length)],
    ['Looks like an article', `${Math.round(a.isArticle.score * 100)}%`],
  ];
  if (a.language)
    rows.splice(1, 0, ['Language', a.direction === 'rtl' ? `${a.language}, right to left` : a.language]);
  ui.summary.replaceChildren(...rows.map(([k, v]) => h('li', {}, h('span', { class: 'key' }, `${k}: `), v)));
}

function toggleLayer(layer: string, visible: boolean): void {
  const id = layer as LayerId;
  if (visible) hidden.delete(id);
  else hidden.add(id);
  ui.article.classList.toggle(`hide-${id}`, !visible);
}

function fillRawJson(): void {
  if (article && !ui.rawJsonText.textContent) ui.rawJsonText.textContent = JSON.stringify(article, null, 2);
}

function setDownloads(formats: FormatName[]): void {
  ui.downloads.json.disabled = false;
  ui.downloads.jsonld.disabled = !formats.includes('jsonld');
  ui.downloads.ninjs.disabled = !formats.includes('ninjs');
  const missing = (['jsonld', 'ninjs'] as const).filter((f) => !formats.includes(f));
  ui.formatsNote.hidden = missing.length === 0;
  ui.formatsNote.textContent = missing.length
    ? `This build of @copydesk/core has no ${missing.map((f) => (f === 'jsonld' ? 'JSON-LD' : 'ninjs')).join(' or ')} converter yet.`
    : '';
}

async function downloadAs(format: FormatName): Promise<void> {
  if (!article) return;
  let response: ConvertResponse;
  try {
    response = await client.convert(format, article);
  } catch (error) {
    if (!(error instanceof CancelledError))
      setStatus('error', `The converter failed: ${(error as Error).message}`);
    return;
  }
  if (!response.ok) {
    setStatus('error', `Could not convert to ${format} (${response.error.code}): ${response.error.message}`);
    return;
  }
  const name = slugify(article.headline);
  if (format === 'jsonld') downloadText(`${name}.jsonld`, response.text, 'application/ld+json');
  else downloadText(`${name}.ninjs.json`, response.text, 'application/json');
}

/** Loads an article image only because the visitor asked, and only over http(s). */
function showImage(image: Image, slot: HTMLElement): void {
  if (!image.url) return;
  let url: URL;
  try {
    url = new URL(image.url);
  } catch {
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
  const img = h('img', {
    alt: image.alt ?? image.caption ?? '',
    referrerpolicy: 'no-referrer',
    loading: 'lazy',
  });
  img.src = url.href;
  slot.replaceChildren(img);
}

// The seed's reference date belongs to the seed: a new article falls back to its own date unless the
// visitor set one (e2e "parses a pasted HTML page").
let seedReference = false;

function forgetSeedReference(): void {
  if (!seedReference) return;
  seedReference = false;
  ui.referenceDate.value = '';
}

async function loadSeed(): Promise<void> {
  const { default: seed } = await import('../../../seeds/afp-syria-albu-kamal-2017-11-19.txt?raw');
  ui.input.value = seed;
  ui.referenceDate.value = SEED_REFERENCE_DATE;
  seedReference = true;
  await runParse();
}

async function loadFile(file: File): Promise<void> {
  try {
    const { text, type } = await readArticleFile(file);
    forgetSeedReference();
    ui.input.value = text;
    ui.inputType.value = type;
    await runParse();
  } catch (error) {
    setStatus('error', (error as Error).message);
  }
}

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  void runParse();
});
ui.input.addEventListener('input', () => {
  forgetSeedReference();
  clearTimeout(debounce);
  debounce = setTimeout(() => void runParse(), TYPING_DEBOUNCE_MS);
});
// Asked for HTML, a paste copied from a web page keeps its markup instead of the plain text.
ui.input.addEventListener('paste', (event) => {
  const html = event.clipboardData?.getData('text/html');
  if (ui.inputType.value !== 'html' || !html) return;
  event.preventDefault();
  ui.input.setRangeText(html, ui.input.selectionStart, ui.input.selectionEnd, 'end');
  ui.input.dispatchEvent(new Event('input'));
});
ui.referenceDate.addEventListener('change', () => {
  seedReference = false;
  void runParse();
});
ui.inputType.addEventListener('change', () => void runParse());
ui.seed.addEventListener('click', () => void loadSeed());
ui.file.addEventListener('change', () => {
  const file = ui.file.files?.[0];
  if (file) void loadFile(file);
  ui.file.value = '';
});
ui.dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  ui.dropZone.classList.add('is-dragging');
});
ui.dropZone.addEventListener('dragleave', () => ui.dropZone.classList.remove('is-dragging'));
ui.dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  ui.dropZone.classList.remove('is-dragging');
  const file = event.dataTransfer?.files[0];
  if (file) void loadFile(file);
});
ui.rawJson.addEventListener('toggle', fillRawJson);
// The JSON box scrolls, so keyboard users must be able to focus it (WCAG 2.1.1).
ui.rawJsonText.tabIndex = 0;
ui.rawJsonText.setAttribute('role', 'region');
ui.rawJsonText.setAttribute('aria-label', 'The record as JSON');
ui.copyJson.addEventListener('click', async () => {
  fillRawJson();
  try {
    await navigator.clipboard.writeText(ui.rawJsonText.textContent ?? '');
    setStatus('done', 'Copied the JSON to the clipboard.');
  } catch {
    getSelection()?.selectAllChildren(ui.rawJsonText);
    setStatus('done', 'Selected the JSON: press Ctrl+C (⌘C) to copy it.');
  }
});
ui.downloads.json.addEventListener('click', () => {
  if (article)
    downloadText(`${slugify(article.headline)}.json`, JSON.stringify(article, null, 2), 'application/json');
});
ui.downloads.jsonld.addEventListener('click', () => void downloadAs('jsonld'));
ui.downloads.ninjs.addEventListener('click', () => void downloadAs('ninjs'));

void loadSeed();
