import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { parseQuestion } from '../../../src/answer/parse-question.js';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import { loadCorpusSettings } from '../../../src/corpus/load-corpus-settings.js';
import type { Report } from '../../../src/corpus/report.js';
import { buildCorpusIndex } from '../../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';
import {
  buildCorpusCachePath,
  loadCacheableCorpus,
  loadOrBuildCorpusIndex,
  saveCorpusIndex,
} from '../../../src/index/load-or-build-corpus-index.js';

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));
const QUESTIONS = ['/reports north korean troops', '/casualties killed', '/who-said zelensky', '/sources'];
const FIRST_SEED = '000_8ca868f52a6922c0.txt';
const EXTRA = `---
date: 14/06/2024
---
Ferry Service Returns Today

The ferry returned on Monday after a winter break, the harbour master said.
`;

let work: string;
let corpusDir: string;
let cacheDir: string;

/** A copy of the seeds with a front matter problem, a binary file and an oversized one: every kind of warning. */
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'verbatim-cache-'));
  corpusDir = join(work, 'corpus');
  cacheDir = join(work, 'cache');
  await cp(SEEDS, corpusDir, { recursive: true });
  await writeFile(join(corpusDir, 'ferry.md'), EXTRA);
  await writeFile(join(corpusDir, 'binary.txt'), new Uint8Array([0x89, 0x50, 0x00]));
  await writeFile(join(corpusDir, 'huge.txt'), 'x'.repeat(6 * 1024 * 1024));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

function answers(index: CorpusIndex): unknown[] {
  return QUESTIONS.map((question) => answerQuestion(parseQuestion(question), index));
}

/** Everything but the search index, whose internal tree is ordered differently once reloaded (compare its answers). */
function withoutSearch({ search: _search, ...rest }: CorpusIndex): Omit<CorpusIndex, 'search'> {
  return rest;
}

/** What a start without any cache gives: `loadCorpus`, then `buildCorpusIndex`. */
async function coldStart(dir: string) {
  const { reports, warnings } = await loadCorpus(dir);
  const { settings } = await loadCorpusSettings(dir);
  return { index: buildCorpusIndex(reports, { settings }), warnings };
}

describe('loadOrBuildCorpusIndex', () => {
  it('builds and saves on the first start, then restores the same index and warnings without parsing', async () => {
    const expected = await coldStart(corpusDir);
    const first = await loadOrBuildCorpusIndex(corpusDir, { cacheDir });
    const builds: (readonly Report[])[] = [];
    const second = await loadOrBuildCorpusIndex(corpusDir, {
      cacheDir,
      build: (reports, options) => {
        builds.push(reports);
        return buildCorpusIndex(reports, options);
      },
    });
    expect([first.source, second.source, builds]).toEqual(['built', 'cache', []]);
    expect(first.index).toEqual(expected.index);
    expect(withoutSearch(second.index)).toEqual(withoutSearch(expected.index));
    expect(answers(second.index)).toEqual(answers(expected.index));
    expect(second.warnings).toEqual(expected.warnings);
    expect(second.warnings.map((warning) => warning.file)).toEqual(['binary.txt', 'ferry.md', 'huge.txt']);
  });

  it.each([
    ['a changed report', () => writeFile(join(corpusDir, FIRST_SEED), 'Harbour Closed\n\nThe harbour closed.\n')],
    ['an added report', () => writeFile(join(corpusDir, 'new.txt'), 'Harbour Closed\n\nThe harbour closed.\n')],
    ['a removed report', () => rm(join(corpusDir, FIRST_SEED))],
    ['a renamed report', () => rename(join(corpusDir, FIRST_SEED), join(corpusDir, 'renamed.txt'))],
    [
      'a skipped file that became a report',
      () => writeFile(join(corpusDir, 'binary.txt'), 'Harbour Closed\n\nThe harbour closed.\n'),
    ],
    ['a file that became a skipped one', () => writeFile(join(corpusDir, FIRST_SEED), new Uint8Array([0]))],
  ])('rebuilds after %s, as a start without a cache would', async (_case, change) => {
    await loadOrBuildCorpusIndex(corpusDir, { cacheDir });
    await change();
    const expected = await coldStart(corpusDir);
    const after = await loadOrBuildCorpusIndex(corpusDir, { cacheDir });
    expect(after.source).toBe('built');
    expect(after.index).toEqual(expected.index);
    expect(after.warnings).toEqual(expected.warnings);
  });

  it.each([
    ['a torn write', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['a torn write at a line break', (bytes: Buffer) => bytes.subarray(0, bytes.indexOf(10) + 1)],
    ['a corrupted byte', (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace('"', "'"), 'latin1')],
    ['an empty file', () => Buffer.alloc(0)],
    ['random bytes', () => Buffer.from([0xff, 0x00, 0x0a, 0xfe, 0x0a])],
  ])('rebuilds after %s, then caches again', async (_case, damage) => {
    await loadOrBuildCorpusIndex(corpusDir, { cacheDir });
    const path = buildCorpusCachePath({ cacheDir, corpusDir });
    await writeFile(path, damage(await readFile(path)));
    const rebuilt = await loadOrBuildCorpusIndex(corpusDir, { cacheDir });
    const reloaded = await loadOrBuildCorpusIndex(corpusDir, { cacheDir });
    expect([rebuilt.source, reloaded.source]).toEqual(['built', 'cache']);
    const expected = (await coldStart(corpusDir)).index;
    expect([withoutSearch(reloaded.index), answers(reloaded.index)]).toEqual([
      withoutSearch(expected),
      answers(expected),
    ]);
  });

  it('keeps one cache per corpus folder, so two corpora in one cache folder both start warm', async () => {
    const other = join(work, 'other');
    await cp(SEEDS, other, { recursive: true });
    await loadOrBuildCorpusIndex(corpusDir, { cacheDir });
    await loadOrBuildCorpusIndex(other, { cacheDir });
    const sources = [
      (await loadOrBuildCorpusIndex(corpusDir, { cacheDir })).source,
      (await loadOrBuildCorpusIndex(other, { cacheDir })).source,
    ];
    expect(sources).toEqual(['cache', 'cache']);
  });

  it('still returns the index when the cache cannot be written', async () => {
    await writeFile(cacheDir, 'a file where the cache folder should be');
    const result = await loadOrBuildCorpusIndex(corpusDir, { cacheDir });
    expect([result.source, result.index]).toEqual(['built', (await coldStart(corpusDir)).index]);
  });
});

describe('loadCacheableCorpus', () => {
  it('reads the corpus as loadCorpus does, with the entry a later start finds the cache under', async () => {
    const { loaded, entry, settings } = await loadCacheableCorpus(corpusDir);
    expect(loaded).toEqual(await loadCorpus(corpusDir));
    await saveCorpusIndex(buildCorpusIndex(loaded.reports, { settings }), entry, { cacheDir, corpusDir });
    const start = await loadOrBuildCorpusIndex(corpusDir, { cacheDir });
    expect([start.source, start.warnings]).toEqual(['cache', loaded.warnings]);
  });
});

describe('saveCorpusIndex', () => {
  it('creates the cache folder and leaves only the cache file in it', async () => {
    const { loaded, entry, settings } = await loadCacheableCorpus(corpusDir);
    const folder = join(cacheDir, 'b', 'c');
    await saveCorpusIndex(buildCorpusIndex(loaded.reports, { settings }), entry, { cacheDir: folder, corpusDir });
    expect(await readdir(folder)).toEqual([buildCorpusCachePath({ cacheDir: '', corpusDir })]);
  });
});

describe('buildCorpusCachePath', () => {
  it('names the file after the corpus folder’s absolute path', () => {
    const paths = [
      buildCorpusCachePath({ cacheDir: 'c', corpusDir: join(work, 'x') }),
      buildCorpusCachePath({ cacheDir: 'c', corpusDir: join(work, 'x', '..', 'x') }),
      buildCorpusCachePath({ cacheDir: 'c', corpusDir: join(work, 'y') }),
    ];
    expect(paths.map((path) => /^c\/corpus-index-[0-9a-f]{16}\.cache$/.test(path))).toEqual([true, true, true]);
    expect([paths[0] === paths[1], paths[0] === paths[2]]).toEqual([true, false]);
  });
});
