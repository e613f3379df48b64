import type { CorpusIndex } from '../index/corpus-index.js';
import { searchSentences, suggestTerms } from '../search/sentence-index.js';
import type { NoMatchAnswer, ResultsAnswer } from './answer.js';
import { buildExcerpt } from './build-citation.js';

export type ReportsOptions = {
  /** Results per page; 5 by default. */
  readonly limit?: number;
  /** The `nextCursor` of a previous page, or null/undefined for the first page. */
  readonly cursor?: string | null;
};

const DEFAULT_LIMIT = 5;
/** A cursor is the offset of the page's first result, written in base 10 without leading zeros. */
const CURSOR_PATTERN = /^(?:0|[1-9]\d{0,8})$/;

/**
 * `/reports <query>`: the best sentences for the query, a page at a time, each with its citation,
 * the matched words marked and its score; or, when no sentence holds a query word, a no-match
 * answer naming the normalised terms, how many reports were searched and the closest known terms.
 * A query of stop words only is a no-match with no terms.
 *
 * `nextCursor` is the offset of the next page as a base-10 string, null on the last page. A cursor
 * that is not one (malformed, or past the last result because the corpus changed) gives the first
 * page: a stale "more" button still shows something sensible instead of an error.
 *
 * Pure and deterministic: results follow the search's total order (score, report id, ordinal).
 *
 * @throws {RangeError} when `limit` is not a positive integer (a bug, never user input).
 * @example
 * answerReports(index, 'storm shadow', { limit: 5 }); // { command: 'reports', kind: 'results', … }
 */
export function answerReports(
  index: CorpusIndex,
  query: string,
  options: ReportsOptions = {},
): ResultsAnswer | NoMatchAnswer {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Page size ${limit} is not a positive integer`);
  const requested = parseCursor(options.cursor);
  let outcome = searchSentences(index.search, query, { offset: requested, limit });
  if (outcome.total === 0) {
    return {
      command: 'reports',
      kind: 'no-match',
      query,
      terms: outcome.terms,
      reportsSearched: index.reports.length,
      suggestions: suggestTerms(index.search, outcome.terms),
    };
  }
  const offset = requested < outcome.total ? requested : 0;
  if (offset !== requested) outcome = searchSentences(index.search, query, { offset, limit });
  const results = outcome.hits.map((hit) => {
    const report = index.reportsById.get(hit.reportId);
    const sentence = index.sentencesById.get(hit.sentenceId);
    if (report === undefined || sentence === undefined) {
      throw new RangeError(`Search returned sentence "${hit.sentenceId}", which the corpus does not hold`);
    }
    const marks = hit.marks.map((mark) => ({ start: sentence.start + mark.start, end: sentence.start + mark.end }));
    return { ...buildExcerpt(report, sentence, marks), score: hit.score };
  });
  const next = offset + results.length;
  return {
    command: 'reports',
    kind: 'results',
    query,
    terms: outcome.terms,
    skippedTerms: outcome.skippedTerms,
    total: outcome.total,
    offset,
    results,
    nextCursor: next < outcome.total ? String(next) : null,
  };
}

function parseCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || !CURSOR_PATTERN.test(cursor)) return 0;
  return Number(cursor);
}
