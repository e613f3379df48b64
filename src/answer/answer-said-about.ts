import type { FigureKind } from '../extract/figures/figure.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { analyzeQuery } from '../search/analyze-query.js';
import { analyzeText } from '../search/analyze-text.js';
import type {
  FiguresAnswer,
  NoMatchAnswer,
  NotQuotedAnswer,
  PhraseQuotesAnswer,
  QuoteRow,
  SpeakerQuotesAnswer,
} from './answer.js';
import { answerFigures } from './answer-figures.js';
import { answerWhoSaid } from './answer-who-said.js';
import { buildFigureFilterText } from './build-figure-filter-text.js';
import type { QuestionFilters } from './read-question-filters.js';

/**
 * "What did X say about Y": X's figures and quotes, narrowed to Y.
 *
 * 1. When Y asks for figures (casualty or troop words), the figures X claims that fit Y's filters
 *    (`answerFigures` with "according to X": an office or ministry that is no one's speaker still
 *    answers with its figures).
 * 2. Otherwise, or when X claims no such figure, X's quotes and paraphrases (`answerWhoSaid`) that
 *    hold at least one of Y's words, those holding more of them first, then in `answerWhoSaid`'s
 *    order; `query` is "X about Y", so the answer says what was searched.
 * 3. When Y asks for no figures and X has no quote about Y, the figures of either kind X claims
 *    about Y's words (casualties first).
 * 4. Else `no-match`, naming X and Y's words.
 *
 * Pure and deterministic.
 *
 * @example
 * answerSaidAbout(index, 'Kirby', readQuestionFilters('casualties')); // Kirby's casualty figures
 */
export function answerSaidAbout(
  index: CorpusIndex,
  who: string,
  filters: QuestionFilters,
): FiguresAnswer | SpeakerQuotesAnswer | PhraseQuotesAnswer | NotQuotedAnswer | NoMatchAnswer {
  const about = filters.about ?? '';
  const query = `${who} about ${about}`;
  if (filters.kind !== null) {
    const figures = findClaimedFigures(index, [filters.kind], filters);
    if (figures !== null) return figures;
  }
  const said = answerWhoSaid(index, who);
  const words = analyzeQuery(about, index.search.aliases).map(({ term }) => term);
  if (said.kind === 'speaker-quotes' && words.length > 0) {
    const quotes = rankByWords(said.quotes, words, index);
    const paraphrases = rankByWords(said.paraphrases, words, index);
    if (quotes.length + paraphrases.length > 0) return { ...said, query, quotes, paraphrases, about };
  }
  if (filters.kind === null) {
    const figures = findClaimedFigures(index, ['casualties', 'troops'], filters);
    if (figures !== null) return figures;
  }
  return {
    command: 'who-said',
    kind: 'no-match',
    query,
    terms: [who, ...analyzeQuery(about, index.search.aliases).map(({ display }) => display)],
    reportsSearched: index.reports.length,
    suggestions: [],
  };
}

function findClaimedFigures(
  index: CorpusIndex,
  kinds: readonly FigureKind[],
  filters: QuestionFilters,
): FiguresAnswer | null {
  const filter = buildFigureFilterText(filters);
  for (const kind of kinds) {
    const answer = answerFigures(index, kind, filter);
    if (answer.kind === 'figures' && answer.figureCount > 0) return answer;
  }
  return null;
}

/** The rows holding at least one of the words, most words first, then in their given order. */
function rankByWords(rows: readonly QuoteRow[], words: readonly string[], index: CorpusIndex): QuoteRow[] {
  return rows
    .map((row, at) => {
      const held = new Set(analyzeText(row.citation.sentence, index.search.aliases).map(({ term }) => term));
      return { row, at, count: words.filter((word) => held.has(word)).length };
    })
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.at - b.at)
    .map(({ row }) => row);
}
