export interface Line {
  /** The line without its newline (and without a trailing \r); null when it was longer than the limit. */
  text: string | null;
  /** 1-based line number. */
  number: number;
}

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into UTF-8 lines as they arrive, pulling one chunk at a time (so the stream is
 * paused while lines are processed). A line over `maxBytes` is dropped and reported as `text: null`.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let partSize = 0;
  let tooLong = false;
  let number = 0;
  const finish = (tail: Buffer): Line => {
    number++;
    if (tooLong) {
      tooLong = false;
      parts = [];
      partSize = 0;
      return { text: null, number };
    }
    const whole = parts.length ? Buffer.concat([...parts, tail]) : tail;
    parts = [];
    partSize = 0;
    const end = whole.length && whole[whole.length - 1] === 0x0d ? whole.length - 1 : whole.length;
    return { text: whole.toString('utf8', 0, end), number };
  };
  for await (const chunk of chunks) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    let from = 0;
    for (let at = buffer.indexOf(NEWLINE, from); at !== -1; at = buffer.indexOf(NEWLINE, from)) {
      if (partSize + at - from > maxBytes) tooLong = true;
      yield finish(buffer.subarray(from, at));
      from = at + 1;
    }
    if (from < buffer.length) {
      partSize += buffer.length - from;
      if (partSize > maxBytes) {
        tooLong = true;
        parts = [];
      } else {
        parts.push(Buffer.from(buffer.subarray(from)));
      }
    }
  }
  if (partSize > 0 || tooLong) yield finish(Buffer.alloc(0));
}
