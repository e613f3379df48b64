import type { Figure, FigureCategory, FigureKind, Population, Subject } from '../extract/figures/figure.js';

/**
 * Where an excerpt comes from. `sentence` is exactly `text.slice(start, end)` of the file
 * `file` (relative to the corpus folder) once decoded.
 */
export type Citation = {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  /** Where to read the sentence in context; set only when the reader is on (`PUBLIC_URL`). */
  readonly link?: CitationLink;
};

/** A citation's links: the reader at the cited sentence, and the original report's URL when it has one. */
export type CitationLink = {
  readonly reader: string;
  readonly original: string | null;
};

/** A marked range inside `citation.sentence` (offsets relative to the sentence). */
export type Mark = { readonly start: number; readonly end: number };

/** A cited excerpt with the words to highlight. */
export type Excerpt = {
  readonly citation: Citation;
  readonly marks: readonly Mark[];
};

/** The commands Verbatim answers. `help` is also the answer to an empty question. */
export const COMMANDS = ['reports', 'sources', 'casualties', 'troops', 'who-said', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

/** The figure facts in JSON output (the documented contract plus `bound`, `dateText` and `isRate`). */
export type FigureFacts = Pick<
  Figure,
  | 'text'
  | 'value'
  | 'valueMax'
  | 'qualifier'
  | 'bound'
  | 'category'
  | 'subject'
  | 'population'
  | 'claimant'
  | 'attribution'
  | 'claimantContext'
  | 'date'
  | 'dateText'
  | 'period'
  | 'isRate'
>;

/** One claim: a figure with its citation; `alsoIn` lists other sentences that carry the same claim. */
export type FigureRow = Excerpt & {
  readonly figure: FigureFacts;
  /** Other places (sentences or reports) that restate the same claim, in citation order. */
  readonly alsoIn: readonly Excerpt[];
  /** How many distinct reports carry this claim (this row's report included). */
  readonly reportCount: number;
};

/** One end of a spread between disagreeing figures. */
export type SpreadEnd = {
  readonly text: string;
  readonly claimant: string | null;
  /** The bare source wording of an unattributed end ("reports"), else null. */
  readonly attribution: string | null;
  readonly period: string | null;
};

/** Figures of one category about one subject that measure the same thing (population, place), newest claim first. */
export type FigureGroup = {
  readonly category: FigureCategory;
  readonly subject: Subject;
  /** The side as every rendering names it ("North Korean", "side not stated"). */
  readonly subjectLabel: string;
  /** Civilians or combatants, when the rows' figures say it (`readPopulation`); null or absent when not said. */
  readonly population?: Population | null;
  /** The place the rows' figures name ("Gaza", "Kherson"); null or absent when their sentences do not say. */
  readonly place?: string | null;
  readonly rows: readonly FigureRow[];
  /** Lowest and highest figure when the rows disagree, else null. Never an average or a pick. */
  readonly spread: { readonly low: SpreadEnd; readonly high: SpreadEnd } | null;
};

/** The quote facts in JSON output. */
export type QuoteFacts = {
  readonly text: string;
  readonly speaker: string | null;
  readonly direct: boolean;
  readonly match: 'exact' | 'near' | null;
  readonly isCut: boolean;
  /** For near matches: the words of the asked phrase that the quote does not contain. */
  readonly differingWords: readonly string[];
};

export type QuoteRow = Excerpt & { readonly quote: QuoteFacts };

export type SpeakerInfo = {
  readonly name: string;
  readonly role: string | null;
  /** Every spelling the reports use for this speaker, sorted. */
  readonly spellings: readonly string[];
};

export type ReportSummary = {
  readonly file: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly bytes: number;
  readonly sentences: number;
};

/**
 * One report of a `/reports` page: its first sentence (the lead when the lead matches), its score,
 * and up to two more matching sentences of the same report when its title or lead matches.
 */
export type ResultRow = Excerpt & { readonly score: number; readonly more?: readonly Excerpt[] };

/**
 * `/reports` with at least one hit. `nextCursor` is null on the last page. The optional fields are
 * always set by `answerReports`; they are optional so that answers kept before they existed (and
 * small hand-made ones) still render.
 */
export type ResultsAnswer = {
  readonly command: 'reports';
  readonly kind: 'results';
  readonly query: string;
  readonly terms: readonly string[];
  /** Terms of `terms` too common to rank by on this corpus, so not searched (see docs/search.md). */
  readonly skippedTerms: readonly string[];
  /** Words of the query that only frame a question ("which", "reports", "mention"), so not searched. */
  readonly ignoredWords?: readonly string[];
  /** Words of the shown sentences that matched a query word only as a near spelling: named, never marked. */
  readonly nearSpellings?: readonly string[];
  /** True when nothing shown matched a query word as written: every match is a near spelling. */
  readonly isNearOnly?: boolean;
  readonly total: number;
  readonly offset: number;
  readonly results: readonly ResultRow[];
  readonly nextCursor: string | null;
};

/** Nothing matched: what was searched, where, and the closest terms the index knows. */
export type NoMatchAnswer = {
  readonly command: Command;
  readonly kind: 'no-match';
  readonly query: string;
  readonly terms: readonly string[];
  readonly reportsSearched: number;
  readonly suggestions: readonly string[];
};

export type SourcesAnswer = {
  readonly command: 'sources';
  readonly kind: 'sources';
  readonly fingerprint: string;
  /** Present while the index served is stale (the corpus folder is gone): why, as `CorpusStaleness` says it. */
  readonly stale?: string;
  readonly reports: readonly ReportSummary[];
};

/** One filter a free question can carry, and a question that carries it. */
export type HelpFilter = { readonly name: string; readonly example: string };

export type HelpAnswer = {
  readonly command: 'help';
  readonly kind: 'help';
  readonly entries: readonly {
    readonly usage: string;
    readonly description: string;
    readonly example: string;
    /** The filters a question of this kind can carry, each with an example (free questions only). */
    readonly filters?: readonly HelpFilter[];
  }[];
};

/** A malformed or incomplete command: its usage line. */
export type UsageAnswer = {
  readonly command: Command;
  readonly kind: 'usage';
  readonly message: string;
  readonly usage: string;
};

export type FiguresAnswer = {
  readonly command: FigureKind;
  readonly kind: 'figures';
  readonly filter: string;
  readonly figureCount: number;
  readonly reportCount: number;
  /** Figures about the followed side(s) (the corpus settings', else the side most figures count), grouped by side then category. */
  readonly primary: readonly FigureGroup[];
  /** Figures about every other side, each under its own label, side not stated last; grouped by subject then category. */
  readonly others: readonly FigureGroup[];
  /**
   * Figures outside the corpus's story (another event, a year long before the report), grouped the
   * same way, present only when the filter asks for them ("all", "outside", or words in their sentence).
   */
  readonly outside?: readonly FigureGroup[];
  /** Filters that would shrink a long answer (`findNarrowingFilters`); absent when it is short or already narrowed. */
  readonly narrow?: FigureNarrowing;
};

/** The side names and category words a figures filter reads, offered to shrink a long answer, and a command using them. */
export type FigureNarrowing = {
  readonly sides: readonly string[];
  readonly categories: readonly string[];
  /** "/casualties north korean killed": the first side and category before the filter as asked. */
  readonly example: string;
};

/**
 * One person's quotes, best first: those holding the most topic words first when a topic was
 * asked, else (and then) newest report first, undated last, then report id, then position. The
 * optional fields are always set by `answerWhoSaid` (optional for answers kept before them).
 */
export type SpeakerQuotes = {
  readonly speaker: SpeakerInfo;
  /** The topic words asked with the name ("casualties"), as normalised; [] when none. */
  readonly topic?: readonly string[];
  /** Rows (quotes and paraphrases) whose sentence holds at least one topic word. */
  readonly onTopic?: number;
  /** Words of the person's own quotes that would narrow a long answer, most quotes first; [] when short. */
  readonly narrowWords?: readonly string[];
  readonly quotes: readonly QuoteRow[];
  readonly paraphrases: readonly QuoteRow[];
};

/** Another person the name asked fits, with far fewer quotes: named, so nobody is silently merged. */
export type Namesake = { readonly name: string; readonly quoteCount: number };

/** `/who-said <person>`: the person's direct quotes, then statements the reports paraphrase. */
export type SpeakerQuotesAnswer = SpeakerQuotes & {
  readonly command: 'who-said';
  readonly kind: 'speaker-quotes';
  readonly query: string;
  /** Other people the name fits who have under a quarter of this person's quotes, most quotes first. */
  readonly namesakes?: readonly Namesake[];
  /** "What did X say about Y": Y as asked; the rows are those holding Y's words, most first. Absent otherwise. */
  readonly about?: string;
};

/** `/who-said <surname>` when the name fits several people equally: each of them, with their quotes. */
export type SeveralSpeakersAnswer = {
  readonly command: 'who-said';
  readonly kind: 'several-speakers';
  readonly query: string;
  /** The words of the query that name the people ("Hart" in "Hart ceasefire"). */
  readonly name?: string;
  /** Two or more, most quotes first, then by key; each has at least a quarter of the first's quotes. */
  readonly speakers: readonly SpeakerQuotes[];
  /** The other people the name fits, with fewer quotes than that, most quotes first. */
  readonly namesakes?: readonly Namesake[];
};

/** `/who-said <phrase>`: quotes that contain the phrase (exact), or the closest ones (near). */
export type PhraseQuotesAnswer = {
  readonly command: 'who-said';
  readonly kind: 'phrase-quotes';
  readonly query: string;
  readonly match: 'exact' | 'near';
  readonly quotes: readonly QuoteRow[];
};

/**
 * `/who-said` when nobody is quoted: sentences that mention the phrase (`asked: 'phrase'`), or, for
 * a name that is nobody's speaker (`asked: 'person'`), the sentences that mention that name.
 */
export type NotQuotedAnswer = {
  readonly command: 'who-said';
  readonly kind: 'not-quoted';
  readonly query: string;
  readonly asked?: 'phrase' | 'person';
  readonly mentions: readonly Excerpt[];
};

/** Every answer Verbatim gives, discriminated on `kind`. */
export type Answer =
  | ResultsAnswer
  | NoMatchAnswer
  | SourcesAnswer
  | HelpAnswer
  | UsageAnswer
  | FiguresAnswer
  | SpeakerQuotesAnswer
  | SeveralSpeakersAnswer
  | PhraseQuotesAnswer
  | NotQuotedAnswer;

export type AnswerKind = Answer['kind'];

/** Fails to compile when a switch over a union misses a case. */
export function assertNever(value: never): never {
  throw new TypeError(`Unexpected value: ${JSON.stringify(value)}`);
}
