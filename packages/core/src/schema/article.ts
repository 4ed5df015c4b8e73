import { z } from 'zod';

/** The version of the Article contract; bumped on any change a consumer could notice. */
// 1.1.0 (additive): `description`, `section`, `tags`. 1.2.0 (additive): `direction`, the `language-mismatch` warning.
// 1.3.0 (additive): `table` blocks with their `rows`, and `media`.
export const SCHEMA_VERSION = '1.3.0';

const offset = z.number().int().nonnegative();

/** A run of the canonical `text`: UTF-16 offsets, end exclusive, `text.slice(start, end) === span.text`. */
export const SpanSchema = z
  .object({
    start: offset.describe('UTF-16 offset of the first character in Article.text'),
    end: offset.describe('UTF-16 offset one past the last character (exclusive)'),
    text: z.string().describe('Exactly Article.text.slice(start, end)'),
  })
  .refine((s) => s.end >= s.start, { message: 'span end must not precede its start', path: ['end'] })
  .describe('A run of Article.text');

export const SourceSchema = z.object({
  kind: z.enum(['html', 'text']).describe('What the input was'),
  url: z.string().nullable().describe('The URL given with the input, or the page canonical URL'),
  hostname: z.string().nullable(),
  siteName: z.string().nullable(),
  canonicalUrl: z.string().nullable().describe('The page’s own canonical URL, when it declares one'),
});

export const AuthorSchema = z.object({
  name: z.string().min(1),
  role: z.string().nullable().describe('e.g. "Associated Press", "Staff Writer", "reporting"'),
});

export const DatelineSchema = z.object({
  text: z
    .string()
    .describe('The dateline as printed, without trailing punctuation: "DEIR EZZOR", "WASHINGTON (AP)"'),
  place: z.string().nullable().describe('The place in title case: "Deir Ezzor"'),
  country: z.string().nullable().describe('The country of the place when known'),
  date: z.string().nullable().describe('A date printed in the dateline, as YYYY-MM-DD or YYYY-MM'),
  agency: z.string().nullable().describe('Canonical agency printed in the dateline: "AP", "Reuters", "AFP"'),
  span: SpanSchema.describe('The whole dateline including its separator'),
});

export const ImageSchema = z.object({
  url: z.string().nullable().describe('Absolute URL when the page gave one'),
  caption: z.string().nullable(),
  credit: z.string().nullable().describe('e.g. "AFP PHOTO / STRINGER"'),
  alt: z.string().nullable(),
  captionSpan: SpanSchema.nullable().describe('Where the caption stands in Article.text'),
});

export const BlockSchema = z.object({
  kind: z.enum([
    'headline',
    'dek',
    'caption',
    'paragraph',
    'heading',
    'list-item',
    'blockquote',
    'preformatted',
    'table',
  ]),
  span: SpanSchema,
  rows: z
    .array(z.array(SpanSchema))
    .optional()
    .describe(
      'A table block only: its rows, each the spans of its cells in order (a table is printed one row a line, its cells separated by a tab)',
    ),
});

export const MediaSchema = z.object({
  kind: z
    .enum(['video', 'audio', 'post', 'embed'])
    .describe('A player, a sound file or podcast, a social post, or another embed (a chart, a map)'),
  url: z.string().nullable().describe('Absolute URL of the file, player or post, when the page gives one'),
  provider: z.string().nullable().describe('The host serving it, without "www.": "youtube.com", "x.com"'),
  title: z.string().nullable().describe('The title the page gives it (an iframe title, a video label)'),
});

export const QuoteSchema = z.object({
  text: z.string().describe('The quoted or reported content'),
  type: z.enum(['direct', 'indirect', 'mixed']),
  span: SpanSchema.describe('The content'),
  speaker: z
    .object({
      text: z
        .string()
        .describe('The speaker as written: "he", "the monitor", "a military source in Deir Ezzor"'),
      name: z.string().describe('The canonical name the speaker resolves to'),
      entityId: z.string().nullable(),
      span: SpanSchema,
    })
    .nullable(),
  cue: z.object({ text: z.string(), span: SpanSchema }).nullable().describe('"said", "told", "according to"'),
  addressee: z
    .object({ text: z.string(), entityId: z.string().nullable(), span: SpanSchema })
    .nullable()
    .describe('Whom the speaker addressed: "AFP" in "told AFP"'),
});

export const EntitySchema = z.object({
  id: z.string().describe('Stable within one Article: "e1", "e2", …'),
  type: z.enum(['person', 'organization', 'location', 'group']),
  name: z.string().describe('Canonical name: the longest proper form the text uses'),
  aliases: z.array(z.string()).describe('Other forms merged into this entity: "IS", "Daesh", "the monitor"'),
  roles: z.array(z.string()).describe('Titles and roles given to a person: "Russian Foreign Minister"'),
  mentions: z.array(SpanSchema),
});

export const DateMentionSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  value: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable()
    .describe('YYYY, YYYY-MM or YYYY-MM-DD; null when it cannot be resolved'),
  precision: z.enum(['year', 'month', 'day']).nullable(),
  relative: z.boolean().describe('True when resolved against the reference date ("Sunday", "a week ago")'),
});

export const CasualtySchema = z.object({
  kind: z.enum(['killed', 'wounded', 'missing', 'displaced', 'arrested', 'kidnapped']),
  count: z.number().nonnegative().nullable().describe('null for vague amounts such as "dozens"'),
  qualifier: z.enum(['exact', 'at_least', 'more_than', 'about', 'up_to', 'fewer_than']).nullable(),
  vague: z.string().nullable().describe('The vague amount as written: "dozens", "millions"'),
  who: z.string().nullable().describe('"pro-regime forces", "IS militants"'),
  span: SpanSchema,
});

/** Every warning copydesk reports has one of these kebab-case codes; the README lists what each means. */
export const WARNING_CODES = [
  'encoding-mismatch',
  'too-deep',
  'no-body',
  'no-headline',
  'no-published-date',
  'published-date-shown',
  'not-an-article',
  'no-reference-date',
  'unsupported-language',
  'paywalled',
  'language-mismatch',
  'model-not-loaded',
] as const;

export const WarningCodeSchema = z.enum(WARNING_CODES);

export const WarningSchema = z.object({
  code: WarningCodeSchema.describe('A stable machine-readable code, e.g. "no-reference-date"'),
  message: z.string(),
});

export const ArticleSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: SourceSchema,
    language: z.string().nullable().describe('BCP 47 language tag'),
    direction: z
      .enum(['ltr', 'rtl'])
      .describe('Writing direction of the text: "rtl" when most of its letters are Arabic, Hebrew …'),
    headline: z.string().nullable(),
    dek: z.string().nullable().describe('The standfirst or subheadline'),
    description: z
      .string()
      .nullable()
      .describe(
        'The summary the page declares for itself (meta description, og:description, JSON-LD); not in text',
      ),
    section: z.string().nullable().describe('The section the page files itself under: "Politics", "Sport"'),
    tags: z.array(z.string()).describe('The page’s declared tags and keywords, in page order, each once'),
    authors: z.array(AuthorSchema),
    agencies: z.array(z.string()).describe('Canonical wire agencies: "AFP", "Reuters", "AP"'),
    dateline: DatelineSchema.nullable(),
    publishedAt: z
      .string()
      .nullable()
      .describe(
        'ISO 8601, with offset where known: the date the page presents as its publication (a page showing only its update date is taken as republished then, with a published-date-shown warning)',
      ),
    modifiedAt: z.string().nullable(),
    images: z.array(ImageSchema),
    media: z
      .array(MediaSchema)
      .describe('Videos, audio, posts and other embeds in the story, in reading order'),
    text: z
      .string()
      .describe(
        'The canonical text: headline, dek, captions and body blocks in reading order, joined by a blank line',
      ),
    blocks: z.array(BlockSchema).describe('Every block of text, in order, with its kind'),
    paragraphs: z.array(SpanSchema).describe('The body blocks only (no headline, dek or captions)'),
    html: z.string().nullable().describe('Sanitised HTML of the body, for HTML input'),
    quotes: z.array(QuoteSchema),
    entities: z.array(EntitySchema),
    dates: z.array(DateMentionSchema),
    casualties: z.array(CasualtySchema),
    wordCount: z
      .number()
      .int()
      .nonnegative()
      .describe('Words in the body paragraphs (for Chinese, Japanese, Thai …, as Intl.Segmenter finds them)'),
    isArticle: z
      .object({ score: z.number().min(0).max(1), reasons: z.array(z.string()) })
      .describe('How likely the input is a news article rather than a listing, product page or forum'),
    warnings: z.array(WarningSchema),
  })
  .describe('A news article parsed by copydesk');

export type Span = z.infer<typeof SpanSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Author = z.infer<typeof AuthorSchema>;
export type Dateline = z.infer<typeof DatelineSchema>;
export type Image = z.infer<typeof ImageSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Media = z.infer<typeof MediaSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type Casualty = z.infer<typeof CasualtySchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type WarningCode = z.infer<typeof WarningCodeSchema>;
export type Article = z.infer<typeof ArticleSchema>;
