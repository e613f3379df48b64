import type { Speaker } from '../extract/people/build-speaker-directory.js';
import { buildSpeakerNameWords } from '../extract/people/find-speaker-by-name.js';
import { foldNameWord } from '../extract/people/normalise-person-name.js';
import type { QuoteGroup } from '../index/build-quote-catalog.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import type { QueryTerm } from '../search/analyze-query.js';
import { analyzeText } from '../search/analyze-text.js';
import { tokenizeText } from '../search/tokenize-text.js';
import type { QuoteRow, SpeakerQuotes } from './answer.js';
import { buildQuoteRow } from './build-quote-row.js';

/** A person with more rows than this gets words that would narrow the answer. */
export const NARROW_FROM_ROWS = 5;
/** Narrowing words offered at most. */
const NARROW_WORDS = 5;
/** Narrowing words are at least this long: shorter ones are rarely a topic. */
const MIN_NARROW_WORD = 3;

/**
 * One person's quotes and paraphrased statements, best first:
 * - with topic terms, the rows whose sentence holds the most distinct topic terms first (the same
 *   analysis as search: "casualty" finds "casualties"), then the catalog's order;
 * - the catalog's order is newest report first, undated last, then report id, then position in
 *   the report: a total order, so the same corpus and question give the same rows.
 * With more than `NARROW_FROM_ROWS` rows, `narrowWords` names up to five words of the person's own
 * quoted words (not the reports' framing) held by at least two rows and not by all, most rows first,
 * then alphabetically: adding one to the question shrinks the answer. Pure.
 */
export function buildSpeakerQuotes(
  index: CorpusIndex,
  speaker: Speaker,
  topic: readonly QueryTerm[] = [],
): SpeakerQuotes {
  const catalog = index.quoteCatalog;
  const own = (catalog.bySpeaker.get(speaker.key) ?? []).map((at) => catalog.groups[at] as QuoteGroup);
  const topicTerms = new Set(topic.map(({ term }) => term));
  const aliases = index.search.aliases;
  const scoreOf = new Map<QuoteRow, number>();
  const rank = (direct: boolean): QuoteRow[] => {
    const rows = own
      .filter((group) => group.direct === direct)
      .map((group) => buildQuoteRow(index, group, { speaker, match: null }));
    if (topicTerms.size === 0) return rows;
    for (const row of rows) {
      const terms = new Set(analyzeText(row.citation.sentence, aliases).map(({ term }) => term));
      scoreOf.set(row, [...topicTerms].filter((term) => terms.has(term)).length);
    }
    // Array.prototype.sort is stable: equal scores keep the catalog's total order.
    return rows.sort((a, b) => (scoreOf.get(b) ?? 0) - (scoreOf.get(a) ?? 0));
  };
  const quotes = rank(true);
  const paraphrases = rank(false);
  const all = [...quotes, ...paraphrases];
  return {
    speaker: { name: speaker.name, role: speaker.role, spellings: speaker.spellings },
    topic: topic.map(({ display }) => display),
    onTopic: all.filter((row) => (scoreOf.get(row) ?? 0) > 0).length,
    narrowWords: all.length > NARROW_FROM_ROWS ? findNarrowWords(index, speaker, all, topicTerms) : [],
    quotes,
    paraphrases,
  };
}

/** A word that could narrow a person's rows: its term, how many rows hold it, its usual spelling. */
type NarrowCandidate = { readonly term: string; readonly count: number; readonly surface: string };

/** Candidates kept per person, best first: enough for any question's few topic terms to be left out. */
const KEPT_CANDIDATES = 64;

/**
 * Each index's narrowing candidates per speaker key (the first `KEPT_CANDIDATES`, best first, and
 * whether that is all of them): a person's rows are the same for every question, so their words
 * are read once per index. A `WeakMap`, so an index replaced by a live update takes them with it.
 */
const candidatesOfIndex = new WeakMap<
  CorpusIndex,
  Map<string, { readonly best: readonly NarrowCandidate[]; readonly isAll: boolean }>
>();

/** Words of the rows' quoted text that would narrow them (see `buildSpeakerQuotes`). */
function findNarrowWords(
  index: CorpusIndex,
  speaker: Speaker,
  rows: readonly QuoteRow[],
  asked: ReadonlySet<string>,
): string[] {
  const known = candidatesOfIndex.get(index) ?? new Map();
  candidatesOfIndex.set(index, known);
  let kept = known.get(speaker.key);
  if (kept === undefined) {
    const all = rankNarrowCandidates(index, speaker, rows);
    kept = { best: all.slice(0, KEPT_CANDIDATES), isAll: all.length <= KEPT_CANDIDATES };
    known.set(speaker.key, kept);
  }
  // Leaving out the asked terms leaves the other terms' counts as they are.
  const words = pickNarrowWords(kept.best, asked);
  if (words.length === NARROW_WORDS || kept.isAll) return words;
  return pickNarrowWords(rankNarrowCandidates(index, speaker, rows), asked);
}

/** The first `NARROW_WORDS` distinct spellings of the candidates whose term was not asked. */
function pickNarrowWords(candidates: readonly NarrowCandidate[], asked: ReadonlySet<string>): string[] {
  const words: string[] = [];
  for (const { term, surface } of candidates) {
    if (words.length === NARROW_WORDS) break;
    if (!asked.has(term) && !words.includes(surface)) words.push(surface);
  }
  return words;
}

/** Every word held by at least two rows and not by all, most rows first, then by spelling: a total order. */
function rankNarrowCandidates(index: CorpusIndex, speaker: Speaker, rows: readonly QuoteRow[]): NarrowCandidate[] {
  const nameWords = new Set(index.quoteCatalog.speakerNameWords.get(speaker.key) ?? buildSpeakerNameWords(speaker));
  const rowsOf = new Map<string, number>();
  const surfacesOf = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const seen = new Set<string>();
    // The plain word analysis (no alias groups): narrowing words are words as the person said them.
    for (const { stem: term, raw, isStopWord } of tokenizeText(row.quote.text)) {
      const surface = raw.replace(/['’][sS]$/, '');
      if (isStopWord || surface.length < MIN_NARROW_WORD) continue;
      if (!/^\p{L}/u.test(surface) || nameWords.has(foldNameWord(surface))) continue;
      const surfaces = surfacesOf.get(term) ?? new Map<string, number>();
      surfaces.set(surface, (surfaces.get(surface) ?? 0) + 1);
      surfacesOf.set(term, surfaces);
      if (seen.has(term)) continue;
      seen.add(term);
      rowsOf.set(term, (rowsOf.get(term) ?? 0) + 1);
    }
  }
  return [...rowsOf]
    .filter(([, count]) => count >= 2 && count < rows.length)
    .map(([term, count]) => ({ term, count, surface: pickSurface(surfacesOf.get(term) ?? new Map()) }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        compareCodeUnits(a.surface.toLowerCase(), b.surface.toLowerCase()) ||
        compareCodeUnits(a.surface, b.surface) ||
        compareCodeUnits(a.term, b.term),
    );
}

/** The way a word is most often written, then the first in code-unit order. */
function pickSurface(surfaces: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [surface, count] of surfaces) {
    if (count > bestCount || (count === bestCount && compareCodeUnits(surface, best) < 0)) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
