import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from './is-public-address.js';

/** The limits of one fetch. */
export type FetchLimits = {
  /** Host names or IP addresses that may be fetched although they are not public (tests: `127.0.0.1`). */
  readonly allow: readonly string[];
  /** The largest body, in bytes. */
  readonly maxBytes: number;
  /** The whole fetch, redirects included, must end within this many milliseconds. */
  readonly timeoutMs: number;
  /** Redirects followed at most; 5 by default. */
  readonly maxRedirects?: number;
  /**
   * The format to assume when the server sends a generic content type (`application/octet-stream`,
   * `binary/octet-stream`, `text/plain`): known beforehand for a Slack file from its name and type.
   */
  readonly genericAs?: 'html' | 'pdf';
  /** Request headers, sent only to the hosts for which `headersFor` returns them (the bot token to Slack's file host). */
  readonly headersFor?: (url: URL) => Readonly<Record<string, string>>;
};

/** A fetched report source: its bytes, format and the address it was finally read from; or why not. */
export type FetchedSource =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly format: 'html' | 'pdf'; readonly url: string }
  | { readonly ok: false; readonly reason: string };

const DEFAULT_MAX_REDIRECTS = 5;
const GENERIC_TYPES = new Set(['application/octet-stream', 'binary/octet-stream', 'text/plain']);
const FORMATS: Readonly<Record<string, 'html' | 'pdf'>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
};

/**
 * Fetches a web page or a PDF safely: http(s) only; every host name resolved and each address it
 * connects to checked (`isPublicAddress`) at connection time, so a name that resolves to a private,
 * loopback or link-local address is refused unless `allow` names the host or the address; at most
 * `maxRedirects` redirects, each checked again the same way; a `Content-Type` of HTML, XHTML or PDF;
 * a body of at most `maxBytes` (a larger `Content-Length` is refused before reading); and one time
 * limit for all of it. Never throws: every refusal is a reason in house message style.
 *
 * @example
 * await fetchReportSource('https://gazette.example/news/strike', { allow: [], maxBytes: 5e6, timeoutMs: 15e3 })
 */
export async function fetchReportSource(address: string, limits: FetchLimits): Promise<FetchedSource> {
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, reason: 'that is not a web address' };
  }
  const maxRedirects = limits.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  for (let redirects = 0; ; redirects++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return {
        ok: false,
        reason: `only http and https addresses can be fetched, not ${url.protocol.replace(':', '')}`,
      };
    const hostAllowed = limits.allow.includes(url.hostname.replace(/^\[|\]$/gu, ''));
    let response: IncomingMessage;
    try {
      response = await send(url, { limits, hostAllowed, deadline });
    } catch (error: unknown) {
      return { ok: false, reason: describeFailure(error, limits) };
    }
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location !== undefined) {
      response.resume();
      if (redirects >= maxRedirects) return { ok: false, reason: `the page redirects more than ${maxRedirects} times` };
      url = new URL(location, url);
      continue;
    }
    if (status !== 200) {
      response.resume();
      return { ok: false, reason: `the server answered ${status}` };
    }
    const type = (response.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const format = FORMATS[type] ?? (GENERIC_TYPES.has(type) ? limits.genericAs : undefined);
    if (format === undefined) {
      response.resume();
      return { ok: false, reason: `it is not a web page or a PDF (content type ${type || 'not given'})` };
    }
    const length = Number(response.headers['content-length'] ?? Number.NaN);
    if (length > limits.maxBytes) {
      response.destroy();
      return { ok: false, reason: tooLarge(limits.maxBytes) };
    }
    try {
      const bytes = await readBody(response, limits.maxBytes, deadline);
      if (bytes === null) return { ok: false, reason: tooLarge(limits.maxBytes) };
      return { ok: true, bytes, format, url: url.href };
    } catch (error: unknown) {
      return { ok: false, reason: describeFailure(error, limits) };
    }
  }
}

/** Thrown by the connection's address check. */
class AddressRefused extends Error {
  override name = 'AddressRefused';
}

function send(
  url: URL,
  { limits, hostAllowed, deadline }: { limits: FetchLimits; hostAllowed: boolean; deadline: AbortSignal },
): Promise<IncomingMessage> {
  // Rule: the address is checked where the connection is made, so a second DNS answer cannot slip past the check.
  const lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
      const refused = list.find(
        (entry) => !hostAllowed && !limits.allow.includes(entry.address) && !isPublicAddress(entry.address),
      );
      if (refused !== undefined || list.length === 0)
        return callback(
          new AddressRefused(`it points to a private or local address (${refused?.address ?? 'none'})`),
          '',
          0,
        );
      const first = list[0] as { address: string; family: number };
      if (options.all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      return callback(null, first.address, first.family);
    });
  };
  const literal = url.hostname.replace(/^\[|\]$/gu, '');
  if (isIP(literal) !== 0 && !hostAllowed && !isPublicAddress(literal))
    return Promise.reject(new AddressRefused(`it points to a private or local address (${literal})`));
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      method: 'GET',
      lookup,
      signal: deadline,
      headers: {
        accept: 'text/html, application/xhtml+xml, application/pdf',
        'user-agent': 'Verbatim (report intake)',
        ...(limits.headersFor?.(url) ?? {}),
      },
    });
    outgoing.on('response', resolve);
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** The body, or null once it passes `maxBytes`. */
function readBody(response: IncomingMessage, maxBytes: number, deadline: AbortSignal): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onAbort = () => response.destroy(deadline.reason as Error);
    deadline.addEventListener('abort', onAbort, { once: true });
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        deadline.removeEventListener('abort', onAbort);
        response.destroy();
        resolve(null);
      } else chunks.push(chunk);
    });
    response.on('end', () => {
      deadline.removeEventListener('abort', onAbort);
      resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    response.on('error', (error) => {
      deadline.removeEventListener('abort', onAbort);
      reject(error);
    });
  });
}

function tooLarge(maxBytes: number): string {
  return `it is larger than the limit of ${maxBytes.toLocaleString('en-US')} bytes`;
}

function describeFailure(error: unknown, limits: FetchLimits): string {
  if (error instanceof AddressRefused) return error.message;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `it did not arrive within ${limits.timeoutMs.toLocaleString('en-US')} ms`;
  if (error instanceof Error && 'code' in error && error.code === 'ENOTFOUND') return 'its host name is not known';
  // Rule: a system error code (ECONNREFUSED) is named; any other message is not ours to post.
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
  return code !== null && /^E[A-Z_]+$/u.test(code) ? `it cannot be fetched (${code})` : 'it cannot be fetched';
}
