import type { Report } from '../corpus/report.js';
import type { SpeakerDirectory } from '../extract/people/build-speaker-directory.js';
import type { Quote } from '../extract/quotes/quote.js';
import type { Sentence } from '../sentences/sentence.js';

/**
 * Quotes and the speaker directory read back from a cache, a store or a pack, equal to them but
 * holding no string twice (docs/benchmarks.md, "Memory of the index"): a quote's report id and
 * sentence ids are its report's and sentences' own strings, its text is a slice of its report's
 * text (V8 then keeps an offset into it, not a copy of the words), the speaker names and roles are
 * one string each however many quotes they have, and the directory's quote ids are the quotes'.
 * Read from JSON, each of these is a copy of its own. Pure: the result deep-equals the input, and
 * keys keep their order, so it serialises to the same text.
 */
export function internQuoteStrings(
  quotes: readonly Quote[],
  speakers: SpeakerDirectory,
  reports: readonly Report[],
  sentences: readonly Sentence[],
): { readonly quotes: Quote[]; readonly speakers: SpeakerDirectory } {
  const reportsById = new Map(reports.map((report) => [report.id, report]));
  const firstSentence = new Map<string, number>();
  sentences.forEach((sentence, at) => {
    if (!firstSentence.has(sentence.reportId)) firstSentence.set(sentence.reportId, at);
  });
  const pool = new Map<string, string>();
  const intern = (value: string | null): string | null => {
    if (value === null) return null;
    const known = pool.get(value);
    if (known !== undefined) return known;
    pool.set(value, value);
    return value;
  };
  const sentenceIdOf = (reportId: string, id: string): string => {
    const ordinal = Number(id.slice(reportId.length + 1));
    const sentence = sentences[(firstSentence.get(reportId) ?? Number.NaN) + ordinal];
    return sentence?.id === id ? sentence.id : id;
  };
  const shared = quotes.map((quote): Quote => {
    const report = reportsById.get(quote.reportId);
    if (report === undefined) return quote;
    const slice = report.text.slice(quote.start, quote.end);
    return {
      ...quote,
      reportId: report.id,
      text: slice === quote.text ? slice : quote.text,
      sentenceIds: quote.sentenceIds.map((id) => sentenceIdOf(report.id, id)),
      speakerAsWritten: intern(quote.speakerAsWritten),
      speaker: intern(quote.speaker),
      speakerRole: intern(quote.speakerRole),
    };
  });
  const quoteIds = new Map(shared.map((quote) => [quote.id, quote.id]));
  const speakerKeys = new Map(speakers.speakers.map((speaker) => [speaker.key, speaker.key]));
  const speakerOfQuote = new Map<string, string>();
  for (const [quoteId, key] of speakers.speakerOfQuote) {
    speakerOfQuote.set(quoteIds.get(quoteId) ?? quoteId, speakerKeys.get(key) ?? key);
  }
  return { quotes: shared, speakers: { ...speakers, speakerOfQuote } };
}
