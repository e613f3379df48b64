import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../src/corpus/write-file-atomically.js';

let dir: string | null = null;
afterEach(async () => {
  if (dir !== null) await rm(dir, { recursive: true, force: true });
  dir = null;
});

describe('writeFileAtomically', () => {
  it('creates the folder, writes the file, replaces it whole, and leaves no temporary file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-atomic-'));
    const path = join(dir, 'added', 'a.txt');
    await writeFileAtomically(path, 'first');
    await writeFileAtomically(path, new TextEncoder().encode('second'));
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readdir(join(dir, 'added'))).toEqual(['a.txt']);
  });
});
