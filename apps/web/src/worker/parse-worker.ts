/// <reference lib="webworker" />
// Runs the whole parser off the main thread; this module (and the core with it) is loaded on first use.
import * as core from '@copydesk/core';
import { findConverters, serializeOutput } from './formats';
import type { ConvertResponse, ParseRequest, ParseResponse, SchemaCheck, WorkerRequest } from './protocol';
import { looksLikeRecord, readRecord } from './read-record';

const converters = findConverters(core as unknown as Record<string, unknown>);
const scope = self as unknown as DedicatedWorkerGlobalScope;

function describeError(error: unknown): { code: string; message: string } {
  if (core.isCopydeskError(error)) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

function toCheck(validation: core.ValidationResult): SchemaCheck {
  return validation.success ? { success: true } : { success: false, issues: validation.issues };
}

// English ships with the core; another language's entity model is a chunk of its own, fetched the first time an
// article in that language is parsed (parseArticle warns `model-not-loaded` until then), then the article is
// parsed again with it.
function parseWithModel(input: string, options: core.ParseOptions): core.Article | Promise<core.Article> {
  const article = core.parseArticle(input, options);
  const language = article.language;
  if (!language || core.isLanguageLoaded(language)) return article;
  if (!article.warnings.some((w) => w.code === 'model-not-loaded')) return article;
  return core.loadLanguage(language).then(() => core.parseArticle(input, options));
}

async function parse(request: ParseRequest): Promise<ParseResponse> {
  const started = performance.now();
  const options: core.ParseOptions = {};
  if (request.referenceDate) options.publishedAt = request.referenceDate;
  const { inputType, input } = request;
  if (inputType === 'html' || inputType === 'text') options.type = inputType;
  try {
    const record = inputType === 'json' || (!inputType && looksLikeRecord(input)) ? readRecord(input) : null;
    const article = record ? record.article : await parseWithModel(input, options);
    const parseMs = performance.now() - started;
    const check = record?.check ?? toCheck(core.validateArticle(article));
    return {
      type: 'parsed',
      id: request.id,
      ok: true,
      article,
      check,
      formats: [...converters.keys()],
      parseMs,
    };
  } catch (error) {
    return {
      type: 'parsed',
      id: request.id,
      ok: false,
      error: describeError(error),
      parseMs: performance.now() - started,
    };
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'parse') {
    void parse(request).then((response) => scope.postMessage(response));
    return;
  }
  const convert = converters.get(request.format);
  let response: ConvertResponse;
  try {
    if (!convert)
      throw new core.CopydeskError('UNSUPPORTED_INPUT', `this build has no ${request.format} converter`);
    response = {
      type: 'converted',
      id: request.id,
      ok: true,
      text: serializeOutput(convert(request.article)),
    };
  } catch (error) {
    response = { type: 'converted', id: request.id, ok: false, error: describeError(error) };
  }
  scope.postMessage(response);
};
