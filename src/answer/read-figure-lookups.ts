import type { Figure, FigureKind } from '../extract/figures/figure.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { analyzeQuery } from '../search/analyze-query.js';

/** What every `/casualties` and `/troops` answer reads from the index, computed once per index. */
export type FigureLookups = {
  /** The corpus's newest report date: what "last week" and "in september" are read against. */
  readonly newestReportDate: string | null;
  /** The index's figures of each kind, in index order. */
  readonly figuresOfKind: ReadonlyMap<FigureKind, readonly Figure[]>;
  /** A claimant's whole words, lower case, a final dot dropped (`splitClaimant`). */
  readonly claimantWords: (claimant: string | null) => readonly string[];
  /** A report's title as index terms (folded, stemmed, aliases joined); empty for an unknown report. */
  readonly titleTerms: (reportId: string) => ReadonlySet<string>;
};

/**
 * Per-index look-ups, made when an index is first asked about and kept as long as the index lives
 * (a `WeakMap`: an index replaced by a live update takes its look-ups with it). An index is never
 * changed once built (a live update makes a new one), so a look-up never goes stale.
 */
const lookupsOfIndex = new WeakMap<CorpusIndex, FigureLookups>();

/**
 * The figure look-ups of an index (see `FigureLookups`): the newest report date and the figures of
 * each kind at once, claimant words and title terms as they are first asked for. Answers read
 * them instead of scanning every report or splitting every claimant per question. Deterministic:
 * each value is a pure function of the index.
 *
 * @example
 * readFigureLookups(index).figuresOfKind.get('troops'); // the troop figures, in index order
 */
export function readFigureLookups(index: CorpusIndex): FigureLookups {
  const known = lookupsOfIndex.get(index);
  if (known !== undefined) return known;
  const figuresOfKind = new Map<FigureKind, Figure[]>([
    ['casualties', []],
    ['troops', []],
  ]);
  for (const figure of index.figures) figuresOfKind.get(figure.kind)?.push(figure);
  const claimants = new Map<string, readonly string[]>();
  const titles = new Map<string, ReadonlySet<string>>();
  const lookups: FigureLookups = {
    newestReportDate: findNewestReportDate(index),
    figuresOfKind,
    claimantWords: (claimant) => {
      if (claimant === null) return [];
      let words = claimants.get(claimant);
      if (words === undefined) {
        words = splitClaimant(claimant);
        claimants.set(claimant, words);
      }
      return words;
    },
    titleTerms: (reportId) => {
      let terms = titles.get(reportId);
      if (terms === undefined) {
        const title = index.reportsById.get(reportId)?.title ?? '';
        terms = new Set(analyzeQuery(title, index.search.aliases).map(({ term }) => term));
        titles.set(reportId, terms);
      }
      return terms;
    },
  };
  lookupsOfIndex.set(index, lookups);
  return lookups;
}

function findNewestReportDate(index: CorpusIndex): string | null {
  let newest: string | null = null;
  for (const report of index.reports)
    if (report.date !== null && (newest === null || report.date > newest)) newest = report.date;
  return newest;
}

/** A claimant's words as `/casualties` compares them: lower case, split at anything but letters, digits and dots, a final dot dropped. */
function splitClaimant(claimant: string): string[] {
  return claimant
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .map((part) => part.replace(/\.$/, ''));
}
