import type { Report } from '../corpus/report.js';
import type { Speaker, SpeakerDirectory } from '../extract/people/build-speaker-directory.js';
import { buildSpeakerNameWords, buildSpeakersByNameWord } from '../extract/people/find-speaker-by-name.js';
import { describePhraseNeeds, readQuoteWords } from '../extract/quotes/match-quote-phrase.js';
import type { Quote } from '../extract/quotes/quote.js';
import {
  buildQuoteWordIndex,
  findGroupsWithEveryWord,
  findNearQuoteWords,
  findQuoteWordGroups,
  type QuoteWordIndex,
} from './build-quote-word-index.js';

/** The quotes of one passage: one quote, or the parts of a quote split around its attribution. */
export type QuoteGroup = {
  readonly parts: readonly Quote[];
  /** The speaker directory's key of the speaker, or null when the speaker is not resolved. */
  readonly speakerKey: string | null;
  readonly direct: boolean;
};

/**
 * The quotes arranged for answering `/who-said` without scanning them all: grouped by passage,
 * in answer order (newest report first, undated last, then report id, then position), listed per
 * speaker, and indexed by word for phrase look-ups; and the speakers, with their names already
 * normalised for look-ups. Built once with the corpus index.
 */
export type QuoteCatalog = {
  readonly groups: readonly QuoteGroup[];
  /** Speaker key → indices into `groups`, ascending. */
  readonly bySpeaker: ReadonlyMap<string, readonly number[]>;
  /** Normalised word → indices of the direct-quote groups that hold it, and the near-word keys of the words. */
  readonly directWords: QuoteWordIndex;
  /** Speaker key → speaker. */
  readonly speakersByKey: ReadonlyMap<string, Speaker>;
  /** Speaker key → the normalised words of the speaker's names, for `findSpeakerByName`. */
  readonly speakerNameWords: ReadonlyMap<string, readonly string[]>;
  /** Normalised name word → the speakers whose names hold it, for `findSpeakerByName`. */
  readonly speakersByNameWord: ReadonlyMap<string, readonly Speaker[]>;
};

/**
 * Groups, orders and indexes the quotes of a corpus. Pure: the same input gives the same catalog.
 *
 * @example
 * const catalog = buildQuoteCatalog(reports, quotes, speakers);
 * findPhraseCandidates(catalog, 'meat grinder'); // indices of the groups that may hold the phrase
 */
export function buildQuoteCatalog(
  reports: readonly Report[],
  quotes: readonly Quote[],
  speakers: SpeakerDirectory,
): QuoteCatalog {
  const dates = new Map(reports.map((report) => [report.id, report.date ?? '']));
  const keyed = new Map<string, { parts: Quote[]; speakerKey: string | null; direct: boolean }>();
  for (const quote of [...quotes].sort((a, b) => compareCodeUnits(a.reportId, b.reportId) || a.start - b.start)) {
    const speakerKey = speakers.speakerOfQuote.get(quote.id) ?? null;
    const key = [quote.reportId, quote.passageStart, quote.passageEnd, speakerKey ?? quote.speaker ?? '', quote.direct];
    const group = keyed.get(key.join('|'));
    if (group) group.parts.push(quote);
    else keyed.set(key.join('|'), { parts: [quote], speakerKey, direct: quote.direct });
  }
  const groups = [...keyed.values()].sort((a, b) => {
    const [first, second] = [a.parts[0] as Quote, b.parts[0] as Quote];
    return (
      compareCodeUnits(dates.get(second.reportId) ?? '', dates.get(first.reportId) ?? '') ||
      compareCodeUnits(first.reportId, second.reportId) ||
      first.start - second.start
    );
  });
  const bySpeaker = new Map<string, number[]>();
  const directByWord = new Map<string, number[]>();
  groups.forEach((group, index) => {
    if (group.speakerKey !== null) push(bySpeaker, group.speakerKey, index);
    if (!group.direct) return;
    for (const word of new Set(group.parts.flatMap((part) => readQuoteWords(part.text))))
      push(directByWord, word, index);
  });
  const directWords = buildQuoteWordIndex(directByWord);
  const speakersByKey = new Map(speakers.speakers.map((speaker) => [speaker.key, speaker]));
  const speakerNameWords = new Map(speakers.speakers.map((speaker) => [speaker.key, buildSpeakerNameWords(speaker)]));
  const speakersByNameWord = buildSpeakersByNameWord(speakers, speakerNameWords);
  return { groups, bySpeaker, directWords, speakersByKey, speakerNameWords, speakersByNameWord };
}

/**
 * The direct-quote groups that may match a phrase, ascending: those holding every word of the
 * phrase when any do (an exact match needs them all), else those holding enough near words for a
 * near match. A superset of what `matchQuotePhrase` can match, never a guess.
 */
export function findPhraseCandidates(catalog: QuoteCatalog, phrase: string): number[] {
  const needs = describePhraseNeeds(phrase);
  if (needs.exact.length === 0) return [];
  const exact = findGroupsWithEveryWord(catalog.directWords, needs.exact);
  if (exact.length > 0) return exact;
  // Count every occurrence of a repeated word, as matchQuotePhrase does.
  const counts = new Map<number, number>();
  const holdersOf = new Map<string, Set<number>>();
  for (const word of needs.near) {
    let holders = holdersOf.get(word);
    if (!holders) {
      holders = new Set(
        findNearQuoteWords(catalog.directWords, word).flatMap((near) =>
          Array.from(findQuoteWordGroups(catalog.directWords, near)),
        ),
      );
      holdersOf.set(word, holders);
    }
    for (const index of holders) counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count >= needs.needed)
    .map(([index]) => index)
    .sort((a, b) => a - b);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
