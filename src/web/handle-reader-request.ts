import type { CorpusIndex } from '../index/corpus-index.js';
import { buildSentenceAnchor, parseReaderQuery } from '../reader/reader-link-url.js';
import { isReaderLinkSigned } from '../reader/sign-reader-link.js';
import { renderMessagePage } from '../render/html/render-message-page.js';
import { renderReaderPage } from '../render/html/render-reader-page.js';
import type { WebResponse } from './web-response.js';

/** What the reader needs: the index answers come from now, the signing secret, and the clock. */
export type ReaderDeps = {
  readonly getIndex: () => CorpusIndex;
  readonly secret: string;
  /** Epoch milliseconds, for links that expire. */
  readonly now: () => number;
};

/** Shown for a link that is malformed, not signed with this reader's secret, or altered. */
export const READER_REFUSED_MESSAGE =
  'This link is not valid. Reader links work only as Verbatim wrote them; ask Verbatim again for a fresh link.';
/** Shown for a signed link past its expiry. */
export const READER_EXPIRED_MESSAGE = 'This link has expired. Ask Verbatim again for a fresh link.';
/** Shown for a signed link to a report (or a part of it) the corpus no longer holds. */
export const READER_GONE_MESSAGE = 'This report is no longer in the corpus, or has changed since the link was made.';

/**
 * Answers `GET /read?report=…&start=…&end=…[&expires=…]&sig=…`. Rule 1: the signature is checked
 * first (constant time) and anything malformed, unsigned or altered is refused with 403 and a plain
 * page, so a guessed link learns nothing, not even whether the report exists. Rule 2: a signed
 * link past its expiry gets 403. Rule 3: a signed link whose report or range the current index no
 * longer holds gets 404. Otherwise 200 with the report page, the range highlighted.
 */
export function handleReaderRequest(url: URL, deps: ReaderDeps): WebResponse {
  const query = parseReaderQuery(url.searchParams);
  if (query === null || !isReaderLinkSigned(query.target, query.signature, deps.secret)) {
    return { status: 403, html: renderMessagePage('Link refused', READER_REFUSED_MESSAGE) };
  }
  const { target } = query;
  if (target.expiresAt !== null && deps.now() > target.expiresAt * 1000) {
    return { status: 403, html: renderMessagePage('Link expired', READER_EXPIRED_MESSAGE) };
  }
  const report = deps.getIndex().reportsById.get(target.reportId);
  if (report === undefined || target.end > report.text.length) {
    return { status: 404, html: renderMessagePage('Report not found', READER_GONE_MESSAGE) };
  }
  const highlight = { start: target.start, end: target.end, anchor: buildSentenceAnchor(target) };
  return { status: 200, html: renderReaderPage(report, highlight) };
}
