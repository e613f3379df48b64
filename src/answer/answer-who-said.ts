// STUB — replaced by the quotes work.
import type { NoMatchAnswer, NotQuotedAnswer, PhraseQuotesAnswer, SpeakerQuotesAnswer } from './answer.js';
import type { CorpusIndex } from './corpus-index.js';

/** `/who-said <person or phrase>`. */
export function answerWhoSaid(
  index: CorpusIndex,
  query: string,
): SpeakerQuotesAnswer | PhraseQuotesAnswer | NotQuotedAnswer | NoMatchAnswer {
  return {
    command: 'who-said',
    kind: 'no-match',
    query,
    terms: [],
    reportsSearched: index.reports.length,
    suggestions: [],
  };
}
