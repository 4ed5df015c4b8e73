import type { Article, ValidationIssue } from '@copydesk/core';

/** Export formats besides plain JSON, each served by a converter the core may or may not export yet. */
export type FormatName = 'jsonld' | 'ninjs';

/** What the visitor says the input is. */
export type InputType = 'html' | 'text' | 'json';

export interface ParseRequest {
  type: 'parse';
  id: number;
  input: string;
  /** YYYY-MM-DD, or null for the article's own date. */
  referenceDate: string | null;
  /** Forced input kind; "json" views a saved copydesk record. Null sniffs. */
  inputType: InputType | null;
}

export interface ConvertRequest {
  type: 'convert';
  id: number;
  format: FormatName;
  article: Article;
}

export type WorkerRequest = ParseRequest | ConvertRequest;

/** The schema check as the panel shows it. */
export type SchemaCheck = { success: true } | { success: false; issues: ValidationIssue[] };

export type ParseResponse =
  | {
      type: 'parsed';
      id: number;
      ok: true;
      article: Article;
      check: SchemaCheck;
      formats: FormatName[];
      parseMs: number;
    }
  | { type: 'parsed'; id: number; ok: false; error: { code: string; message: string }; parseMs: number };

export type ConvertResponse =
  | { type: 'converted'; id: number; ok: true; text: string }
  | { type: 'converted'; id: number; ok: false; error: { code: string; message: string } };

export type WorkerResponse = ParseResponse | ConvertResponse;
