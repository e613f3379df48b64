import type { FigureFacts, FigureGroup, FigureRow, FiguresAnswer } from '../../answer/answer.js';
import type { AnswerPart } from '../answer-part.js';
import { buildFiguresLines } from '../build-figures-lines.js';
import { describeClaimant } from '../describe-claimant.js';
import { describeGroupScope } from '../describe-group-scope.js';
import { capitalizeLabel, describePopulation, FIGURE_CATEGORY_LABELS } from '../figure-labels.js';
import { renderClaimDate } from '../format-claim-date.js';
import { formatNumber } from '../format-count.js';
import { keepTogether } from '../keep-together.js';
import { buildContexts, buildHeader, buildSections } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { BlockUnit, LazyUnit } from './paginate-blocks.js';
import { pluralWord } from './plural-word.js';
import { listClaimsUnits } from './render-claims-blocks.js';
import { renderCitationLine, renderExcerptBlocks } from './render-excerpt-blocks.js';
import { renderSpreadEnd } from './render-spread-end.js';

/**
 * `/casualties` and `/troops` as block units. The first screen (`answer`) is a header, the counts
 * (with the claims per side and category and, for a long answer, the "Narrow it" line:
 * `buildFiguresLines`), then the claims table (one line per claim, `renderClaimsBlocks`); the cited sentences are the
 * `excerpts` part, posted on request ("Show excerpts"): under "Excerpts" each group (North Korean
 * first, as the answer orders them) with its spread, and every row as its cited sentence with the
 * figure in bold, who claims it and when, and where else the claim appears; last, only when the
 * filter asks, figures outside the story under their own header "Outside the story".
 */
export function renderFiguresBlocks(answer: FiguresAnswer, part: AnswerPart = 'answer'): BlockUnit[] {
  return listFiguresUnits(answer, part).map((unit) => unit());
}

/** The units of `renderFiguresBlocks`, each rendered only when called (a page renders only its own rows). */
export function listFiguresUnits(answer: FiguresAnswer, part: AnswerPart = 'answer'): LazyUnit[] {
  return part === 'answer' ? listClaimsPart(answer) : listExcerptsPart(answer);
}

function listClaimsPart(answer: FiguresAnswer): LazyUnit[] {
  const title = answer.command === 'casualties' ? 'Casualty figures' : 'Troop figures';
  const filter = answer.filter === '' ? '' : ` · filter “${escapeMrkdwn(answer.filter)}”`;
  const counts =
    answer.figureCount === 0
      ? `No figures match${filter}.`
      : `*${formatNumber(answer.figureCount)}* ${pluralWord(answer.figureCount, 'figure')} from *${formatNumber(answer.reportCount)}* ${pluralWord(answer.reportCount, 'report')}${filter}`;
  const { sides, narrow } = buildFiguresLines(answer);
  const head = [counts, ...[sides, narrow].flatMap((line) => (line === null ? [] : [escapeMrkdwn(line)]))].join('\n');
  return [() => [buildHeader(title), ...buildSections(head)], ...listClaimsUnits(answer)];
}

function listExcerptsPart(answer: FiguresAnswer): LazyUnit[] {
  const [firstExcerpt, ...moreExcerpts] = [...answer.primary, ...answer.others].flatMap(listGroupUnits);
  const [firstOutside, ...moreOutside] = (answer.outside ?? []).flatMap(listGroupUnits);
  const outside: LazyUnit[] =
    firstOutside === undefined ? [] : [() => [buildHeader('Outside the story'), ...firstOutside()], ...moreOutside];
  if (firstExcerpt === undefined) return outside;
  return [() => [buildHeader('Excerpts'), ...firstExcerpt()], ...moreExcerpts, ...outside];
}

function listGroupUnits(group: FigureGroup): LazyUnit[] {
  const heading = `*${capitalizeLabel(FIGURE_CATEGORY_LABELS[group.category])} · ${group.subjectLabel}${describeGroupScope(group, escapeMrkdwn)}*`;
  const spread =
    group.spread === null
      ? ''
      : `\nClaims range from ${renderSpreadEnd(group.spread.low)} to ${renderSpreadEnd(group.spread.high)}`;
  // The heading stays on the page of its first row (a group without rows still shows it).
  if (group.rows.length === 0) return [() => buildSections(`${heading}${spread}`)];
  return group.rows.map((row, i) =>
    i === 0
      ? () => [...buildSections(`${heading}${spread}`), ...renderRow(row, describePopulation(row.figure, group))]
      : () => renderRow(row, describePopulation(row.figure, group)),
  );
}

function renderRow(row: FigureRow, population: string | null): BlockUnit {
  const alsoIn =
    row.alsoIn.length === 0
      ? []
      : buildContexts([
          `Also in ${row.alsoIn.length} other ${pluralWord(row.alsoIn.length, 'place')} (${row.reportCount} ${pluralWord(row.reportCount, 'report')} in all):`,
          ...row.alsoIn.map((excerpt) => renderCitationLine(excerpt.citation)),
        ]);
  return [...renderExcerptBlocks(row, { facts: [renderFigureFacts(row.figure, population)] }), ...alsoIn];
}

/** "*over 3,000* · killed or wounded · claimed by … · as of … · over the past week". */
function renderFigureFacts(figure: FigureFacts, population: string | null): string {
  const who = describeClaimant(figure, (text) => keepTogether(escapeMrkdwn(text)));
  const parts = [
    `*${escapeMrkdwn(figure.text)}*`,
    ...(population === null ? [] : [population]),
    who === null ? 'claimant not stated' : figure.claimant === null ? who : `claimed by ${who}`,
    figure.date === null && figure.dateText === null ? 'undated' : `as of ${renderClaimDate(figure, escapeMrkdwn)}`,
  ];
  if (figure.period !== null) parts.push(escapeMrkdwn(figure.period));
  if (figure.isRate) parts.push('a rate');
  return parts.join(' · ');
}
