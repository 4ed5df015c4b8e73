import type { Article, Block, Image } from '@copydesk/core';
import { formatCasualty, formatDateValue } from './describe';
import { append, h } from './dom';
import type { Mark } from './marks';
import { type Segment, segmentRanges } from './segments';

/** Milliseconds of rendering between pauses, so a huge article never blocks input for long. */
const RENDER_SLICE_MS = 12;

export interface RenderContext {
  article: Article;
  marks: Mark[];
  /** Colour index of each quote, by quote index. */
  quoteColors: Map<number, number>;
  /** Called when the visitor asks to load an image from the web. */
  onShowImage?: (image: Image, slot: HTMLElement) => void;
}

export interface RenderedArticle {
  /** The elements that draw each fact ("q0", "e3", …), in text order. */
  elementsByGroup: Map<string, HTMLElement[]>;
  /** The marks under each highlighted element. */
  marksOf: WeakMap<Element, Mark[]>;
  /** Resolves once every block is on the page. */
  done: Promise<void>;
  cancel(): void;
}

const BODY_TAG: Record<Block['kind'], 'p' | 'h3' | 'blockquote' | 'pre'> = {
  headline: 'p',
  dek: 'p',
  caption: 'p',
  paragraph: 'p',
  heading: 'h3',
  'list-item': 'p',
  blockquote: 'blockquote',
  preformatted: 'pre',
  // A table's text is its rows, one a line, cells split by tabs: shown as printed, with its highlights.
  table: 'pre',
};

/** Draws the article as a reader sees it, with every fact highlighted, into `container`. */
export function renderArticle(container: HTMLElement, ctx: RenderContext): RenderedArticle {
  const { article } = ctx;
  const blocks = article.blocks;
  const segments = segmentRanges(
    ctx.marks,
    blocks.map((b) => b.span),
  );
  const rendered: RenderedArticle = {
    elementsByGroup: new Map(),
    marksOf: new WeakMap(),
    done: Promise.resolve(),
    cancel: () => {},
  };
  container.replaceChildren();
  // Right-to-left articles (Arabic, Hebrew) read and align the way they are written; `lang` lets the browser pick
  // fonts and hyphenation (Chinese and Japanese glyphs differ for the same code points).
  container.dir = article.direction;
  if (article.language) container.lang = article.language;
  else container.removeAttribute('lang');
  const figuresByCaption = new Map<number, Image>();
  for (const image of article.images)
    if (image.captionSpan) figuresByCaption.set(image.captionSpan.start, image);

  let metaPlaced = false;
  const placeMeta = (): void => {
    if (metaPlaced) return;
    metaPlaced = true;
    const meta = renderMeta(article);
    if (meta) container.append(meta);
    for (const image of article.images)
      if (!image.captionSpan) container.append(renderFigure(image, null, ctx));
  };
  if (!blocks.some((b) => b.kind === 'headline') && article.headline) {
    container.append(h('h2', { class: 'headline', id: 'article-headline' }, article.headline));
  }

  let index = 0;
  let cancelled = false;
  const renderSome = (): boolean => {
    const until = performance.now() + RENDER_SLICE_MS;
    while (index < blocks.length && !cancelled) {
      const block = blocks[index]!;
      const content = renderSegments(article.text, segments[index]!, ctx, rendered);
      if (block.kind === 'headline') {
        container.append(h('h2', { class: 'headline', id: 'article-headline' }, content));
      } else if (block.kind === 'dek') {
        container.append(h('p', { class: 'dek' }, content));
      } else {
        placeMeta();
        if (block.kind === 'caption') {
          container.append(renderFigure(figuresByCaption.get(block.span.start) ?? null, content, ctx));
        } else {
          container.append(h(BODY_TAG[block.kind], { class: `block block-${block.kind}` }, content));
        }
      }
      index++;
      if (performance.now() > until) return false;
    }
    placeMeta();
    return true;
  };

  rendered.cancel = () => {
    cancelled = true;
  };
  if (!renderSome()) {
    rendered.done = new Promise((resolve) => {
      const step = (): void => {
        if (cancelled || renderSome()) resolve();
        else setTimeout(step, 0);
      };
      setTimeout(step, 0);
    });
  }
  return rendered;
}

function renderMeta(article: Article): HTMLElement | null {
  const parts: HTMLElement[] = [];
  if (article.authors.length) {
    const names = article.authors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ');
    parts.push(h('span', { class: 'byline' }, `By ${names}`));
  }
  if (article.dateline) {
    const where = [article.dateline.place, article.dateline.country].filter(Boolean).join(', ');
    parts.push(
      h(
        'span',
        { class: 'dateline' },
        'Dateline: ',
        h('strong', {}, article.dateline.text),
        where ? ` (${where})` : '',
      ),
    );
  }
  if (article.agencies.length)
    parts.push(h('span', { class: 'agencies' }, `Agencies: ${article.agencies.join(', ')}`));
  if (article.publishedAt) {
    parts.push(h('span', { class: 'published' }, 'Published ', h('time', {}, article.publishedAt)));
  }
  return parts.length ? h('p', { class: 'meta' }, ...parts) : null;
}

function renderFigure(image: Image | null, caption: Node | null, ctx: RenderContext): HTMLElement {
  const figure = h('figure', { class: 'figure' });
  if (image?.url && ctx.onShowImage) {
    const button = h('button', { type: 'button', class: 'show-image' }, 'Show image (loads it from the web)');
    const slot = h('div', { class: 'image-slot' }, button);
    button.addEventListener('click', () => ctx.onShowImage?.(image, slot));
    figure.append(slot);
  }
  const figcaption = h('figcaption', {});
  if (caption) figcaption.append(h('span', { class: 'caption' }, caption));
  else if (image?.caption) figcaption.append(h('span', { class: 'caption' }, image.caption));
  if (image?.credit) append(figcaption, ' ', h('span', { class: 'credit' }, image.credit));
  figure.append(figcaption);
  return figure;
}

function renderSegments(
  text: string,
  segments: Segment<Mark>[],
  ctx: RenderContext,
  rendered: RenderedArticle,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of segments) {
    const slice = text.slice(segment.start, segment.end);
    if (!segment.marks.length) {
      fragment.append(slice);
      continue;
    }
    const span = h('span', { class: classesOf(segment, ctx) }, slice);
    setList(
      span,
      'quote',
      segment.marks.filter((m) => m.layer === 'quote' && m.role === 'main'),
    );
    setList(span, 'entity', segment.marks.filter(isEntity));
    setList(
      span,
      'date',
      segment.marks.filter((m) => m.layer === 'date'),
    );
    setList(
      span,
      'casualty',
      segment.marks.filter((m) => m.layer === 'casualty'),
    );
    const starts = segment.marks.filter((m) => m.start === segment.start && isEntity(m)).map((m) => m.key);
    if (starts.length) span.dataset.mention = starts.join(' ');
    if (segment.marks.some((m) => m.start === segment.start && m.role === 'main')) span.tabIndex = 0;
    for (const mark of segment.marks) {
      if (mark.end !== segment.end) continue;
      if (mark.layer === 'date') {
        const date = ctx.article.dates[Number(mark.group.slice(1))];
        if (date) span.dataset.chipDate = formatDateValue(date);
      } else if (mark.layer === 'casualty') {
        const casualty = ctx.article.casualties[Number(mark.group.slice(1))];
        if (casualty) span.dataset.chipCasualty = formatCasualty(casualty);
      }
    }
    rendered.marksOf.set(span, segment.marks);
    for (const group of new Set(segment.marks.map((m) => m.group))) {
      const list = rendered.elementsByGroup.get(group);
      if (list) list.push(span);
      else rendered.elementsByGroup.set(group, [span]);
    }
    fragment.append(span);
  }
  return fragment;
}

function isEntity(mark: Mark): boolean {
  return mark.layer !== 'quote' && mark.layer !== 'date' && mark.layer !== 'casualty';
}

function setList(element: HTMLElement, name: string, marks: Mark[]): void {
  if (marks.length) element.dataset[name] = [...new Set(marks.map((m) => m.group))].join(' ');
}

function classesOf(segment: Segment<Mark>, ctx: RenderContext): string {
  const classes = new Set<string>(['hl']);
  for (const mark of segment.marks) {
    if (mark.layer === 'quote') {
      classes.add(mark.role === 'main' ? 'hl-quote' : `hl-${mark.role}`);
    } else {
      classes.add(`hl-${mark.layer}`);
    }
  }
  // The innermost quote decides the colour.
  const quote = segment.marks.filter((m) => m.layer === 'quote').at(-1);
  if (quote) classes.add(`q-c${ctx.quoteColors.get(Number(quote.group.slice(1))) ?? 0}`);
  return [...classes].join(' ');
}
