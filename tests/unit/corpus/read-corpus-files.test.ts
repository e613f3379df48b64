import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusDirError, readCorpusFiles } from '../../../src/corpus/read-corpus-files.js';

const REPORT = 'Ferry Service Returns Today\n\nThe ferry returned on Monday after a winter break.\n';
const folders: string[] = [];

/** Creates a temporary corpus folder with the given files (path → content) and removes it after the test. */
function makeCorpus(files: Readonly<Record<string, string | Uint8Array>>): string {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-read-'));
  folders.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('readCorpusFiles', () => {
  it('returns the bytes and hash of each .txt and .md file in path order, neither decoded nor parsed', async () => {
    const binary = new Uint8Array([0x89, 0x50, 0x00]);
    const root = makeCorpus({
      'b.txt': REPORT,
      'a/z.md': 'Short',
      'binary.txt': binary,
      '.hidden.txt': REPORT,
      'notes.json': '{}',
    });
    const { stamps, ...read } = await readCorpusFiles(root);
    expect([...stamps].map(([file, { size, hash }]) => [file, size, hash])).toEqual([
      ['a/z.md', 5, sha256('Short')],
      ['b.txt', REPORT.length, sha256(REPORT)],
      ['binary.txt', 3, sha256(binary)],
    ]);
    expect(read).toEqual({
      files: [
        { file: 'a/z.md', bytes: Buffer.from('Short'), hash: sha256('Short') },
        { file: 'b.txt', bytes: Buffer.from(REPORT), hash: sha256(REPORT) },
        { file: 'binary.txt', bytes: Buffer.from(binary), hash: sha256(binary) },
      ],
      warnings: [],
    });
  });

  it('leaves out an oversized file, a broken link and a folder reached twice, with one warning each', async () => {
    const root = makeCorpus({ 'a/one.txt': REPORT, 'huge.txt': REPORT.repeat(3) });
    symlinkSync(join(root, 'a'), join(root, 'a', 'loop'), 'dir');
    symlinkSync(join(root, 'missing.txt'), join(root, 'broken.txt'));
    const { stamps, ...read } = await readCorpusFiles(root, { maxBytes: 200 });
    expect([...stamps.keys()]).toEqual(['a/one.txt']);
    expect(read).toEqual({
      files: [{ file: 'a/one.txt', bytes: Buffer.from(REPORT), hash: sha256(REPORT) }],
      warnings: [
        { file: 'a/loop', reason: 'folder was already read through another path (a symbolic link)', skipped: true },
        { file: 'broken.txt', reason: 'file cannot be read: it does not exist (a broken link?)', skipped: true },
        { file: 'huge.txt', reason: 'file is too large: 240 bytes, more than the limit of 200', skipped: true },
      ],
    });
  });

  it('reads a folder of more files than it reads between two yields, all in order', async () => {
    const names = Array.from({ length: 600 }, (_, i) => `r${String(i).padStart(3, '0')}.txt`);
    const root = makeCorpus(Object.fromEntries(names.map((name) => [name, `${name}\n\nText.\n`])));
    const { files, warnings } = await readCorpusFiles(root);
    expect({ names: files.map((file) => file.file), warnings }).toEqual({ names, warnings: [] });
  });

  it('throws CorpusDirError for a folder that does not exist', async () => {
    const missing = join(makeCorpus({}), 'missing');
    await expect(readCorpusFiles(missing)).rejects.toEqual(new CorpusDirError(missing, 'folder does not exist'));
  });
});

describe('readCorpusFiles with web pages and PDFs', () => {
  const PAGE =
    '<html><head><title>Gauge Fails</title></head><body><article><h1>Gauge Fails</h1><p>The tide gauge at the north pier stopped reporting on Sunday.</p></article></body></html>';

  it('reads each web page through its converted text beside it, never the page itself, and converts once', async () => {
    const root = makeCorpus({ 'b.txt': REPORT, 'sub/gauge.html': PAGE, 'empty.htm': '<html></html>' });
    const first = await readCorpusFiles(root);
    expect(first.files.map((file) => file.file)).toEqual(['b.txt', 'sub/gauge.html.txt']);
    expect(first.warnings).toEqual([{ file: 'empty.htm', reason: 'page has no article text', skipped: true }]);
    const again = await readCorpusFiles(root);
    expect(again.files).toEqual(first.files);
  });
});
