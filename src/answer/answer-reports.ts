// STUB — replaced by the search work.
import type { NoMatchAnswer, ResultsAnswer } from './answer.js';
import type { CorpusIndex } from './corpus-index.js';

export type ReportsOptions = {
  /** Results per page; 5 by default. */
  readonly limit?: number;
  /** The `nextCursor` of a previous page, or null/undefined for the first page. */
  readonly cursor?: string | null;
};

/** `/reports <query>`: the best sentences for the query, or a no-match answer. */
export function answerReports(
  index: CorpusIndex,
  query: string,
  _options: ReportsOptions = {},
): ResultsAnswer | NoMatchAnswer {
  return {
    command: 'reports',
    kind: 'no-match',
    query,
    terms: [],
    reportsSearched: index.reports.length,
    suggestions: [],
  };
}
