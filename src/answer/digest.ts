import type { FigureCategory, FigureKind, Subject } from '../extract/figures/figure.js';
import type { Excerpt, FigureFacts } from './answer.js';

/**
 * What a channel's previous digest covered: the baseline the next digest is compared with.
 * Plain JSON data; the digest state file stores it as is.
 */
export type DigestBaseline = {
  /** Local date (YYYY-MM-DD, in the digest time zone) of the digest that covered these reports. */
  readonly date: string;
  /** Report file (relative to the corpus folder) → SHA-256 of its bytes, sorted by file. */
  readonly reports: Readonly<Record<string, string>>;
};

/** A report that is new since the baseline, or whose content changed. */
export type DigestReport = {
  readonly status: 'new' | 'changed';
  readonly file: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly url: string | null;
  /** The report's first body sentence, cited; null when the report has no body sentence. */
  readonly lead: Excerpt | null;
};

/**
 * How a new figure compares with the one it replaces, as a fixed template word:
 * `up` ("up from"), `down` ("down from"), or `was` when the two cannot be ordered (a vague
 * amount, a different bound).
 */
export type DigestChange = 'up' | 'down' | 'was';

/** The same claimant's latest earlier figure in the same category and subject. */
export type DigestPreviousFigure = Excerpt & {
  readonly figure: FigureFacts;
  readonly change: DigestChange;
};

/** One new figure, cited, with what it replaces; `alsoIn` lists new reports that restate it. */
export type DigestFigure = Excerpt & {
  readonly figure: FigureFacts;
  readonly previous: DigestPreviousFigure | null;
  readonly alsoIn: readonly Excerpt[];
};

/** New figures of one category about one subject by one claimant, newest claim first. */
export type DigestFigureGroup = {
  readonly kind: FigureKind;
  readonly category: FigureCategory;
  readonly subject: Subject;
  /** The side as every rendering names it ("North Korean", "side not stated"). */
  readonly subjectLabel: string;
  /** The claimant's fullest name the reports give, or null when no claimant is stated. */
  readonly claimant: string | null;
  readonly figures: readonly DigestFigure[];
};

/** One new direct quote, cited (the quoted words are marked); `alsoIn` lists new reports that repeat it. */
export type DigestQuote = Excerpt & {
  readonly text: string;
  readonly isCut: boolean;
  readonly alsoIn: readonly Excerpt[];
};

/** New direct quotes of one speaker, newest report first. */
export type DigestSpeakerQuotes = {
  /** The speaker's fullest name, or null when the reports do not name one. */
  readonly speaker: string | null;
  readonly role: string | null;
  readonly quotes: readonly DigestQuote[];
};

/** Corpus totals at the time of the digest. */
export type DigestTotals = {
  readonly reports: number;
  readonly figures: number;
  /** Direct quotes (reported speech is not counted). */
  readonly quotes: number;
};

/**
 * The daily digest of one channel: what changed in the corpus since that channel's previous
 * digest. Its own type, not an `Answer`. Plain read-only data: every lead, figure and quote is a
 * verbatim excerpt with its citation; the renderers add only fixed template words.
 */
export type Digest = {
  readonly kind: 'digest';
  /** Local date of this digest (YYYY-MM-DD in the digest time zone). */
  readonly date: string;
  /** Local date of the previous digest, or null for a channel's first digest. */
  readonly since: string | null;
  /** True when no report was added, changed or removed since the previous digest. */
  readonly isEmpty: boolean;
  /** New reports first, then changed ones; each by date (newest first), then file. */
  readonly reports: readonly DigestReport[];
  /** Files the previous digest covered that are gone, sorted. */
  readonly removed: readonly string[];
  readonly figures: readonly DigestFigureGroup[];
  readonly quotes: readonly DigestSpeakerQuotes[];
  readonly totals: DigestTotals;
  /** What this digest covers: the baseline of the next one once it is posted. */
  readonly covers: DigestBaseline;
};
