import { type ReaderTarget, signReaderLink } from './sign-reader-link.js';

/** The path the reader is served on, relative to `PUBLIC_URL`. */
export const READER_PATH = '/read';

/** A parsed reader link: what it opens and the signature it carries (not yet checked). */
export type ReaderLinkQuery = { readonly target: ReaderTarget; readonly signature: string };

/**
 * The full reader URL of a target: `{base}/read?report=…&start=…&end=…[&expires=…]&sig=…#s{start}-{end}`.
 * The fragment is the id of the highlighted sentence, so the browser scrolls to it without
 * JavaScript. `base` is `PUBLIC_URL` (a trailing slash is dropped; a path prefix is kept).
 * Deterministic.
 */
export function buildReaderUrl(base: string, target: ReaderTarget, secret: string): string {
  const params = new URLSearchParams({ report: target.reportId, start: String(target.start), end: String(target.end) });
  if (target.expiresAt !== null) params.set('expires', String(target.expiresAt));
  params.set('sig', signReaderLink(target, secret));
  return `${base.replace(/\/+$/, '')}${READER_PATH}?${params.toString()}#${buildSentenceAnchor(target)}`;
}

/** The `id` of the highlighted sentence's `<mark>`, and the fragment of its link. */
export function buildSentenceAnchor(target: Pick<ReaderTarget, 'start' | 'end'>): string {
  return `s${target.start}-${target.end}`;
}

/**
 * Reads a reader link's query. Returns null when a field is missing or malformed (offsets must be
 * whole numbers with `start < end`); the signature is not checked here.
 */
export function parseReaderQuery(params: URLSearchParams): ReaderLinkQuery | null {
  const reportId = params.get('report');
  const signature = params.get('sig');
  const start = readWholeNumber(params.get('start'));
  const end = readWholeNumber(params.get('end'));
  const expiresText = params.get('expires');
  const expiresAt = expiresText === null ? null : readWholeNumber(expiresText);
  if (reportId === null || reportId === '' || signature === null || start === null || end === null) return null;
  if (start >= end || (expiresText !== null && expiresAt === null)) return null;
  return { target: { reportId, start, end, expiresAt }, signature };
}

function readWholeNumber(text: string | null): number | null {
  if (text === null || !/^\d{1,15}$/.test(text)) return null;
  return Number(text);
}
