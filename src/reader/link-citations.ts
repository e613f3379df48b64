import type { Citation, CitationLink } from '../answer/answer.js';

/** The link of one citation, or null to leave it unlinked. */
export type FindCitationLink = (citation: Citation) => CitationLink | null;

/**
 * A copy of `value` (an answer, a digest, the Home summary: plain JSON-like data) in which every
 * citation (any object held under a `citation` key) carries `link`. Nothing else changes, and
 * `value` is not modified. Citations `findLink` returns null for stay as they are. Deterministic
 * when `findLink` is.
 *
 * @example
 * const linked = linkCitations(answer, (citation) => ({ reader: urlOf(citation), original: null }));
 */
export function linkCitations<T>(value: T, findLink: FindCitationLink): T {
  return linkValue(value, findLink) as T;
}

function linkValue(value: unknown, findLink: FindCitationLink): unknown {
  if (Array.isArray(value)) return value.map((item) => linkValue(item, findLink));
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    copy[key] = key === 'citation' && isCitation(field) ? withLink(field, findLink) : linkValue(field, findLink);
  }
  return copy;
}

function withLink(citation: Citation, findLink: FindCitationLink): Citation {
  const link = findLink(citation);
  return link === null ? citation : { ...citation, link };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isCitation(value: unknown): value is Citation {
  return (
    isPlainObject(value) &&
    typeof value['file'] === 'string' &&
    typeof value['start'] === 'number' &&
    typeof value['end'] === 'number' &&
    typeof value['sentence'] === 'string'
  );
}
