import type { FigureFacts, FigureGroup, FigureRow, FiguresAnswer, SpreadEnd } from '../../answer/answer.js';
import type { AnswerPart } from '../answer-part.js';
import { buildFiguresLines } from '../build-figures-lines.js';
import { describeClaimant } from '../describe-claimant.js';
import { describeGroupScope } from '../describe-group-scope.js';
import { capitalizeLabel, describePopulation, FIGURE_CATEGORY_LABELS } from '../figure-labels.js';
import { renderClaimDate } from '../format-claim-date.js';
import { keepTogether } from '../keep-together.js';
import { PLAIN_TEXT_STYLE, renderCitationText, renderExcerptText, type TextStyle } from './render-citation-text.js';
import { renderClaimsText } from './render-claims-text.js';

const NUMBER = new Intl.NumberFormat('en-US');

/**
 * `/casualties` and `/troops` as plain text, by a fixed template: the header ("7 figures from 4
 * reports"), the claims per side and category and a long answer's "Narrow it" line, the claims table (`renderClaimsText`, as in Slack), then under "Excerpts" per North Korean category a section with the spread (when the figures differ)
 * and numbered rows, then "Other forces" the same way, then (only when the filter asks) "Outside the story". A row is the figure as written, its
 * reading ("≥ 3,000", "≈ 1,000", "10,000–12,000", "thousands (no number given)"), the claimant
 * (`describeClaimant`: "John Kirby, citing U.S. intelligence", "unattributed (reports)", or "no
 * claimant named"), the date (or "undated"), then the cited sentence with the figure
 * marked, and where the claim recurs "also in N other reports" with their citations.
 *
 * Every line is template text or a verbatim piece of a report; numbers are formatted en-US.
 * `part` picks what one Slack message shows (the terminal shows both): `answer` is the header
 * (with `buildFiguresLines`) and the claims table, `excerpts` the lines from "Excerpts" on, the same lines as the blocks of each.
 */
export function renderFiguresText(
  answer: FiguresAnswer,
  style: TextStyle = PLAIN_TEXT_STYLE,
  part: AnswerPart | 'whole' = 'whole',
): string {
  const lines: string[] = [];
  if (part !== 'excerpts') lines.push(...renderClaimsPart(answer));
  if (part !== 'answer' && hasFigureRows(answer)) {
    if (part === 'whole') lines.push('');
    lines.push(...renderExcerptsPart(answer, style));
  }
  return lines.join('\n');
}

/** True when the answer has a cited figure to show under "Excerpts" (or "Outside the story"). */
export function hasFigureRows(answer: FiguresAnswer): boolean {
  return [...answer.primary, ...answer.others, ...(answer.outside ?? [])].length > 0;
}

function renderClaimsPart(answer: FiguresAnswer): string[] {
  const header = `${count(answer.figureCount, 'figure')} from ${count(answer.reportCount, 'report')}`;
  const { sides, narrow } = buildFiguresLines(answer);
  const lines = [answer.filter === '' ? header : `${header} · filter "${answer.filter}"`];
  if (sides !== null) lines.push(sides);
  if (narrow !== null) lines.push(narrow);
  if (!hasFigureRows(answer)) lines.push('', 'No figures found.');
  else {
    const claims = renderClaimsText(answer);
    if (claims.length > 0) lines.push('', ...claims);
  }
  return lines;
}

function renderExcerptsPart(answer: FiguresAnswer, style: TextStyle): string[] {
  const lines = ['Excerpts'];
  for (const group of answer.primary) lines.push('', ...renderGroup(group, style));
  if (answer.others.length > 0) {
    lines.push('', 'Other forces');
    for (const group of answer.others) lines.push('', ...renderGroup(group, style));
  }
  const outside = answer.outside ?? [];
  if (outside.length > 0) {
    lines.push('', 'Outside the story');
    for (const group of outside) lines.push('', ...renderGroup(group, style));
  }
  return lines;
}

function renderGroup(group: FigureGroup, style: TextStyle): string[] {
  const label = FIGURE_CATEGORY_LABELS[group.category];
  const lines = [`${capitalizeLabel(group.subjectLabel)} — ${label}${describeGroupScope(group, asWritten)}`];
  if (group.spread !== null) {
    lines.push(`  ${label}: from ${renderSpreadEnd(group.spread.low)} to ${renderSpreadEnd(group.spread.high)}`);
  }
  group.rows.forEach((row, i) => {
    lines.push(
      `  ${i + 1}. ${renderFacts(row.figure, describePopulation(row.figure, group))}`,
      renderExcerptText(row, '    ', style),
      ...renderAlsoIn(row),
    );
  });
  return lines;
}

function renderSpreadEnd(end: SpreadEnd): string {
  const period = end.period === null ? '' : ` ${end.period}`;
  return `${end.text}${period} (${describeClaimant(end, asWritten) ?? 'no claimant named'})`;
}

function renderFacts(figure: FigureFacts, population: string | null): string {
  const reading = figure.period === null ? renderReading(figure) : `${renderReading(figure)} ${figure.period}`;
  const claimant = describeClaimant(figure, keepTogether) ?? 'no claimant named';
  const who = population === null ? claimant : `${population} · ${claimant}`;
  return `${figure.text} · ${reading} · ${who} · ${renderClaimDate(figure)}`;
}

function renderReading(figure: FigureFacts): string {
  if (figure.value === null) return `${figure.text} (no number given)`;
  const value = NUMBER.format(figure.value);
  switch (figure.bound) {
    case 'lower':
      return `≥ ${value}`;
    case 'upper':
      return `≤ ${value}`;
    case 'approximate':
      return `≈ ${value}`;
    case 'range':
      return `${value}–${NUMBER.format(figure.valueMax ?? figure.value)}`;
    default:
      return value;
  }
}

function renderAlsoIn(row: FigureRow): string[] {
  if (row.alsoIn.length === 0) return [];
  const otherReports = row.reportCount - 1;
  const summary =
    otherReports > 0
      ? `also in ${otherReports} other report${otherReports === 1 ? '' : 's'}`
      : `also in ${row.alsoIn.length} more sentence${row.alsoIn.length === 1 ? '' : 's'} of this report`;
  return [`    ${summary}:`, ...row.alsoIn.map((excerpt) => `      ${renderCitationText(excerpt.citation)}`)];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Plain text takes a report's words as they are. */
function asWritten(text: string): string {
  return text;
}
