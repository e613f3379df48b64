import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCorpusFiles } from '../../../src/corpus/parse-corpus-files.js';
import { type CorpusFile, readCorpusFiles } from '../../../src/corpus/read-corpus-files.js';
import { createFileParser } from '../../../src/index/create-file-parser.js';

function file(name: string, text: string): CorpusFile {
  const bytes = new TextEncoder().encode(text);
  return { file: name, bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}

const ALPHA = file('alpha.txt', '# Alpha\n\nThe depot reopened on Monday.\n');
const BETA = file('beta.txt', '# Beta\n\nThe ferry sailed at dawn, the operator said.\n');
const EMPTY = file('empty.txt', '');
const BETA_CHANGED = file('beta.txt', '# Beta\n\nThe ferry stayed in port.\n');
/** BETA's text with other words of the same length in bytes. */
const BETA_SAME_SIZE = '# Beta\n\nThe ferry sailed at dusk, the operator said.\n';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A corpus folder holding alpha.txt and beta.txt, both last modified at a fixed time. */
function makeFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-parser-'));
  folders.push(root);
  for (const { file: name, bytes } of [ALPHA, BETA]) {
    writeFileSync(join(root, name), bytes);
    utimesSync(join(root, name), 1_700_000_000, 1_700_000_000);
  }
  return root;
}

/** Reads the folder as the corpus worker does: only files whose stamp the parser does not know, then parses. */
async function readAndParse(root: string, parser: ReturnType<typeof createFileParser>) {
  const read = await readCorpusFiles(root, { known: parser.known() });
  return { read: read.files.map((entry) => entry.file), ...parser.parse(read.files, read.stamps) };
}

describe('createFileParser', () => {
  it('gives what parseCorpusFiles gives, read after read, warnings included', () => {
    const parser = createFileParser();
    for (const files of [[ALPHA, EMPTY], [ALPHA, BETA, EMPTY], [BETA_CHANGED], [ALPHA, BETA]]) {
      expect(parser.parse(files)).toEqual(parseCorpusFiles(files));
    }
  });

  it('reuses the report of a file seen with the same hash, and parses a changed or forgotten one again', () => {
    const parser = createFileParser();
    const [alpha, beta] = parser.parse([ALPHA, BETA]).reports;
    const again = parser.parse([ALPHA, BETA_CHANGED]).reports;
    expect(again[0]).toBe(alpha);
    expect(again[1]).not.toBe(beta);
    expect(again[1]?.text).toContain('stayed in port');
    // beta.txt as it was is forgotten once a read no longer holds it.
    expect(parser.parse([ALPHA, BETA]).reports[1]).not.toBe(beta);
  });

  it('with readCorpusFiles: reads neither file again when unchanged, and reparses no touched file', async () => {
    const root = makeFolder();
    const parser = createFileParser();
    const first = await readAndParse(root, parser);
    expect(first.read).toEqual(['alpha.txt', 'beta.txt']);
    const unchanged = await readAndParse(root, parser);
    expect(unchanged.read).toEqual([]);
    expect(unchanged.reports[0]).toBe(first.reports[0]);
    // Touched: the same bytes, a new modification time. It is read (to hash it), not parsed.
    utimesSync(join(root, 'alpha.txt'), 1_700_000_100, 1_700_000_100);
    const touched = await readAndParse(root, parser);
    expect(touched.read).toEqual(['alpha.txt']);
    expect(touched.reports[0]).toBe(first.reports[0]);
  });

  it('finds a file changed to the same size by its modification time, and reparses it', async () => {
    const root = makeFolder();
    const parser = createFileParser();
    const first = await readAndParse(root, parser);
    writeFileSync(join(root, 'beta.txt'), BETA_SAME_SIZE);
    expect(statSync(join(root, 'beta.txt')).size).toBe(BETA.bytes.length);
    const changed = await readAndParse(root, parser);
    expect(changed.read).toEqual(['beta.txt']);
    expect(changed).toEqual({
      read: ['beta.txt'],
      ...parseCorpusFiles([ALPHA, file('beta.txt', BETA_SAME_SIZE)]),
    });
    expect(changed.reports[0]).toBe(first.reports[0]);
  });

  it('trusts the stamp: a file rewritten with its old size and time is not read (what the stamp is for)', async () => {
    const root = makeFolder();
    const parser = createFileParser();
    const first = await readAndParse(root, parser);
    writeFileSync(join(root, 'beta.txt'), BETA_SAME_SIZE);
    utimesSync(join(root, 'beta.txt'), 1_700_000_000, 1_700_000_000);
    const again = await readAndParse(root, parser);
    expect([again.read, again.reports[1]]).toEqual([[], first.reports[1]]);
  });

  it('seeded with a store’s reports, neither reads nor parses the files whose stamps match, and reads the others', async () => {
    const root = makeFolder();
    const parsed = parseCorpusFiles([ALPHA, BETA]);
    const [alpha, beta] = parsed.reports;
    if (alpha === undefined || beta === undefined) throw new Error('the fixtures give two reports');
    // A report the store holds is taken as it is: a changed title shows that it was not parsed again.
    const stored = { ...alpha, title: 'As the store holds it' };
    const parser = createFileParser();
    expect(parser.isEmpty()).toBe(true);
    parser.seed(
      [
        { report: stored, mtimeMs: statSync(join(root, 'alpha.txt')).mtimeMs },
        { report: beta, mtimeMs: 1 },
      ],
      [],
    );
    const seeded = await readAndParse(root, parser);
    expect(seeded.read).toEqual(['beta.txt']);
    expect(seeded.reports[0]).toBe(stored);
    // beta.txt's stamp differs from the seed's, but its hash does not: read, and not parsed.
    expect(seeded.reports[1]).toBe(beta);
  });

  it('refuses a file that was neither read nor parsed before', () => {
    const parser = createFileParser();
    const stamps = new Map([['alpha.txt', { size: ALPHA.bytes.length, mtimeMs: 1, hash: ALPHA.hash }]]);
    expect(() => parser.parse([], stamps)).toThrow(
      'Cannot parse the corpus: "alpha.txt" was neither read nor parsed before',
    );
  });
});
