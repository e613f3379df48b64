import type { Speaker } from '../extract/people/build-speaker-directory.js';
import { findSpeakerByName } from '../extract/people/find-speaker-by-name.js';
import { matchQuotePhrase, type PhraseMatch } from '../extract/quotes/match-quote-phrase.js';
import type { Quote } from '../extract/quotes/quote.js';
import { findPhraseCandidates, type QuoteGroup } from '../index/build-quote-catalog.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { searchSentences, suggestTerms } from '../search/sentence-index.js';
import type {
  Excerpt,
  NoMatchAnswer,
  NotQuotedAnswer,
  PhraseQuotesAnswer,
  QuoteRow,
  SpeakerQuotesAnswer,
} from './answer.js';
import { buildExcerpt } from './build-citation.js';

/** Near matches shown at most; exact matches are all shown. */
export const NEAR_MATCH_LIMIT = 5;
/** Sentences shown when no quote matches. */
export const MENTION_LIMIT = 5;
const SEARCH_DEPTH = 50;

/**
 * `/who-said <person or phrase>`, from the quotes and speakers extracted when the corpus was read.
 *
 * Person or phrase, decided by fixed rules: text in quote marks is a phrase; otherwise text that
 * `findSpeakerByName` resolves to a known speaker (any spelling, surname alone, a typo) is that
 * person; anything else is a phrase.
 * - A person → their direct quotes, then the statements the reports paraphrase, each newest
 *   report first, then by report id, then by position.
 * - A phrase → the direct quotes that contain it (`exact`), else the closest ones (`near`, at most
 *   five, with the phrase's words each lacks), else the sentences that mention it without quoting
 *   anyone (`not-quoted`, at most five, from the sentence index), else `no-match`.
 * A passage holding several parts of one quote is one row, with every part marked. Pure.
 *
 * @example
 * answerWhoSaid(index, 'zelenski'); // { kind: 'speaker-quotes', speaker: { name: 'Volodymyr Zelensky', … }, … }
 */
export function answerWhoSaid(
  index: CorpusIndex,
  query: string,
): SpeakerQuotesAnswer | PhraseQuotesAnswer | NotQuotedAnswer | NoMatchAnswer {
  const quoted = /^\s*["“”'‘’«]([\s\S]+?)["“”'‘’»]\s*$/.exec(query);
  const phrase = (quoted?.[1] ?? query).trim();
  const catalog = index.quoteCatalog;
  const speaker = quoted
    ? null
    : findSpeakerByName(index.speakers, phrase, catalog.speakerNameWords, catalog.speakersByNameWord);
  if (speaker) {
    const own = (catalog.bySpeaker.get(speaker.key) ?? []).map((at) => catalog.groups[at] as QuoteGroup);
    const rows = (direct: boolean) =>
      own.filter((group) => group.direct === direct).map((group) => buildRow(index, group, speaker, null));
    return {
      command: 'who-said',
      kind: 'speaker-quotes',
      query,
      speaker: { name: speaker.name, role: speaker.role, spellings: speaker.spellings },
      quotes: rows(true),
      paraphrases: rows(false),
    };
  }
  const candidates = findPhraseCandidates(catalog, phrase).map((at) => catalog.groups[at] as QuoteGroup);
  const targets = candidates.map((group) => ({
    parts: group.parts.map(({ start, end, text }) => ({ start, end, text })),
  }));
  const matches = matchQuotePhrase(phrase, targets);
  const first = matches[0];
  if (first) {
    const shown =
      first.match === 'exact' ? matches : [...matches].sort((a, b) => b.score - a.score || a.target - b.target);
    const rows = shown.slice(0, first.match === 'exact' ? shown.length : NEAR_MATCH_LIMIT).map((match) => {
      const group = candidates[match.target] as QuoteGroup;
      return buildRow(index, group, catalog.speakersByKey.get(group.speakerKey ?? '') ?? null, match);
    });
    return { command: 'who-said', kind: 'phrase-quotes', query, match: first.match, quotes: rows };
  }
  return answerNotQuoted(index, query, phrase);
}

function answerNotQuoted(index: CorpusIndex, query: string, phrase: string): NotQuotedAnswer | NoMatchAnswer {
  const outcome = searchSentences(index.search, phrase, { limit: SEARCH_DEPTH });
  const mentions: Excerpt[] = [];
  for (const hit of outcome.hits) {
    if (mentions.length >= MENTION_LIMIT || hit.matchedTerms.length < outcome.terms.length) continue;
    const sentence = index.sentencesById.get(hit.sentenceId);
    const report = index.reportsById.get(hit.reportId);
    if (!sentence || !report) continue;
    const marks = hit.marks.map((mark) => ({ start: sentence.start + mark.start, end: sentence.start + mark.end }));
    mentions.push(buildExcerpt(report, sentence, marks));
  }
  if (mentions.length > 0) return { command: 'who-said', kind: 'not-quoted', query, mentions };
  return {
    command: 'who-said',
    kind: 'no-match',
    query,
    terms: outcome.terms,
    reportsSearched: index.reports.length,
    suggestions: suggestTerms(index.search, outcome.terms),
  };
}

function buildRow(index: CorpusIndex, group: QuoteGroup, speaker: Speaker | null, match: PhraseMatch | null): QuoteRow {
  const first = group.parts[0] as Quote;
  const report = index.reportsById.get(first.reportId);
  if (!report) throw new Error(`Cannot find report "${first.reportId}" of quote "${first.id}"`);
  const span = { start: first.passageStart, end: first.passageEnd };
  return {
    ...buildExcerpt(report, span, match?.marks ?? group.parts.map(({ start, end }) => ({ start, end }))),
    quote: {
      text: group.parts.map((part) => part.text).join(' … '),
      speaker: speaker?.name ?? first.speaker,
      direct: first.direct,
      match: match?.match ?? null,
      isCut: group.parts.some((part) => part.isCut),
      differingWords: match?.differingWords ?? [],
    },
  };
}
