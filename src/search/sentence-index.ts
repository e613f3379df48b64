// STUB — replaced by the search work. Only this file imports minisearch.
import type { Report } from '../corpus/report.js';
import type { Sentence } from './sentence.js';

/** A marked range inside a sentence's text (offsets relative to the sentence). */
export type HitMark = { readonly start: number; readonly end: number };

/** One ranked sentence. */
export type SentenceHit = {
  readonly sentenceId: string;
  readonly reportId: string;
  readonly score: number;
  /** Normalised query terms that matched this sentence, sorted. */
  readonly matchedTerms: readonly string[];
  /** Ranges of the sentence's words that matched, in order. */
  readonly marks: readonly HitMark[];
};

/** The result of a search: the normalised query terms and the totally ordered hits. */
export type SearchOutcome = {
  readonly terms: readonly string[];
  readonly hits: readonly SentenceHit[];
};

/** An opaque, immutable BM25 index over sentences. */
export type SentenceIndex = {
  readonly sentenceCount: number;
};

/** Builds the index over the body sentences of the reports. */
export function buildSentenceIndex(_reports: readonly Report[], sentences: readonly Sentence[]): SentenceIndex {
  return { sentenceCount: sentences.length };
}

/** Ranks sentences for a query: score descending, then report id, then sentence ordinal. */
export function searchSentences(_index: SentenceIndex, query: string): SearchOutcome {
  return { terms: query.toLowerCase().split(/\s+/).filter(Boolean), hits: [] };
}

/** The terms the index knows that are closest to the given terms, for a no-match answer. */
export function suggestTerms(_index: SentenceIndex, _terms: readonly string[]): string[] {
  return [];
}
