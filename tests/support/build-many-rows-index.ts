import { parseReport } from '../../src/corpus/parse-report.js';
import { buildCorpusIndex } from '../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../src/index/corpus-index.js';

/**
 * A corpus whose answers run to many pages: `count` short reports from one template, each quoting
 * the same commander twice (once directly, once reported), giving a casualty figure and naming a
 * bridge, so `/who-said Mara Velling`, `/who-said bridge`, `/casualties` and `/sources` each have
 * a row or more per report. Built with the real parser, extractors and index.
 */
export function buildManyRowsIndex(count: number): CorpusIndex {
  const reports = Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const text = [
      '---',
      `title: Bridge report ${n} <b>&</b> *day ${n}*`,
      `date: 2025-02-${String((i % 28) + 1).padStart(2, '0')}`,
      `outlet: Outlet ${(i % 5) + 1}`,
      '---',
      `"We will hold the bridge at kilometre ${n} until the convoy is through," said Mara Velling, the regional commander.`,
      '',
      `At least ${n * 3} soldiers were killed near the bridge on day ${n}, the ministry said.`,
      '',
      `Velling said the crossing at kilometre ${n} would reopen once the river had fallen.`,
      '',
    ].join('\n');
    return parseReport(`bridge-${String(n).padStart(4, '0')}.md`, text, text.length);
  });
  return buildCorpusIndex(reports);
}
