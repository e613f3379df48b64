import {
  CASUALTY_CATEGORIES,
  type Figure,
  type FigureCategory,
  type FigureKind,
  TROOP_CATEGORIES,
} from '../extract/figures/figure.js';
import { labelSide } from '../extract/sides/side-lexicon.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import type { Excerpt, FigureFacts, HelpAnswer } from './answer.js';
import { HELP_ENTRIES } from './answer-help.js';
import { buildExcerpt } from './build-citation.js';
import { rankSides } from './rank-sides.js';
import { toFigureFacts } from './to-figure-facts.js';

/** A report as the App Home lists it. */
export type HomeReport = {
  readonly file: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
};

/** A claimant's newest figure in one category, with its cited sentence (the figure marked). */
export type HomeClaim = Excerpt & { readonly figure: FigureFacts };

/** The current claims of one category, one per claimant, newest first. */
export type HomeCategory = {
  readonly kind: FigureKind;
  readonly category: FigureCategory;
  /** The followed side the claims are about, and its label. */
  readonly subject: string;
  readonly subjectLabel: string;
  readonly claims: readonly HomeClaim[];
};

/** What the corpus holds, for the App Home. Plain data, JSON-serialisable. */
export type HomeSummary = {
  readonly reportCount: number;
  readonly sentenceCount: number;
  /** The newest report date, or null when no report is dated. */
  readonly latestDate: string | null;
  /** The reports that belong to the story (`belongsToStory`), newest first (undated last, then by file). */
  readonly reports: readonly HomeReport[];
  /** How many reports in the folder do not belong to the story (left off the Home tab, listed by `/sources`). */
  readonly outsideReportCount: number;
  /** The followed side(s) (`rankSides`), as labels joined with "and" ("North Korean"); null when no figure has a side. */
  readonly followedLabel: string | null;
  /** The followed side(s)' figures per side and category (casualties first), each claimant's newest claim. */
  readonly categories: readonly HomeCategory[];
  readonly help: HelpAnswer['entries'];
  readonly fingerprint: string;
};

const CATEGORY_ORDER: readonly FigureCategory[] = [...CASUALTY_CATEGORIES, ...TROOP_CATEGORIES];

/**
 * Summarises a corpus index for the App Home: the reports that belong to the story and their latest date, and per category
 * of the followed side(s)' figures (`rankSides`) the newest claim of each claimant, cited. "Newest" is the claim date,
 * then the report date, then the figure id, so the choice is total and deterministic. Rates
 * ("1,200 a day") are left out: they are not a current total. Pure.
 *
 * @example
 * buildHomeSummary(index).categories[0]; // { kind: 'casualties', category: 'killed', claims: [...] }
 */
export function buildHomeSummary(index: CorpusIndex): HomeSummary {
  const followed = rankSides(index.figures, index.lexicon).primary;
  const onStory = findStoryReports(index, followed);
  const reports = index.reports
    .filter((report) => onStory === null || onStory.has(report.id))
    .map((report) => ({ file: report.file, title: report.title, outlet: report.outlet, date: report.date }))
    .sort((a, b) => compareNewest(a.date, b.date) || compareStrings(a.file, b.file));
  return {
    reportCount: index.reports.length,
    sentenceCount: index.sentences.length,
    latestDate: reports[0]?.date ?? null,
    reports,
    outsideReportCount: index.reports.length - reports.length,
    followedLabel: followed.length === 0 ? null : followed.map((key) => labelSide(index.lexicon, key)).join(' and '),
    categories: followed.flatMap((subject) => buildCategories(index, subject)),
    help: HELP_ENTRIES,
    fingerprint: index.fingerprint,
  };
}

/**
 * The ids of the reports that belong to the story, or null when the corpus defines no story (no
 * followed side and no story words: then every report belongs). A report belongs when it gives a
 * figure about a followed side that is not about another event (`isOutsideStory`), or when its
 * title or text names one of the story words of the corpus settings. The same rules as the
 * figures, so a report the Home tab leaves off is one whose figures `/casualties` leaves out too.
 */
function findStoryReports(index: CorpusIndex, followed: readonly string[]): ReadonlySet<string> | null {
  const { storyWords } = index.lexicon;
  if (followed.length === 0 && storyWords === null) return null;
  const ids = new Set<string>();
  for (const figure of index.figures) {
    if (followed.includes(figure.subject) && figure.isOutsideStory !== true) ids.add(figure.reportId);
  }
  if (storyWords !== null) {
    for (const report of index.reports) {
      if (!ids.has(report.id) && (storyWords.test(report.title ?? '') || storyWords.test(report.text)))
        ids.add(report.id);
    }
  }
  return ids;
}

function buildCategories(index: CorpusIndex, subject: string): HomeCategory[] {
  const newest = new Map<string, Figure>();
  for (const figure of index.figures) {
    // Figures about another event (`isOutsideStory`) are not the story's newest claims.
    if (figure.subject !== subject || figure.isRate || figure.isOutsideStory === true) continue;
    const key = `${figure.category}\u0000${figure.claimant ?? ''}`;
    const current = newest.get(key);
    if (current === undefined || compareClaims(figure, current, index) < 0) newest.set(key, figure);
  }
  const categories: HomeCategory[] = [];
  for (const category of CATEGORY_ORDER) {
    const figures = [...newest.values()]
      .filter((figure) => figure.category === category)
      .sort((a, b) => compareClaims(a, b, index));
    const claims = figures.flatMap((figure) => buildClaim(figure, index));
    if (claims.length === 0) continue;
    const subjectLabel = labelSide(index.lexicon, subject);
    categories.push({ kind: figures[0]?.kind ?? 'casualties', category, subject, subjectLabel, claims });
  }
  return categories;
}

/** Newest claim first: claim date, then report date (undated last), then figure id. */
function compareClaims(a: Figure, b: Figure, index: CorpusIndex): number {
  return (
    compareNewest(a.date, b.date) ||
    compareNewest(index.reportsById.get(a.reportId)?.date ?? null, index.reportsById.get(b.reportId)?.date ?? null) ||
    compareStrings(a.id, b.id)
  );
}

function buildClaim(figure: Figure, index: CorpusIndex): HomeClaim[] {
  const report = index.reportsById.get(figure.reportId);
  const sentence = index.sentencesById.get(figure.sentenceId);
  if (report === undefined || sentence === undefined) return [];
  const excerpt = buildExcerpt(report, sentence, [{ start: figure.start, end: figure.end }]);
  return [
    {
      ...excerpt,
      figure: toFigureFacts(figure),
    },
  ];
}

/** ISO dates, newest first; null (undated) last. */
function compareNewest(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a > b ? -1 : 1;
}

/** Code-unit order, independent of locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
