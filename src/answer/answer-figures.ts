import type { Figure, FigureKind } from '../extract/figure.js';
import { searchSentences, suggestTerms } from '../search/sentence-index.js';
import type { FiguresAnswer, NoMatchAnswer } from './answer.js';
import type { CorpusIndex } from './corpus-index.js';
import { groupFigures } from './group-figures.js';
import { type DateBound, type FigureFilter, parseFigureFilter } from './parse-figure-filter.js';

/**
 * `/casualties [filter]` and `/troops [filter]`: the figures extracted when the reports were read
 * (`index.figures`), narrowed by the filter, grouped into claims with citations (`groupFigures`).
 *
 * The filter (see `parseFigureFilter`) narrows by category, whose losses and date; each other word
 * must either occur in a figure's claimant ("kirby", "officials") or, when no claimant of this
 * kind holds it, be found in the figure's sentence by the search index (all such words, in the one
 * sentence). A filter that leaves nothing gives a `no-match` answer naming the terms read; no
 * filter on a corpus without figures gives a figures answer with no rows.
 *
 * Pure and deterministic; never scans every sentence: only the index's figures and one search.
 */
export function answerFigures(index: CorpusIndex, kind: FigureKind, filter: string): FiguresAnswer | NoMatchAnswer {
  const parsed = parseFigureFilter(filter);
  const ofKind = index.figures.filter((figure) => figure.kind === kind);
  const claimantWords = parsed.words.filter((word) => ofKind.some((figure) => hasWord(figure.claimant, word)));
  const searchWords = parsed.words.filter((word) => !claimantWords.includes(word));
  let figures = ofKind.filter((figure) => matchesFacts(figure, parsed, claimantWords));
  if (searchWords.length > 0) {
    const sentenceIds = findSentences(index, searchWords.join(' '));
    figures = figures.filter((figure) => sentenceIds.has(figure.sentenceId));
  }
  if (figures.length === 0 && filter.trim() !== '') {
    return {
      command: kind,
      kind: 'no-match',
      query: filter.trim(),
      terms: parsed.terms,
      reportsSearched: index.reports.length,
      suggestions: searchWords.length > 0 ? suggestTerms(index.search, searchWords) : [],
    };
  }
  const { primary, others } = groupFigures(figures, index);
  return {
    command: kind,
    kind: 'figures',
    filter: filter.trim(),
    figureCount: figures.length,
    reportCount: new Set(figures.map((figure) => figure.reportId)).size,
    primary,
    others,
  };
}

function matchesFacts(figure: Figure, filter: FigureFilter, claimantWords: readonly string[]): boolean {
  if (filter.categories.length > 0 && !filter.categories.includes(figure.category)) return false;
  if (filter.subjects.length > 0 && !filter.subjects.includes(figure.subject)) return false;
  if (!filter.dates.every((bound) => matchesDate(figure.date, bound))) return false;
  return claimantWords.every((word) => hasWord(figure.claimant, word));
}

function matchesDate(date: string | null, bound: DateBound): boolean {
  if (date === null) return false;
  switch (bound.op) {
    case 'since':
      return date >= bound.date;
    case 'after':
      return date > bound.date;
    case 'before':
      return date < bound.date;
    case 'until':
      return date <= bound.date;
    case 'on':
      return date === bound.date;
  }
}

/** A whole word of the claimant, case-insensitively ("kirby" in "John Kirby", not "kir"). */
function hasWord(claimant: string | null, word: string): boolean {
  if (claimant === null) return false;
  return claimant
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .some((part) => part.replace(/\.$/, '') === word.replace(/\.$/, ''));
}

/**
 * Sentences that hold every searched term. `matchAll` makes the index keep only those (AND), so a
 * sentence holding one common word is neither ranked nor marked. No `limit`: a filter needs every
 * matching sentence, not the best page, and a page would silently drop figures.
 */
function findSentences(index: CorpusIndex, query: string): ReadonlySet<string> {
  return new Set(searchSentences(index.search, query, { matchAll: true }).hits.map((hit) => hit.sentenceId));
}
