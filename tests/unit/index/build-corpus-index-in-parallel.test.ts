import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import { parseReport } from '../../../src/corpus/parse-report.js';
import type { Report } from '../../../src/corpus/report.js';
import { buildCorpusIndex } from '../../../src/index/build-corpus-index.js';
import { buildCorpusIndexInParallel } from '../../../src/index/build-corpus-index-in-parallel.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures/reports', import.meta.url));

const PLACES = ['Kursk', 'Kharkiv', 'Zaporizhzhia', 'Donetsk', 'Sumy', 'Odesa', 'Bakhmut'];
const SPEAKERS = [
  ['Defence Minister', 'Marta Ilves'],
  ['Colonel', 'Oleh Marchenko'],
  ['spokesman', 'John Kirby'],
  ['President', 'Volodymyr Zelensky'],
  ['General', 'Anna Kovalenko'],
] as const;
const COUNTS = ['more than 3,000', 'about 1,100', 'hundreds of', 'nearly 700', '12', 'at least 40', 'some 2,500'];

function pick<T>(items: readonly T[], n: number): T {
  const item = items[n % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** A short report whose figures, quotes and speakers vary with `n`, so every chunk has its own facts. */
function generateReport(n: number): Report {
  const place = pick(PLACES, n);
  const [role, name] = pick(SPEAKERS, n);
  const [otherRole, otherName] = pick(SPEAKERS, n + 2);
  const surname = name.split(' ').at(-1) ?? name;
  const text = [
    '---',
    `title: "Fighting near ${place}, day ${n}"`,
    `date: 2024-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
    '---',
    '',
    `${role} ${name} spoke in ${place} on Monday. ${surname} said ${pick(COUNTS, n)} North Korean soldiers had been killed.`,
    '',
    `"We will hold ${place} for as long as it takes," ${surname} told reporters.`,
    '',
    `${otherRole} ${otherName} said ${pick(COUNTS, n + 3)} Russian troops were deployed to the region last week.`,
    '',
    `“The road to ${place} is mined and the bridge is gone,” said ${otherName}. Report ${n} ends here.`,
    '',
  ].join('\n');
  return parseReport(`generated/${String(n).padStart(3, '0')}.txt`, text, Buffer.byteLength(text));
}

/** The hand-written fixture reports, each under a few ids so they count for more than one chunk. */
function readFixtureReports(copies: number): Report[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(`${FIXTURES}/${file}`, 'utf8');
      return Array.from({ length: copies }, (_, copy) =>
        parseReport(`fixtures-${copy}/${file}`, text, Buffer.byteLength(text)),
      );
    });
}

/** A worker entry that fails as soon as it starts. */
const THROWING_WORKER = new URL('data:text/javascript,throw new Error("the worker broke")');
/** A worker entry that exits without posting a thing. */
const EXITING_WORKER = new URL('data:text/javascript,process.exit(0)');

let seeds: readonly Report[];
let corpus: readonly Report[];
let expected: CorpusIndex;

/**
 * Each test starts worker threads that load tsx before the extractors, and the expected index is a
 * build of 200-odd reports: seconds on a loaded 2-core machine (the hook took over 10 s there).
 */
const WORKER_TEST_TIMEOUT_MS = 60_000;

beforeAll(async () => {
  seeds = (await loadCorpus(SEEDS)).reports;
  // Generated reports in reverse, so the build must order them; the seeds and fixtures among them.
  corpus = [...Array.from({ length: 200 }, (_, n) => generateReport(199 - n)), ...seeds, ...readFixtureReports(2)];
  expected = buildCorpusIndex(corpus);
}, WORKER_TEST_TIMEOUT_MS);

describe('buildCorpusIndexInParallel', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('works on a corpus whose facts fall in many chunks', () => {
    expect(expected.reports.length).toBe(233);
    expect(new Set(expected.figures.map((figure) => figure.reportId)).size).toBeGreaterThan(200);
    expect(new Set(expected.quotes.map((quote) => quote.reportId)).size).toBeGreaterThan(200);
  });

  it('builds the same index as buildCorpusIndex when two workers extract every chunk', async () => {
    const parallel = await buildCorpusIndexInParallel(corpus, { workers: 2, chunkSize: 5, extractOnMainThread: false });
    expect(parallel).toEqual(expected);
  });

  it('builds the same index when the main thread extracts every chunk', async () => {
    expect(await buildCorpusIndexInParallel(corpus, { workers: 0, chunkSize: 50 })).toEqual(expected);
  });

  it('builds the same index with the default workers and chunk size, the main thread taking chunks too', async () => {
    expect(await buildCorpusIndexInParallel(corpus)).toEqual(expected);
  });

  it('builds a small corpus on the main thread without starting a worker', async () => {
    expect(await buildCorpusIndexInParallel(seeds, { workerUrl: THROWING_WORKER })).toEqual(buildCorpusIndex(seeds));
  });

  it('rejects when a worker throws', async () => {
    await expect(buildCorpusIndexInParallel(corpus, { workerUrl: THROWING_WORKER })).rejects.toThrow(
      'Cannot extract facts in worker 0: the worker broke',
    );
  });

  it('rejects when a worker exits before it has finished', async () => {
    await expect(buildCorpusIndexInParallel(corpus, { workerUrl: EXITING_WORKER, workers: 2 })).rejects.toThrow(
      /^Cannot extract facts: worker [01] exited with code 0 first$/,
    );
  });

  it.each([
    { options: { workers: -1 }, message: 'workers must be a whole number of 0 or more, got "-1"' },
    { options: { workers: 1.5 }, message: 'workers must be a whole number of 0 or more, got "1.5"' },
    { options: { chunkSize: 0 }, message: 'chunkSize must be a whole number of 1 or more, got "0"' },
    {
      options: { workers: 0, extractOnMainThread: false },
      message: 'with no workers, extractOnMainThread must be true',
    },
  ])('rejects $options', async ({ options, message }) => {
    await expect(buildCorpusIndexInParallel(corpus, options)).rejects.toThrow(`Cannot build the index: ${message}`);
  });
});
