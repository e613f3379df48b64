import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { parseQuestion } from '../../../src/answer/parse-question.js';
import { parseCorpusFiles } from '../../../src/corpus/parse-corpus-files.js';
import { type CorpusFile, readCorpusFiles } from '../../../src/corpus/read-corpus-files.js';
import { buildCorpusIndex } from '../../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';
import {
  buildCorpusCacheKey,
  CORPUS_CACHE_VERSION,
  type CorpusCacheEntry,
  deserializeCorpusIndex,
  serializeCorpusIndex,
} from '../../../src/index/serialize-corpus-index.js';

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));
const QUESTIONS = ['/reports storm shadow', '/casualties', '/troops', '/who-said kirby', '/reports troups', '/sources'];
const FRONT_MATTER_PROBLEM = { file: 'x.md', reason: 'front matter date "1/2/2024" is not a YYYY-MM-DD date' };

let files: readonly CorpusFile[];
let index: CorpusIndex;
let entry: CorpusCacheEntry;
let sections: string[];

beforeAll(async () => {
  files = (await readCorpusFiles(SEEDS)).files;
  index = buildCorpusIndex(parseCorpusFiles(files).reports);
  // The seeds parse without warnings; one is made up so the test sees warnings restored.
  entry = { key: buildCorpusCacheKey(files), warnings: [{ ...FRONT_MATTER_PROBLEM, skipped: false }] };
  sections = [...serializeCorpusIndex(index, entry)];
});

/** The sections as the lines of a cache file, as `deserializeCorpusIndex` reads them. */
function asBytes(all: readonly string[]): Uint8Array[] {
  return all.map((section) => Buffer.from(section, 'utf8'));
}

function answers(of: CorpusIndex): unknown[] {
  return QUESTIONS.map((question) => answerQuestion(parseQuestion(question), of));
}

/** Everything but the search index, whose internal tree is ordered differently once reloaded (compare its answers). */
function withoutSearch({ search: _search, ...rest }: CorpusIndex): Omit<CorpusIndex, 'search'> {
  return rest;
}

function fileOf(file: string, content: string): CorpusFile {
  return { file, bytes: Buffer.from(content), hash: createHash('sha256').update(content).digest('hex') };
}

describe('buildCorpusCacheKey', () => {
  const corpus = [fileOf('a.txt', 'Alpha'), fileOf('b/c.md', 'Gamma')];

  it('gives the same key for the same paths and bytes', () => {
    expect(buildCorpusCacheKey([fileOf('a.txt', 'Alpha'), fileOf('b/c.md', 'Gamma')])).toBe(
      buildCorpusCacheKey(corpus),
    );
  });

  it.each([
    ['a changed byte', [fileOf('a.txt', 'Alphb'), fileOf('b/c.md', 'Gamma')]],
    ['an added file', [...corpus, fileOf('d.txt', 'Delta')]],
    ['a removed file', corpus.slice(1)],
    ['a renamed file', [fileOf('a.txt', 'Alpha'), fileOf('b/d.md', 'Gamma')]],
    ['no files', []],
  ])('gives another key for %s', (_case, changed) => {
    expect(buildCorpusCacheKey(changed)).not.toBe(buildCorpusCacheKey(corpus));
  });
});

describe('serializeCorpusIndex', () => {
  it('writes eight sections and then the header, none holding a line break', () => {
    expect(sections).toHaveLength(9);
    expect(sections.some((section) => section.includes('\n'))).toBe(false);
    expect(sections[8]?.split(' ').slice(0, 4)).toEqual([
      'verbatim-corpus-index',
      String(CORPUS_CACHE_VERSION),
      entry.key,
      index.fingerprint,
    ]);
  });

  it('stores the reports without their text', () => {
    const text = index.reports[0]?.text ?? '';
    expect(sections[0]?.includes(JSON.stringify(text).slice(1, -1))).toBe(false);
  });

  it('gives the same sections for the same files', async () => {
    const again = (await readCorpusFiles(SEEDS)).files;
    expect([...serializeCorpusIndex(buildCorpusIndex(parseCorpusFiles(again).reports), entry)]).toEqual(sections);
  });
});

describe('deserializeCorpusIndex', () => {
  it('restores the whole index, its reports included, and the parse warnings, from the files alone', () => {
    const restored = deserializeCorpusIndex(asBytes(sections), files, entry.key);
    expect(restored === null ? null : withoutSearch(restored.index)).toEqual(withoutSearch(index));
    expect(restored?.warnings).toEqual(entry.warnings);
    expect(restored === null ? null : answers(restored.index)).toEqual(answers(index));
  });

  it.each([
    ['another key', (all: string[]) => all, 'f'.repeat(64), () => files],
    ['a torn write (the header missing)', (all: string[]) => all.slice(0, 8), null, () => files],
    ['a section missing', (all: string[]) => [...all.slice(0, 3), ...all.slice(4)], null, () => files],
    ['a changed section', (all: string[]) => all.map((s, i) => (i === 2 ? s.replace('1', '2') : s)), null, () => files],
    [
      'another version',
      (all: string[]) => [
        ...all.slice(0, 8),
        all[8]?.replace(` ${CORPUS_CACHE_VERSION} `, ` ${CORPUS_CACHE_VERSION - 1} `) ?? '',
      ],
      null,
      () => files,
    ],
    ['not a cache at all', () => ['{}'], null, () => files],
    ['files without a report the cache names', (all: string[]) => all, null, () => files.slice(1)],
    [
      'a file that no longer decodes',
      (all: string[]) => all,
      null,
      () => files.map((file, i) => (i === 0 ? { ...file, bytes: new Uint8Array([0xff, 0xfe]) } : file)),
    ],
  ])('returns null for %s', (_case, change, key, filesNow) => {
    expect(deserializeCorpusIndex(asBytes(change(sections)), filesNow(), key ?? entry.key)).toBeNull();
  });
});
