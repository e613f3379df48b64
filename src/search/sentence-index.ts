import MiniSearch, { type AsPlainObject, type Options, type SearchOptions, type SearchResult } from 'minisearch';
import type { Report } from '../corpus/report.js';
import { analyzeQuery } from './analyze-query.js';
import { analyzeText } from './analyze-text.js';
import { buildTieRanks } from './build-tie-ranks.js';
import { buildVocabulary, countSurfaces, type SurfaceCounts, type VocabularyEntry } from './build-vocabulary.js';
import { combineScores } from './combine-scores.js';
import { editDistance } from './edit-distance.js';
import { markMatchedWords } from './mark-matched-words.js';
import { ALIAS_TERM_PREFIX } from './match-aliases.js';
import { selectTop } from './select-top.js';
import type { Sentence } from './sentence.js';

/** A marked range inside a sentence's text (offsets relative to the sentence). */
export type HitMark = { readonly start: number; readonly end: number };

/** One ranked sentence. */
export type SentenceHit = {
  readonly sentenceId: string;
  readonly reportId: string;
  /** Body score plus the weighted title score, rounded to `SCORE_DECIMALS` decimals (see combine-scores.ts). */
  readonly score: number;
  /** Normalised query terms that matched this sentence, sorted. */
  readonly matchedTerms: readonly string[];
  /** Ranges of the sentence's words that matched, in order. */
  readonly marks: readonly HitMark[];
};

/** The result of a search: the normalised query terms, how many sentences matched, and the requested hits. */
export type SearchOutcome = {
  readonly terms: readonly string[];
  /** Every matching sentence, not only those in `hits`. */
  readonly total: number;
  readonly hits: readonly SentenceHit[];
};

/** The ranking knobs; `DEFAULT_SEARCH_TUNING` documents the chosen values (see docs/search.md). */
export type SearchTuning = {
  /** BM25+ parameters of minisearch: term saturation `k`, length normalisation `b`, lower bound `d`. */
  readonly bm25: { readonly k: number; readonly b: number; readonly d: number };
  /** Weight of the report title's BM25 score, added to each matching sentence of the report. */
  readonly titleWeight: number;
  /** Weight of a fuzzy (typo) match relative to an exact match, before minisearch's distance factor. */
  readonly fuzzyWeight: number;
};

export type SearchSentencesOptions = {
  /** Hits to skip (0 by default). */
  readonly offset?: number;
  /** Hits to return after `offset` (all by default). Marks are computed for these only. */
  readonly limit?: number;
  /** Only sentences that hold every query term (AND) instead of any (OR); false by default. */
  readonly matchAll?: boolean;
  readonly tuning?: Partial<SearchTuning>;
};

/** An immutable BM25 index over sentences. Only this module reads its fields. */
export type SentenceIndex = {
  readonly sentenceCount: number;
  readonly reportCount: number;
  readonly sentences: readonly Sentence[];
  readonly body: MiniSearch<IndexedDocument>;
  readonly titles: MiniSearch<IndexedDocument>;
  /** Body term → the way it is most often written, and how often it occurs. */
  readonly vocabulary: ReadonlyMap<string, VocabularyEntry>;
  /** Sentence position → position of its report in `reports`, or -1. */
  readonly reportOfSentence: Int32Array;
  /** Sentence position → its rank in (report id, ordinal) order: the tie-break. */
  readonly tieRank: Uint32Array;
};

export const DEFAULT_SEARCH_TUNING: SearchTuning = {
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  titleWeight: 1,
  fuzzyWeight: 0.45,
};
const SUGGESTION_LIMIT = 5;
const SERIALIZATION_VERSION = 1;

type IndexedDocument = { readonly id: number; readonly terms: string };

/** Both minisearch indexes get terms that `analyzeText` already produced: no further processing. */
const MINISEARCH_OPTIONS: Options<IndexedDocument> = {
  fields: ['terms'],
  storeFields: [],
  autoVacuum: false,
  tokenize: splitTerms,
  processTerm: (term) => term,
  searchOptions: { tokenize: splitTerms, processTerm: (term) => term, prefix: false, combineWith: 'OR' },
};

/**
 * Builds the index over body sentences. Each sentence is a minisearch document with a numeric id
 * (its position in `sentences`) and no stored fields; report titles form a second, small index with
 * one document per report, so a title is indexed once, not once per sentence. Pure and
 * deterministic: the same reports and sentences give the same index.
 *
 * @example
 * const index = buildSentenceIndex(reports, sentences);
 * searchSentences(index, 'storm shadow', { limit: 5 });
 */
export function buildSentenceIndex(reports: readonly Report[], sentences: readonly Sentence[]): SentenceIndex {
  const body = new MiniSearch<IndexedDocument>(MINISEARCH_OPTIONS);
  const surfaces: SurfaceCounts = new Map();
  sentences.forEach((sentence, id) => {
    const terms = analyzeText(sentence.text);
    countSurfaces(surfaces, terms);
    body.add({ id, terms: joinTerms(terms) });
  });
  const titles = new MiniSearch<IndexedDocument>(MINISEARCH_OPTIONS);
  reports.forEach((report, id) => {
    if (report.title !== null) titles.add({ id, terms: joinTerms(analyzeText(report.title)) });
  });
  return assembleIndex(reports, sentences, body, titles, buildVocabulary(surfaces));
}

/**
 * Ranks sentences for a query. A sentence matches when its own text holds at least one query term
 * (OR). Its BM25 score is added to its report title's score times `titleWeight`, and the sum is
 * multiplied by how many query terms the sentence and its title hold together, so sentences with
 * more of the query come first. Query terms the index does not know are matched fuzzily (edit
 * distance 1 from 4 characters, 2 from 8) at a lower weight; known terms never are, so a near
 * spelling can never outrank the exact word.
 *
 * Total order: score (rounded to `SCORE_DECIMALS`) descending, then report id, then sentence
 * ordinal. A query without searchable words gives no terms and no hits. Marks are computed for
 * the returned page only.
 *
 * @example
 * searchSentences(index, 'DPRK troops', { offset: 0, limit: 5 }); // { terms: ['North Korea', 'troops'], total, hits }
 */
export function searchSentences(
  index: SentenceIndex,
  query: string,
  options: SearchSentencesOptions = {},
): SearchOutcome {
  const queryTerms = analyzeQuery(query);
  const terms = queryTerms.map((term) => term.display);
  if (queryTerms.length === 0) return { terms, total: 0, hits: [] };
  const tuning = { ...DEFAULT_SEARCH_TUNING, ...options.tuning };
  const searchOptions = buildSearchOptions(index, tuning);
  const text = queryTerms.map((term) => term.term).join(' ');
  const results = index.body.search(text, { ...searchOptions, combineWith: options.matchAll === true ? 'AND' : 'OR' });
  const titleResults = new Map(index.titles.search(text, searchOptions).map((result) => [result.id, result]));
  const scores = results.map((result) =>
    combineScores(result, titleResults.get(index.reportOfSentence[result.id]), tuning.titleWeight),
  );
  const offset = Math.max(0, options.offset ?? 0);
  const wanted = options.limit === undefined ? results.length : offset + Math.max(0, options.limit);
  const ties = results.map((result) => index.tieRank[result.id] ?? 0);
  const order = selectTop(
    results.length,
    wanted,
    (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (ties[a] ?? 0) - (ties[b] ?? 0),
  );
  const displayOf = new Map(queryTerms.map((term) => [term.term, term.display]));
  const hits = order.slice(offset).map((i) => buildHit(index, results[i], scores[i] ?? 0, displayOf));
  return { terms, total: results.length, hits };
}

/**
 * The terms the index knows that are closest to the given words, for a no-match answer: by edit
 * distance between stems (at most 1 below 4 characters, 2 below 8, else 3), then by how often the
 * term occurs, then alphabetically. Each is shown the way the reports most often write it. Never
 * one of the given words itself; at most `limit` (5 by default).
 */
export function suggestTerms(
  index: SentenceIndex,
  terms: readonly string[],
  options: { readonly limit?: number } = {},
): string[] {
  const best = new Map<string, number>();
  for (const { term } of terms.flatMap((word) => analyzeQuery(word))) {
    if (term.startsWith(ALIAS_TERM_PREFIX)) continue;
    const max = term.length < 4 ? 1 : term.length < 8 ? 2 : 3;
    for (const result of index.body.search(term, { fuzzy: max, weights: { fuzzy: 1, prefix: 0 } })) {
      for (const candidate of result.terms) {
        if (candidate === term || candidate.startsWith(ALIAS_TERM_PREFIX)) continue;
        const distance = editDistance(term, candidate, max);
        if (distance <= max && distance < (best.get(candidate) ?? Number.POSITIVE_INFINITY)) {
          best.set(candidate, distance);
        }
      }
    }
  }
  const ranked = [...best]
    .map(([term, distance]) => ({ distance, entry: index.vocabulary.get(term) ?? { surface: term, count: 0 } }))
    .sort(
      (a, b) =>
        a.distance - b.distance || b.entry.count - a.entry.count || compareStrings(a.entry.surface, b.entry.surface),
    );
  return [...new Set(ranked.map(({ entry }) => entry.surface))].slice(0, options.limit ?? SUGGESTION_LIMIT);
}

/** The index as a JSON string, for a cache. Load it with `loadSentenceIndex` and the same sentences. */
export function serializeSentenceIndex(index: SentenceIndex): string {
  return JSON.stringify({
    version: SERIALIZATION_VERSION,
    sentenceCount: index.sentenceCount,
    reportCount: index.reportCount,
    body: index.body.toJSON(),
    titles: index.titles.toJSON(),
    vocabulary: [...index.vocabulary].map(([term, entry]) => [term, entry.surface, entry.count]),
  });
}

/**
 * Restores an index from `serializeSentenceIndex`. The reports and sentences must be those it was
 * built from, in the same order (the cache key is the corpus fingerprint).
 *
 * @throws {Error} when the JSON is not a serialised index of this version, or was built for a
 *   different number of sentences or reports; the caller then rebuilds.
 */
export function loadSentenceIndex(
  json: string,
  reports: readonly Report[],
  sentences: readonly Sentence[],
): SentenceIndex {
  type Serialized = { body: AsPlainObject; titles: AsPlainObject; vocabulary: [string, string, number][] };
  const data = JSON.parse(json) as Serialized & { version?: unknown; sentenceCount?: unknown; reportCount?: unknown };
  if (data.version !== SERIALIZATION_VERSION) {
    throw new Error(`Cannot load the sentence index: version ${String(data.version)} is not ${SERIALIZATION_VERSION}`);
  }
  if (data.sentenceCount !== sentences.length || data.reportCount !== reports.length) {
    throw new Error(
      `Cannot load the sentence index: it was built for ${String(data.sentenceCount)} sentences and ${String(data.reportCount)} reports, not ${sentences.length} and ${reports.length}`,
    );
  }
  const vocabulary = new Map(data.vocabulary.map(([term, surface, count]) => [term, { surface, count }]));
  return assembleIndex(
    reports,
    sentences,
    MiniSearch.loadJS(data.body, MINISEARCH_OPTIONS),
    MiniSearch.loadJS(data.titles, MINISEARCH_OPTIONS),
    vocabulary,
  );
}

function assembleIndex(
  reports: readonly Report[],
  sentences: readonly Sentence[],
  body: MiniSearch<IndexedDocument>,
  titles: MiniSearch<IndexedDocument>,
  vocabulary: ReadonlyMap<string, VocabularyEntry>,
): SentenceIndex {
  const reportPosition = new Map(reports.map((report, i) => [report.id, i]));
  const reportOfSentence = Int32Array.from(sentences, (sentence) => reportPosition.get(sentence.reportId) ?? -1);
  return {
    sentenceCount: sentences.length,
    reportCount: reports.length,
    sentences,
    body,
    titles,
    vocabulary,
    reportOfSentence,
    tieRank: buildTieRanks(sentences),
  };
}

function buildSearchOptions(index: SentenceIndex, tuning: SearchTuning): SearchOptions {
  return {
    bm25: tuning.bm25,
    weights: { fuzzy: tuning.fuzzyWeight, prefix: 0 },
    fuzzy: (term) => {
      if (term.startsWith(ALIAS_TERM_PREFIX) || index.vocabulary.has(term)) return false;
      return term.length >= 8 ? 2 : term.length >= 4 ? 1 : false;
    },
  };
}

function buildHit(
  index: SentenceIndex,
  result: SearchResult | undefined,
  score: number,
  displayOf: ReadonlyMap<string, string>,
): SentenceHit {
  const sentence = result === undefined ? undefined : index.sentences[result.id as number];
  if (result === undefined || sentence === undefined) throw new RangeError('Search returned an unknown sentence');
  return {
    sentenceId: sentence.id,
    reportId: sentence.reportId,
    score,
    matchedTerms: result.queryTerms.map((term) => displayOf.get(term) ?? term).sort(compareStrings),
    marks: markMatchedWords(sentence.text, new Set(result.terms)),
  };
}

function joinTerms(terms: readonly { readonly term: string }[]): string {
  return terms.map(({ term }) => term).join(' ');
}

function splitTerms(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

/** Code-unit order: locale-independent. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
