import { z } from 'zod';
import { ArticleSchema } from './article';

export type {
  Article,
  Author,
  Block,
  Casualty,
  Dateline,
  DateMention,
  Entity,
  Image,
  Media,
  Quote,
  Source,
  Span,
  Warning,
  WarningCode,
} from './article';
export {
  ArticleSchema,
  AuthorSchema,
  BlockSchema,
  CasualtySchema,
  DatelineSchema,
  DateMentionSchema,
  EntitySchema,
  ImageSchema,
  MediaSchema,
  QuoteSchema,
  SCHEMA_VERSION,
  SourceSchema,
  SpanSchema,
  WARNING_CODES,
  WarningCodeSchema,
  WarningSchema,
} from './article';

/** One problem found by {@link validateArticle}: where it is (a JSON path) and what is wrong. */
export interface ValidationIssue {
  path: (string | number)[];
  message: string;
  code: string;
}

export type ValidationResult =
  | { success: true; data: z.infer<typeof ArticleSchema> }
  | { success: false; issues: ValidationIssue[] };

/**
 * Checks a value against the Article schema and, beyond it, that every span's text is the slice of
 * `text` it claims to be (a structural check zod alone cannot express across fields).
 */
export function validateArticle(value: unknown): ValidationResult {
  const parsed = ArticleSchema.safeParse(value);
  if (!parsed.success) {
    return {
      success: false,
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
        code: i.code,
      })),
    };
  }
  const issues = checkSpans(parsed.data.text, parsed.data);
  return issues.length ? { success: false, issues } : { success: true, data: parsed.data };
}

function isSpanLike(v: unknown): v is { start: number; end: number; text: string } {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string';
}

/** Walks the whole document and reports every span that does not match `text`. */
export function checkSpans(text: string, doc: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], [...path, i]);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    if (isSpanLike(v)) {
      if (v.start > v.end || v.end > text.length) {
        issues.push({
          path,
          code: 'span_out_of_bounds',
          message: `span ${v.start}..${v.end} is outside text`,
        });
      } else if (text.slice(v.start, v.end) !== v.text) {
        issues.push({
          path,
          code: 'span_text_mismatch',
          message: `span ${v.start}..${v.end} text differs from text`,
        });
      }
    }
    for (const [k, child] of Object.entries(v)) walk(child, [...path, k]);
  };
  walk(doc, []);
  return issues;
}

/** The JSON Schema (draft 2020-12) of an Article, generated from the zod schema. */
export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    $id: 'https://github.com/copydesk/copydesk/blob/main/packages/core/article.schema.json',
    title: 'copydesk Article',
    ...schema,
  };
}
