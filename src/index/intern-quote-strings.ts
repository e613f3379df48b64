import type { Report } from '../corpus/report.js';
import type { SpeakerDirectory } from '../extract/people/build-speaker-directory.js';
import type { Quote } from '../extract/quotes/quote.js';
import type { Sentence } from '../sentences/sentence.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Quotes and the speaker directory read back from a cache, a store or a pack, made to hold no
 * string twice (docs/benchmarks.md, "Memory of the index"): a quote's report id and
 * sentence ids are its report's and sentences' own strings, its text is a slice of its report's
 * text (V8 then keeps an offset into it, not a copy of the words), the speaker names and roles are
 * one string each however many quotes they have, and the directory's quote ids are the quotes'.
 * Read from JSON, each of these is a copy of its own.
 *
 * The quotes are changed in place (only their strings are swapped for equal ones, so they stay
 * deep-equal and serialise to the same text, keys in the same order): they must be fresh from a
 * parse or a structured clone, held by nothing else. Making new ones took as long again as parsing
 * them. The directory is returned new.
 */
export function internQuoteStrings(
  quotes: readonly Quote[],
  speakers: SpeakerDirectory,
  reports: readonly Report[],
  sentences: readonly Sentence[],
): { readonly quotes: readonly Quote[]; readonly speakers: SpeakerDirectory } {
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
  for (const quote of quotes as Writable<Quote>[]) {
    const report = reportsById.get(quote.reportId);
    if (report === undefined) continue;
    const slice = report.text.slice(quote.start, quote.end);
    quote.reportId = report.id;
    if (slice === quote.text) quote.text = slice;
    quote.sentenceIds = quote.sentenceIds.map((id) => sentenceIdOf(report.id, id));
    quote.speakerAsWritten = intern(quote.speakerAsWritten);
    quote.speaker = intern(quote.speaker);
    quote.speakerRole = intern(quote.speakerRole);
  }
  const quoteIds = new Map(quotes.map((quote) => [quote.id, quote.id]));
  const speakerKeys = new Map(speakers.speakers.map((speaker) => [speaker.key, speaker.key]));
  const speakerOfQuote = new Map<string, string>();
  for (const [quoteId, key] of speakers.speakerOfQuote) {
    speakerOfQuote.set(quoteIds.get(quoteId) ?? quoteId, speakerKeys.get(key) ?? key);
  }
  return { quotes, speakers: { ...speakers, speakerOfQuote } };
}
