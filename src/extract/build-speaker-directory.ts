// STUB — replaced by the quotes work.
import type { Quote } from './quote.js';

/** One speaker across all reports, with every spelling the reports use. */
export type Speaker = {
  /** Stable key for grouping ("zelensky"). */
  readonly key: string;
  /** The fullest name the reports give ("Volodymyr Zelensky"). */
  readonly name: string;
  readonly role: string | null;
  readonly spellings: readonly string[];
};

/** Every speaker of the corpus, and which quotes are theirs. */
export type SpeakerDirectory = {
  readonly speakers: readonly Speaker[];
  /** Quote id → speaker key. */
  readonly speakerOfQuote: ReadonlyMap<string, string>;
};

/** Merges the spellings of each speaker across reports ("Zelensky", "Zelenskyy", "Volodymyr Zelensky"). */
export function buildSpeakerDirectory(_quotes: readonly Quote[]): SpeakerDirectory {
  return { speakers: [], speakerOfQuote: new Map() };
}
