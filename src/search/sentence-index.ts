import MiniSearch, { type AsPlainObject, type Options, type SearchOptions, type SearchResult } from 'minisearch';
import type { Report } from '../corpus/report.js';
import type { Sentence } from '../sentences/sentence.js';
import { analyzeQuery, type QueryTerm } from './analyze-query.js';
import { analyzeText } from './analyze-text.js';
import { buildVocabulary, countSurfaces, type SurfaceCounts, type VocabularyEntry } from './build-vocabulary.js';
import { countAllowedTypos } from './count-allowed-typos.js';
import { editDistance } from './edit-distance.js';
import { locateBestSentence } from './locate-best-sentence.js';
import { markMatchedWords } from './mark-matched-words.js';
import { ALIAS_TERM_PREFIX, type AliasTable, EMPTY_ALIAS_TABLE } from './match-aliases.js';
import { roundScore } from './round-score.js';
import { selectTop } from './select-top.js';

/** A marked range inside a sentence's text (offsets relative to the sentence). */
export type HitMark = { readonly start: number; readonly end: number };

/** One ranked sentence. */
export type SentenceHit = {
  readonly sentenceId: string;
  readonly reportId: string;
  /** The report's BM25+ score over title and body, rounded to `SCORE_DECIMALS` decimals (see round-score.ts). */
  readonly score: number;
  /** Normalised query terms that matched this sentence, sorted. */
  readonly matchedTerms: readonly string[];
  /** Ranges of the sentence's words that matched, in order. */
  readonly marks: readonly HitMark[];
};

/** The result of a search: the normalised query terms, how many reports matched, and the requested hits. */
export type SearchOutcome = {
  readonly terms: readonly string[];
  /** Query terms left out because they are too common to rank by (see `SearchTuning.postingBudget`), in query order. */
  readonly skippedTerms: readonly string[];
  /** Every matching report, not only those in `hits`. */
  readonly total: number;
  /** One hit per report: its best sentence. */
  readonly hits: readonly SentenceHit[];
};

/** The ranking knobs; `DEFAULT_SEARCH_TUNING` documents the chosen values (see docs/search.md). */
export type SearchTuning = {
  /** BM25+ parameters of minisearch: term saturation `k`, length normalisation `b`, lower bound `d`. */
  readonly bm25: { readonly k: number; readonly b: number; readonly d: number };
  /** Boost of the title field relative to the body. */
  readonly titleWeight: number;
  /** Weight of a fuzzy (typo) match relative to an exact match, before minisearch's distance factor. */
  readonly fuzzyWeight: number;
  /**
   * Query-term pruning: the rarest terms are searched first, and a term whose reports would take
   * the sum of reports to score past this budget is skipped (never the rarest term).
   */
  readonly postingBudget: number;
  /**
   * Coordination: a report's summed BM25+ score is multiplied by (query terms it holds) to this
   * power. minisearch multiplies by the count itself (1); 0 is plain BM25.
   */
  readonly coordination: number;
};

export type SearchSentencesOptions = {
  /** Hits (reports) to skip (0 by default). */
  readonly offset?: number;
  /** Hits to return after `offset` (all by default). Sentences are located for these only. */
  readonly limit?: number;
  readonly tuning?: Partial<SearchTuning>;
};

/** An immutable BM25 index over reports, with each report's sentences. Only this module reads its fields. */
export type SentenceIndex = {
  /** The corpus's alias groups, compiled: the same analysis for the sentences and every query. */
  readonly aliases: AliasTable;
  readonly sentenceCount: number;
  readonly reportCount: number;
  readonly sentences: readonly Sentence[];
  /** One minisearch document per report that has sentences: id = report id, fields title and body. */
  readonly documents: MiniSearch<IndexedDocument>;
  /** Body term → the way it is most often written, and how often it occurs. */
  readonly vocabulary: ReadonlyMap<string, VocabularyEntry>;
  /** Every spelling of the body terms and its count: what `vocabulary` is built from, kept so an update can subtract a report. */
  readonly surfaces: SurfaceCounts;
  /** Report id → its position in the reports the index was built from. */
  readonly positionOfReport: ReadonlyMap<string, number>;
  /** Report position → positions of its sentences in `sentences`, by ordinal. */
  readonly sentencesOfReport: readonly (readonly number[])[];
  /** Term → its number in `sentenceTerms`. */
  readonly termIds: ReadonlyMap<string, number>;
  /**
   * The distinct terms of every sentence, as term numbers: sentence `i`'s are
   * `sentenceTerms.subarray(termStarts[i], termEnds[i])`. Kept so that finding the best sentence
   * of a report never analyses text again.
   */
  readonly sentenceTerms: Uint32Array;
  readonly termStarts: Uint32Array;
  readonly termEnds: Uint32Array;
  /** Term number → how many reports hold the term in their body. */
  readonly reportFrequency: Uint32Array;
  /**
   * Report id → the terms of its title that none of its sentences holds (reports without such
   * terms are left out). The body field holds them too, so a body match on one of these is no
   * sentence to cite.
   */
  readonly titleOnlyTerms: ReadonlyMap<string, readonly string[]>;
  /** Report position → its rank in report id order: the tie-break. */
  readonly tieRank: Uint32Array;
};

export const DEFAULT_SEARCH_TUNING: SearchTuning = {
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  titleWeight: 0.25,
  fuzzyWeight: 0.45,
  postingBudget: 5_000,
  coordination: 0,
};
const SUGGESTION_LIMIT = 5;
const SERIALIZATION_VERSION = 7;
const TITLE = 'title';
const BODY = 'body';

/** A report as minisearch holds it: its id, and its title's and sentences' analysed terms (`buildIndexedDocument`). */
export type IndexedDocument = {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  /** Not indexed: the title's terms that no sentence holds (`SentenceIndex.titleOnlyTerms`). */
  readonly titleOnly: readonly string[];
};

/** Both fields get terms that `analyzeText` already produced: no further processing. */
const MINISEARCH_OPTIONS: Options<IndexedDocument> = {
  fields: [TITLE, BODY],
  storeFields: [],
  autoVacuum: false,
  tokenize: splitTerms,
  processTerm: (term) => term,
  searchOptions: { tokenize: splitTerms, processTerm: (term) => term, prefix: false, combineWith: 'OR' },
};

/**
 * Builds the index. Each report with at least one sentence is one minisearch document with its
 * report id as id, a title field and a body field holding the analysed
 * terms of its title and sentences (`buildIndexedDocument`); no text is stored. Searching ranks reports, then locates the best
 * sentence inside each report of the requested page. Pure and deterministic: the same reports
 * and sentences give the same index.
 *
 * @example
 * const index = buildSentenceIndex(reports, sentences);
 * searchSentences(index, 'storm shadow', { limit: 5 });
 */
export function buildSentenceIndex(
  reports: readonly Report[],
  sentences: readonly Sentence[],
  options: { readonly aliases?: AliasTable } = {},
): SentenceIndex {
  const aliases = options.aliases ?? EMPTY_ALIAS_TABLE;
  const documents = new MiniSearch<IndexedDocument>(MINISEARCH_OPTIONS);
  const surfaces: SurfaceCounts = new Map();
  const termIds = new Map<string, number>();
  // Each sentence's distinct term numbers, one sentence after another; `lastSentence` and
  // `lastReport` (term number → where it was last counted) make each term count once per
  // sentence and once per report without a set for every sentence.
  const flatTerms: number[] = [];
  const termStarts = new Uint32Array(sentences.length);
  const termEnds = new Uint32Array(sentences.length);
  const lastSentence: number[] = [];
  const lastReport: number[] = [];
  const frequency: number[] = [];
  const sentencesOfReport = groupSentences(reports, sentences);
  const titleOnlyTerms = new Map<string, readonly string[]>();
  sentencesOfReport.forEach((positions, id) => {
    const report = reports[id];
    if (report === undefined || positions.length === 0) return;
    const body: string[] = [];
    for (const position of positions) {
      const terms = analyzeText(sentences[position]?.text ?? '', aliases);
      countSurfaces(surfaces, terms);
      termStarts[position] = flatTerms.length;
      for (const { term } of terms) {
        body.push(term);
        let termId = termIds.get(term);
        if (termId === undefined) {
          termId = termIds.size;
          termIds.set(term, termId);
        }
        if (lastSentence[termId] !== position + 1) {
          lastSentence[termId] = position + 1;
          flatTerms.push(termId);
        }
        if (lastReport[termId] !== id + 1) {
          lastReport[termId] = id + 1;
          frequency[termId] = (frequency[termId] ?? 0) + 1;
        }
      }
      termEnds[position] = flatTerms.length;
    }
    const document = buildIndexedDocument(report, body, aliases);
    documents.add(document);
    if (document.titleOnly.length > 0) titleOnlyTerms.set(report.id, document.titleOnly);
  });
  const sentenceTerms = Uint32Array.from(flatTerms);
  return assembleIndex({
    aliases,
    reports,
    sentences,
    documents,
    vocabulary: buildVocabulary(surfaces),
    surfaces,
    sentencesOfReport,
    termIds,
    sentenceTerms,
    termStarts,
    termEnds,
    reportFrequency: Uint32Array.from({ length: termIds.size }, (_, termId) => frequency[termId] ?? 0),
    titleOnlyTerms,
  });
}

/**
 * Ranks reports for a query and cites each by its best sentence. A report matches when one of its
 * sentences holds at least one query term (OR); its title adds to its score but never makes it
 * match alone. The score is the BM25+ sum over the query terms of the body field (title and
 * sentences) and the title field (`titleWeight`), without minisearch's factor for how many query
 * terms the report holds (`coordination: 0`; see docs/search.md §4). Query terms the index does not
 * know are matched fuzzily (edit distance 1 from 4 characters, 2 from 8) at a lower weight; known
 * terms never are, so a near spelling can never outrank the exact word.
 *
 * Inside each report of the page, the cited sentence is the one holding the most matched terms,
 * then the rarest (by IDF over reports), then the earliest (`locateBestSentence`).
 *
 * Total order: score (rounded to `SCORE_DECIMALS`) descending, then report id. A query without
 * searchable words gives no terms and no hits.
 *
 * @example
 * searchSentences(index, 'DPRK troops', { offset: 0, limit: 5 }); // { terms: ['North Korea', 'troops'], total, hits }
 */
export function searchSentences(
  index: SentenceIndex,
  query: string,
  options: SearchSentencesOptions = {},
): SearchOutcome {
  const queryTerms = analyzeQuery(query, index.aliases);
  const terms = queryTerms.map((term) => term.display);
  if (queryTerms.length === 0) return { terms, skippedTerms: [], total: 0, hits: [] };
  const tuning = { ...DEFAULT_SEARCH_TUNING, ...options.tuning };
  const searched = pruneTerms(index, queryTerms, tuning.postingBudget);
  const skippedTerms = queryTerms.filter((term) => !searched.includes(term)).map((term) => term.display);
  const text = searched.map((term) => term.term).join(' ');
  const results = index.documents
    .search(text, buildSearchOptions(index, tuning))
    .filter((result) => holdsSentenceTerm(index, result));
  const scores = results.map((result) => roundScore(coordinate(result, tuning.coordination)));
  const ties = results.map((result) => index.tieRank[index.positionOfReport.get(result.id) ?? -1] ?? 0);
  const offset = Math.max(0, options.offset ?? 0);
  const wanted = options.limit === undefined ? results.length : offset + Math.max(0, options.limit);
  const order = selectTop(
    results.length,
    wanted,
    (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (ties[a] ?? 0) - (ties[b] ?? 0),
  );
  const page = order.slice(offset);
  if (page.length === 0) return { terms, skippedTerms, total: results.length, hits: [] };
  const weights = weighTerms(index, results);
  const sourceOf = mapToQueryTerms(searched, weights.keys());
  const hits = page.map((i) => buildHit(index, results[i], scores[i] ?? 0, weights, sourceOf));
  return { terms, skippedTerms, total: results.length, hits };
}

/**
 * The terms the index knows that are closest to the given words, for a no-match answer: by edit
 * distance between stems (at most 1 below 4 characters, 2 below 8, else 3), then by how often the
 * term occurs, then alphabetically. Each is shown the way the reports most often write it. Only
 * words the index does not know get suggestions: a known word is not a misspelling, and a fuzzy
 * look-up costs a walk of the whole term tree. At most `limit` (5 by default).
 */
export function suggestTerms(
  index: SentenceIndex,
  terms: readonly string[],
  options: { readonly limit?: number } = {},
): string[] {
  const best = new Map<string, number>();
  for (const { term } of terms.flatMap((word) => analyzeQuery(word, index.aliases))) {
    if (term.startsWith(ALIAS_TERM_PREFIX) || index.vocabulary.has(term)) continue;
    const max = term.length < 4 ? 1 : term.length < 8 ? 2 : 3;
    for (const result of index.documents.search(term, {
      fields: [BODY],
      fuzzy: max,
      weights: { fuzzy: 1, prefix: 0 },
    })) {
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
    documents: index.documents.toJSON(),
    surfaces: [...index.surfaces].map(([surface, entry]) => [surface, entry.term, entry.count]),
    terms: [...index.termIds.keys()],
    sentenceTerms: toBase64(index.sentenceTerms),
    termStarts: toBase64(index.termStarts),
    termEnds: toBase64(index.termEnds),
    reportFrequency: toBase64(index.reportFrequency),
    titleOnlyTerms: [...index.titleOnlyTerms].sort(([a], [b]) => compareStrings(a, b)),
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
  aliases: AliasTable = EMPTY_ALIAS_TABLE,
): SentenceIndex {
  type Serialized = {
    documents: AsPlainObject;
    surfaces: [string, string, number][];
    terms: string[];
    sentenceTerms: string;
    termStarts: string;
    termEnds: string;
    reportFrequency: string;
    titleOnlyTerms: [string, string[]][];
  };
  const data = JSON.parse(json) as Serialized & { version?: unknown; sentenceCount?: unknown; reportCount?: unknown };
  if (data.version !== SERIALIZATION_VERSION) {
    throw new Error(`Cannot load the sentence index: version ${String(data.version)} is not ${SERIALIZATION_VERSION}`);
  }
  if (data.sentenceCount !== sentences.length || data.reportCount !== reports.length) {
    throw new Error(
      `Cannot load the sentence index: it was built for ${String(data.sentenceCount)} sentences and ${String(data.reportCount)} reports, not ${sentences.length} and ${reports.length}`,
    );
  }
  const surfaces: SurfaceCounts = new Map(data.surfaces.map(([surface, term, count]) => [surface, { term, count }]));
  return assembleIndex({
    aliases,
    reports,
    sentences,
    documents: MiniSearch.loadJS(data.documents, MINISEARCH_OPTIONS),
    vocabulary: buildVocabulary(surfaces),
    surfaces,
    sentencesOfReport: groupSentences(reports, sentences),
    termIds: new Map(data.terms.map((term, id) => [term, id])),
    sentenceTerms: fromBase64(data.sentenceTerms),
    termStarts: fromBase64(data.termStarts),
    termEnds: fromBase64(data.termEnds),
    reportFrequency: fromBase64(data.reportFrequency),
    titleOnlyTerms: new Map(data.titleOnlyTerms),
  });
}

/** What a sentence index is put together from (`assembleIndex`): all but what it derives from the reports. */
export type SentenceIndexParts = Omit<
  SentenceIndex,
  'sentenceCount' | 'reportCount' | 'tieRank' | 'positionOfReport' | 'sentencesOfReport'
> & {
  readonly reports: readonly Report[];
  /** Each report's sentence positions, when the caller already grouped them (`groupSentences`). */
  readonly sentencesOfReport?: readonly (readonly number[])[];
};

/** Puts an index together: derives the counts, each report's sentences, its position and its rank in id order. Pure. */
export function assembleIndex({ reports, ...parts }: SentenceIndexParts): SentenceIndex {
  const byId = Array.from({ length: reports.length }, (_, i) => i).sort((a, b) =>
    compareStrings(reports[a]?.id ?? '', reports[b]?.id ?? ''),
  );
  const tieRank = new Uint32Array(reports.length);
  byId.forEach((position, rank) => {
    tieRank[position] = rank;
  });
  return {
    ...parts,
    sentencesOfReport: parts.sentencesOfReport ?? groupSentences(reports, parts.sentences),
    sentenceCount: parts.sentences.length,
    reportCount: reports.length,
    tieRank,
    positionOfReport: new Map(reports.map((report, position) => [report.id, position])),
  };
}

function toBase64(array: Uint32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function fromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

/** Report position → positions of its sentences, by ordinal; sentences of unknown reports are left out. */
export function groupSentences(reports: readonly Report[], sentences: readonly Sentence[]): number[][] {
  const reportPosition = new Map(reports.map((report, i) => [report.id, i]));
  const groups = reports.map((): number[] => []);
  sentences.forEach((sentence, position) => {
    const at = reportPosition.get(sentence.reportId);
    if (at !== undefined) groups[at]?.push(position);
  });
  for (const group of groups) group.sort((a, b) => (sentences[a]?.ordinal ?? 0) - (sentences[b]?.ordinal ?? 0));
  return groups;
}

/**
 * The query terms worth scoring: by how many reports hold each (fewest first, then query order),
 * each term is kept while the reports to score stay within `budget`; the rarest is always kept.
 * A common term adds little to BM25 (its IDF is low) but costs a score for every report holding
 * it, so a long query stays fast on a large corpus. Returned in query order.
 */
function pruneTerms(index: SentenceIndex, queryTerms: readonly QueryTerm[], budget: number): QueryTerm[] {
  const held = (term: QueryTerm) => {
    const termId = index.termIds.get(term.term);
    return termId === undefined ? 0 : (index.reportFrequency[termId] ?? 0);
  };
  const byRarity = queryTerms.map((term, at) => ({ term, at, reports: held(term) }));
  byRarity.sort((a, b) => a.reports - b.reports || a.at - b.at);
  const kept = new Set<QueryTerm>();
  let cost = 0;
  for (const { term, reports } of byRarity) {
    if (kept.size > 0 && cost + reports > budget) continue;
    kept.add(term);
    cost += reports;
  }
  return queryTerms.filter((term) => kept.has(term));
}

function buildSearchOptions(index: SentenceIndex, tuning: SearchTuning): SearchOptions {
  return {
    bm25: tuning.bm25,
    boost: { [TITLE]: tuning.titleWeight },
    weights: { fuzzy: tuning.fuzzyWeight, prefix: 0 },
    fuzzy: (term) => {
      if (term.startsWith(ALIAS_TERM_PREFIX) || index.vocabulary.has(term)) return false;
      const allowed = countAllowedTypos(term);
      return allowed === 0 ? false : allowed;
    },
  };
}

/** minisearch's score is the BM25+ sum times the query terms matched; this puts that count to the `power` instead. */
function coordinate(result: SearchResult, power: number): number {
  const matched = result.queryTerms.length || 1;
  return power === 1 ? result.score : result.score * matched ** (power - 1);
}

/**
 * Whether a sentence of the report holds a matched term: a body match, unless the term is one of
 * the title's words that no sentence holds (the body field holds the title's words too).
 */
function holdsSentenceTerm(index: SentenceIndex, result: SearchResult): boolean {
  const titleOnly = index.titleOnlyTerms.get(result.id);
  for (const term of result.terms) {
    if (result.match[term]?.includes(BODY) && (titleOnly === undefined || !titleOnly.includes(term))) return true;
  }
  return false;
}

/** Each matched index term's IDF over the matching reports' body and title, the weight that picks a sentence. */
function weighTerms(index: SentenceIndex, results: readonly SearchResult[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const result of results) for (const term of result.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  const total = index.documents.documentCount;
  return new Map([...counts].map(([term, count]) => [term, Math.log(1 + (total - count + 0.5) / (count + 0.5))]));
}

/** Index term → the query term it answers: itself, or the unknown query term it is a typo-match of. */
function mapToQueryTerms(queryTerms: readonly QueryTerm[], matched: Iterable<string>): Map<string, QueryTerm> {
  const exact = new Map(queryTerms.map((term) => [term.term, term]));
  const sourceOf = new Map<string, QueryTerm>();
  for (const term of matched) {
    const source =
      exact.get(term) ??
      queryTerms.find((query) => editDistance(query.term, term, 2) <= (query.term.length >= 8 ? 2 : 1));
    if (source !== undefined) sourceOf.set(term, source);
  }
  return sourceOf;
}

function buildHit(
  index: SentenceIndex,
  result: SearchResult | undefined,
  score: number,
  weights: ReadonlyMap<string, number>,
  sourceOf: ReadonlyMap<string, QueryTerm>,
): SentenceHit {
  const positions =
    result === undefined ? undefined : index.sentencesOfReport[index.positionOfReport.get(result.id) ?? -1];
  if (result === undefined || positions === undefined) throw new RangeError('Search returned an unknown report');
  const wanted = new Map<number, number>();
  const termOfId = new Map<number, string>();
  for (const term of result.terms) {
    const termId = index.termIds.get(term);
    if (termId === undefined || !result.match[term]?.includes(BODY)) continue;
    wanted.set(termId, weights.get(term) ?? 0);
    termOfId.set(termId, term);
  }
  const located = locateBestSentence(
    positions.map((position) => index.sentenceTerms.subarray(index.termStarts[position], index.termEnds[position])),
    wanted,
  );
  const sentence = located === null ? undefined : index.sentences[positions[located.at] ?? -1];
  if (located === null || sentence === undefined) {
    throw new RangeError('Search matched a report none of whose sentences holds a query term');
  }
  const terms = located.terms.map((termId) => termOfId.get(termId) ?? '');
  return {
    sentenceId: sentence.id,
    reportId: sentence.reportId,
    score,
    matchedTerms: [...new Set(terms.map((term) => sourceOf.get(term)?.display ?? term))].sort(compareStrings),
    marks: markMatchedWords(sentence.text, new Set(terms), index.aliases),
  };
}

/**
 * A report's minisearch document: the title field holds its title's analysed terms ('' without a
 * title), and the body field holds the title's terms followed by its sentences' (`bodyTerms`), so
 * BM25 weighs a title word like any word of the report (one document frequency, one length), and
 * the title field adds `titleWeight` on top (see docs/search.md §4).
 */
export function buildIndexedDocument(
  report: Report,
  bodyTerms: readonly string[],
  aliases: AliasTable,
): IndexedDocument {
  const title = report.title === null ? [] : analyzeText(report.title, aliases).map(({ term }) => term);
  const inBody = new Set(bodyTerms);
  const titleOnly = [...new Set(title.filter((term) => !inBody.has(term)))];
  return { id: report.id, title: title.join(' '), body: [...title, ...bodyTerms].join(' '), titleOnly };
}

function splitTerms(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

/** Code-unit order: locale-independent. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The reports, of those asked about, whose body holds every given index term (in any of its
 * sentences; terms as `analyzeQuery` gives them). Reads the per-sentence terms the index keeps, so
 * no text is analysed again; a term the index does not know is held by no report. Pure.
 *
 * @example
 * findReportsHoldingTerms(index, new Set(['a', 'b']), ['car', 'bomb']); // Set { 'a' }
 */
export function findReportsHoldingTerms(
  index: SentenceIndex,
  reportIds: ReadonlySet<string>,
  terms: readonly string[],
): Set<string> {
  const held = new Set<string>();
  const wanted = terms.map((term) => index.termIds.get(term));
  if (wanted.some((termId) => termId === undefined)) return held;
  for (const positions of index.sentencesOfReport) {
    const reportId = index.sentences[positions[0] ?? -1]?.reportId;
    if (reportId === undefined || !reportIds.has(reportId)) continue;
    const missing = new Set(wanted as number[]);
    for (const position of positions) {
      const end = index.termEnds[position] ?? 0;
      for (let at = index.termStarts[position] ?? 0; at < end && missing.size > 0; at++) {
        missing.delete(index.sentenceTerms[at] as number);
      }
      if (missing.size === 0) break;
    }
    if (missing.size === 0) held.add(reportId);
  }
  return held;
}

/**
 * The ordinals of a report's sentences that hold at least one of the given index terms (as
 * `analyzeQuery` gives them), in ordinal order; [] for a report the index does not hold. Reads the
 * per-sentence terms the index keeps, so a caller can analyse only the sentences that match
 * instead of every sentence of the report. Pure.
 *
 * @example
 * findSentencesHoldingTerms(index, 'report-1', new Set(['bomb'])); // [0, 4]
 */
export function findSentencesHoldingTerms(
  index: SentenceIndex,
  reportId: string,
  terms: ReadonlySet<string>,
): number[] {
  const wanted = new Set<number>();
  for (const term of terms) {
    const termId = index.termIds.get(term);
    if (termId !== undefined) wanted.add(termId);
  }
  const positions = index.sentencesOfReport[index.positionOfReport.get(reportId) ?? -1] ?? [];
  const ordinals: number[] = [];
  if (wanted.size === 0) return ordinals;
  for (const position of positions) {
    const end = index.termEnds[position] ?? 0;
    for (let at = index.termStarts[position] ?? 0; at < end; at++) {
      if (!wanted.has(index.sentenceTerms[at] as number)) continue;
      ordinals.push(index.sentences[position]?.ordinal ?? -1);
      break;
    }
  }
  return ordinals;
}
