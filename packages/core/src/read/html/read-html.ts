import type { Body, BodyBlock, BodyImage } from '../../body';
import { CopydeskError } from '../../errors';
import { isBylineBlock } from '../../front-matter/byline/parse-byline';
import type { Warning } from '../../schema/article';
import { findSite } from '../../sites/find-site';
import { countWords } from '../../util/count-words';
import { decodeDocument } from '../decode';
import { joinBlocks, type NormalizedRun, normalizeInline } from '../normalize';
import { collectBlocks, type RawBlock } from './collect-blocks';
import { DEK_CLASS, FURNITURE_TEXT, META_KEYS } from './constants';
import { classAndId, contains, type ElementNode, foldSpace, loadDom, textContent } from './dom';
import { findContent, findLeadFigures, findMarkedBody } from './find-content';
import { resolveUrl } from './images';
import { scoreArticle } from './is-article';
import { readJsonLd } from './json-ld';
import { cleanAuthors, findDomBylines, findTextBylines, metaValue, readMetadata } from './metadata';
import { parsePrintedDate } from './parse-date';
import { computeStats, dropBoilerplate, dropNonContent } from './prune';
import { type RenderBlock, renderHtml } from './render-html';
import { scanPage } from './scan-page';
import { selectAll } from './select';
import { sameTitle } from './title';

export interface ReadHtmlOptions {
  url: string | null;
  maxDepth: number;
  /** Clock for "not in the future" date checks (tests pin it). Default: now. */
  now?: number;
}

interface Kept {
  kind: BodyBlock['kind'];
  run: NormalizedRun;
  raw: RawBlock | null;
}

function removeMatching(root: ElementNode, selectors: string[] | undefined): void {
  for (const sel of selectors ?? []) {
    for (const el of selectAll(root, sel)) {
      if (el.parent) el.parent.children = el.parent.children.filter((c) => c !== el);
    }
  }
}

function firstMatch(root: ElementNode, selectors: string[] | undefined): ElementNode[] {
  for (const sel of selectors ?? []) {
    const found = selectAll(root, sel);
    if (found.length > 0) return found;
  }
  return [];
}

/** Drops furniture, repeated headlines, bylines and stray dates from the collected blocks. */
const STAMP_LINE = /^(?:originally |first )?(?:published|updated|last updated|posted|modified)\b/i;

function filterBlocks(
  raw: RawBlock[],
  headline: string | null,
  authorNames: Set<string>,
  bylines: string[],
): Kept[] {
  const kept: Kept[] = [];
  const seen = new Set<string>();
  for (const b of raw) {
    const run = normalizeInline(b.text);
    const text = run.text;
    if (!text) continue;
    if (b.kind !== 'caption') {
      if (FURNITURE_TEXT.test(text)) continue;
      const density = b.linkChars / text.length;
      // Linked list items inside the body are often the story's own picks; trailing ones are cut below.
      if (b.kind !== 'list-item' && (density > 0.6 || (density > 0.35 && text.length < 80))) continue;
      if (headline && (b.kind === 'heading' || kept.length === 0) && sameTitle(text, headline)) continue;
      // Front matter printed above the story: the author's name alone, "Updated …" lines.
      if (kept.length < 3 && text.length < 120 && (authorNames.has(text) || STAMP_LINE.test(text))) continue;
      if (kept.length < 4 && isBylineBlock(text)) {
        bylines.push(text);
        continue;
      }
      if (text.length < 60 && countWords(text) <= 8 && parsePrintedDate(text) && !/[.!?]$/.test(text))
        continue;
    }
    const key = `${b.kind}:${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ kind: b.kind, run, raw: b });
  }
  // A run of linked list items after the last paragraph is a "related" or "more" list.
  while (kept.length > 0) {
    const last = kept[kept.length - 1]!;
    if (last.kind !== 'list-item' || !last.raw || last.raw.linkChars / last.run.text.length <= 0.6) break;
    kept.pop();
  }
  return kept;
}

/** A standfirst printed near the headline and outside the body, by class; null when none. */
function findDek(root: ElementNode, content: ElementNode[]): string | null {
  const stack: ElementNode[] = [root];
  let checked = 0;
  while (stack.length > 0 && checked < 5000) {
    const el = stack.pop()!;
    checked++;
    if (content.some((c) => contains(c, el))) continue;
    const words = classAndId(el);
    if (words && DEK_CLASS.test(words) && /^(?:p|h2|div|span|h3)$/.test(el.tag)) {
      const text = foldSpace(textContent(el));
      if (text.length >= 30 && text.length <= 400) return text;
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (c.type === 'element') stack.push(c);
    }
  }
  return null;
}

/**
 * Reads an HTML page (string or bytes) into a Body: the article's blocks in one canonical text,
 * images with captions and credits, page metadata from JSON-LD, meta tags, microdata, the DOM and
 * the URL, a sanitised body rendering, and an is-article score.
 */
export function readHtml(input: string | Uint8Array, options: ReadHtmlOptions): Body {
  const warnings: Warning[] = [];
  const now = options.now ?? Date.now();
  const html = typeof input === 'string' ? input : decodeDocument(input, { html: true }).text;
  if (!html.trim()) throw new CopydeskError('EMPTY_INPUT', 'the page is empty');
  const { root, flattened } = loadDom(html, options.maxDepth);
  if (flattened)
    warnings.push({
      code: 'too-deep',
      message: `elements nested deeper than ${options.maxDepth} levels were flattened (limits.maxDepth)`,
    });

  const scan = scanPage(root);
  const jsonLd = readJsonLd(scan.jsonLd);
  const base = options.url ?? resolveUrl(scan.canonical, null);
  const site = findSite(base);
  const bodyRoot = scan.body ?? root;
  const h1s = (site?.headline ? firstMatch(root, site.headline) : scan.h1s)
    .slice(0, 5)
    .map((el) => foldSpace(textContent(el)))
    .filter(Boolean);
  const bylines = [
    ...(site?.byline ? firstMatch(bodyRoot, site.byline).map((el) => foldSpace(textContent(el))) : []),
    ...findDomBylines(bodyRoot),
    ...findTextBylines(bodyRoot),
  ];
  const { meta, warnings: metaWarnings } = readMetadata({ scan, jsonLd, url: base, h1s, bylines, now });
  warnings.push(...metaWarnings);

  removeMatching(root, site?.remove);
  const siteBody = firstMatch(root, site?.body);
  // A site's body and every ancestor of it survive pruning.
  const keep = (el: ElementNode) => siteBody.length > 0 && siteBody.some((b) => contains(el, b));
  dropNonContent(root, keep);
  const stats = computeStats(root);
  const pageText = { ...stats.get(root)! };
  dropBoilerplate(root, stats, keep);
  // Text after a stray </html> lands outside <body>; then the whole document is the scope.
  const bodyStats = stats.get(bodyRoot);
  const scope = bodyStats && bodyStats.text >= 0.5 * stats.get(root)!.text ? bodyRoot : root;
  // A site selector that matches only an empty shell (text rendered elsewhere) falls back to the generic rules.
  const siteContent = siteBody.filter((b) => (stats.get(b)?.text ?? 0) > 0);
  let content =
    siteContent.length > 0 ? siteContent : findContent(scope, stats, findMarkedBody(scope, stats));
  // A page too short to score (a brief, a stub) is read whole.
  if (content.length === 0) content = [scope];
  const collected = collectBlocks([...findLeadFigures(content), ...content], base, options.maxDepth);
  const lateBylines: string[] = [];
  const authorNames = new Set(meta.authors.map((a) => a.name));
  const kept = filterBlocks(collected.blocks, meta.headline, authorNames, lateBylines);
  if (meta.authors.length === 0 && lateBylines.length > 0) {
    const credits = cleanAuthors(lateBylines, meta.siteName);
    meta.authors = credits.authors;
    for (const a of credits.agencies) if (!meta.agencies.includes(a)) meta.agencies.push(a);
  }

  const dekText =
    (site?.dek ? firstMatch(root, site.dek).map((el) => foldSpace(textContent(el)))[0] : null) ??
    findDek(root, content);
  const bodyStart = kept.find((k) => k.kind !== 'caption')?.run.text ?? '';
  const description = jsonLd.description ?? metaValue(scan, META_KEYS.description);
  const dekInText = dekText && !bodyStart.startsWith(dekText.slice(0, 40)) ? dekText : null;
  meta.dek =
    dekInText ??
    (description && !bodyStart.startsWith(foldSpace(description).slice(0, 40))
      ? foldSpace(description)
      : null);

  // concat, not push(...kept): a spread of 150,000 paragraphs overflows the call stack.
  const front: Kept[] = [];
  if (meta.headline) front.push({ kind: 'headline', run: normalizeInline(meta.headline), raw: null });
  if (dekInText) front.push({ kind: 'dek', run: normalizeInline(dekInText), raw: null });
  const runs = front.concat(kept);
  const joined = joinBlocks(runs.filter((r) => r.run.text.length > 0));

  const images: BodyImage[] = collected.images.map((img) => ({ ...img, captionBlock: null }));
  let blockIndex = 0;
  const renderBlocks: RenderBlock[] = [];
  for (const r of runs) {
    if (!r.run.text) continue;
    const imageIndex = r.raw?.image;
    const image = imageIndex === undefined ? null : images[imageIndex]!;
    if (image) image.captionBlock = blockIndex;
    renderBlocks.push({ kind: r.kind, text: r.run.text, image });
    blockIndex++;
  }
  const leadUrl = resolveUrl(metaValue(scan, META_KEYS.image) ?? jsonLd.images[0] ?? null, base);
  // The declared share image stands in for the lead photo only when the article shows none.
  if (leadUrl && images.length === 0) {
    images.unshift({
      url: leadUrl,
      caption: null,
      credit: null,
      alt: metaValue(scan, META_KEYS.imageAlt),
      captionBlock: null,
    });
  }

  const bodyBlocks = kept.filter((k) => k.kind !== 'caption');
  const bodyWords = bodyBlocks.reduce((n, k) => n + countWords(k.run.text), 0);
  if (bodyBlocks.length === 0)
    warnings.push({ code: 'no-body', message: 'no article text was found in the page' });
  const isArticle = scoreArticle({
    jsonLd,
    ogType: metaValue(scan, META_KEYS.ogType),
    hasDate: meta.publishedAt !== null,
    hasAuthor: meta.authors.length > 0,
    bodyWords,
    proseBlocks: bodyBlocks.filter((k) => k.run.text.length >= 120).length,
    pageLinkDensity: pageText.text > 0 ? pageText.link / pageText.text : 0,
    url: base,
  });
  if (isArticle.score < 0.5)
    warnings.push({
      code: 'not-an-article',
      message: `the page does not look like an article (score ${isArticle.score})`,
    });
  if (!meta.headline) warnings.push({ code: 'no-headline', message: 'no headline was found in the page' });
  if (!meta.publishedAt)
    warnings.push({ code: 'no-published-date', message: 'no publication date was found' });

  return {
    kind: 'html',
    url: options.url,
    text: joined.text,
    blocks: joined.blocks,
    images,
    meta,
    html: renderHtml(renderBlocks),
    isArticle,
    warnings,
  };
}
