import type { Figure, FigureKind } from '../extract/figures/figure.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { analyzeQuery } from '../search/analyze-query.js';
import { findReportsHoldingTerms, suggestTerms } from '../search/sentence-index.js';
import type { FigureGroup, FiguresAnswer, NoMatchAnswer } from './answer.js';
import { findNarrowingFilters } from './find-narrowing-filters.js';
import { groupFigures } from './group-figures.js';
import { matchClaimantWords } from './match-claimant-words.js';
import { type FigureFilter, parseFigureFilter } from './parse-figure-filter.js';
import type { DateBound } from './read-date-phrases.js';
import { readFigureLookups } from './read-figure-lookups.js';

/**
 * `/casualties [filter]` and `/troops [filter]`: the figures extracted when the reports were read
 * (`index.figures`), narrowed by the filter, grouped into claims with citations (`groupFigures`).
 *
 * The filter (see `parseFigureFilter`) narrows by category, whose losses and date; each other word
 * must either occur in a figure's claimant ("kirby", "officials") or, when no claimant of this
 * kind holds it, be in the figure's sentence (all such words, in the one sentence, compared as
 * index terms: folded, stemmed, aliases joined; a misspelt word is not corrected here). A filter that leaves nothing gives a `no-match` answer naming the terms read; no
 * filter on a corpus without figures gives a figures answer with no rows.
 *
 * Figures outside the corpus's story (`Figure.isOutsideStory`: another event, a year long before
 * the report) are left out of the default answer; the filter word "all" or "outside", or filter
 * words found in their sentence, list them under `outside`, grouped the same way.
 *
 * Pure and deterministic; never scans every sentence: only the index's figures and their sentences' terms.
 */
export function answerFigures(index: CorpusIndex, kind: FigureKind, filter: string): FiguresAnswer | NoMatchAnswer {
  const lookups = readFigureLookups(index);
  const read = parseFigureFilter(filter, index.lexicon, { today: lookups.newestReportDate });
  const asksOutside = read.words.some((word) => OUTSIDE_SCOPE_WORDS.has(word));
  const parsed = { ...read, words: read.words.filter((word) => !OUTSIDE_SCOPE_WORDS.has(word)) };
  const ofKind = lookups.figuresOfKind.get(kind) ?? [];
  const hasWord = (claimant: string | null, word: string) =>
    lookups.claimantWords(claimant).includes(word.replace(/\.$/, ''));
  const claimantWords = parsed.words.filter((word) => ofKind.some((figure) => hasWord(figure.claimant, word)));
  // "according to X": X's words as claimants write them (a typo read as the nearest spelling), else searched.
  const named = matchClaimantWords(
    parsed.claimants,
    ofKind.flatMap((figure) => lookups.claimantWords(figure.claimant)),
  );
  const searchWords = [...parsed.words.filter((word) => !claimantWords.includes(word)), ...named.unmatched];
  let figures = ofKind.filter(
    (figure) =>
      matchesFacts(figure, parsed) &&
      claimantWords.every((word) => hasWord(figure.claimant, word)) &&
      named.matched.every((spellings) => spellings.some((word) => hasWord(figure.claimant, word))),
  );
  const searched = [...searchWords, ...parsed.places];
  const searchedOrAbout = [...searched, ...parsed.topics];
  if (searched.length > 0) {
    // Words and places are what the figure's sentence, or its report's title, is about.
    const terms = analyzeQuery(searched.join(' '), index.search.aliases).map(({ term }) => term);
    figures = figures.filter((figure) => {
      const held = index.figureSentenceTerms.get(figure.sentenceId);
      const title = lookups.titleTerms(figure.reportId);
      return terms.length > 0 && terms.every((term) => held?.has(term) === true || title.has(term));
    });
  }
  if (parsed.topics.length > 0) {
    // A topic is what the figure's report is about: its words anywhere in the report.
    const terms = analyzeQuery(parsed.topics.join(' '), index.search.aliases).map(({ term }) => term);
    const reports = findReportsHoldingTerms(index.search, new Set(figures.map((figure) => figure.reportId)), terms);
    figures = figures.filter((figure) => terms.length > 0 && reports.has(figure.reportId));
  }
  // Figures outside the story show only when asked for: a scope word, or words found in their sentence.
  const showsOutside = asksOutside || searchedOrAbout.length > 0;
  const outside = showsOutside ? figures.filter((figure) => figure.isOutsideStory === true) : [];
  figures = figures.filter((figure) => figure.isOutsideStory !== true);
  if (figures.length === 0 && outside.length === 0 && filter.trim() !== '') {
    return {
      command: kind,
      kind: 'no-match',
      query: filter.trim(),
      terms: parsed.terms,
      reportsSearched: index.reports.length,
      suggestions: searchedOrAbout.length > 0 ? suggestTerms(index.search, searchedOrAbout) : [],
    };
  }
  const { primary, others } = groupFigures(figures, index);
  const shown = [...figures, ...outside];
  const narrow = findNarrowingFilters(kind, filter, parsed, [...primary, ...others], index.lexicon);
  return {
    command: kind,
    kind: 'figures',
    filter: filter.trim(),
    figureCount: shown.length,
    reportCount: new Set(shown.map((figure) => figure.reportId)).size,
    primary,
    others,
    ...(showsOutside ? { outside: listOutsideGroups(outside, index) } : {}),
    ...(narrow === null ? {} : { narrow }),
  };
}

/** Filter words that ask for figures outside the story too ("/casualties all", "/troops outside"). */
const OUTSIDE_SCOPE_WORDS: ReadonlySet<string> = new Set(['all', 'outside']);

/** The outside figures grouped as the others are, every side in one list (their own heading). */
function listOutsideGroups(outside: readonly Figure[], index: CorpusIndex): readonly FigureGroup[] {
  const { primary, others } = groupFigures(outside, index);
  return [...primary, ...others];
}

function matchesFacts(figure: Figure, filter: FigureFilter): boolean {
  if (filter.categories.length > 0 && !filter.categories.includes(figure.category)) return false;
  if (filter.values.length > 0 && !filter.values.some((value) => value === figure.value || value === figure.valueMax))
    return false;
  if (filter.subjects.length > 0 && !filter.subjects.includes(figure.subject)) return false;
  return filter.dates.every((bound) => matchesDate(figure.date, bound));
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
