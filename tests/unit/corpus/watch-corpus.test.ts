import { mkdir, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type LoadedCorpus, loadCorpus } from '../../../src/corpus/load-corpus.js';
import { type CorpusStatus, type CorpusWatcher, watchCorpus } from '../../../src/corpus/watch-corpus.js';
import { buildCorpusIndex } from '../../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';

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
  const statuses: CorpusStatus[] = [];
  let current = initial.reports.map((r) => r.file);
  watcher = watchCorpus(dir, {
    buildIndex: (reports) => reports.map((r) => r.file),
    onUpdate: (index) => {
      current = index;
      updates.push(index);
    },
    onStatus: (status) => statuses.push(status),
    logger,
    debounceMs: 150,
    checkMs: 50,
    initial,
    ...(load && { load }),
  });
  return { updates, statuses, current: () => current };
}

const DELETED = { state: 'stale', reason: 'the corpus folder was deleted or moved away' } as const;

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

  it('says the index is stale when the folder is deleted, and re-watches and re-reads it when it is back', async () => {
    const { updates, statuses } = await watchFiles();
    await rm(dir, { recursive: true });
    await vi.waitFor(() => expect(statuses).toEqual([DELETED]), WAIT);
    expect(lines.at(-1)).toBe(
      `error: Cannot watch the corpus folder "${dir}": the corpus folder was deleted or moved away; answering from the last 1 reports until it is back`,
    );
    await mkdir(dir);
    await writeFile(join(dir, 'b.txt'), REPORT('Second report'));
    await vi.waitFor(() => expect(statuses).toEqual([DELETED, { state: 'live' }]), WAIT);
    expect(updates.at(-1)).toEqual(['b.txt']);
    // The folder that came back is watched: a report added to it lands.
    await writeFile(join(dir, 'c.txt'), REPORT('Third report'));
    await vi.waitFor(() => expect(updates.at(-1)).toEqual(['b.txt', 'c.txt']), WAIT);
    expect(lines.filter((line) => line.includes('again'))).toEqual([
      `info: Watching the corpus folder "${dir}" again: answering from its 1 reports`,
    ]);
  });

  it('turns to a new folder moved into place (mv) and watches it and its sub-folders', async () => {
    const { updates, statuses } = await watchFiles();
    const next = await mkdtemp(join(tmpdir(), 'verbatim-watch-next-'));
    await mkdir(join(next, 'march'));
    await writeFile(join(next, 'march', 'm.txt'), REPORT('March report'));
    await rename(dir, `${dir}.old`);
    await rename(next, dir);
    try {
      await vi.waitFor(() => expect(updates.at(-1)).toEqual(['march/m.txt']), WAIT);
      await writeFile(join(dir, 'march', 'n.txt'), REPORT('Another March report'));
      await vi.waitFor(() => expect(updates.at(-1)).toEqual(['march/m.txt', 'march/n.txt']), WAIT);
      // A check that fell between the two moves saw the folder missing; either way it ends live.
      expect([[], [DELETED, { state: 'live' }]]).toContainEqual(statuses);
      // The old folder is no longer watched.
      const count = updates.length;
      await writeFile(join(`${dir}.old`, 'z.txt'), REPORT('Old folder report'));
      await new Promise((done) => setTimeout(done, 400));
      expect(updates).toHaveLength(count);
    } finally {
      await rm(`${dir}.old`, { recursive: true, force: true });
    }
  });

  it('says the index is stale when the folder is replaced by a file', async () => {
    const { statuses } = await watchFiles();
    await rm(dir, { recursive: true });
    await writeFile(dir, 'not a folder');
    await vi.waitFor(() => expect(statuses.at(-1)).toMatchObject({ state: 'stale' }), WAIT);
    expect([[DELETED], [{ state: 'stale', reason: 'the corpus folder was replaced by a file' }]]).toContainEqual(
      statuses,
    );
    await rm(dir);
  });

  it('waits for a folder that is missing when the watch starts, and reads it once it appears', async () => {
    await rm(dir, { recursive: true });
    const updates: string[][] = [];
    const statuses: CorpusStatus[] = [];
    watcher = watchCorpus(dir, {
      buildIndex: (reports) => reports.map((r) => r.file),
      onUpdate: (index) => updates.push(index),
      onStatus: (status) => statuses.push(status),
      logger,
      debounceMs: 150,
      checkMs: 50,
    });
    expect(statuses).toEqual([DELETED]);
    await mkdir(dir);
    await writeFile(join(dir, 'a.txt'), REPORT('Troops arrive'));
    await vi.waitFor(() => expect(statuses).toEqual([DELETED, { state: 'live' }]), WAIT);
    expect(updates.at(-1)).toEqual(['a.txt']);
  });
});
