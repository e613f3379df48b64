import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a reader link opens: a report, the cited range of its text, and when the link stops working. */
export type ReaderTarget = {
  readonly reportId: string;
  readonly start: number;
  readonly end: number;
  /** Epoch seconds after which the link is refused, or null for a link that does not expire. */
  readonly expiresAt: number | null;
};

/** The shortest secret accepted: 32 characters (for example `openssl rand -hex 32` gives 64). */
export const MIN_READER_SECRET_LENGTH = 32;

/**
 * Signs a reader link: HMAC-SHA256, keyed by `secret`, over a versioned line of the report id, the
 * offsets and the expiry, as base64url (43 characters). Every field is in the signed text, one per
 * line, and a report id cannot hold a line break, so no two targets share a signed text. Pure and
 * deterministic: the same target and secret always give the same signature.
 *
 * @example
 * signReaderLink({ reportId: '004_kursk', start: 196, end: 366, expiresAt: null }, secret);
 */
export function signReaderLink(target: ReaderTarget, secret: string): string {
  return createHmac('sha256', secret).update(signedText(target)).digest('base64url');
}

/**
 * Whether `signature` is the signature of `target` under `secret`, compared in constant time.
 * It does not look at the clock: the caller refuses an expired link (`target.expiresAt`).
 * Returns false for a signature of the wrong length or alphabet.
 */
export function isReaderLinkSigned(target: ReaderTarget, signature: string, secret: string): boolean {
  const expected = Buffer.from(signReaderLink(target, secret), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  // timingSafeEqual needs equal lengths; the length of a valid signature is public (always 43).
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function signedText(target: ReaderTarget): string {
  const reportId = target.reportId.replace(/[\r\n]/g, ' ');
  return ['verbatim-reader-v1', reportId, target.start, target.end, target.expiresAt ?? ''].join('\n');
}
