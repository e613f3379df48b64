import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseCorpusFiles } from '../../../src/corpus/parse-corpus-files.js';
import type { CorpusFile } from '../../../src/corpus/read-corpus-files.js';
import { createFileParser } from '../../../src/index/create-file-parser.js';

function file(name: string, text: string): CorpusFile {
  const bytes = new TextEncoder().encode(text);
  return { file: name, bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}

const ALPHA = file('alpha.txt', '# Alpha\n\nThe depot reopened on Monday.\n');
const BETA = file('beta.txt', '# Beta\n\nThe ferry sailed at dawn, the operator said.\n');
const EMPTY = file('empty.txt', '');
const BETA_CHANGED = file('beta.txt', '# Beta\n\nThe ferry stayed in port.\n');

describe('createFileParser', () => {
  it('gives what parseCorpusFiles gives, read after read, warnings included', () => {
    const parse = createFileParser();
    for (const files of [[ALPHA, EMPTY], [ALPHA, BETA, EMPTY], [BETA_CHANGED], [ALPHA, BETA]]) {
      expect(parse(files)).toEqual(parseCorpusFiles(files));
    }
  });

  it('reuses the report of a file seen with the same hash, and parses a changed or forgotten one again', () => {
    const parse = createFileParser();
    const [alpha, beta] = parse([ALPHA, BETA]).reports;
    const again = parse([ALPHA, BETA_CHANGED]).reports;
    expect(again[0]).toBe(alpha);
    expect(again[1]).not.toBe(beta);
    expect(again[1]?.text).toContain('stayed in port');
    // beta.txt as it was is forgotten once a read no longer holds it.
    expect(parse([ALPHA, BETA]).reports[1]).not.toBe(beta);
  });
});
