import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCorpusIndex } from '../../../src/answer/build-corpus-index.js';
import type { CorpusIndex } from '../../../src/answer/corpus-index.js';
import { type LoadedCorpus, loadCorpus } from '../../../src/corpus/load-corpus.js';
import { type CorpusWatcher, watchCorpus } from '../../../src/corpus/watch-corpus.js';

const WAIT = { timeout: 5000, interval: 20 };
const REPORT = (title: string) => `${title}\n\nOfficials said ${title.toLowerCase()} on Monday.\n`;

let dir: string;
let lines: string[];
let watcher: CorpusWatcher | null;
const logger = {
  info: (m: string) => lines.push(`info: ${m}`),
  warn: (m: string) => lines.push(`warn: ${m}`),
  error: (m: string) => lines.push(`error: ${m}`),
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-watch-'));
  await writeFile(join(dir, 'a.txt'), REPORT('Troops arrive'));
  lines = [];
  watcher = null;
});
afterEach(async () => {
  await watcher?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Starts watching with an index that is just the sorted file list, and records every update. */
async function watchFiles(load?: (dir: string) => Promise<LoadedCorpus>) {
  const initial = await loadCorpus(dir);
  const updates: string[][] = [];
  let current = initial.reports.map((r) => r.file);
  watcher = watchCorpus(dir, {
    buildIndex: (reports) => reports.map((r) => r.file),
    onUpdate: (index) => {
      current = index;
      updates.push(index);
    },
    logger,
    debounceMs: 150,
    initial,
    ...(load && { load }),
  });
  return { updates, current: () => current };
}

describe('watchCorpus', () => {
  it('turns a copy of many files into one update with the new index', async () => {
    const { updates } = await watchFiles();
    for (const name of ['b.txt', 'c.txt', 'd.md']) await writeFile(join(dir, name), REPORT(`Report ${name}`));
    await vi.waitFor(() => expect(updates).toEqual([['a.txt', 'b.txt', 'c.txt', 'd.md']]), WAIT);
    expect(lines).toEqual([`info: Updated the corpus from "${dir}": 4 reports`]);
  });

  it('picks up a changed report and a removed one', async () => {
    await writeFile(join(dir, 'b.txt'), REPORT('Second report'));
    const index = buildCorpusIndex((await loadCorpus(dir)).reports);
    const updates: CorpusIndex[] = [];
    watcher = watchCorpus(dir, {
      buildIndex: buildCorpusIndex,
      onUpdate: (next) => updates.push(next),
      logger,
      debounceMs: 150,
      initial: await loadCorpus(dir),
    });
    await writeFile(join(dir, 'a.txt'), REPORT('Troops withdraw'));
    await vi.waitFor(() => expect(updates).toHaveLength(1), WAIT);
    expect(updates[0]?.reportsById.get('a')?.text).toBe(REPORT('Troops withdraw'));
    expect(updates[0]?.fingerprint).not.toBe(index.fingerprint);
    await unlink(join(dir, 'b.txt'));
    await vi.waitFor(() => expect(updates).toHaveLength(2), WAIT);
    expect(updates[1]?.reports.map((r) => r.file)).toEqual(['a.txt']);
  });

  it('watches sub-folders too', async () => {
    const { updates } = await watchFiles();
    await mkdir(join(dir, 'december'));
    await writeFile(join(dir, 'december', 'e.txt'), REPORT('Later report'));
    await vi.waitFor(() => expect(updates.at(-1)).toEqual(['a.txt', 'december/e.txt']), WAIT);
  });

  it('skips a bad file with one log line naming it, and lands the rest of the update', async () => {
    const { updates } = await watchFiles();
    await writeFile(join(dir, 'bad.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]));
    await writeFile(join(dir, 'b.txt'), REPORT('Second report'));
    await vi.waitFor(() => expect(updates).toEqual([['a.txt', 'b.txt']]), WAIT);
    const warnings = lines.filter((line) => line.startsWith('warn:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^warn: Skipped report "bad\.txt": .+/);
  });

  it('answers from the previous index until the new one is ready', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let loads = 0;
    const { updates, current } = await watchFiles(async (folder) => {
      loads++;
      await gate;
      return loadCorpus(folder);
    });
    await writeFile(join(dir, 'b.txt'), REPORT('Second report'));
    await vi.waitFor(() => expect(loads).toBe(1), WAIT);
    expect(current()).toEqual(['a.txt']);
    release();
    await vi.waitFor(() => expect(current()).toEqual(['a.txt', 'b.txt']), WAIT);
    expect(updates).toHaveLength(1);
  });

  it('swaps nothing when the reports did not change', async () => {
    let loads = 0;
    const { updates } = await watchFiles(async (folder) => {
      loads++;
      return loadCorpus(folder);
    });
    await writeFile(join(dir, 'notes.json'), '{}');
    await vi.waitFor(() => expect(loads).toBe(1), WAIT);
    await watcher?.close();
    expect(updates).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('keeps the previous index and logs when the folder cannot be read', async () => {
    const { updates } = await watchFiles(async () => {
      throw new Error('Cannot read corpus folder "x": permission denied');
    });
    await writeFile(join(dir, 'b.txt'), REPORT('Second report'));
    await vi.waitFor(() => expect(lines).toHaveLength(1), WAIT);
    expect(lines).toEqual([
      'error: Cannot update the corpus: Cannot read corpus folder "x": permission denied; answering from the previous reports',
    ]);
    expect(updates).toEqual([]);
  });
});
