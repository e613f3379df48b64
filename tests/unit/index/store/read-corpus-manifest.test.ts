import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseReport } from '../../../../src/corpus/parse-report.js';
import { buildCorpusIndex } from '../../../../src/index/build-corpus-index.js';
import { toCorpusManifest } from '../../../../src/index/corpus-manifest.js';
import { CorpusStoreError } from '../../../../src/index/store/corpus-store.js';
import { readCorpusManifest } from '../../../../src/index/store/read-corpus-manifest.js';
import { writeSqliteCorpusStore } from '../../../../src/index/store/write-sqlite-corpus-store.js';

const WARNING = { file: 'broken.txt', reason: 'the file is empty', skipped: true };

function report(file: string, title: string) {
  const text = `# ${title}\n\nOfficials said 12 boats crossed the lake on Monday, the harbour office said.\n`;
  return parseReport(file, text, Buffer.byteLength(text));
}

let work: string | null = null;
afterEach(async () => {
  if (work !== null) await rm(work, { recursive: true, force: true });
  work = null;
});

describe('readCorpusManifest', () => {
  it('reads the reports’ metadata, warnings and fingerprint a store holds, naming the store', async () => {
    work = await mkdtemp(join(tmpdir(), 'verbatim-manifest-'));
    const index = buildCorpusIndex([report('b.txt', 'Harbour Reopens'), report('a.txt', 'Ferry Crossing')]);
    const path = join(work, 'corpus.sqlite');
    writeSqliteCorpusStore(path, index, { key: 'the-key', warnings: [WARNING] });
    expect(readCorpusManifest(path, index.settings, 'the-key')).toEqual({
      ...toCorpusManifest(index, [WARNING]),
      store: path,
    });
  });

  it('refuses a store written for other files, and a file that is not a store', async () => {
    work = await mkdtemp(join(tmpdir(), 'verbatim-manifest-'));
    const index = buildCorpusIndex([report('a.txt', 'Ferry Crossing')]);
    const path = join(work, 'corpus.sqlite');
    writeSqliteCorpusStore(path, index, { key: 'the-key', warnings: [] });
    expect(() => readCorpusManifest(path, index.settings, 'another-key')).toThrow(CorpusStoreError);
    expect(() => readCorpusManifest(join(work ?? '', 'missing.sqlite'), index.settings)).toThrow(CorpusStoreError);
  });
});
