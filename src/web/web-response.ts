import type { ServerResponse } from 'node:http';

/** A page to send: its status and its whole HTML document. */
export type WebResponse = { readonly status: number; readonly html: string };

/**
 * Headers on every page. No script may run and nothing is loaded from elsewhere (the pages are
 * self-contained); the reader's capability URL never leaves in a `Referer`; nothing is cached,
 * since a page shows a corpus that may change.
 */
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
} as const;

/** Writes a page with Verbatim's page headers. */
export function sendWebResponse(res: ServerResponse, response: WebResponse): void {
  res.writeHead(response.status, { ...PAGE_HEADERS, 'content-length': Buffer.byteLength(response.html) });
  res.end(response.html);
}
