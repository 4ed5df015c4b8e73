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

function parse(request: ParseRequest): ParseResponse {
  const started = performance.now();
  const options: core.ParseOptions = {};
  if (request.referenceDate) options.publishedAt = request.referenceDate;
  const { inputType, input } = request;
  if (inputType === 'html' || inputType === 'text') options.type = inputType;
  try {
    const record = inputType === 'json' || (!inputType && looksLikeRecord(input)) ? readRecord(input) : null;
    const article = record ? record.article : core.parseArticle(input, options);
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
    scope.postMessage(parse(request));
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
