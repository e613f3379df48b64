import type { SourcesAnswer } from '../../answer/answer.js';
import { formatCount, formatNumber } from '../format-count.js';
import { buildContexts, buildHeader, buildSections } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { BlockUnit } from './paginate-blocks.js';
import { pluralWord } from './plural-word.js';

/**
 * `/sources` as block units: the count and the corpus fingerprint, then each report's title (or
 * file), and a context line with file, outlet, date, size and sentence count, and its address as
 * plain escaped text (never a link Verbatim builds from report text).
 */
export function renderSourcesBlocks(answer: SourcesAnswer): BlockUnit[] {
  const intro = `*${formatNumber(answer.reports.length)}* ${pluralWord(answer.reports.length, 'report')} · fingerprint \`${answer.fingerprint.slice(0, 16)}\``;
  const units: BlockUnit[] = [[buildHeader('Sources'), ...buildSections(intro)]];
  for (const report of answer.reports) {
    const facts = [
      escapeMrkdwn(report.file),
      report.outlet === null ? 'outlet unknown' : escapeMrkdwn(report.outlet),
      report.date ?? 'undated',
      formatCount(report.bytes, 'byte'),
      formatCount(report.sentences, 'sentence'),
    ].join(' · ');
    units.push([
      ...buildSections(`*${escapeMrkdwn(report.title ?? report.file)}*`),
      ...buildContexts([facts, report.url === null ? '' : escapeMrkdwn(report.url)]),
    ]);
  }
  return units;
}
