export { CopydeskError, type CopydeskErrorCode, isCopydeskError } from './errors';
export { type JsonLd, toJsonLd } from './formats/to-json-ld';
export { toMarkdown } from './formats/to-markdown';
export { type Ninjs, type NinjsOptions, toNinjs } from './formats/to-ninjs';
export type { ArticleInput } from './input';
export { isLanguageLoaded, loadLanguage } from './load-language';
export type { ExtractorSelection, ParseLimits, ParseOptions } from './options';
export { parseArticle, type SafeParseResult, safeParseArticle } from './parse';
export {
  type Article,
  ArticleSchema,
  type Author,
  type Block,
  type Casualty,
  type Dateline,
  type DateMention,
  type Entity,
  type Image,
  type Media,
  type Quote,
  SCHEMA_VERSION,
  type Span,
  toJsonSchema,
  type ValidationIssue,
  type ValidationResult,
  validateArticle,
  WARNING_CODES,
  type Warning,
  type WarningCode,
} from './schema/index';
export { type DateSelector, defineSite, type SiteRules } from './sites/define-site';
export { assertSites } from './sites/validate-sites';
