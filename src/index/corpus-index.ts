import type { CorpusSettings } from '../corpus/corpus-settings.js';
import type { Report } from '../corpus/report.js';
import type { Figure } from '../extract/figures/figure.js';
import type { SpeakerDirectory } from '../extract/people/build-speaker-directory.js';
import type { Quote } from '../extract/quotes/quote.js';
import type { SideLexicon } from '../extract/sides/side-lexicon.js';
import type { SentenceIndex } from '../search/sentence-index.js';
import type { Sentence } from '../sentences/sentence.js';
import type { QuoteCatalog } from './build-quote-catalog.js';

/**
 * Everything Verbatim knows about a corpus, built once when the reports are read: the reports,
 * their sentences, the search index and the extracted facts. Answers are computed from it alone.
 */
export type CorpusIndex = {
  readonly reports: readonly Report[];
  readonly reportsById: ReadonlyMap<string, Report>;
  readonly sentences: readonly Sentence[];
  readonly sentencesById: ReadonlyMap<string, Sentence>;
  readonly search: SentenceIndex;
  readonly figures: readonly Figure[];
  readonly quotes: readonly Quote[];
  readonly speakers: SpeakerDirectory;
  /** Id of each sentence that holds a figure → the index terms of its text (`analyzeText`), for word filters. */
  readonly figureSentenceTerms: ReadonlyMap<string, ReadonlySet<string>>;
  /** The quotes grouped, ordered and indexed for `/who-said`. */
  readonly quoteCatalog: QuoteCatalog;
  /** The corpus settings (`verbatim.yml`) the index was built with; the defaults when the folder has none. */
  readonly settings: CorpusSettings;
  /** The sides of this corpus: the gazetteer and the settings (`buildSideLexicon`). */
  readonly lexicon: SideLexicon;
  /** SHA-256 over the reports' paths and content hashes, in report order. */
  readonly fingerprint: string;
  /**
   * Set while the index no longer follows the corpus folder (the folder was deleted or moved away):
   * the bot keeps answering from this last index and says so in `/sources` and `GET /healthz`.
   * Absent on a freshly built index; never cached.
   */
  readonly stale?: CorpusStaleness;
  /**
   * The SQLite store file this index is saved in (`loadOrBuildStoredCorpusIndex`, docs/store.md):
   * answer workers open it read-only instead of being sent the index. Absent when not stored.
   */
  readonly store?: string;
};

/** Why the index served is stale, in house message style ("the corpus folder … does not exist"). */
export type CorpusStaleness = { readonly reason: string };
