import type { FigureFacts, FigureGroup, FigureRow, FiguresAnswer, SpreadEnd } from '../../answer/answer.js';
import { describeClaimant } from '../describe-claimant.js';
import { capitalizeLabel, FIGURE_CATEGORY_LABELS } from '../figure-labels.js';
import { buildContexts, buildHeader, buildSections } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { BlockUnit, LazyUnit } from './paginate-blocks.js';
import { pluralWord } from './plural-word.js';
import { renderCitationLine, renderExcerptBlocks } from './render-excerpt-blocks.js';

/**
 * `/casualties` and `/troops` as block units: a header and the counts, then each group (North
 * Korean first, as the answer orders them) with its spread, then every row as its cited sentence
 * with the figure in bold, who claims it and when, and where else the claim appears.
 */
export function renderFiguresBlocks(answer: FiguresAnswer): BlockUnit[] {
  return listFiguresUnits(answer).map((unit) => unit());
}

/** The units of `renderFiguresBlocks`, each rendered only when called (a page renders only its own rows). */
export function listFiguresUnits(answer: FiguresAnswer): LazyUnit[] {
  const title = answer.command === 'casualties' ? 'Casualty figures' : 'Troop figures';
  const filter = answer.filter === '' ? '' : ` · filter “${escapeMrkdwn(answer.filter)}”`;
  const counts =
    answer.figureCount === 0
      ? `No figures match${filter}.`
      : `*${answer.figureCount}* ${pluralWord(answer.figureCount, 'figure')} from *${answer.reportCount}* ${pluralWord(answer.reportCount, 'report')}${filter}`;
  const units: LazyUnit[] = [() => [buildHeader(title), ...buildSections(counts)]];
  for (const group of [...answer.primary, ...answer.others]) units.push(...listGroupUnits(group));
  return units;
}

function listGroupUnits(group: FigureGroup): LazyUnit[] {
  const heading = `*${capitalizeLabel(FIGURE_CATEGORY_LABELS[group.category])} · ${group.subjectLabel}*`;
  const spread =
    group.spread === null
      ? ''
      : `\nClaims range from ${renderSpreadEnd(group.spread.low)} to ${renderSpreadEnd(group.spread.high)}`;
  // The heading stays on the page of its first row (a group without rows still shows it).
  if (group.rows.length === 0) return [() => buildSections(`${heading}${spread}`)];
  return group.rows.map((row, i) =>
    i === 0 ? () => [...buildSections(`${heading}${spread}`), ...renderRow(row)] : () => renderRow(row),
  );
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
  const who = describeClaimant(figure, escapeMrkdwn);
  const parts = [
    `*${escapeMrkdwn(figure.text)}*`,
    who === null ? 'claimant not stated' : figure.claimant === null ? who : `claimed by ${who}`,
    figure.dateText !== null
      ? `as of ${escapeMrkdwn(figure.dateText)}`
      : figure.date !== null
        ? `as of ${figure.date} (report date)`
        : 'undated',
  ];
  if (figure.period !== null) parts.push(escapeMrkdwn(figure.period));
  if (figure.isRate) parts.push('a rate');
  return parts.join(' · ');
}

function renderSpreadEnd(end: SpreadEnd): string {
  const who = describeClaimant(end, escapeMrkdwn) ?? 'claimant not stated';
  const period = end.period === null ? '' : `, ${escapeMrkdwn(end.period)}`;
  return `*${escapeMrkdwn(end.text)}* (${who}${period})`;
}
