// The memory of the index an answer worker holds, part by part (docs/benchmarks.md, "Memory of the
// index"). A SQLite store of N AllSides articles is written from the JSON cache of bench/store.ts
// (built the first time, which takes minutes; with --full, the cache of bench/full-cold-start.ts when
// it has run); then a child process with `--expose-gc` reads the
// index back from the store as the answer worker does (`readStoredCorpusIndex`) and lets go of its
// parts one at a time, collecting garbage after each: the heap each release frees is what that
// part holds on its own (a part shared with a later one, such as the sentences the search index
// also holds, is counted where it is last let go). Each part is also extrapolated to the full
// corpus by the count it grows with.
//
//   npx tsx bench/heap.ts --articles=5000
//   npx tsx bench/heap.ts --full                 # the 37,054 indexed articles (the lead's run)

import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { DEFAULT_CORPUS_SETTINGS } from '../src/corpus/corpus-settings.js';
import { loadOrBuildCorpusIndex } from '../src/index/load-or-build-corpus-index.js';
import { readStoredCorpusIndex } from '../src/index/store/read-stored-corpus-index.js';
import { writeSqliteCorpusStore } from '../src/index/store/write-sqlite-corpus-store.js';
import { HELD_BACK } from './read-allsides.js';
import { LARGE_HEAP, runChild } from './run-child.js';
import { FULL_COLD_FILE, QUICK_ARTICLES, WORK_DIR, writeCorpusDir } from './startup.js';
import { articleCountOption, describeMachine, formatTable, isFullMode, mb } from './stats.js';

/** What the child measures: the parts in the order they are let go, and the whole. */
type HeapRun = {
  readonly reports: number;
  readonly sentences: number;
  readonly quotes: number;
  readonly readMs: number;
  /** Heap used by the whole index, after a collection. */
  readonly heap: number;
  readonly rss: number;
  readonly peakRss: number;
  /** The report texts as V8 holds them: one byte a character when every character is Latin-1, else two. */
  readonly textBytes: number;
  readonly parts: readonly { readonly name: string; readonly scale: Scale; readonly bytes: number }[];
};

type Scale = 'reports' | 'sentences' | 'quotes';

/** The full corpus's counts (issue 12): what each part is extrapolated to. */
const FULL_COUNTS: Record<Scale, number> = { reports: 37_054, sentences: 1_500_000, quotes: 432_000 };

/** The index's fields in the order they are let go, each with the count it grows with. */
const RELEASE_ORDER: readonly (readonly [string, readonly string[], Scale])[] = [
  ['quote catalog: directWords (word index)', ['quoteCatalog.directWords'], 'quotes'],
  ['quote catalog: bySpeaker', ['quoteCatalog.bySpeaker'], 'quotes'],
  ['quote catalog: groups', ['quoteCatalog.groups'], 'quotes'],
  ['quote catalog: the rest (speaker look-ups)', ['quoteCatalog'], 'quotes'],
  ['figure sentence terms', ['figureSentenceTerms'], 'sentences'],
  ['sentencesById', ['sentencesById'], 'sentences'],
  ['search index (minisearch, term arrays)', ['search'], 'reports'],
  ['sentences', ['sentences'], 'sentences'],
  ['speakers', ['speakers'], 'quotes'],
  ['quotes', ['quotes'], 'quotes'],
  ['figures', ['figures'], 'sentences'],
  ['reports (texts and metadata)', ['reports', 'reportsById'], 'reports'],
  ['the rest (settings, lexicon)', ['settings', 'lexicon', 'fingerprint', 'store'], 'reports'],
];

const [, , mode = '', storePath = ''] = process.argv;
if (mode === '--child') {
  process.stdout.write(`${JSON.stringify(measure(storePath))}\n`);
} else {
  const count = articleCountOption() ?? (isFullMode() ? 37_554 - HELD_BACK : QUICK_ARTICLES);
  const dir = writeCorpusDir(count);
  // In full mode, the cache bench/full-cold-start.ts leaves (it is whole once full-cold.json is written); else bench/store.ts's.
  const fullCache = join(WORK_DIR, `startup-cache-${count}`);
  const cacheDir =
    isFullMode() && existsSync(join(WORK_DIR, FULL_COLD_FILE))
      ? fullCache
      : join(WORK_DIR, `store-bench-cache-${count}`);
  const { index } = await loadOrBuildCorpusIndex(dir, { cacheDir });
  const path = join(WORK_DIR, `heap-bench-${count}.sqlite`);
  rmSync(path, { force: true });
  writeSqliteCorpusStore(path, index, { key: 'heap-bench', warnings: [] });
  const run = runChild<HeapRun>('heap.ts', ['--child', path], [...LARGE_HEAP, '--expose-gc']);
  console.log(report(run));
  console.log(`\n(${describeMachine()})`);
}

function measure(path: string): HeapRun {
  const collect = (): number => {
    (globalThis as { gc?: () => void }).gc?.();
    (globalThis as { gc?: () => void }).gc?.();
    return getHeapStatistics().used_heap_size;
  };
  const base = collect();
  const at = performance.now();
  // Bench corpora have no verbatim.yml: the store was written with the default settings.
  const read = readStoredCorpusIndex(path, DEFAULT_CORPUS_SETTINGS);
  const readMs = performance.now() - at;
  const held: Record<string, unknown> = { ...read.index, quoteCatalog: { ...read.index.quoteCatalog } };
  const counts = {
    reports: read.index.reports.length,
    sentences: read.index.sentences.length,
    quotes: read.index.quotes.length,
  };
  const textBytes = read.index.reports.reduce(
    (sum, report) => sum + report.text.length * (/[\u0100-\uffff]/.test(report.text) ? 2 : 1),
    0,
  );
  // From here on only `held` keeps the index alive.
  (read as { index: unknown }).index = null;
  const whole = collect();
  const rss = process.memoryUsage().rss;
  const parts = RELEASE_ORDER.map(([name, fields, scale]) => {
    const before = collect();
    for (const field of fields) {
      const [outer = '', inner] = field.split('.');
      if (inner === undefined) delete held[outer];
      else delete (held[outer] as Record<string, unknown>)[inner];
    }
    return { name, scale, bytes: before - collect() };
  });
  return {
    ...counts,
    readMs,
    heap: whole - base,
    rss,
    peakRss: process.resourceUsage().maxRSS * 1024,
    textBytes,
    parts,
  };
}

function report(run: HeapRun): string {
  const full = (bytes: number, scale: Scale) => bytes * (FULL_COUNTS[scale] / run[scale]);
  const rows = run.parts.map(({ name, scale, bytes }) => [name, mb(bytes), scale, mb(full(bytes, scale))]);
  const total = run.parts.reduce((sum, { bytes, scale }) => sum + full(bytes, scale), 0);
  return [
    `${run.reports} reports, ${run.sentences} sentences, ${run.quotes} quotes; read from the store in ${(run.readMs / 1000).toFixed(1)} s`,
    `heap held by the index ${mb(run.heap)} MB (report texts alone ${mb(run.textBytes)} MB); RSS after the read ${mb(run.rss)} MB, peak RSS ${mb(run.peakRss)} MB`,
    '',
    formatTable(
      ['part (in the order let go)', 'MB here', 'grows with', `MB at ${FULL_COUNTS.reports} reports`],
      [...rows, ['total', mb(run.heap), '', mb(total)]],
    ),
  ].join('\n');
}
