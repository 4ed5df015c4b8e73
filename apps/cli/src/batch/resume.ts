import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/**
 * Reads the ids already in an output file from an interrupted run, and cuts off a last line that the
 * interruption left half-written, so appending to the file keeps every line valid JSON.
 */
export async function readDoneIds(path: string): Promise<Set<string>> {
  const done = new Set<string>();
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return done;
  let offset = 0;
  let goodEnd = 0;
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1024 * 1024 })) {
    const text = rest + (chunk as string);
    let from = 0;
    for (let at = text.indexOf('\n', from); at !== -1; at = text.indexOf('\n', from)) {
      const line = text.slice(from, at);
      offset += Buffer.byteLength(line) + 1;
      const id = idOf(line);
      if (id !== null) done.add(id);
      goodEnd = offset;
      from = at + 1;
    }
    rest = text.slice(from);
  }
  // A last line without its newline was cut by the interruption: drop it so the record is redone.
  if (goodEnd < info.size) {
    const handle = await open(path, 'r+');
    await handle.truncate(goodEnd);
    await handle.close();
  }
  return done;
}

function idOf(line: string): string | null {
  try {
    const value = JSON.parse(line) as { id?: unknown };
    return typeof value.id === 'string' ? value.id : null;
  } catch {
    return null;
  }
}
