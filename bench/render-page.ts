// Benchmark 6, rendering in process: the time to render the first page of the biggest answers
// (the /who-said of the most quoted speaker, /sources) as the bot did before (every page and the
// whole fallback text, to send one page) and as it does now (the pages laid out once, then only the
// page sent; another page of a kept answer renders that page alone).
import { answerQuestion } from '../src/answer/answer-question.js';
import { parseQuestion } from '../src/answer/parse-question.js';
import type { CorpusIndex } from '../src/index/corpus-index.js';
import { createPagedAnswer } from '../src/render/blocks/create-paged-answer.js';
import { renderAnswerBlocks } from '../src/render/blocks/render-answer-blocks.js';
import { pickRenderedPage } from '../src/render/blocks/rendered-page.js';
import { loadBenchCorpus } from './latency.js';
import { formatTable, median, ms } from './stats.js';

/** Runs `run` `times` times and returns the median milliseconds. */
function timeMedian(times: number, run: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** The most quoted speaker's name (ties: the first key), or null when no quote has a speaker. */
function findMostQuoted(index: CorpusIndex): string | null {
  const counts = new Map<string, number>();
  for (const key of index.speakers.speakerOfQuote.values()) counts.set(key, (counts.get(key) ?? 0) + 1);
  let best: { key: string; count: number } | null = null;
  for (const [key, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (best === null || count > best.count) best = { key, count };
  }
  return index.speakers.speakers.find((speaker) => speaker.key === best?.key)?.name ?? null;
}

/** Quick: 300 articles; `--articles=N` for more. Each time is the median of 5 runs (20 for a kept page). */
export async function runRenderPageBenchmark(full: boolean): Promise<string> {
  const { indexed, index } = await loadBenchCorpus(full);
  const speaker = findMostQuoted(index);
  const questions = [...(speaker === null ? [] : [`/who-said ${speaker}`]), '/sources'];
  const rows = questions.map((text) => {
    const answer = answerQuestion(parseQuestion(text), index, { limit: 25 });
    const paged = createPagedAnswer(answer);
    const kept = createPagedAnswer(answer);
    kept.renderPage(0);
    return [
      text.startsWith('/who-said') ? '/who-said (most quoted speaker)' : text,
      paged.pageCount,
      ms(timeMedian(5, () => pickRenderedPage(renderAnswerBlocks(answer), 0))),
      ms(timeMedian(5, () => createPagedAnswer(answer).renderPage(0))),
      ms(timeMedian(20, () => kept.renderPage(1))),
    ];
  });
  return `${indexed.length} articles indexed\n\n${formatTable(
    [
      'answer',
      'pages',
      'before: page 1 (all pages + whole text) ms',
      'now: page 1 of a new answer (layout + page) ms',
      'now: page 2 of a kept answer ms',
    ],
    rows,
  )}`;
}
