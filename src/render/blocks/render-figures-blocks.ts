import type { FigureFacts, FigureGroup, FigureRow, FiguresAnswer } from '../../answer/answer.js';
import { capitalizeLabel, FIGURE_CATEGORY_LABELS, SUBJECT_LABELS } from '../figure-labels.js';
import { renderClaimDate } from '../format-claim-date.js';
import { formatNumber } from '../format-count.js';
import { buildContexts, buildHeader, buildSections } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { BlockUnit } from './paginate-blocks.js';
import { pluralWord } from './plural-word.js';
import { renderClaimsBlocks } from './render-claims-blocks.js';
import { renderCitationLine, renderExcerptBlocks } from './render-excerpt-blocks.js';
import { renderSpreadEnd } from './render-spread-end.js';

/**
 * `/casualties` and `/troops` as block units: a header and the counts, then the claims table (one
 * line per claim, `renderClaimsBlocks`), then under "Excerpts" each group (North Korean first, as
 * the answer orders them) with its spread, and every row as its cited sentence with the figure in
 * bold, who claims it and when, and where else the claim appears.
 */
export function renderFiguresBlocks(answer: FiguresAnswer): BlockUnit[] {
  const title = answer.command === 'casualties' ? 'Casualty figures' : 'Troop figures';
  const filter = answer.filter === '' ? '' : ` · filter “${escapeMrkdwn(answer.filter)}”`;
  const counts =
    answer.figureCount === 0
      ? `No figures match${filter}.`
      : `*${formatNumber(answer.figureCount)}* ${pluralWord(answer.figureCount, 'figure')} from *${formatNumber(answer.reportCount)}* ${pluralWord(answer.reportCount, 'report')}${filter}`;
  const excerpts = [...answer.primary, ...answer.others].flatMap(renderGroup);
  const [firstExcerpt, ...moreExcerpts] = excerpts;
  // Claims first: the compact table opens the answer, the cited sentences follow under their own header.
  if (firstExcerpt === undefined) return [[buildHeader(title), ...buildSections(counts)]];
  return [
    [buildHeader(title), ...buildSections(counts)],
    ...renderClaimsBlocks(answer),
    [buildHeader('Excerpts'), ...firstExcerpt],
    ...moreExcerpts,
  ];
}

function renderGroup(group: FigureGroup): BlockUnit[] {
  const heading = `*${capitalizeLabel(FIGURE_CATEGORY_LABELS[group.category])} · ${SUBJECT_LABELS[group.subject]}*`;
  const spread =
    group.spread === null
      ? ''
      : `\nClaims range from ${renderSpreadEnd(group.spread.low)} to ${renderSpreadEnd(group.spread.high)}`;
  const [first, ...rest] = group.rows.map(renderRow);
  // The heading stays on the page of its first row.
  return [[...buildSections(`${heading}${spread}`), ...(first ?? [])], ...rest];
}

function renderRow(row: FigureRow): BlockUnit {
  const alsoIn =
    row.alsoIn.length === 0
      ? []
      : buildContexts([
          `Also in ${row.alsoIn.length} other ${pluralWord(row.alsoIn.length, 'place')} (${row.reportCount} ${pluralWord(row.reportCount, 'report')} in all):`,
          ...row.alsoIn.map((excerpt) => renderCitationLine(excerpt.citation)),
        ]);
  return [...renderExcerptBlocks(row, { facts: [renderFigureFacts(row.figure)] }), ...alsoIn];
}

/** "*over 3,000* · killed or wounded · claimed by … · as of … · over the past week". */
function renderFigureFacts(figure: FigureFacts): string {
  const parts = [
    `*${escapeMrkdwn(figure.text)}*`,
    figure.claimant === null ? 'claimant not stated' : `claimed by ${escapeMrkdwn(figure.claimant)}`,
    figure.date === null && figure.dateText === null ? 'undated' : `as of ${renderClaimDate(figure, escapeMrkdwn)}`,
  ];
  if (figure.period !== null) parts.push(escapeMrkdwn(figure.period));
  if (figure.isRate) parts.push('a rate');
  return parts.join(' · ');
}
