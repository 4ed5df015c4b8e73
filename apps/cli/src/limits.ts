import { usageError } from './errors';
import { MAX_INPUT_BYTES } from './io';

/**
 * The core's defaults (`limits.maxInputLength`, `limits.timeoutMs`), restated so that the help text and the batch's
 * own deadline agree with them. The largest input the default accepts parses well inside the default budget
 * (README, "Limits").
 */
export const DEFAULT_PARSE_TIMEOUT_S = 120;

export const LIMITS_HELP = `      --max-input N     largest input parsed, in bytes or characters (default and most:
                        ${MAX_INPUT_BYTES.toLocaleString('en')}); larger ones get INPUT_TOO_LARGE
      --parse-timeout SECS
                        give up parsing one article after SECS seconds (default: ${DEFAULT_PARSE_TIMEOUT_S}),
                        with TIMEOUT`;

export interface ParseLimitOptions {
  maxInputLength: number;
  timeoutMs: number;
}

/** Reads `--max-input` and `--parse-timeout`, or throws a usage error naming the bad one. */
export function readLimits(values: { 'max-input'?: string; 'parse-timeout'?: string }): ParseLimitOptions {
  const maxInput = values['max-input'] === undefined ? MAX_INPUT_BYTES : Number(values['max-input']);
  // The readers hold a decompressed file, a WARC record or a JSONL line in memory up to this bound.
  if (!Number.isInteger(maxInput) || maxInput < 1 || maxInput > MAX_INPUT_BYTES)
    throw usageError(
      `--max-input must be a whole number from 1 to ${MAX_INPUT_BYTES.toLocaleString('en')}, not "${values['max-input']}"`,
    );
  const timeout =
    values['parse-timeout'] === undefined ? DEFAULT_PARSE_TIMEOUT_S : Number(values['parse-timeout']);
  if (!Number.isFinite(timeout) || timeout <= 0)
    throw usageError(
      `--parse-timeout must be a positive number of seconds, not "${values['parse-timeout']}"`,
    );
  return { maxInputLength: maxInput, timeoutMs: timeout * 1000 };
}

/** The parseArgs entries of the two options. */
export const LIMIT_ARGS = {
  'max-input': { type: 'string' },
  'parse-timeout': { type: 'string' },
} as const;
