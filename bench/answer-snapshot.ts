// Answers every query set of benchmark 3 and writes each answer (its JSON, its plain text and its
// Block Kit pages) to a file, with the time each took, so two versions of the code can be compared
// on a large corpus: the same file twice means no answer changed. Prints p50/p99 per set and the
// slowest queries (where the tail comes from). The CPU columns (the process's user + system time
// per answer) move less than wall time when other processes share the cores.
//
//   npx tsx --max-old-space-size=8192 bench/answer-snapshot.ts --articles=5000 --out=before.jsonl
//   npx tsx --max-old-space-size=8192 bench/answer-snapshot.ts --articles=5000 --out=after.jsonl --compare=before.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { answerQuestion } from '../src/answer/answer-question.js';
import { parseQuestion } from '../src/answer/parse-question.js';
import { createPagedAnswer } from '../src/render/blocks/create-paged-answer.js';
import { renderAnswerBlocks } from '../src/render/blocks/render-answer-blocks.js';
import { renderAnswerText } from '../src/render/text/render-answer-text.js';
import { loadBenchCorpus } from './latency.js';
import { makeQuerySets } from './make-queries.js';
import { describeMachine, formatTable, ms, percentile } from './stats.js';

/** The slowest queries listed per set. */
const SLOWEST_SHOWN = 5;

function option(name: string): string | null {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? null;
}

const { indexed, heldBack, index, source, seconds } = await loadBenchCorpus(false);
console.log(describeMachine());
console.log(`${indexed.length} articles; index from ${source} in ${seconds.toFixed(1)} s`);
const lines: string[] = [];
const rows: string[][] = [];
const slowest: string[] = [];
for (const set of makeQuerySets(index, indexed, heldBack)) {
  const timed = set.queries.map((query) => {
    const line = `${set.command} ${query}`;
    const cpu = process.cpuUsage();
    const at = performance.now();
    const answer = answerQuestion(parseQuestion(line), index);
    const answerMs = performance.now() - at;
    const answerCpu = process.cpuUsage(cpu);
    // The Slack path: the answer laid out in pages, its first page rendered (with the fallback text).
    const first = createPagedAnswer(answer).renderPage(0);
    const renderMs = performance.now() - at - answerMs;
    const blocks = renderAnswerBlocks(answer);
    lines.push(JSON.stringify({ line, answer, text: renderAnswerText(answer), blocks, first }));
    return { line, answerMs, renderMs, cpuMs: (answerCpu.user + answerCpu.system) / 1000 };
  });
  const answerTimes = timed.map(({ answerMs }) => answerMs);
  const renderTimes = timed.map(({ renderMs }) => renderMs);
  const cpuTimes = timed.map(({ cpuMs }) => cpuMs);
  rows.push([
    set.name,
    String(timed.length),
    ms(percentile(answerTimes, 0.5)),
    ms(percentile(answerTimes, 0.99)),
    ms(Math.max(...answerTimes)),
    ms(percentile(cpuTimes, 0.5)),
    ms(percentile(cpuTimes, 0.99)),
    ms(cpuTimes.reduce((sum, time) => sum + time, 0)),
    ms(percentile(renderTimes, 0.5)),
    ms(percentile(renderTimes, 0.99)),
  ]);
  for (const { line, answerMs } of [...timed].sort((a, b) => b.answerMs - a.answerMs).slice(0, SLOWEST_SHOWN))
    slowest.push(`${ms(answerMs)} ms  ${line}`);
}
console.log(
  formatTable(
    [
      'queries',
      'n',
      'answer p50 ms',
      'answer p99 ms',
      'answer max ms',
      'answer CPU p50 ms',
      'answer CPU p99 ms',
      'answer CPU total ms',
      'first page p50 ms',
      'first page p99 ms',
    ],
    rows,
  ),
);
console.log(`\nSlowest per set:\n${slowest.join('\n')}`);
const out = option('out');
if (out !== null) writeFileSync(out, `${lines.join('\n')}\n`);
const compare = option('compare');
if (compare !== null) {
  const before = readFileSync(compare, 'utf8').trimEnd().split('\n');
  const differing = lines.filter((line, at) => line !== before[at]);
  const sizes = before.length === lines.length ? '' : ` (${before.length} answers before, ${lines.length} now)`;
  console.log(`\n${differing.length} of ${lines.length} answers differ from ${compare}${sizes}`);
  for (const line of differing.slice(0, 3)) console.log(line.slice(0, 300));
  if (differing.length > 0 || sizes !== '') process.exitCode = 1;
}
