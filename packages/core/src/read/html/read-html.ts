import { BODY_BLOCK_KINDS, type Body, type BodyBlock, type BodyImage } from '../../body';
import { CopydeskError } from '../../errors';
import { isBylineBlock } from '../../front-matter/byline/parse-byline';
import { FURNITURE_TEXT, hasNoticePhrase, TAIL_HEADING } from '../../languages';
import type { Warning } from '../../schema/article';
import type { SiteRules } from '../../sites/define-site';
import { findSite } from '../../sites/find-site';
import { countWords } from '../../util/count-words';
import { datelineYear, findDateline, findMarkedDateline } from '../dateline';
import { decodeDocument } from '../decode';
import { joinBlocks, type NormalizedRun, normalizeInline } from '../normalize';
import { collectBlocks, type RawBlock } from './collect-blocks';
import {
  AUTHOR_BIO_BLOCKS,
  AUTHOR_BIO_MAX_CHARS,
  DATE_LINE_MAX_CHARS,
  DATE_LINE_MAX_WORDS,
  FRONT_MATTER_BLOCKS,
  FRONT_MATTER_MAX_CHARS,
  FRONT_PART_CLASS,
  FRONT_PART_LEVELS,
  LINKED_BLOCK_DENSITY,
  LINKED_SHORT_BLOCK_CHARS,
  LINKED_SHORT_BLOCK_DENSITY,
  META_KEYS,
  NOTICE_MAX_CHARS,
  PROSE_CHARS,
  STAMP_LINE,
  TAIL_MIN_PARAGRAPHS,
  TOP_BYLINE_BLOCKS,
} from './constants';
import { isCaptionLine, isCreditLine } from './credit-line';
import { classAndId, contains, type ElementNode, foldSpace, loadDom } from './dom';
import { findContent, findLeadFigures, findMarkedBody } from './find-content';
import { resolveUrl } from './images';
import { scoreArticle } from './is-article';
import { readJsonLd } from './json-ld';
import { markedDatelines, moveLeadDateline } from './lead-dateline';
import { assembleMeta, findSiteName } from './meta/assemble-meta';
import {
  chooseCredits,
  creditsFromSite,
  stripBylineLabel,
  withLateBylines,
  withSiteOwner,
} from './meta/authors';
import {
  findAuthorBoxNames,
  findAuthorLogins,
  findAvatarNames,
  findDomBylines,
  findTextBylines,
} from './meta/bylines';
import { TEXT_BYLINE_LABEL } from './meta/constants';
import { findCopyrightHolders } from './meta/copyright-holder';
import { chooseDek, findDek, findHeadline } from './meta/headline-dek';
import { labelledMetaValues, metaValue, metaValues } from './meta/meta-value';
import { findModified } from './meta/modified';
import { findPublished } from './meta/published';
import { parsePrintedDate } from './parse-date';
import { paywallWarning } from './paywall';
import { computeStats, dropBoilerplate, dropNonContent } from './prune';
import { type RenderBlock, renderHtml } from './render-html';
import { scanPage } from './scan-page';
import { selectAll } from './select';
import { readSiteValues, type SiteValues } from './site-values';
import { inStory, storyAncestor, teaserBox } from './teaser-box';
import { endsSentence, textLength, wordEquivalents } from './text-length';
import { sameTitle, titleSuffix } from './title';

export interface ReadHtmlOptions {
  url: string | null;
  maxDepth: number;
  /** Clock for "not in the future" date checks (tests pin it). Default: now. */
  now?: number;
  /** The caller's reference day (YYYY-MM-DD), the year of a dateline printed without one. Default: the page's date. */
  referenceDay?: string | null;
  /** The caller's site rules, checked before the built-in ones. Default: none. */
  sites?: readonly SiteRules[];
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

/** Whether an element is, or sits within a few levels of, a byline box or a kicker ({@link FRONT_PART_CLASS}). */
function inFrontPart(el: ElementNode): boolean {
  let at: ElementNode | null = el;
  for (let level = 0; at && level <= FRONT_PART_LEVELS; level++, at = at.parent) {
    const words = classAndId(at);
    if (words && FRONT_PART_CLASS.test(words)) return true;
  }
  return false;
}

function keptElements(kept: readonly Kept[]): ElementNode[] {
  return kept.flatMap((k) => (k.raw ? [k.raw.el] : []));
}

/** Drops furniture, repeated headlines, bylines and stray dates from the blocks (004-boilerplate-and-lede). */
function filterBlocks(
  raw: RawBlock[],
  headline: string | null,
  authorNames: Set<string>,
  bylines: string[],
): Kept[] {
  const kept: Kept[] = [];
  const seen = new Map<string, Set<string>>();
  // After a furniture label ("Verwandte Themen", "Related stories", "Share"), the linked list items that follow are
  // its list, not the story's own picks.
  let underLabel = false;
  // "ESTEBAN URREIZTIETA" printed over the story is the byline of "Esteban Urreiztieta".
  const authorKeys = new Set([...authorNames].map((name) => name.toLowerCase()));
  // Set at a tail heading's box: the element that holds the story's paragraphs (see below).
  let storyElement: ElementNode | null = null;
  for (let bi = 0; bi < raw.length; bi++) {
    const b = raw[bi]!;
    // A table's cells are normalised already, its tabs and line breaks the table's own (collect-blocks.ts).
    const run = b.kind === 'table' ? { text: b.text } : normalizeInline(b.text);
    const text = run.text;
    if (!text) continue;
    // "Read this next", "Lo más leído" over the page's other stories: the box it heads is skipped, and past it only
    // the story's own element goes on (the boxes beside it are more teasers). A heading standing among the story's
    // blocks ("Auch interessant" over a list, then the story again) heads the linked list items under it.
    if (
      b.kind !== 'list-item' &&
      b.kind !== 'caption' &&
      TAIL_HEADING.test(text) &&
      kept.filter((k) => k.kind === 'paragraph').length >= TAIL_MIN_PARAGRAPHS
    ) {
      const box = teaserBox(b.el, keptElements(kept));
      while (bi + 1 < raw.length && contains(box, raw[bi + 1]!.el)) bi++;
      storyElement ??= storyAncestor(
        kept
          .filter((k) => k.kind === 'paragraph' && textLength(k.run.text) >= PROSE_CHARS)
          .map((k) => k.raw!.el),
      );
      underLabel = true;
      continue;
    }
    if (storyElement && !inStory(storyElement, b.el)) continue;
    // A notice to the reader left in the page's text: consent ("Ich bin einverstanden, dass …" over a blocked post)
    // or an appeal ("… would you consider supporting our work?").
    if (textLength(text) < NOTICE_MAX_CHARS && hasNoticePhrase(text)) continue;
    // A caption that is a furniture label ("Listen to this article" over an audio player, "Photo") is furniture too.
    if (b.kind === 'caption' && FURNITURE_TEXT.test(text)) continue;
    if (b.kind === 'table') {
      underLabel = false;
      // A table of links is a menu or a list of other stories.
      if (b.linkChars / text.length > LINKED_BLOCK_DENSITY) continue;
    } else if (b.kind !== 'caption') {
      const density = b.linkChars / text.length;
      const label = FURNITURE_TEXT.test(text);
      if (b.kind === 'list-item' && underLabel && density > LINKED_BLOCK_DENSITY) continue;
      underLabel = label;
      if (label || isCreditLine(text) || isCaptionLine(text)) continue;
      // Linked list items in the body are often the story's own picks; trailing ones are cut below.
      if (
        b.kind !== 'list-item' &&
        (density > LINKED_BLOCK_DENSITY ||
          (density > LINKED_SHORT_BLOCK_DENSITY && textLength(text) < LINKED_SHORT_BLOCK_CHARS))
      )
        continue;
      if (headline && (b.kind === 'heading' || kept.length === 0) && sameTitle(text, headline)) continue;
      // Front matter printed above the story: the author's name alone or after its label ("執筆者：佐藤健一", which
      // has no capital for a byline to start with), "Updated …" lines (015-labelled-byline).
      // So is what the byline's box or the kicker prints ("Madrid" under the name, "Política" over the headline).
      if (
        kept.length < FRONT_MATTER_BLOCKS &&
        text.length < FRONT_MATTER_MAX_CHARS &&
        (authorKeys.has(text.toLowerCase()) ||
          authorKeys.has(stripBylineLabel(text).toLowerCase()) ||
          STAMP_LINE.test(text) ||
          inFrontPart(b.el))
      )
        continue;
      if (kept.length < TOP_BYLINE_BLOCKS && isBylineBlock(text)) {
        bylines.push(text);
        continue;
      }
      if (
        textLength(text) < DATE_LINE_MAX_CHARS &&
        wordEquivalents(text) <= DATE_LINE_MAX_WORDS &&
        parsePrintedDate(text) &&
        !endsSentence(text)
      )
        continue;
    }
    // Per kind, a set of texts: a key joined from kind and text would copy every block's text to hash it.
    let texts = seen.get(b.kind);
    if (!texts) {
      texts = new Set();
      seen.set(b.kind, texts);
    }
    if (texts.has(text)) continue;
    texts.add(text);
    kept.push({ kind: b.kind, run, raw: b });
  }
  // An author's bio closes many stories, opening with the byline's full name in any language (issue 15).
  for (let i = kept.length - 1; i >= Math.max(0, kept.length - AUTHOR_BIO_BLOCKS); i--) {
    const text = kept[i]!.run.text;
    if (kept[i]!.kind !== 'paragraph' || text.length > AUTHOR_BIO_MAX_CHARS) continue;
    if ([...authorNames].some((name) => name.includes(' ') && text.startsWith(`${name} `))) kept.splice(i, 1);
  }
  // A run of linked list items after the last paragraph is a "related" or "more" list.
  while (kept.length > 0) {
    const last = kept[kept.length - 1]!;
    if (
      last.kind !== 'list-item' ||
      !last.raw ||
      last.raw.linkChars / last.run.text.length <= LINKED_BLOCK_DENSITY
    )
      break;
    kept.pop();
  }
  return kept;
}

/** The site's lead image, caption and credit put first among the images, over what the page showed. */
function applySiteImage(images: BodyImage[], site: SiteValues, blocks: readonly string[]): void {
  if (site.image) {
    const at = images.findIndex((img) => img.url === site.image!.url);
    const lead =
      at >= 0
        ? images.splice(at, 1)[0]!
        : { url: site.image.url, caption: null, credit: null, alt: site.image.alt, captionBlock: null };
    images.unshift(lead);
  }
  if (site.caption === null && site.credit === null) return;
  if (images.length === 0)
    images.push({ url: null, caption: null, credit: null, alt: null, captionBlock: null });
  const lead = images[0]!;
  if (site.credit !== null) lead.credit = site.credit;
  if (site.caption !== null) {
    lead.caption = site.caption;
    // The caption block in the text is the page's own caption; it no longer locates the site's.
    if (lead.captionBlock !== null && blocks[lead.captionBlock] !== site.caption) lead.captionBlock = null;
  }
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
  const site = findSite(base, options.sites);
  const bodyRoot = scan.body ?? root;
  // The page's metadata is read before pruning: bylines, dates and titles sit in what pruning drops.
  const fromSite = readSiteValues(root, site, base, now);
  const siteName = findSiteName(scan, jsonLd);
  const headline = fromSite.headline ?? findHeadline(scan, jsonLd, siteName);
  const declaredCredits =
    creditsFromSite(fromSite, siteName) ??
    chooseCredits({
      jsonLd: jsonLd.authors,
      bylines: [...findDomBylines(scan.bodyElements), ...findTextBylines(bodyRoot)],
      metas: [...metaValues(scan, META_KEYS.authors), ...labelledMetaValues(scan, TEXT_BYLINE_LABEL)],
      logins: findAuthorLogins(scan.bodyElements, base),
      boxed: [...findAuthorBoxNames(scan.bodyElements), ...findAvatarNames(scan.bodyElements)],
      siteName,
    });
  const modifiedAt = findModified(scan, jsonLd, now);
  const published = fromSite.publishedAt
    ? { value: fromSite.publishedAt, overruled: null }
    : findPublished(scan, jsonLd, base, now, modifiedAt, headline);

  removeMatching(root, site?.remove);
  const siteBody = firstMatch(root, site?.body);
  // A site's body and every ancestor of it survive pruning.
  const keep = (el: ElementNode) => siteBody.length > 0 && siteBody.some((b) => contains(el, b));
  dropNonContent(root, keep);
  const stats = computeStats(root);
  const pageText = { ...stats.get(root)! };
  dropBoilerplate(root, stats, keep);
  // Text after a stray </html> lands outside <body>; then the whole document is the scope (017-text-after-html-end).
  const bodyStats = stats.get(bodyRoot);
  const scope = bodyStats && bodyStats.text >= 0.5 * stats.get(root)!.text ? bodyRoot : root;
  // A site selector matching only an empty shell (text rendered elsewhere) falls back to generic rules (WCXB dev 0384).
  const siteContent = siteBody.filter((b) => (stats.get(b)?.text ?? 0) > 0);
  let content =
    siteContent.length > 0 ? siteContent : findContent(scope, stats, findMarkedBody(scope, stats));
  // A page too short to score (a brief, a stub) is read whole.
  if (content.length === 0) content = [scope];
  moveLeadDateline(content);
  const collected = collectBlocks([...findLeadFigures(content), ...content], base, options.maxDepth);
  const lateBylines: string[] = [];
  const authorNames = new Set(declaredCredits.authors.map((a) => a.name));
  const kept = filterBlocks(collected.blocks, headline, authorNames, lateBylines);
  // Late bylines were always compared with the folded site name (the earlier ones with the declared one).
  const folded = siteName ? foldSpace(siteName) : null;
  // A personal site that declares no name often ends its title with it ("… | Pierce Freeman").
  const owned = withSiteOwner(
    withLateBylines(declaredCredits, lateBylines, folded),
    folded ?? titleSuffix(scan.title),
  );
  // Then the owner its footer's copyright notice names ("© 2025 Cassidy Williams."), read only when still needed.
  const credits =
    owned.authors.length > 0 ? owned : findCopyrightHolders(scan.bodyElements).reduce(withSiteOwner, owned);
  const bodyStart = kept.find((k) => k.kind !== 'caption')?.run.text ?? '';
  const titles = [headline, jsonLd.headline, metaValue(scan, META_KEYS.headline), scan.title];
  const dek = chooseDek(fromSite.dek ?? findDek(root, content, titles), scan, jsonLd, bodyStart);

  const assembled = assembleMeta(
    { headline, dek: dek.dek, credits, published, modifiedAt, siteName },
    scan,
    jsonLd,
    base,
  );
  const { meta } = assembled;
  warnings.push(...assembled.warnings);

  // concat, not push(...kept): a spread of 150,000 paragraphs overflows the call stack.
  const front: Kept[] = [];
  if (meta.headline) front.push({ kind: 'headline', run: normalizeInline(meta.headline), raw: null });
  if (dek.printed) front.push({ kind: 'dek', run: normalizeInline(dek.printed), raw: null });
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
  applySiteImage(
    images,
    fromSite,
    renderBlocks.map((b) => b.text),
  );
  const leadUrl = resolveUrl(metaValue(scan, META_KEYS.image) ?? jsonLd.images[0] ?? null, base);
  // The declared share image stands in for the lead photo only when the article shows none (npr-1).
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
  // Each block's words are counted once: for the article test here and for `Article.wordCount` in parse.ts.
  let bodyWords = 0;
  let wordCount = 0;
  for (const k of bodyBlocks) {
    const words = countWords(k.run.text);
    bodyWords += wordEquivalents(k.run.text, words);
    if (BODY_BLOCK_KINDS.has(k.kind)) wordCount += words;
  }
  if (bodyBlocks.length === 0)
    warnings.push({ code: 'no-body', message: 'no article text was found in the page' });
  const isArticle = scoreArticle({
    jsonLd,
    ogType: metaValue(scan, META_KEYS.ogType),
    hasDate: meta.publishedAt !== null,
    hasAuthor: meta.authors.length > 0,
    bodyWords,
    proseBlocks: bodyBlocks.filter((k) => textLength(k.run.text) >= PROSE_CHARS).length,
    pageLinkDensity: pageText.text > 0 ? pageText.link / pageText.text : 0,
    url: base,
  });
  if (isArticle.score < 0.5)
    warnings.push({
      code: 'not-an-article',
      message: `the page does not look like an article (score ${isArticle.score})`,
    });
  const paywall = paywallWarning(scan, jsonLd, bodyWords);
  if (paywall) warnings.push(paywall);
  if (!meta.headline) warnings.push({ code: 'no-headline', message: 'no headline was found in the page' });
  if (!meta.publishedAt)
    warnings.push({ code: 'no-published-date', message: 'no publication date was found' });
  const year = datelineYear(options.referenceDay ?? null, meta.publishedAt);

  return {
    kind: 'html',
    url: options.url,
    text: joined.text,
    blocks: joined.blocks,
    images,
    media: collected.media,
    meta,
    dateline:
      findDateline(joined.text, joined.blocks, year) ??
      findMarkedDateline(joined.text, joined.blocks, year, markedDatelines(scan.bodyElements, content)),
    html: renderHtml(renderBlocks),
    isArticle,
    warnings,
    wordCount,
  };
}
