import type { CorpusIndex } from '../index/corpus-index.js';
import { answerCorpusQuery, type CorpusQuery, type CorpusQueryResult } from './answer-corpus-query.js';

/**
 * Sends a corpus query to where the index is and resolves with its result (`answerCorpusQuery`):
 * the answer pool in production (`AnswerPool.askCorpus`, first in, first out with the questions).
 */
export type AskCorpus = <TQuery extends CorpusQuery>(query: TQuery) => Promise<CorpusQueryResult<TQuery>>;

/**
 * Corpus queries answered in process from the index `getIndex` returns at the time of each query
 * (tests, and tools that hold the index); `secret` is `READER_SECRET`, or null with the reader off.
 */
export function askCorpusInProcess(getIndex: () => CorpusIndex, secret: string | null = null): AskCorpus {
  return async (query) => answerCorpusQuery(getIndex(), query, secret);
}
