import type { Report } from '../corpus/report.js';
import { CASUALTY_CATEGORIES, type Figure, TROOP_CATEGORIES } from '../extract/figures/figure.js';
import type { SpeakerDirectory } from '../extract/people/build-speaker-directory.js';
import type { Quote } from '../extract/quotes/quote.js';
import { labelSide } from '../extract/sides/side-lexicon.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { buildSentenceId } from '../sentences/sentence.js';
import type { Excerpt } from './answer.js';
import { buildExcerpt } from './build-citation.js';
import type {
  Digest,
  DigestBaseline,
  DigestChange,
  DigestFigure,
  DigestFigureGroup,
  DigestReport,
  DigestSpeakerQuotes,
} from './digest.js';
import { rankSides } from './rank-sides.js';
import { toFigureFacts } from './to-figure-facts.js';

/** What a digest is built against. */
export type BuildDigestOptions = {
  /** Local date of the digest (YYYY-MM-DD in the digest time zone). */
  readonly date: string;
  /** What the channel's previous digest covered, or null for its first digest. */
  readonly baseline: DigestBaseline | null;
};

const CATEGORY_ORDER: readonly string[] = [...CASUALTY_CATEGORIES, ...TROOP_CATEGORIES];

/**
 * Builds the digest of what changed in the corpus since a baseline: the reports added or changed
 * (with their first sentence as the lead), the figures and direct quotes they bring that the
 * covered reports do not already carry, the files removed, and the corpus totals.
 *
 * A new figure carries the same claimant's latest earlier-dated figure with a different amount
 * in the same category and subject (`previous`), compared as `up`, `down` or `was`. Pure and
 * deterministic: every list has a total order and nothing depends on the clock.
 *
 * @example
 * const digest = buildDigest(index, { date: '2024-12-24', baseline: state.baseline });
 */
export function buildDigest(index: CorpusIndex, options: BuildDigestOptions): Digest {
  const covered = options.baseline?.reports ?? {};
  const fresh = new Set<string>();
  const reports: DigestReport[] = [];
  for (const report of index.reports) {
    const before = covered[report.file];
    if (before === report.hash) continue;
    fresh.add(report.id);
    reports.push(buildDigestReport(index, report, before === undefined ? 'new' : 'changed'));
  }
  reports.sort(
    (a, b) =>
      rankStatus(a.status) - rankStatus(b.status) || compareDatesDesc(a.date, b.date) || compare(a.file, b.file),
  );
  const files = new Set(index.reports.map((report) => report.file));
  const removed = Object.keys(covered)
    .filter((file) => !files.has(file))
    .sort(compare);
  return {
    kind: 'digest',
    date: options.date,
    since: options.baseline?.date ?? null,
    isEmpty: reports.length === 0 && removed.length === 0,
    reports,
    removed,
    figures: buildFigureGroups(index, fresh),
    quotes: buildSpeakerQuotes(index, fresh),
    totals: {
      reports: index.reports.length,
      figures: index.figures.length,
      quotes: index.quotes.filter((quote) => quote.direct).length,
    },
    covers: {
      date: options.date,
      reports: Object.fromEntries(
        [...index.reports].sort((a, b) => compare(a.file, b.file)).map((report) => [report.file, report.hash]),
      ),
    },
  };
}

function buildDigestReport(index: CorpusIndex, report: Report, status: DigestReport['status']): DigestReport {
  const first = index.sentencesById.get(buildSentenceId(report.id, 0));
  return {
    status,
    file: report.file,
    title: report.title,
    outlet: report.outlet,
    date: report.date,
    url: report.url,
    lead: first ? buildExcerpt(report, first, []) : null,
  };
}

type Claimant = { readonly key: string; readonly name: string };

function buildFigureGroups(index: CorpusIndex, fresh: ReadonlySet<string>): DigestFigureGroup[] {
  const claimantOf = new Map(index.figures.map((f) => [f.id, resolveClaimant(f.claimant, index.speakers)]));
  const groupKey = (f: Figure) => `${f.category}|${f.subject}|${claimantOf.get(f.id)?.key ?? ''}`;
  // A figure a covered report already carries is not news, whatever date the new report gives it.
  const claimKey = (f: Figure) => `${groupKey(f)}|${restatementKey(f)}`;
  const oldClaims = new Set(index.figures.filter((f) => !fresh.has(f.reportId)).map(claimKey));
  const groups = new Map<string, Figure[]>();
  for (const figure of index.figures) {
    // Figures about another event (`isOutsideStory`) are not what changed in the story.
    if (!fresh.has(figure.reportId) || oldClaims.has(claimKey(figure)) || figure.isOutsideStory === true) continue;
    groups.set(groupKey(figure), [...(groups.get(groupKey(figure)) ?? []), figure]);
  }
  const result = [...groups.values()].map((members) => {
    const [first] = members;
    if (!first) throw new Error('Empty figure group');
    const rows = dedupe(members.sort(byDateDescThenPlace), restatementKey, (figure, restated) => {
      const earlier = index.figures
        .filter((f) => groupKey(f) === groupKey(figure) && f.isRate === figure.isRate)
        .filter((f) => f.date !== null && figure.date !== null && f.date < figure.date)
        .filter((f) => restatementKey(f) !== restatementKey(figure))
        .sort(byDateDescThenPlace)[0];
      const row: DigestFigure = {
        ...excerptOfFigure(index, figure),
        figure: toFigureFacts(figure),
        previous: earlier
          ? {
              ...excerptOfFigure(index, earlier),
              figure: toFigureFacts(earlier),
              change: compareAmounts(figure, earlier),
            }
          : null,
        alsoIn: restated.map((f) => excerptOfFigure(index, f)),
      };
      return row;
    });
    const group: DigestFigureGroup = {
      kind: first.kind,
      category: first.category,
      subject: first.subject,
      subjectLabel: labelSide(index.lexicon, first.subject),
      claimant: claimantOf.get(first.id)?.name ?? null,
      figures: rows,
    };
    return { group, key: groupKey(first) };
  });
  // The followed side(s) first, then the others, side not stated last (`rankSides`).
  const ranking = rankSides(index.figures, index.lexicon);
  const sideOrder = [...ranking.primary, ...ranking.others];
  const rankOf = (key: string) => {
    const rank = sideOrder.indexOf(key);
    return rank === -1 ? sideOrder.length : rank;
  };
  return result
    .sort(
      (a, b) =>
        CATEGORY_ORDER.indexOf(a.group.category) - CATEGORY_ORDER.indexOf(b.group.category) ||
        rankOf(a.group.subject) - rankOf(b.group.subject) ||
        compare(a.group.subject, b.group.subject) ||
        compareNullableLast(a.group.claimant, b.group.claimant) ||
        compare(a.key, b.key),
    )
    .map(({ group }) => group);
}

function buildSpeakerQuotes(index: CorpusIndex, fresh: ReadonlySet<string>): DigestSpeakerQuotes[] {
  const direct = index.quotes.filter((quote) => quote.direct);
  const speakerOf = (q: Quote) => resolveSpeaker(q, index.speakers);
  const claimKey = (q: Quote) => `${speakerOf(q)?.key ?? ''}|${normalise(q.text)}`;
  const oldClaims = new Set(direct.filter((q) => !fresh.has(q.reportId)).map(claimKey));
  const groups = new Map<string, Quote[]>();
  for (const quote of direct) {
    if (!fresh.has(quote.reportId) || oldClaims.has(claimKey(quote))) continue;
    const key = speakerOf(quote)?.key ?? '';
    groups.set(key, [...(groups.get(key) ?? []), quote]);
  }
  const result = [...groups.entries()].map(([key, members]) => {
    const ordered = members.sort(
      (a, b) =>
        compareDatesDesc(reportOf(index, a.reportId).date, reportOf(index, b.reportId).date) ||
        compare(a.reportId, b.reportId) ||
        a.start - b.start,
    );
    const speaker = ordered[0] ? speakerOf(ordered[0]) : null;
    const group: DigestSpeakerQuotes = {
      speaker: speaker?.name ?? null,
      role: speaker?.role ?? null,
      quotes: dedupe(
        ordered,
        (q) => normalise(q.text),
        (quote, repeated) => ({
          ...excerptOfQuote(index, quote),
          text: quote.text,
          isCut: quote.isCut,
          alsoIn: repeated.map((q) => excerptOfQuote(index, q)),
        }),
      ),
    };
    return { group, key };
  });
  return result
    .sort((a, b) => compareNullableLast(a.group.speaker, b.group.speaker) || compare(a.key, b.key))
    .map(({ group }) => group);
}

/** Keeps the first item of each key, in order, and hands the later ones to `build` as restatements. */
function dedupe<T, R>(items: readonly T[], keyOf: (item: T) => string, build: (item: T, rest: T[]) => R): R[] {
  const byKey = new Map<string, T[]>();
  for (const item of items) byKey.set(keyOf(item), [...(byKey.get(keyOf(item)) ?? []), item]);
  return [...byKey.values()].flatMap(([first, ...rest]) => (first === undefined ? [] : [build(first, rest)]));
}

/**
 * Matches a claimant as written ("Ukrainian President Volodymyr Zelensky") to a speaker of the
 * directory when the claimant is, or ends with, one of the speaker's spellings (the longest
 * spelling wins, then the speaker key); otherwise the claimant stands for itself.
 */
function resolveClaimant(claimant: string | null, directory: SpeakerDirectory): Claimant | null {
  if (claimant === null || claimant.trim() === '') return null;
  const written = normalise(claimant);
  let best: { key: string; name: string; length: number } | null = null;
  for (const speaker of directory.speakers) {
    for (const spelling of [speaker.name, ...speaker.spellings].map(normalise)) {
      if (spelling === '' || !(written === spelling || written.endsWith(` ${spelling}`))) continue;
      const better =
        !best || spelling.length > best.length || (spelling.length === best.length && speaker.key < best.key);
      if (better) best = { key: `speaker:${speaker.key}`, name: speaker.name, length: spelling.length };
    }
  }
  return best ? { key: best.key, name: best.name } : { key: `as-written:${written}`, name: claimant.trim() };
}

function resolveSpeaker(quote: Quote, directory: SpeakerDirectory): (Claimant & { role: string | null }) | null {
  const key = directory.speakerOfQuote.get(quote.id);
  const speaker = key === undefined ? undefined : directory.speakers.find((s) => s.key === key);
  if (speaker) return { key: `speaker:${speaker.key}`, name: speaker.name, role: speaker.role };
  if (quote.speaker === null || quote.speaker.trim() === '') return null;
  return { key: `as-written:${normalise(quote.speaker)}`, name: quote.speaker.trim(), role: quote.speakerRole };
}

/** Two figures that restate the same amount the same way share this key. */
function restatementKey(figure: Figure): string {
  return `${normalise(figure.text)}|${figure.isRate}|${normalise(figure.period ?? '')}`;
}

function compareAmounts(figure: Figure, earlier: Figure): DigestChange {
  if (figure.value === null || earlier.value === null || figure.value === earlier.value) return 'was';
  return figure.value > earlier.value ? 'up' : 'down';
}

function excerptOfFigure(index: CorpusIndex, figure: Figure): Excerpt {
  const report = reportOf(index, figure.reportId);
  const span = index.sentencesById.get(figure.sentenceId) ?? figure;
  return buildExcerpt(report, span, [{ start: figure.start, end: figure.end }]);
}

function excerptOfQuote(index: CorpusIndex, quote: Quote): Excerpt {
  const report = reportOf(index, quote.reportId);
  return buildExcerpt(report, { start: quote.passageStart, end: quote.passageEnd }, [quote]);
}

function reportOf(index: CorpusIndex, reportId: string): Report {
  const report = index.reportsById.get(reportId);
  if (!report) throw new Error(`Cannot find report "${reportId}" in the corpus index`);
  return report;
}

function byDateDescThenPlace(a: Figure, b: Figure): number {
  return compareDatesDesc(a.date, b.date) || compare(a.reportId, b.reportId) || a.start - b.start;
}

function rankStatus(status: DigestReport['status']): number {
  return status === 'new' ? 0 : 1;
}

/** Newest first; undated last. */
function compareDatesDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compare(b, a);
}

function compareNullableLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compare(a, b);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Code-unit order: locale-independent. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
