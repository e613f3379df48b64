import type { HomeView, KnownBlock } from '@slack/types';
import type { HomeClaim, HomeSummary } from '../../answer/build-home-summary.js';
import { describeClaimant } from '../describe-claimant.js';
import { capitalizeLabel, FIGURE_CATEGORY_LABELS } from '../figure-labels.js';
import { renderClaimDate } from '../format-claim-date.js';
import { formatNumber } from '../format-count.js';
import { MAX_BLOCKS_IN_HOME } from './block-limits.js';
import { buildContexts, buildDivider, buildHeader, buildSections } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { BlockUnit } from './paginate-blocks.js';
import { pluralWord } from './plural-word.js';
import { renderExcerptBlocks } from './render-excerpt-blocks.js';
import { HELP_INTRO } from './render-help-blocks.js';

/** Reports listed by name on the Home tab; `/sources` lists all of them. */
export const HOME_REPORTS_LISTED = 10;

/**
 * The App Home: how to ask, what the corpus holds (reports, latest date, fingerprint), and the
 * current North Korean figures per category with their claimants, each cited. Within Slack's 100
 * blocks by design: claims are added while they fit, and a closing line says how many were left
 * out and which command shows them. Report text is escaped. Deterministic.
 */
export function renderHomeView(summary: HomeSummary): HomeView {
  const head: KnownBlock[] = [
    buildHeader('Verbatim'),
    ...buildSections(`${HELP_INTRO}\n*How to ask:* use a slash command, mention me in a channel, or message me here.`),
    ...buildContexts(summary.help.map((entry) => `\`${escapeMrkdwn(entry.example)}\``)),
    buildDivider(),
    buildHeader('What the corpus holds'),
    ...buildSections(renderCorpusLine(summary)),
    ...buildContexts([`Corpus fingerprint \`${summary.fingerprint.slice(0, 16)}\``]),
    buildDivider(),
    buildHeader('Current figures'),
    ...buildContexts([
      summary.categories.length === 0
        ? `No ${summary.followedLabel === null ? '' : `${escapeMrkdwn(summary.followedLabel)} `}casualty or troop figures were found in the reports.`
        : `The newest figure each claimant gives about ${escapeMrkdwn(summary.followedLabel ?? 'each side')} forces. \`/casualties\` and \`/troops\` show every figure.`,
    ]),
  ];
  const units = summary.categories.flatMap((category) => {
    const [first, ...rest] = category.claims.map(renderClaim);
    return [
      [...buildSections(`*${capitalizeLabel(FIGURE_CATEGORY_LABELS[category.category])}*`), ...(first ?? [])],
      ...rest,
    ];
  });
  const claimCount = summary.categories.reduce((sum, category) => sum + category.claims.length, 0);
  return { type: 'home', blocks: [...head, ...fitUnits(units, MAX_BLOCKS_IN_HOME - head.length, claimCount)] };
}

function renderCorpusLine(summary: HomeSummary): string {
  const latest = summary.latestDate === null ? 'no report is dated' : `latest report dated ${summary.latestDate}`;
  const lines = [
    `*${formatNumber(summary.reportCount)}* ${pluralWord(summary.reportCount, 'report')} · *${formatNumber(summary.sentenceCount)}* ${pluralWord(summary.sentenceCount, 'sentence')} · ${latest}`,
    ...summary.reports.slice(0, HOME_REPORTS_LISTED).map((report) => {
      const outlet = report.outlet === null ? '' : ` · ${escapeMrkdwn(report.outlet)}`;
      return `• ${escapeMrkdwn(report.title ?? report.file)}${outlet} · ${report.date ?? 'undated'}`;
    }),
  ];
  const more = summary.reports.length - HOME_REPORTS_LISTED;
  if (more > 0) lines.push(`…and ${more} more: \`/sources\` lists every report.`);
  return lines.join('\n');
}

function renderClaim(claim: HomeClaim): BlockUnit {
  const claimant = describeClaimant(claim.figure, escapeMrkdwn) ?? 'Claimant not stated';
  const { date, dateText } = claim.figure;
  const when = date === null && dateText === null ? 'undated' : `as of ${renderClaimDate(claim.figure, escapeMrkdwn)}`;
  return renderExcerptBlocks(claim, {
    lead: `*${claimant}:*`,
    facts: [`*${escapeMrkdwn(claim.figure.text)}* · ${when}`],
  });
}

/** Whole units while they fit, keeping one block for the note on what was left out. */
function fitUnits(units: readonly BlockUnit[], room: number, claimCount: number): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let shown = 0;
  for (const unit of units) {
    if (blocks.length + unit.length > room - 1) break;
    blocks.push(...unit);
    shown += 1;
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
