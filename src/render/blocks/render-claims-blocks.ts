import type { FigureGroup, FigureRow, FiguresAnswer } from '../../answer/answer.js';
import { describeClaimant } from '../describe-claimant.js';
import { describeGroupScope } from '../describe-group-scope.js';
import { capitalizeLabel, FIGURE_CATEGORY_LABELS } from '../figure-labels.js';
import { renderClaimDate } from '../format-claim-date.js';
import { buildHeader, buildSections } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { BlockUnit, LazyUnit } from './paginate-blocks.js';
import { renderMrkdwnLink } from './render-mrkdwn-link.js';
import { renderSpreadEnd } from './render-spread-end.js';

/** Claim lines per block unit: a long group pages between units, never in the middle of a line. */
const CLAIMS_PER_UNIT = 15;

/**
 * The claims table that opens `/casualties` and `/troops`: per side and category (the answer's
 * groups, in its order), a bold heading, the spread line when the claims disagree, then one line
 * per claim: the figure as written, who claims it, the claim date resolved to a day, and the
 * report's title, linked to the reader at the cited sentence when the reader is on. Report text is
 * escaped; nothing is summarised or computed beyond the answer's own spread. Returns no units when
 * there are no figures. Deterministic.
 */
export function renderClaimsBlocks(answer: FiguresAnswer): BlockUnit[] {
  return listClaimsUnits(answer).map((unit) => unit());
}

/** The units of `renderClaimsBlocks`, each rendered only when called (a page renders only its own lines). */
export function listClaimsUnits(answer: FiguresAnswer): LazyUnit[] {
  const groups = [...answer.primary, ...answer.others];
  const units: LazyUnit[] = [];
  for (const [i, group] of groups.entries()) {
    for (let start = 0; start < Math.max(1, group.rows.length); start += CLAIMS_PER_UNIT) {
      units.push(() => renderClaimsUnit(group, start, i === 0 && start === 0));
    }
  }
  return units;
}

function renderClaimsUnit(group: FigureGroup, start: number, isFirst: boolean): BlockUnit {
  const heading = `*${capitalizeLabel(FIGURE_CATEGORY_LABELS[group.category])} · ${group.subjectLabel}${describeGroupScope(group, escapeMrkdwn)}*`;
  const spread = group.spread === null ? [] : [`Claims range from ${renderSpread(group.spread)}`];
  const chunk = group.rows.slice(start, start + CLAIMS_PER_UNIT).map(renderClaimLine);
  const text = start === 0 ? [heading, ...spread, ...chunk] : chunk;
  return [...(isFirst ? [buildHeader('Claims at a glance')] : []), ...buildSections(text.join('\n'))];
}

/** "• *over 3,000* · Volodymyr Zelensky · Mon 23 Dec 2024 · <reader|Title>". */
function renderClaimLine(row: FigureRow): string {
  const { figure, citation } = row;
  const claimant = describeClaimant(figure, escapeMrkdwn) ?? 'claimant not stated';
  const period = figure.period === null ? '' : ` ${escapeMrkdwn(figure.period)}`;
  const title = escapeMrkdwn(citation.title ?? citation.file);
  const source = citation.link === undefined ? title : renderMrkdwnLink(citation.link.reader, title);
  const date = renderClaimDate(figure, escapeMrkdwn);
  return `• *${escapeMrkdwn(figure.text)}*${period} · ${claimant} · ${date} · ${source}`;
}

function renderSpread(spread: NonNullable<FigureGroup['spread']>): string {
  return `${renderSpreadEnd(spread.low)} to ${renderSpreadEnd(spread.high)}`;
}
