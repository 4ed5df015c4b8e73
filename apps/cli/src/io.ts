import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { CliError } from './errors';

/** Largest decompressed size read from a .gz file: the core's own input limit. */
export const MAX_INPUT_BYTES = 20_000_000;

/** Why a file could not be read, in a few words. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'ERR_BUFFER_TOO_LARGE') return `larger than ${MAX_INPUT_BYTES} bytes once decompressed`;
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return 'not a valid gzip file';
  return String((error as Error).message);
}

/** Decompresses gzip bytes (a .gz file), bounded so a zip bomb cannot exhaust memory. */
export function gunzipBounded(bytes: Uint8Array): Uint8Array {
  return gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES });
}

/** Reads all of stdin. */
export async function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) throw new CliError('no input: give a FILE, or pipe an article into stdin');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads a file (gunzipping .gz), or stdin for "-", as bytes; a missing or unreadable file is a CliError. */
export async function readInput(file: string | undefined): Promise<Uint8Array> {
  if (!file || file === '-') return readStdin();
  try {
    const bytes = await readFile(file);
    return file.endsWith('.gz') ? gunzipBounded(bytes) : bytes;
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${describeReadError(error)}`);
  }
}
