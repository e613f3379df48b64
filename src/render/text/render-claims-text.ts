import type { FigureRow, FiguresAnswer, SpreadEnd } from '../../answer/answer.js';
import { describeClaimant } from '../describe-claimant.js';
import { describeGroupScope } from '../describe-group-scope.js';
import { capitalizeLabel, FIGURE_CATEGORY_LABELS } from '../figure-labels.js';
import { renderClaimDate } from '../format-claim-date.js';

/**
 * The claims table of `/casualties` and `/troops` as text lines, the same lines in the same order
 * as the blocks' "Claims at a glance": per side and category a heading, the spread when the claims
 * disagree, then one line per claim (figure as written and its period, claimant, resolved claim
 * date, report title). No lines when there are no figures. Deterministic.
 */
export function renderClaimsText(answer: FiguresAnswer): string[] {
  const groups = [...answer.primary, ...answer.others];
  if (groups.length === 0) return [];
  const lines = ['Claims at a glance'];
  for (const group of groups) {
    lines.push(
      `  ${capitalizeLabel(FIGURE_CATEGORY_LABELS[group.category])} · ${group.subjectLabel}${describeGroupScope(group, (text) => text)}`,
    );
    if (group.spread !== null) {
      lines.push(`  Claims range from ${renderEnd(group.spread.low)} to ${renderEnd(group.spread.high)}`);
    }
    for (const row of group.rows) lines.push(`  • ${renderClaimLine(row)}`);
  }
  return lines;
}

function renderClaimLine(row: FigureRow): string {
  const { figure, citation } = row;
  const period = figure.period === null ? '' : ` ${figure.period}`;
  const claimant = describeClaimant(figure, (text) => text) ?? 'claimant not stated';
  return `${figure.text}${period} · ${claimant} · ${renderClaimDate(figure)} · ${citation.title ?? citation.file}`;
}

function renderEnd(end: SpreadEnd): string {
  const period = end.period === null ? '' : `, ${end.period}`;
  return `${end.text} (${describeClaimant(end, (text) => text) ?? 'claimant not stated'}${period})`;
}
