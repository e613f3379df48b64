import type { Speaker } from '../extract/people/build-speaker-directory.js';
import { matchQuotePhrase } from '../extract/quotes/match-quote-phrase.js';
import { findPhraseCandidates, type QuoteGroup } from '../index/build-quote-catalog.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { analyzeQuery } from '../search/analyze-query.js';
import { type SearchOutcome, searchSentences, suggestTerms } from '../search/sentence-index.js';
import type {
  Excerpt,
  NoMatchAnswer,
  NotQuotedAnswer,
  PhraseQuotesAnswer,
  SeveralSpeakersAnswer,
  SpeakerQuotesAnswer,
} from './answer.js';
import { buildExcerpt } from './build-citation.js';
import { buildQuoteRow } from './build-quote-row.js';
import { buildSpeakerQuotes } from './build-speaker-quotes.js';
import { findNamedSpeakers } from './find-named-speakers.js';

/** Near matches shown at most; exact matches are all shown. */
export const NEAR_MATCH_LIMIT = 5;
/** Sentences shown when no quote matches. */
export const MENTION_LIMIT = 5;
const SEARCH_DEPTH = 50;
/** A namesake is listed with their quotes when they have at least 1/NAMESAKE_SHARE of the first's quotes. */
const NAMESAKE_SHARE = 4;

/** What a caller already read from the question besides the name (the answer model's topic field). */
export type WhoSaidOptions = {
  /** Topic words to rank the person's quotes by; when given, the whole query is the name. */
  readonly topic?: string;
};

/** Every answer `/who-said` gives. */
export type WhoSaidAnswer =
  | SpeakerQuotesAnswer
  | SeveralSpeakersAnswer
  | PhraseQuotesAnswer
  | NotQuotedAnswer
  | NoMatchAnswer;

/**
 * `/who-said <person or phrase>`, from the quotes and speakers extracted when the corpus was read.
 *
 * Person or phrase, decided by fixed rules:
 * 1. Text in quote marks is a phrase.
 * 2. Text that names a known speaker (`findNamedSpeakers`: any spelling, a surname, a typo, with
 *    topic words before or after the name) is that person; a surname several people share is
 *    each of them (`several-speakers`) when they have a quarter of the first's quotes or more; the
 *    others are named in `namesakes` (never merged, never dropped). Words around the name are its topic, unless the reports
 *    write the whole text as one name (rule 3's test: "Ashraf Ghani" when only "Ghani" is a speaker).
 * 3. Text whose every word the reports write capitalised (a proper name: "Abedi", "Storm Shadow")
 *    is a name that is nobody's speaker: `not-quoted` with `asked: 'person'` ("No quotes by X")
 *    and the sentences that mention it, never someone else's quotes as a match.
 * 4. Anything else is a phrase.
 * - A person → their direct quotes, then the statements the reports paraphrase, best first
 *   (`buildSpeakerQuotes`: by topic words when any, then newest report first).
 * - A phrase → the direct quotes that contain it (`exact`), else the closest ones (`near`, at most
 *   five, with the phrase's words each lacks), else the sentences that mention it without quoting
 *   anyone (`not-quoted`, at most five, from the sentence index), else `no-match`.
 * A passage holding several parts of one quote is one row, with every part marked. Pure.
 *
 * @example
 * answerWhoSaid(index, 'zelenski'); // { kind: 'speaker-quotes', speaker: { name: 'Volodymyr Zelensky', … }, … }
 * answerWhoSaid(index, 'Kirby casualties'); // Kirby's quotes, those about casualties first
 */
export function answerWhoSaid(index: CorpusIndex, query: string, options: WhoSaidOptions = {}): WhoSaidAnswer {
  const quoted = /^\s*["“”'‘’«]([\s\S]+?)["“”'‘’»]\s*$/.exec(query);
  const phrase = (quoted?.[1] ?? query).trim();
  const catalog = index.quoteCatalog;
  // The sentences that mention the phrase: searched once, when first needed (the search is pure).
  let searched: SearchOutcome | null = null;
  const searchPhrase = (): SearchOutcome => {
    searched ??= searchSentences(index.search, phrase, { limit: SEARCH_DEPTH });
    return searched;
  };
  const named = quoted ? null : findNamedSpeakers(catalog, index.speakers, phrase);
  if (named) {
    // "Ashraf Ghani" where the directory knows only "Ghani": words the reports write as one name
    // are the name, not a name and a topic.
    const isOneName = named.topic !== '' && isProperName(index, searchPhrase());
    const topicText = [isOneName ? '' : named.topic, options.topic ?? ''].join(' ').trim();
    const topic = analyzeQuery(topicText, index.search.aliases);
    // Rule 3: namesakes with a quarter of the first's quotes or more are listed in full; the others
    // (often a stray capitalised word before the surname) are named, never merged and never dropped.
    const most = named.speakers[0]?.quoteCount ?? 0;
    const isListed = (speaker: Speaker) => speaker.quoteCount * NAMESAKE_SHARE >= most;
    const people = named.speakers.filter(isListed).map((speaker) => buildSpeakerQuotes(index, speaker, topic));
    const namesakes = named.speakers
      .filter((speaker) => !isListed(speaker))
      .map((speaker) => ({ name: speaker.name, quoteCount: speaker.quoteCount }));
    const [one, ...others] = people;
    if (one && others.length === 0) return { command: 'who-said', kind: 'speaker-quotes', query, ...one, namesakes };
    const name = isOneName ? phrase : named.name;
    return { command: 'who-said', kind: 'several-speakers', query, name, speakers: people, namesakes };
  }
  if (!quoted) {
    const outcome = searchPhrase();
    if (isProperName(index, outcome)) return answerNotQuoted(index, query, outcome, 'person');
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
      const speaker = catalog.speakersByKey.get(group.speakerKey ?? '') ?? null;
      return buildQuoteRow(index, group, { speaker, match });
    });
    return { command: 'who-said', kind: 'phrase-quotes', query, match: first.match, quotes: rows };
  }
  return answerNotQuoted(index, query, searchPhrase(), 'phrase');
}

/**
 * True when the search found all the words and, in the sentences found, they are never written in
 * lower case and at least once written with a capital letter after another word (not at the start
 * of a sentence or of a quotation, where any word is capitalised): the reports use it as a name.
 */
function isProperName(index: CorpusIndex, outcome: SearchOutcome): boolean {
  const full = outcome.hits.filter((hit) => hit.matchedTerms.length === outcome.terms.length);
  if (outcome.terms.length === 0 || full.length === 0) return false;
  let isCapitalisedInside = false;
  for (const hit of full) {
    const sentence = index.sentencesById.get(hit.sentenceId);
    if (!sentence) continue;
    for (const mark of hit.marks) {
      const words = sentence.text.slice(mark.start, mark.end).split(/\s+/);
      if (words.some((word) => !/^\p{Lu}/u.test(word))) return false;
      if (/[\p{L}\p{N},;]\s+$/u.test(sentence.text.slice(0, mark.start))) isCapitalisedInside = true;
    }
  }
  return isCapitalisedInside;
}

function answerNotQuoted(
  index: CorpusIndex,
  query: string,
  outcome: SearchOutcome,
  asked: 'phrase' | 'person',
): NotQuotedAnswer | NoMatchAnswer {
  const mentions: Excerpt[] = [];
  for (const hit of outcome.hits) {
    if (mentions.length >= MENTION_LIMIT || hit.matchedTerms.length < outcome.terms.length) continue;
    const sentence = index.sentencesById.get(hit.sentenceId);
    const report = index.reportsById.get(hit.reportId);
    if (!sentence || !report) continue;
    const marks = hit.marks.map((mark) => ({ start: sentence.start + mark.start, end: sentence.start + mark.end }));
    mentions.push(buildExcerpt(report, sentence, marks));
  }
  if (mentions.length > 0) return { command: 'who-said', kind: 'not-quoted', query, asked, mentions };
  return {
    command: 'who-said',
    kind: 'no-match',
    query,
    terms: outcome.terms,
    reportsSearched: index.reports.length,
    suggestions: suggestTerms(index.search, outcome.terms),
  };
}
