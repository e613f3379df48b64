import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../../../src/index/build-corpus-index.js';
import { loadOrBuildCorpusIndex } from '../../../../src/index/load-or-build-corpus-index.js';
import {
  loadOrBuildStoredCorpusIndex,
  type StoreRebuild,
} from '../../../../src/index/store/load-or-build-stored-corpus-index.js';
import { answerOutputs } from '../../../support/answer-outputs.js';

const SEEDS = fileURLToPath(new URL('../../../../seeds', import.meta.url));
const QUESTIONS = ['/casualties', '/troops', '/who-said zelensky', '/reports north korean troops', '/sources'];
const EXTRA = `---
date: 2024-06-14
---
Ferry Service Returns Today

The ferry returned on Monday after a winter break, the harbour master said.
`;

/** Builds and SQLite writes on a shared two-core machine: seconds, not milliseconds. */
const TIMEOUT_MS = 60_000;

let work: string;
let corpusDir: string;
let cacheDir: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'verbatim-stored-'));
  corpusDir = join(work, 'corpus');
  cacheDir = join(work, 'cache');
  await cp(SEEDS, corpusDir, { recursive: true });
  await writeFile(join(corpusDir, 'binary.txt'), new Uint8Array([0x89, 0x50, 0x00]));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Loads with the store, recording why it rebuilt (a reason with the cache folder written as `<cache>`). */
async function load(build?: typeof buildCorpusIndex) {
  const rebuilds: StoreRebuild[] = [];
  const loaded = await loadOrBuildStoredCorpusIndex(corpusDir, {
    cacheDir,
    onRebuild: (rebuild) => rebuilds.push({ ...rebuild, reason: rebuild.reason.replaceAll(cacheDir, '<cache>') }),
    ...(build === undefined ? {} : { build }),
  });
  return { ...loaded, rebuilds };
}

async function storeFiles(): Promise<string[]> {
  return (await readdir(cacheDir)).filter((name) => name.startsWith('corpus-store-'));
}

describe('loadOrBuildStoredCorpusIndex', { timeout: TIMEOUT_MS }, () => {
  it('builds and stores on the first start, then reads the store: the same answers and warnings as without it', async () => {
    const plain = await loadOrBuildCorpusIndex(corpusDir, {
      cacheDir: join(work, 'json-cache'),
      build: buildCorpusIndex,
    });
    const first = await load(buildCorpusIndex);
    const [name] = await storeFiles();
    expect(first.source).toBe('built');
    expect(first.rebuilds).toEqual([
      { reason: `No corpus store for these files yet (<cache>/${name}); building the index`, isUnreadable: false },
    ]);
    const again = await load(() => {
      throw new Error('A warm start must not build');
    });
    expect([again.source, again.rebuilds, again.index.store]).toEqual(['cache', [], join(cacheDir, name ?? '')]);
    expect(answerOutputs(again.index, QUESTIONS)).toEqual(answerOutputs(plain.index, QUESTIONS));
    expect(again.warnings).toEqual(plain.warnings);
    expect(again.warnings.map((warning) => warning.file)).toEqual(['binary.txt']);
  });

  it('rebuilds a corrupted store and says why in one line', async () => {
    await load(buildCorpusIndex);
    const [name] = await storeFiles();
    await writeFile(join(cacheDir, name ?? ''), 'SQLite format 3\0 but nothing after it');
    const rebuilt = await load(buildCorpusIndex);
    expect([rebuilt.source, rebuilt.rebuilds.map((rebuild) => rebuild.isUnreadable)]).toEqual(['built', [true]]);
    expect(rebuilt.rebuilds[0]?.reason).toMatch(
      new RegExp(`^The corpus store <cache>/${name} cannot be read \\(.+\\); rebuilding the index$`),
    );
    expect((await load()).source).toBe('cache');
  });

  it('rewrites the store of a changed corpus in place, says why, and deletes store files of older names', async () => {
    await load(buildCorpusIndex);
    const [name = ''] = await storeFiles();
    // A store of version 1 was named by folder and key.
    await writeFile(join(cacheDir, name.replace('.sqlite', '-0123456789abcdef.sqlite')), 'an old store');
    await writeFile(join(corpusDir, 'ferry.md'), EXTRA);
    const changed = await load(buildCorpusIndex);
    expect([changed.source, changed.rebuilds, await storeFiles()]).toEqual([
      'built',
      [{ reason: `The corpus store <cache>/${name} holds other files; building the index`, isUnreadable: false }],
      [name],
    ]);
    expect(changed.index.reports.map((report) => report.id)).toContain('ferry');
    const again = await load();
    expect([again.source, answerOutputs(again.index, QUESTIONS)]).toEqual([
      'cache',
      answerOutputs(changed.index, QUESTIONS),
    ]);
  });

  it('starts warm without reading a file whose size and time are the store’s, and reads one whose time changed', async () => {
    const [first = ''] = (await readdir(corpusDir)).filter((file) => file.endsWith('.txt') && file !== 'binary.txt');
    const path = join(corpusDir, first);
    // A time in whole seconds, which `utimes` can set again exactly.
    const mtime = new Date(1_700_000_000_000);
    await utimes(path, mtime, mtime);
    await load(buildCorpusIndex);
    const [name = ''] = await storeFiles();
    const bytes = await readFile(path);
    // Other bytes of the same size, the time put back: only a read could see the change, and none is made.
    await writeFile(
      path,
      bytes.map((byte) => (byte === 0x65 ? 0x61 : byte)),
    );
    await utimes(path, mtime, mtime);
    const unread = await load(() => {
      throw new Error('A warm start must not build');
    });
    expect([unread.source, unread.rebuilds]).toEqual(['cache', []]);
    // A new time: the file is read, its bytes give another key, and the index is built from every file.
    await utimes(path, new Date(mtime.getTime() + 1000), new Date(mtime.getTime() + 1000));
    const changed = await load(buildCorpusIndex);
    expect([changed.source, changed.rebuilds]).toEqual([
      'built',
      [{ reason: `The corpus store <cache>/${name} holds other files; building the index`, isUnreadable: false }],
    ]);
    expect(changed.index.reports.map((report) => report.id)).toEqual(unread.index.reports.map((report) => report.id));
    expect(changed.index.fingerprint).not.toBe(unread.index.fingerprint);
  });

  it('answers from memory, without a store, when the cache folder cannot be written', async () => {
    await writeFile(cacheDir, 'a file where the cache folder should be');
    const loaded = await load(buildCorpusIndex);
    expect([loaded.source, loaded.index.store, loaded.rebuilds.map((rebuild) => rebuild.isUnreadable)]).toEqual([
      'built',
      undefined,
      [false, true],
    ]);
  });
});
