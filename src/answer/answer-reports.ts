import type { Report } from '../corpus/report.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { analyzeQuery } from '../search/analyze-query.js';
import { analyzeText } from '../search/analyze-text.js';
import type { AliasTable } from '../search/match-aliases.js';
import {
  findSentencesHoldingTerms,
  type SentenceHit,
  searchSentences,
  suggestTerms,
} from '../search/sentence-index.js';
import { tokenizeText } from '../search/tokenize-text.js';
import { buildSentenceId, type Sentence } from '../sentences/sentence.js';
import type { Excerpt, Mark, NoMatchAnswer, ResultRow, ResultsAnswer } from './answer.js';
import { buildExcerpt } from './build-citation.js';

export type ReportsOptions = {
  /** Results per page; 5 by default. */
  readonly limit?: number;
  /** The `nextCursor` of a previous page, or null/undefined for the first page. */
  readonly cursor?: string | null;
};

const DEFAULT_LIMIT = 5;
/** Sentences shown at most for a report whose title or lead matches. */
export const MAX_SENTENCES_PER_REPORT = 3;
/** A cursor is the offset of the page's first result, written in base 10 without leading zeros. */
const CURSOR_PATTERN = /^(?:0|[1-9]\d{0,8})$/;
/**
 * Words that only frame a question about the reports ("which reports mention …", "what figure do
 * they give for …"): never searched, since nearly every report would match them. Folded as the
 * tokenizer folds words. Stop words ("what", "which", "about") are left out by the analyser anyway.
 */
const FRAMING_WORDS: ReadonlySet<string> = new Set([
  'about',
  'figure',
  'figures',
  'give',
  'gives',
  'mention',
  'mentioned',
  'mentioning',
  'mentions',
  'report',
  'reports',
  'said',
  'say',
  'saying',
  'says',
  'tell',
  'tells',
  'what',
  'which',
]);

/**
 * `/reports <query>`: the best reports for the query, a page at a time, each with its cited
 * sentence and the matched words marked; or, when no sentence holds a query word, a no-match
 * answer naming the normalised terms, how many reports were searched and the closest known terms.
 * A query of stop words only is a no-match with no terms.
 *
 * Rules:
 * 1. Framing words (`FRAMING_WORDS`: "which", "reports", "mention", "figure", "say", "about") are
 *    not searched and are listed in `ignoredWords`; a query of framing words only is searched as asked.
 * 2. A report whose title or lead (first sentence) holds a query word shows up to three sentences:
 *    its lead first when the lead matches, then the search's best sentence, then the sentences
 *    holding the most query words, earliest first. Other reports show their best sentence.
 * 3. A marked word that matched a query word only as a near spelling (a typo match) is not marked:
 *    it is named in `nearSpellings`, and `isNearOnly` says when nothing shown matched as written.
 * 4. No sentence is listed twice: the same sentence text is shown once per page.
 *
 * `nextCursor` is the offset of the next page as a base-10 string, null on the last page. A cursor
 * that is not one (malformed, or past the last result because the corpus changed) gives the first
 * page: a stale "more" button still shows something sensible instead of an error.
 *
 * Pure and deterministic: reports follow the search's total order (score, report id); sentences
 * inside a report follow rule 2, then ordinal.
 *
 * @throws {RangeError} when `limit` is not a positive integer (a bug, never user input).
 * @example
 * answerReports(index, 'storm shadow', { limit: 5 }); // { command: 'reports', kind: 'results', … }
 */
export function answerReports(
  index: CorpusIndex,
  query: string,
  options: ReportsOptions = {},
): ResultsAnswer | NoMatchAnswer {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Page size ${limit} is not a positive integer`);
  const requested = parseCursor(options.cursor);
  const { searched, ignoredWords } = dropFramingWords(query);
  let outcome = searchSentences(index.search, searched, { offset: requested, limit });
  if (outcome.total === 0) {
    return {
      command: 'reports',
      kind: 'no-match',
      query,
      terms: outcome.terms,
      reportsSearched: index.reports.length,
      suggestions: suggestTerms(index.search, outcome.terms),
    };
  }
  const offset = requested < outcome.total ? requested : 0;
  if (offset !== requested) outcome = searchSentences(index.search, searched, { offset, limit });
  const asked = new Set(analyzeQuery(searched, index.search.aliases).map(({ term }) => term));
  const page: PageState = { asked, aliases: index.search.aliases, listed: new Set(), nearSpellings: [], exactMarks: 0 };
  const results = outcome.hits.map((hit) => buildResultRow(index, hit, page));
  const next = offset + results.length;
  return {
    command: 'reports',
    kind: 'results',
    query,
    terms: outcome.terms,
    skippedTerms: outcome.skippedTerms,
    ignoredWords,
    nearSpellings: page.nearSpellings,
    isNearOnly: page.exactMarks === 0 && page.nearSpellings.length > 0,
    total: outcome.total,
    offset,
    results,
    nextCursor: next < outcome.total ? String(next) : null,
  };
}

/** What the rows of one page share: the query's terms, the sentences listed, the near spellings seen. */
type PageState = {
  readonly asked: ReadonlySet<string>;
  readonly aliases: AliasTable;
  readonly listed: Set<string>;
  readonly nearSpellings: string[];
  exactMarks: number;
};

function buildResultRow(index: CorpusIndex, hit: SentenceHit, page: PageState): ResultRow {
  const report = index.reportsById.get(hit.reportId);
  const sentence = index.sentencesById.get(hit.sentenceId);
  if (report === undefined || sentence === undefined) {
    throw new RangeError(`Search returned sentence "${hit.sentenceId}", which the corpus does not hold`);
  }
  const best = { sentence, marks: classifyHitMarks(sentence, hit, page) };
  // The report's sentences that hold a query term, read from the index's per-sentence terms.
  const matching = findSentencesHoldingTerms(index.search, report.id, page.asked);
  const chosen = isTitleOrLeadMatch(index, report, matching, page.asked)
    ? chooseReportSentences(index, report, matching, best, page)
    : [best];
  const excerpts: Excerpt[] = [];
  for (const pick of chosen) {
    // The report's first sentence is always shown; a later one only if its words are not yet on the page.
    if (excerpts.length > 0 && page.listed.has(pick.sentence.text)) continue;
    page.listed.add(pick.sentence.text);
    page.exactMarks += pick.marks.length;
    excerpts.push(buildExcerpt(report, pick.sentence, pick.marks));
  }
  const [first, ...more] = excerpts;
  if (first === undefined) throw new RangeError(`No sentence chosen for report "${report.id}"`);
  return { ...first, score: hit.score, more };
}

type Pick = { readonly sentence: Sentence; readonly marks: readonly Mark[] };

/** The hit's marks that match a query word as written (absolute offsets); near spellings are recorded instead. */
function classifyHitMarks(sentence: Sentence, hit: SentenceHit, page: PageState): Mark[] {
  const marks: Mark[] = [];
  for (const mark of hit.marks) {
    const written = sentence.text.slice(mark.start, mark.end);
    if (analyzeText(written, page.aliases).some(({ term }) => page.asked.has(term))) {
      marks.push({ start: sentence.start + mark.start, end: sentence.start + mark.end });
    } else if (!page.nearSpellings.some((seen) => seen.toLowerCase() === written.toLowerCase())) {
      page.nearSpellings.push(written);
    }
  }
  return marks;
}

/** True when the report's title or its lead (`matching`: the ordinals of its sentences holding a query term) holds a query term. */
function isTitleOrLeadMatch(
  index: CorpusIndex,
  report: Report,
  matching: readonly number[],
  asked: ReadonlySet<string>,
): boolean {
  if (matching[0] === 0) return true;
  return analyzeText(report.title ?? '', index.search.aliases).some(({ term }) => asked.has(term));
}

/**
 * Rule 2: the lead when it matches, the best sentence, then the report's most matching sentences.
 * Only the sentences in `matching` (those holding a query term) are analysed for their marks.
 */
function chooseReportSentences(
  index: CorpusIndex,
  report: Report,
  matching: readonly number[],
  best: Pick,
  page: PageState,
): Pick[] {
  const scored: { pick: Pick; terms: number }[] = [];
  for (const ordinal of matching) {
    const sentence = index.sentencesById.get(buildSentenceId(report.id, ordinal));
    if (sentence === undefined) continue;
    const matched = analyzeText(sentence.text, index.search.aliases).filter(({ term }) => page.asked.has(term));
    if (matched.length === 0) continue;
    const marks = mergeMarks(
      matched.map(({ start, end }) => ({ start: sentence.start + start, end: sentence.start + end })),
    );
    scored.push({ pick: { sentence, marks }, terms: new Set(matched.map(({ term }) => term)).size });
  }
  const lead = scored.find(({ pick }) => pick.sentence.ordinal === 0)?.pick;
  const rest = scored
    .filter(({ pick }) => pick.sentence.id !== best.sentence.id && pick !== lead)
    .sort((a, b) => b.terms - a.terms || a.pick.sentence.ordinal - b.pick.sentence.ordinal)
    .map(({ pick }) => pick)
    .filter((pick) => !page.listed.has(pick.sentence.text));
  const firstTwo = lead === undefined || lead.sentence.id === best.sentence.id ? [best] : [lead, best];
  return [...firstTwo, ...rest].slice(0, MAX_SENTENCES_PER_REPORT);
}

/** Marks in order with overlapping ones joined (an alias phrase and its own words). */
function mergeMarks(marks: readonly Mark[]): Mark[] {
  const merged: Mark[] = [];
  for (const mark of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && mark.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, mark.end) };
    else merged.push(mark);
  }
  return merged;
}

/** Rule 1: the query without its framing words, and those words (not stop words) as written. */
function dropFramingWords(query: string): { searched: string; ignoredWords: string[] } {
  const framing = tokenizeText(query).filter((token) => FRAMING_WORDS.has(token.word));
  if (framing.length === 0) return { searched: query, ignoredWords: [] };
  let searched = '';
  let at = 0;
  for (const token of framing) {
    searched += `${query.slice(at, token.start)} `;
    at = token.end;
  }
  searched += query.slice(at);
  if (analyzeQuery(searched).length === 0) return { searched: query, ignoredWords: [] };
  const ignoredWords = framing.filter((token) => !token.isStopWord).map((token) => token.word);
  return { searched, ignoredWords: [...new Set(ignoredWords)] };
}

function parseCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || !CURSOR_PATTERN.test(cursor)) return 0;
  return Number(cursor);
}
