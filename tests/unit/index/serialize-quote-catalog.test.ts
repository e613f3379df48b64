import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import { buildCorpusIndex } from '../../../src/index/build-corpus-index.js';
import { buildQuoteCatalog } from '../../../src/index/build-quote-catalog.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';
import { loadQuoteCatalog, serializeQuoteCatalog } from '../../../src/index/serialize-quote-catalog.js';

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));

let index: CorpusIndex;

beforeAll(async () => {
  index = buildCorpusIndex((await loadCorpus(SEEDS)).reports);
});

describe('serializeQuoteCatalog', () => {
  it('writes each quote as its position among the corpus quotes', () => {
    const json = serializeQuoteCatalog(index.quoteCatalog, index.quotes);
    const firstGroup = index.quoteCatalog.groups[0];
    const { groups } = JSON.parse(json) as { groups: [number[], string | null, number][] };
    expect(groups[0]).toEqual([
      firstGroup?.parts.map((part) => index.quotes.indexOf(part)),
      firstGroup?.speakerKey,
      firstGroup?.direct ? 1 : 0,
    ]);
  });

  it('throws a RangeError for a quote the corpus does not hold', () => {
    expect(() => serializeQuoteCatalog(index.quoteCatalog, index.quotes.slice(1))).toThrow(RangeError);
  });
});

describe('loadQuoteCatalog', () => {
  it('restores the catalog buildQuoteCatalog gives, sharing the corpus quotes and speakers', () => {
    const restored = loadQuoteCatalog(
      serializeQuoteCatalog(index.quoteCatalog, index.quotes),
      index.quotes,
      index.speakers,
    );
    expect(restored).toEqual(buildQuoteCatalog(index.reports, index.quotes, index.speakers));
    expect(restored.groups.flatMap((group) => group.parts).every((part) => index.quotes.includes(part))).toBe(true);
  });

  it('throws a RangeError when a group names a quote the corpus does not hold', () => {
    const json = serializeQuoteCatalog(index.quoteCatalog, index.quotes);
    expect(() => loadQuoteCatalog(json, [], index.speakers)).toThrow(RangeError);
  });
});
