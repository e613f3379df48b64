import type { ActionsBlock, Button, HomeView, KnownBlock } from '@slack/types';
import type { HomeSummary } from '../../answer/build-home-summary.js';
import { capitalizeLabel, FIGURE_CATEGORY_LABELS } from '../figure-labels.js';
import { formatNumber } from '../format-count.js';
import { MAX_BLOCKS_IN_HOME } from './block-limits.js';
import { buildContexts, buildDivider, buildHeader, buildSections } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { BlockUnit } from './paginate-blocks.js';
import { pluralWord } from './plural-word.js';
import { renderClaimSections } from './render-claims-blocks.js';
import { HELP_INTRO } from './render-help-blocks.js';

/** Reports listed by name on the Home tab; `/sources` lists all of them. */
export const HOME_REPORTS_LISTED = 10;

/** The common questions the Home tab offers as buttons: the button's label and the question it asks. */
export const HOME_QUESTIONS: readonly { readonly label: string; readonly question: string }[] = [
  { label: 'Casualties', question: '/casualties' },
  { label: 'Troops', question: '/troops' },
  { label: 'Sources', question: '/sources' },
  { label: 'Help', question: '/verbatim help' },
];

/**
 * The prefix of the Home buttons' action ids: `verbatim_home_question_0`, `_1`, … (Slack wants the
 * action ids of one block to differ). `slack-ids.ts` lists it with the others.
 */
export const HOME_QUESTION_ACTION_PREFIX = 'verbatim_home_question_';

/**
 * The App Home as a desk's front page. First the followed side(s) and the newest claim of each
 * claimant per category, one compact line each (figure, claimant, resolved date, linked title,
 * the "⋯" citation menu), as in the claims table of `/casualties`; then the latest reports that
 * belong to the story (`buildHomeSummary`), and a count of those in the folder that do not; then
 * buttons for the common questions (`HOME_QUESTIONS`) and how to ask. Within Slack's 100 blocks by
 * design: claims are added while they fit, and a closing line says how many were left out and
 * which command shows them. Report text is escaped. Deterministic.
 */
export function renderHomeView(summary: HomeSummary): HomeView {
  const followed = summary.followedLabel === null ? null : escapeMrkdwn(summary.followedLabel);
  const head: KnownBlock[] = [
    buildHeader(followed === null ? 'Verbatim' : `Following ${summary.followedLabel} forces`),
    ...buildContexts([
      summary.categories.length === 0
        ? `No ${followed === null ? '' : `${followed} `}casualty or troop figures were found in the reports.`
        : `The newest figure each claimant gives about ${followed ?? 'each side'} forces. \`/casualties\` and \`/troops\` show every figure.`,
    ]),
  ];
  const units = summary.categories.map((category): BlockUnit => {
    const heading = `*${capitalizeLabel(FIGURE_CATEGORY_LABELS[category.category])} · ${escapeMrkdwn(category.subjectLabel)}*`;
    return [...buildSections(heading), ...category.claims.flatMap(renderClaimSections)];
  });
  const tail: KnownBlock[] = [
    buildDivider(),
    buildHeader('Latest reports'),
    ...buildSections(renderReportLines(summary)),
    ...buildContexts([`Corpus fingerprint \`${summary.fingerprint.slice(0, 16)}\``]),
    buildDivider(),
    buildHeader('Ask'),
    renderQuestionButtons(),
    ...buildSections(`${HELP_INTRO}\n*How to ask:* use a slash command, mention me in a channel, or message me here.`),
    ...buildContexts(summary.help.map((entry) => `\`${escapeMrkdwn(entry.example)}\``)),
  ];
  const claimCount = summary.categories.reduce((sum, category) => sum + category.claims.length, 0);
  const room = MAX_BLOCKS_IN_HOME - head.length - tail.length;
  return { type: 'home', blocks: [...head, ...fitClaims(units, room, claimCount), ...tail] };
}

function renderReportLines(summary: HomeSummary): string {
  const latest = summary.latestDate === null ? 'none is dated' : `latest dated ${summary.latestDate}`;
  const count = summary.reports.length;
  const lines = [
    `*${formatNumber(count)}* ${pluralWord(count, 'report')} on the story · ${latest} · *${formatNumber(summary.sentenceCount)}* ${pluralWord(summary.sentenceCount, 'sentence')} in the folder`,
    ...summary.reports.slice(0, HOME_REPORTS_LISTED).map((report) => {
      const outlet = report.outlet === null ? '' : ` · ${escapeMrkdwn(report.outlet)}`;
      return `• ${escapeMrkdwn(report.title ?? report.file)}${outlet} · ${report.date ?? 'undated'}`;
    }),
  ];
  const more = count - HOME_REPORTS_LISTED;
  if (more > 0) lines.push(`…and ${formatNumber(more)} more: \`/sources\` lists every report.`);
  if (summary.outsideReportCount > 0) {
    const other = summary.outsideReportCount;
    lines.push(
      `${formatNumber(other)} other ${pluralWord(other, 'report')} in the folder ${pluralWord(other, 'is', 'are')} not about the story.`,
    );
  }
  return lines.join('\n');
}

function renderQuestionButtons(): ActionsBlock {
  const buttons = HOME_QUESTIONS.map(
    ({ label, question }, i): Button => ({
      type: 'button',
      action_id: `${HOME_QUESTION_ACTION_PREFIX}${i}`,
      text: { type: 'plain_text', text: label, emoji: false },
      value: question,
    }),
  );
  return { type: 'actions', elements: buttons };
}

/** Whole categories, then whole claims, while they fit, keeping one block for the note on what was left out. */
function fitClaims(units: readonly BlockUnit[], room: number, claimCount: number): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let shown = 0;
  for (const unit of units) {
    const [heading, ...claims] = unit;
    if (heading === undefined || blocks.length + 2 > room - 1) break;
    blocks.push(heading);
    for (const claim of claims) {
      if (blocks.length + 1 > room - 1) break;
      blocks.push(claim);
      shown += 1;
    }
  }
  const left = claimCount - shown;
  if (left > 0) {
    blocks.push(
      ...buildContexts([
        `${left} more ${pluralWord(left, 'claim')} not shown here: \`/casualties\` and \`/troops\` list every figure.`,
      ]),
    );
  }
  return blocks;
}
