import type { Speaker } from '../extract/people/build-speaker-directory.js';
import type { PhraseMatch } from '../extract/quotes/match-quote-phrase.js';
import type { Quote } from '../extract/quotes/quote.js';
import type { QuoteGroup } from '../index/build-quote-catalog.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import type { QuoteRow } from './answer.js';
import { buildExcerpt } from './build-citation.js';

/**
 * One `/who-said` row: the passage of a quote group, cited, with every part of the quote marked
 * (or the phrase match's marks), the speaker's name as the directory gives it, and the quote facts.
 *
 * @throws {Error} when the group's report is not in the index (a bug: the catalog comes from it).
 */
export function buildQuoteRow(
  index: CorpusIndex,
  group: QuoteGroup,
  options: { readonly speaker: Speaker | null; readonly match: PhraseMatch | null },
): QuoteRow {
  const { speaker, match } = options;
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
