import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import type { CorpusIndex } from '../../../src/answer/corpus-index.js';
import {
  CORPUS_CACHE_FILE,
  loadOrBuildCorpusIndex,
  saveCorpusIndex,
} from '../../../src/answer/load-or-build-corpus-index.js';
import { parseQuestion } from '../../../src/answer/parse-question.js';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import type { Report } from '../../../src/corpus/report.js';

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));
const QUESTIONS = ['/reports north korean troops', '/casualties killed', '/who-said zelensky'];

let reports: readonly Report[];
let cacheDir: string;

beforeAll(async () => {
  reports = (await loadCorpus(SEEDS)).reports;
});
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'verbatim-cache-'));
});
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

function answers(index: CorpusIndex): unknown[] {
  return QUESTIONS.map((question) => answerQuestion(parseQuestion(question), index));
}

describe('loadOrBuildCorpusIndex', () => {
  it('builds and saves on the first start, then loads the same index from the cache', async () => {
    const first = await loadOrBuildCorpusIndex(reports, { cacheDir });
    const second = await loadOrBuildCorpusIndex([...reports].reverse(), { cacheDir });
    expect([first.source, second.source]).toEqual(['built', 'cache']);
    expect(answers(second.index)).toEqual(answers(first.index));
  });

  it('rebuilds when the reports changed since the cache was written', async () => {
    await loadOrBuildCorpusIndex(reports, { cacheDir });
    const fewer = await loadOrBuildCorpusIndex(reports.slice(1), { cacheDir });
    expect(fewer.source).toBe('built');
    expect(fewer.index.reports).toHaveLength(reports.length - 1);
  });

  it.each([
    ['a torn write', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['a corrupted byte', (text: string) => text.replace('"', "'")],
    ['an empty file', () => ''],
  ])('rebuilds after %s, then caches again', async (_case, damage) => {
    await loadOrBuildCorpusIndex(reports, { cacheDir });
    const path = join(cacheDir, CORPUS_CACHE_FILE);
    await writeFile(path, damage(await readFile(path, 'utf8')));
    const rebuilt = await loadOrBuildCorpusIndex(reports, { cacheDir });
    const reloaded = await loadOrBuildCorpusIndex(reports, { cacheDir });
    expect([rebuilt.source, reloaded.source]).toEqual(['built', 'cache']);
  });
});

describe('saveCorpusIndex', () => {
  it('creates the cache folder and leaves no temporary file behind', async () => {
    const { index } = await loadOrBuildCorpusIndex(reports, { cacheDir: join(cacheDir, 'a') });
    await saveCorpusIndex(index, join(cacheDir, 'b', 'c'));
    expect(await readdir(join(cacheDir, 'b', 'c'))).toEqual([CORPUS_CACHE_FILE]);
  });
});
