import { CliError } from '../errors';

export interface FetchLimits {
  /** Whole-request deadline in milliseconds, redirects included. */
  timeoutMs: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Most redirects followed. */
  maxRedirects: number;
}

export interface Fetched {
  bytes: Uint8Array;
  /** The URL after redirects: the page's own address. */
  url: string;
  contentType: string | null;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** True when the argument is meant as a URL rather than a file path. */
export function looksLikeUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]{0,30}:\/\//i.test(value);
}

function checkProtocol(url: URL, what: string): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new CliError(`${what} uses ${url.protocol.slice(0, -1)}: only http and https URLs are supported`);
}

function describeNetworkError(error: unknown, url: string, timeoutMs: number): CliError {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return new CliError(`cannot fetch ${url}: no complete answer within ${timeoutMs / 1000} s (timeout)`);
  const cause = e.cause?.code ?? e.cause?.message ?? e.message;
  return new CliError(`cannot fetch ${url}: ${cause}`);
}

async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes)
    throw new CliError(`cannot fetch ${url}: the page is ${declared} bytes; the limit is ${maxBytes}`);
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw new CliError(`cannot fetch ${url}: the page is larger than the limit of ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Fetches a web page over http(s) with a deadline, a size limit and a redirect limit; each failure is one clear CliError. */
export async function fetchUrl(address: string, limits: FetchLimits): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new CliError(`not a valid URL: ${address}`);
  }
  checkProtocol(url, address);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' },
      });
    } catch (error) {
      throw describeNetworkError(error, url.href, limits.timeoutMs);
    }
    if (REDIRECT_STATUSES.has(response.status)) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      if (!location)
        throw new CliError(`cannot fetch ${url.href}: HTTP ${response.status} without a Location`);
      if (redirects >= limits.maxRedirects)
        throw new CliError(`cannot fetch ${address}: more than ${limits.maxRedirects} redirects`);
      url = new URL(location, url);
      checkProtocol(url, `the redirect to ${url.href}`);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new CliError(
        `cannot fetch ${url.href}: HTTP ${response.status} ${response.statusText}`.trimEnd(),
      );
    }
    try {
      const bytes = await readBody(response, url.href, limits.maxBytes);
      return { bytes, url: url.href, contentType: response.headers.get('content-type') };
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw describeNetworkError(error, url.href, limits.timeoutMs);
    }
  }
}
