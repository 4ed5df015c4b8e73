import { BODY_BLOCK_KINDS, type Body, tableCells } from './body';
import { CopydeskError } from './errors';
import { extractAgencies } from './extract/agencies/extract-agencies';
import { extractCasualties } from './extract/casualties/extract-casualties';
import { extractDates } from './extract/dates/extract-dates';
import { extractEntities } from './extract/entities/extract-entities';
import { chooseLanguage } from './extract/language/choose-language';
import { identifyLanguage, languageSample } from './extract/language/detect-language';
import { textDirection } from './extract/language/text-direction';
import { extractQuotes } from './extract/quotes/extract-quotes';
import { type ArticleInput, resolveInput } from './input';
import { homeLanguageOf, packFor, storyPackFor } from './languages';
import { annotate } from './nlp/annotate';
import { hasNerModel, nerTaggerFor } from './nlp/ner/languages';
import { DEFAULT_LIMITS, type ParseLimits, type ParseOptions } from './options';
import { type Decoded, decodeDocument } from './read/decode';
import { readHtml } from './read/html/read-html';
import { binaryShare } from './read/looks-binary';
import { repairMojibake } from './read/repair-mojibake';
import { readText } from './read/text/read-text';
import { type Article, SCHEMA_VERSION } from './schema/article';
import { validateSites } from './sites/validate-sites';
import { countLanguageWords, isUnspaced } from './util/count-words';
import { hostnameOf } from './util/hostname';
import { makeSpan as span } from './util/span';

// The story extractors that need a language pack, in the order the warning names them.
const STORY_EXTRACTORS = ['quotes', 'entities', 'dates', 'casualties'] as const;

export type SafeParseResult = { success: true; data: Article } | { success: false; error: CopydeskError };

/** Normalises a reference date option to YYYY-MM-DD, or throws INVALID_OPTION. */
function referenceDay(value: string | Date | undefined): string | null {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new CopydeskError('INVALID_OPTION', `publishedAt is not a date: ${String(value)}`);
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return date.toISOString().slice(0, 10);
}

/** The fetch time as epoch milliseconds, the latest date a page may state; now when not given. */
function fetchedAtMs(value: string | Date | undefined): number {
  if (value === undefined) return Date.now();
  const ms = (value instanceof Date ? value : new Date(value)).getTime();
  if (Number.isNaN(ms))
    throw new CopydeskError('INVALID_OPTION', `fetchedAt is not a date: ${String(value)}`);
  return ms;
}

function toIsoString(value: string | Date): string {
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** Throws TIMEOUT once the parse has run past its budget; called between stages. */
type Checkpoint = (stage: string) => void;

function deadlineOf(timeoutMs: number): Checkpoint {
  const started = Date.now();
  return (stage) => {
    if (Date.now() - started > timeoutMs) {
      throw new CopydeskError(
        'TIMEOUT',
        `parsing took longer than ${timeoutMs} ms (limits.timeoutMs), stopped after ${stage}`,
      );
    }
  };
}

function limitsOf(options: ParseOptions): Required<ParseLimits> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  for (const [key, value] of Object.entries(limits)) {
    if (typeof value !== 'number' || !(value > 0)) {
      throw new CopydeskError(
        'INVALID_OPTION',
        `limits.${key} must be a positive number, not ${String(value)}`,
      );
    }
  }
  return limits;
}

/** What the readers need besides the input: the limits, the caller's reference day and site rules. */
interface ReadContext {
  limits: Required<ParseLimits>;
  referenceDay: string | null;
  sites: ParseOptions['sites'];
  /** The latest moment a page's dates may name (`fetchedAt`, else now). */
  now: number;
}

function read(
  input: ArticleInput,
  options: ParseOptions,
  { limits, referenceDay, sites, now }: ReadContext,
): Body {
  const resolved = resolveInput(input, options.type, options.url);
  if (resolved.content.length > limits.maxInputLength) {
    throw new CopydeskError(
      'INPUT_TOO_LARGE',
      `input is ${resolved.content.length.toLocaleString('en')} long; the limit is ${limits.maxInputLength.toLocaleString('en')} (limits.maxInputLength)`,
    );
  }
  const decoded: Decoded | null =
    typeof resolved.content === 'string'
      ? null
      : decodeDocument(resolved.content, { html: resolved.kind === 'html' });
  const given = decoded ? decoded.text : (resolved.content as string);
  const binary = binaryShare(given);
  if (binary !== null) {
    throw new CopydeskError(
      'UNSUPPORTED_INPUT',
      `the input is not text or HTML: ${(binary * 100).toFixed(1)}% of its first characters are control characters (a binary file?)`,
    );
  }
  const { text: content, repaired } = repairMojibake(given);
  const body =
    resolved.kind === 'html'
      ? readHtml(content, { url: resolved.url, maxDepth: limits.maxDepth, referenceDay, sites, now })
      : readPlainText(content, referenceDay);
  body.url ??= resolved.url;
  if (decoded?.mismatch) {
    body.warnings.push({
      code: 'encoding-mismatch',
      message: `the input declared ${decoded.mismatch} but its bytes are not; decoded as ${decoded.encoding}`,
    });
  }
  if (repaired > 0) {
    body.warnings.push({
      code: 'encoding-mismatch',
      message: `${repaired} characters were UTF-8 read as Windows-1252 before the page reached copydesk ("â€™" for "’"); repaired`,
    });
  }
  return body;
}

function readPlainText(text: string, referenceDay: string | null): Body {
  if (!text.trim()) throw new CopydeskError('EMPTY_INPUT', 'the input has no text');
  return readText(text, { referenceDay });
}

/**
 * Parses a news article — plain text or an HTML page — into one validated-shape Article.
 * Throws {@link CopydeskError} on input it cannot read; everything else is reported in `warnings`.
 */
export function parseArticle(input: ArticleInput, options: ParseOptions = {}): Article {
  try {
    return parseUnsafe(input, options);
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    throw new CopydeskError(
      'INTERNAL',
      `copydesk failed on this input: ${(error as Error)?.message ?? String(error)}`,
      {
        cause: error,
      },
    );
  }
}

/** Like {@link parseArticle}, but returns `{ success, data | error }` and never throws. */
export function safeParseArticle(input: ArticleInput, options: ParseOptions = {}): SafeParseResult {
  try {
    return { success: true, data: parseArticle(input, options) };
  } catch (error) {
    return { success: false, error: error as CopydeskError };
  }
}

function parseUnsafe(input: ArticleInput, options: ParseOptions): Article {
  const given = referenceDay(options.publishedAt);
  const limits = limitsOf(options);
  const sites = validateSites(options.sites);
  const checkpoint = deadlineOf(limits.timeoutMs);
  const now = fetchedAtMs(options.fetchedAt);
  const body = read(input, options, { limits, referenceDay: given, sites, now });
  checkpoint('reading');
  const warnings = [...body.warnings];
  const { text } = body;
  const publishedAt =
    options.publishedAt !== undefined ? toIsoString(options.publishedAt) : body.meta.publishedAt;
  const pageDay =
    body.meta.publishedAt && /^\d{4}-\d{2}-\d{2}/.test(body.meta.publishedAt)
      ? body.meta.publishedAt.slice(0, 10)
      : null;
  // The reader found the dateline once, its year from `given` or the page's own date.
  const { dateline } = body;
  const reference =
    given ?? pageDay ?? (dateline?.date && dateline.date.length === 10 ? dateline.date : null);

  const paragraphs = body.blocks
    .filter((b) => BODY_BLOCK_KINDS.has(b.kind))
    .map((b) => span(text, b.start, b.end));
  const sample = languageSample(paragraphs.map((p) => p.text));
  const detected = identifyLanguage(sample);
  // With no declared language and too little prose to identify one, the dateline's agency still tells it.
  const language =
    chooseLanguage(body.meta.language, detected, warnings) ?? homeLanguageOf(dateline?.agency ?? null);
  // The story extractors read the article's own pack; an unknown language (null) reads as English.
  const pack = storyPackFor(language);
  const agencies = extractAgencies({
    dateline: dateline?.agency ?? null,
    bylines: body.meta.authors.map((a) => a.role ?? '').filter(Boolean),
    declared: body.meta.agencies,
    text,
    words: pack?.story.agencies ?? null,
  });

  const want = { quotes: true, entities: true, dates: true, casualties: true, ...options.extractors };
  const wanted = STORY_EXTRACTORS.filter((name) => want[name]);
  if (!pack && wanted.length > 0) {
    const name = packFor(language)?.name;
    warnings.push({
      code: 'unsupported-language',
      message: `copydesk has no story rules for ${name ? `${name} (${language})` : language} yet: skipped ${wanted.join(', ')}`,
    });
  }
  // Tokenising is the costliest step; skip it when every story extractor is off or the language has no pack.
  const doc = pack && wanted.length > 0 ? annotate(body, pack) : null;
  checkpoint('tokenising');
  // Another language's model would tag German with English guesses: without its own, entities stay empty.
  const tagger = doc ? nerTaggerFor(doc.pack.code) : null;
  if (doc && (want.entities || want.quotes) && !tagger)
    warnings.push({
      code: 'model-not-loaded',
      message: hasNerModel(doc.pack.code)
        ? `the ${doc.pack.name} entity model is not loaded: call loadLanguage('${doc.pack.code}') before parseArticle`
        : `copydesk has no entity model for ${doc.pack.name} (${doc.pack.code}) yet`,
    });
  const entities = doc && tagger && (want.entities || want.quotes) ? extractEntities(doc) : [];
  checkpoint('entities');
  const quotes = doc && want.quotes ? extractQuotes(doc, entities) : [];
  checkpoint('quotes');
  const datesResult = doc && want.dates ? extractDates(doc, reference) : { dates: [], warnings: [] };
  warnings.push(...datesResult.warnings);
  checkpoint('dates');
  const casualties = doc && want.casualties ? extractCasualties(doc, doc.dates) : [];
  checkpoint('casualties');

  // A spaced language's words are the reader's count, made over these same blocks.
  const wordCount =
    body.wordCount !== undefined && !isUnspaced(language)
      ? body.wordCount
      : paragraphs.reduce((n, p) => n + countLanguageWords(p.text, language), 0);
  const url = body.meta.canonicalUrl ?? body.url;

  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      kind: body.kind,
      url: body.url ?? body.meta.canonicalUrl,
      hostname: hostnameOf(url),
      siteName: body.meta.siteName,
      canonicalUrl: body.meta.canonicalUrl,
    },
    language,
    direction: textDirection(sample),
    headline: body.meta.headline,
    dek: body.meta.dek,
    description: body.meta.description,
    section: body.meta.section,
    tags: body.meta.tags,
    authors: body.meta.authors,
    agencies,
    dateline,
    publishedAt,
    modifiedAt: body.meta.modifiedAt,
    images: body.images.map(({ captionBlock, ...image }) => {
      const block = captionBlock === null ? undefined : body.blocks[captionBlock];
      return { ...image, captionSpan: block ? span(text, block.start, block.end) : null };
    }),
    text,
    media: body.media,
    blocks: body.blocks.map((b) =>
      b.kind === 'table'
        ? {
            kind: b.kind,
            span: span(text, b.start, b.end),
            rows: tableCells(text.slice(b.start, b.end), b.start).map((cells) =>
              cells.map((c) => span(text, c.start, c.end)),
            ),
          }
        : { kind: b.kind, span: span(text, b.start, b.end) },
    ),
    paragraphs,
    html: body.html,
    quotes: want.quotes ? quotes : [],
    entities: want.entities ? entities : [],
    dates: datesResult.dates,
    casualties,
    wordCount,
    isArticle: body.isArticle,
    warnings,
  };
}
