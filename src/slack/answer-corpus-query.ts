import type { Citation } from '../answer/answer.js';
import { buildCitation } from '../answer/build-citation.js';
import { type BuildDigestOptions, buildDigest } from '../answer/build-digest.js';
import { buildHomeSummary, type HomeSummary } from '../answer/build-home-summary.js';
import type { Digest } from '../answer/digest.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { handleReaderRequest } from '../web/handle-reader-request.js';
import type { WebResponse } from '../web/web-response.js';

/**
 * A request that reads the corpus index's text besides a question, answered where the index is
 * (the answer worker, `createAnswerPool`): a reader page (`GET /read`, its URL's path and query and
 * the time asked), the App Home summary, a citation menu's sentence again, or the digest's content.
 */
export type CorpusQuery =
  | { readonly kind: 'read-page'; readonly url: string; readonly now: number }
  | { readonly kind: 'home' }
  | { readonly kind: 'cite'; readonly file: string; readonly start: number; readonly end: number }
  | { readonly kind: 'digest'; readonly options: BuildDigestOptions };

/** What each query answers, as plain data: citations unlinked (the main thread links them from its manifest). */
export type CorpusQueryResult<TQuery extends CorpusQuery> = TQuery extends { readonly kind: 'read-page' }
  ? WebResponse
  : TQuery extends { readonly kind: 'home' }
    ? HomeSummary
    : TQuery extends { readonly kind: 'cite' }
      ? Citation | null
      : Digest;

/**
 * Answers a corpus query from `index`, exactly as the main thread answered it when it held the index:
 * the reader page is `handleReaderRequest` with `secret` (`READER_SECRET`) at the time `now`; the
 * Home summary `buildHomeSummary`; a citation `buildCitation` of the file's report, or null when no
 * report has that file or the offsets run past its text; the digest `buildDigest`. Pure.
 *
 * @throws {Error} for a reader page when the reader is off (`secret` null: no route asks then);
 *   {RangeError} from `buildCitation` for offsets that are not a sentence's.
 */
export function answerCorpusQuery<TQuery extends CorpusQuery>(
  index: CorpusIndex,
  query: TQuery,
  secret: string | null,
): CorpusQueryResult<TQuery> {
  return answerAny(index, query, secret) as CorpusQueryResult<TQuery>;
}

function answerAny(index: CorpusIndex, query: CorpusQuery, secret: string | null): unknown {
  if (query.kind === 'read-page') {
    if (secret === null) throw new Error('Cannot show a reader page: the reader is off');
    return handleReaderRequest(new URL(query.url, 'http://localhost'), {
      getIndex: () => index,
      secret,
      now: () => query.now,
    });
  }
  if (query.kind === 'home') return buildHomeSummary(index);
  if (query.kind === 'digest') return buildDigest(index, query.options);
  const report = index.reports.find((candidate) => candidate.file === query.file);
  if (report === undefined || query.end > report.text.length) return null;
  return buildCitation(report, query.start, query.end);
}
