import type { SourcesAnswer } from '../../answer/answer.js';
import { formatCount, formatNumber } from '../format-count.js';
import { buildContexts, buildHeader, buildSections } from './build-block.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { BlockUnit, LazyUnit } from './paginate-blocks.js';
import { pluralWord } from './plural-word.js';

/**
 * `/sources` as block units: the count and the corpus fingerprint, then each report's title (or
 * file), and a context line with file, outlet, date, size and sentence count, and its address as
 * plain escaped text (never a link Verbatim builds from report text). While the index is stale, a
 * line under the count says why.
 */
export function renderSourcesBlocks(answer: SourcesAnswer): BlockUnit[] {
  return listSourcesUnits(answer).map((unit) => unit());
}

/** The units of `renderSourcesBlocks`, each rendered only when called (a page renders only its own reports). */
export function listSourcesUnits(answer: SourcesAnswer): LazyUnit[] {
  const intro = `*${formatNumber(answer.reports.length)}* ${pluralWord(answer.reports.length, 'report')} · fingerprint \`${answer.fingerprint.slice(0, 16)}\``;
  const stale =
    answer.stale === undefined
      ? []
      : buildSections(
          `:warning: *Stale:* ${escapeMrkdwn(answer.stale)}. These are the reports last read; answers come from them until the folder is back.`,
        );
  const units: LazyUnit[] = [() => [buildHeader('Sources'), ...buildSections(intro), ...stale]];
  for (const report of answer.reports) units.push(() => renderReport(report));
  return units;
}

function renderReport(report: SourcesAnswer['reports'][number]): BlockUnit {
  const facts = [
    escapeMrkdwn(report.file),
    report.outlet === null ? 'outlet unknown' : escapeMrkdwn(report.outlet),
    report.date ?? 'undated',
    formatCount(report.bytes, 'byte'),
    formatCount(report.sentences, 'sentence'),
  ].join(' · ');
  return [
    ...buildSections(`*${escapeMrkdwn(report.title ?? report.file)}*`),
    ...buildContexts([facts, report.url === null ? '' : escapeMrkdwn(report.url)]),
  ];
}
