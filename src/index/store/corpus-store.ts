import type { CorpusWarning, FileStamp } from '../../corpus/read-corpus-files.js';
import type { Report } from '../../corpus/report.js';
import type { Figure } from '../../extract/figures/figure.js';
import type { SpeakerDirectory } from '../../extract/people/build-speaker-directory.js';
import type { Quote } from '../../extract/quotes/quote.js';
import type { ReportMetadata } from '../corpus-manifest.js';
import type { PreparedCorpusDelta } from '../prepare-corpus-delta.js';

/**
 * A built corpus index at rest: what the build wrote, read back by whoever answers (the answer
 * workers open it read-only). `openSqliteCorpusStore` implements it over an embedded SQLite file;
 * a server database shared by several replicas can implement the same contract later. Every
 * read returns the rows in the order they were written, so an index restored from a store is the
 * index that was saved.
 */
export type CorpusStore = {
  /** `buildCorpusCacheKey` of the corpus files (and settings file) the index was built from. */
  readonly key: string;
  /** The fingerprint of the base index (`CorpusIndex.fingerprint` of what `readReports` gives). */
  readonly fingerprint: string;
  /** The fingerprint of the corpus now: the base's once the deltas (`readDeltas`) are applied. */
  readonly currentFingerprint: string;
  /** The base index's reports, their text included, in report order. */
  readonly readReports: () => Report[];
  /** The reports of the corpus now (base and deltas) without their text and blocks, in report order (by id): the corpus manifest's rows (`readCorpusManifest`). */
  readonly readReportMetadata: () => ReportMetadata[];
  /** The reports of the corpus now (base and deltas), each with its file's modification time when known. */
  readonly readCurrentReports: () => { readonly report: Report; readonly mtimeMs: number | null }[];
  /** The stamp (size, modification time, hash) of each report file of the corpus now whose time is known, by path. */
  readonly readStamps: () => Map<string, FileStamp>;
  /** The deltas applied since the base, in order (`applyCorpusDelta` each, or `foldCorpusDeltas` then once). */
  readonly readDeltas: () => PreparedCorpusDelta[];
  /** The sentences as `packSentences` numbers (report position, ordinal, block, start, end), in index order. */
  readonly readSentences: () => Int32Array;
  readonly readFigures: () => Figure[];
  readonly readQuotes: () => Quote[];
  readonly readSpeakers: () => SpeakerDirectory;
  /** The parse warnings saved with the index (a warm start does not parse). */
  readonly readWarnings: () => CorpusWarning[];
  /** The search index as `serializeSentenceIndex` wrote it. */
  readonly readSearchIndex: () => string;
  /** The quote catalog as `serializeQuoteCatalog` wrote it. */
  readonly readQuoteCatalog: () => string;
  /** One report's text by id, without reading the others; null when the store holds no such report. */
  readonly readReportText: (reportId: string) => string | null;
  /** Releases the store; reads after it throw. */
  readonly close: () => void;
};

/** Why a store cannot be opened or read (missing, not a store of this version, cut short or corrupted), in a few words; the caller names the file. */
export class CorpusStoreError extends Error {
  override name = 'CorpusStoreError';
}

/** The store is whole but holds the index of other files (the corpus changed since it was written): a rebuild, not a fault. */
export class CorpusStoreKeyError extends CorpusStoreError {
  override name = 'CorpusStoreKeyError';
}
