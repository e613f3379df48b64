import type { Excerpt } from '../../answer/answer.js';
import type {
  Digest,
  DigestFigure,
  DigestFigureGroup,
  DigestReport,
  DigestSpeakerQuotes,
} from '../../answer/digest.js';
import { capitalizeLabel, FIGURE_CATEGORY_LABELS } from '../figure-labels.js';
import { formatClaimDate, renderClaimDate } from '../format-claim-date.js';
import { formatCount } from '../format-count.js';
import { showInvisibleControls } from '../show-invisible-controls.js';
import { renderCitationText, renderExcerptText } from './render-citation-text.js';

const CHANGE_WORDS = { up: 'up from', down: 'down from', was: 'was' } as const;

/**
 * Renders a digest as plain text: the operator's dry run and a terminal view. Every line is fixed
 * template text or a verbatim excerpt with its citation; direction and zero-width controls in
 * report text are shown as `<U+202E>`. Deterministic.
 *
 * @example
 * console.log(renderDigestText(buildDigest(index, { date: '2024-12-24', baseline: null })));
 */
export function renderDigestText(digest: Digest): string {
  return showInvisibleControls(renderWholeDigest(digest));
}

function renderWholeDigest(digest: Digest): string {
  const totals = `Corpus: ${renderDigestTotals(digest)}`;
  if (digest.isEmpty) return [renderDigestEmptyLine(digest), totals].join('\n');
  const lines = [renderDigestTitle(digest)];
  if (digest.reports.length > 0) {
    lines.push('', `New and changed reports (${digest.reports.length})`);
    for (const report of digest.reports) lines.push(...renderReport(report));
  }
  if (digest.removed.length > 0) {
    lines.push('', `Removed (${digest.removed.length})`, ...digest.removed.map((file) => `  • ${file}`));
  }
  if (digest.figures.length > 0) {
    lines.push('', `New figures (${digest.figures.reduce((n, group) => n + group.figures.length, 0)})`);
    digest.figures.forEach((group, i) => {
      lines.push(...renderFigureGroup(group, isNewHeading(digest.figures[i - 1], group)));
    });
  }
  if (digest.quotes.length > 0) {
    lines.push('', `New quotes (${digest.quotes.reduce((n, group) => n + group.quotes.length, 0)})`);
    for (const group of digest.quotes) lines.push(...renderSpeakerQuotes(group));
  }
  lines.push('', totals);
  return lines.join('\n');
}

/** "Verbatim digest · 2024-12-24 · since 2024-12-23" (or "· first digest"). */
export function renderDigestTitle(digest: Digest): string {
  return `Verbatim digest · ${digest.date} · ${digest.since === null ? 'first digest' : `since ${digest.since}`}`;
}

/** The one line an empty digest says. */
export function renderDigestEmptyLine(digest: Digest): string {
  return digest.since === null ? 'No reports yet.' : `No new reports since ${digest.since}.`;
}

/** "5 reports · 40 figures · 12 quotes". */
export function renderDigestTotals(digest: Digest): string {
  const { reports, figures, quotes } = digest.totals;
  return `${formatCount(reports, 'report')} · ${formatCount(figures, 'figure')} · ${formatCount(quotes, 'quote')}`;
}

/** A short summary for notifications: counts and dates only, no report text. */
export function renderDigestSummary(digest: Digest): string {
  if (digest.isEmpty) return `Verbatim digest · ${digest.date}: ${renderDigestEmptyLine(digest)}`;
  const figures = digest.figures.reduce((n, group) => n + group.figures.length, 0);
  const quotes = digest.quotes.reduce((n, group) => n + group.quotes.length, 0);
  return `Verbatim digest · ${digest.date}: ${formatCount(digest.reports.length, 'new or changed report')}, ${formatCount(figures, 'new figure')}, ${formatCount(quotes, 'new quote')}`;
}

/** "North Korean: killed or wounded". */
export function renderDigestGroupHeading(group: DigestFigureGroup): string {
  return `${capitalizeLabel(group.subjectLabel)}: ${FIGURE_CATEGORY_LABELS[group.category]}`;
}

/**
 * "Volodymyr Zelensky: over 3,000 killed or wounded, as of Sat 21 Dec 2024, up from 1,000 (Wed 20 Nov 2024)". The claimant
 * and the amounts are verbatim and pass through `escape`; the rest is template text.
 */
export function renderDigestFigureLine(
  group: DigestFigureGroup,
  row: DigestFigure,
  escapeText: (text: string) => string = (text) => text,
): string {
  const claimant = group.claimant === null ? 'Claimant not stated' : escapeText(group.claimant);
  const period = row.figure.period === null ? '' : ` ${escapeText(row.figure.period)}`;
  const asOf = `as of ${renderClaimDate(row.figure, escapeText)}`;
  const line = `${claimant}: ${escapeText(row.figure.text)} ${FIGURE_CATEGORY_LABELS[group.category]}${period}, ${asOf}`;
  const previous = row.previous;
  if (previous === null) return line;
  const when = previous.figure.date === null ? '' : ` (${formatClaimDate(previous.figure).day})`;
  return `${line}, ${CHANGE_WORDS[previous.change]} ${escapeText(previous.figure.text)}${when}`;
}

/** "Ukrainian President Volodymyr Zelensky" style speaker line: name, then role when known. */
export function renderDigestSpeaker(
  group: DigestSpeakerQuotes,
  escapeText: (text: string) => string = (text) => text,
): string {
  if (group.speaker === null) return 'Speaker not named';
  return group.role === null ? escapeText(group.speaker) : `${escapeText(group.speaker)} (${escapeText(group.role)})`;
}

function renderReport(report: DigestReport): string[] {
  const status = report.status === 'changed' ? ' (changed)' : '';
  const lines = [
    `  • ${report.title ?? report.file}${status}`,
    `    ${report.outlet ?? 'outlet unknown'} · ${report.date ?? 'undated'} · ${report.file}`,
  ];
  if (report.url !== null) lines.push(`    ${report.url}`);
  lines.push(report.lead === null ? '    (no body text)' : renderExcerptText(report.lead, '    '));
  return lines;
}

/** True when a figure group starts a new category or subject, so its heading is shown once. */
export function isNewHeading(previous: DigestFigureGroup | undefined, group: DigestFigureGroup): boolean {
  return previous === undefined || previous.category !== group.category || previous.subject !== group.subject;
}

function renderFigureGroup(group: DigestFigureGroup, hasHeading: boolean): string[] {
  const lines = hasHeading ? ['', `  ${renderDigestGroupHeading(group)}`] : [];
  for (const row of group.figures) {
    lines.push(`    • ${renderDigestFigureLine(group, row)}`, renderExcerptText(row, '      '));
    if (row.previous !== null) lines.push(`      Previously: ${renderCitationText(row.previous.citation)}`);
    lines.push(...renderAlsoIn(row.alsoIn));
  }
  return lines;
}

function renderSpeakerQuotes(group: DigestSpeakerQuotes): string[] {
  const lines = ['', `  ${renderDigestSpeaker(group)}`];
  for (const quote of group.quotes) {
    lines.push(renderExcerptText(quote, '    ') + (quote.isCut ? '\n      (the copy cuts this quote off)' : ''));
    lines.push(...renderAlsoIn(quote.alsoIn));
  }
  return lines;
}

function renderAlsoIn(excerpts: readonly Excerpt[]): string[] {
  return excerpts.map((excerpt) => `      Also in: ${renderCitationText(excerpt.citation)}`);
}
