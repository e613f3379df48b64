// STUB — replaced by the figures work.
import type { FigureKind } from '../extract/figure.js';
import type { FiguresAnswer, NoMatchAnswer } from './answer.js';
import type { CorpusIndex } from './corpus-index.js';

/** `/casualties [filter]` and `/troops [filter]`: the extracted figures, grouped, with citations. */
export function answerFigures(index: CorpusIndex, kind: FigureKind, filter: string): FiguresAnswer | NoMatchAnswer {
  return {
    command: kind,
    kind: 'no-match',
    query: filter,
    terms: [],
    reportsSearched: index.reports.length,
    suggestions: [],
  };
}
