import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import { CorpusDirError, DEFAULT_MAX_BYTES } from '../../../src/corpus/read-corpus-files.js';

const REPORT = 'Ferry Service Returns Today\n\nThe ferry returned on Monday after a winter break.\n';
const folders: string[] = [];

/** Creates a temporary corpus folder with the given files (path → content) and removes it after the test. */
function makeCorpus(files: Readonly<Record<string, string | Uint8Array>>): string {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-corpus-'));
  folders.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('loadCorpus', () => {
  it('reads .txt and .md files in nested folders, sorted by relative path in code-unit order', async () => {
    const root = makeCorpus({
      'b.txt': REPORT,
      'a/z.md': REPORT,
      'a-b.txt': REPORT,
      'B.TXT': REPORT,
      'a/deeper/c.txt': REPORT,
      'notes.json': '{}',
      'image.png': 'not a report',
    });
    const { reports, warnings } = await loadCorpus(root);
    expect({ files: reports.map((report) => report.file), ids: reports.map((report) => report.id), warnings }).toEqual({
      files: ['B.TXT', 'a-b.txt', 'a/deeper/c.txt', 'a/z.md', 'b.txt'],
      ids: ['B', 'a-b', 'a/deeper/c', 'a/z', 'b'],
      warnings: [],
    });
  });

  it('returns the decoded text without its byte order mark, the file size and the hash of the bytes', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT, 'utf8')]);
    const { reports } = await loadCorpus(makeCorpus({ 'ferry.txt': bytes }));
    expect(reports).toEqual([
      {
        id: 'ferry',
        file: 'ferry.txt',
        title: 'Ferry Service Returns Today',
        date: null,
        outlet: null,
        url: null,
        text: REPORT,
        blocks: [
          { kind: 'title', start: 0, end: 27 },
          { kind: 'body', start: 29, end: 79 },
        ],
        bytes: bytes.length,
        hash: createHash('sha256').update(bytes).digest('hex'),
      },
    ]);
  });

  it('skips bad files with one warning each and still loads every other report', async () => {
    const root = makeCorpus({
      'good.txt': REPORT,
      'empty.txt': '',
      'blank.md': ' \n\t\n',
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]),
      'latin1.txt': Buffer.from('Caf\xe9 owners protest.', 'latin1'),
      'huge.txt': `${REPORT}${'The ferry kept running. '.repeat(20)}`,
      'chrome.txt': 'Loading…\n\nPost a comment\n',
    });
    const { reports, warnings } = await loadCorpus(root, { maxBytes: 200 });
    expect({ files: reports.map((report) => report.file), warnings }).toEqual({
      files: ['good.txt'],
      warnings: [
        { file: 'binary.txt', reason: 'file looks binary: it contains NUL bytes', skipped: true },
        { file: 'blank.md', reason: 'file has only white space', skipped: true },
        { file: 'chrome.txt', reason: 'file has no report text left after cleaning', skipped: true },
        { file: 'empty.txt', reason: 'file is empty', skipped: true },
        { file: 'huge.txt', reason: 'file is too large: 560 bytes, more than the limit of 200', skipped: true },
        { file: 'latin1.txt', reason: 'file is not valid UTF-8', skipped: true },
      ],
    });
  });

  it('allows files up to 5 MiB by default', () => {
    expect(DEFAULT_MAX_BYTES).toEqual(5 * 1024 * 1024);
  });

  it('loads a report with a malformed front matter and warns about it', async () => {
    const root = makeCorpus({ 'ferry.md': `---\ndate: 14/06/2024\n---\n${REPORT}` });
    const { reports, warnings } = await loadCorpus(root);
    expect({ titles: reports.map((report) => report.title), warnings }).toEqual({
      titles: ['Ferry Service Returns Today'],
      warnings: [
        { file: 'ferry.md', reason: 'front matter date "14/06/2024" is not a YYYY-MM-DD date', skipped: false },
      ],
    });
  });

  it('does not read hidden files or folders', async () => {
    const root = makeCorpus({ '.draft.txt': REPORT, '.git/notes.md': REPORT, 'visible.txt': REPORT });
    const { reports, warnings } = await loadCorpus(root);
    expect({ files: reports.map((report) => report.file), warnings }).toEqual({ files: ['visible.txt'], warnings: [] });
  });

  it('reads a folder reached through a symbolic link loop only once', async () => {
    const root = makeCorpus({ 'a/one.txt': REPORT });
    symlinkSync(join(root, 'a'), join(root, 'a', 'loop'), 'dir');
    symlinkSync(root, join(root, 'a', 'up'), 'dir');
    const { reports, warnings } = await loadCorpus(root);
    expect({ files: reports.map((report) => report.file), warnings }).toEqual({
      files: ['a/one.txt'],
      warnings: [
        { file: 'a/loop', reason: 'folder was already read through another path (a symbolic link)', skipped: true },
        { file: 'a/up', reason: 'folder was already read through another path (a symbolic link)', skipped: true },
      ],
    });
  });

  it('warns about a report file whose link target does not exist', async () => {
    const root = makeCorpus({ 'good.txt': REPORT });
    symlinkSync(join(root, 'missing.txt'), join(root, 'broken.txt'));
    const { reports, warnings } = await loadCorpus(root);
    expect({ files: reports.map((report) => report.file), warnings }).toEqual({
      files: ['good.txt'],
      warnings: [
        { file: 'broken.txt', reason: 'file cannot be read: it does not exist (a broken link?)', skipped: true },
      ],
    });
  });

  it('returns no reports for an empty folder', async () => {
    expect(await loadCorpus(makeCorpus({}))).toEqual({ reports: [], warnings: [] });
  });

  it('throws CorpusDirError for a folder that does not exist', async () => {
    const missing = join(makeCorpus({}), 'missing');
    await expect(loadCorpus(missing)).rejects.toEqual(new CorpusDirError(missing, 'folder does not exist'));
  });

  it('throws CorpusDirError for a path that is a file', async () => {
    const file = join(makeCorpus({ 'a.txt': REPORT }), 'a.txt');
    const error = await loadCorpus(file).catch((caught: unknown) => caught);
    expect(error instanceof CorpusDirError ? { message: error.message, dir: error.dir } : error).toEqual({
      message: `Cannot read corpus folder "${file}": path is not a folder`,
      dir: file,
    });
  });
});
