import { readFile } from 'node:fs/promises';
import { CliError } from './errors';

/** Reads a file, or stdin for "-", as bytes; a missing or unreadable file is a CliError. */
export async function readInput(file: string | undefined): Promise<Uint8Array> {
  if (!file || file === '-') {
    if (process.stdin.isTTY) throw new CliError('no input: give a FILE, or pipe an article into stdin');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String((error as Error).message);
    throw new CliError(`cannot read ${file}: ${why}`);
  }
}
