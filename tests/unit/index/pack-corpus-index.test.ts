import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { parseQuestion } from '../../../src/answer/parse-question.js';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import { buildCorpusIndex } from '../../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';
import { packCorpusIndex, unpackCorpusIndex } from '../../../src/index/pack-corpus-index.js';
import { buildManyRowsIndex } from '../../support/build-many-rows-index.js';

const SEEDS_DIR = fileURLToPath(new URL('../../../seeds', import.meta.url));

const QUESTIONS = [
  '/reports bridge convoy',
  '/reports ferry',
  '/who-said Mara Velling',
  '/casualties',
  '/sources',
  '/reports brigde',
];

/** Everything but the search index, whose internal tree is ordered differently once reloaded (its answers are compared). */
function withoutSearch({ search: _search, ...rest }: CorpusIndex): Omit<CorpusIndex, 'search'> {
  return rest;
}

function answers(of: CorpusIndex): unknown[] {
  return QUESTIONS.map((question) => answerQuestion(parseQuestion(question), of));
}

describe('packCorpusIndex and unpackCorpusIndex', () => {
  it('give back the index packed, after a structured clone (as postMessage sends it): equal parts, equal answers', async () => {
    for (const index of [buildCorpusIndex((await loadCorpus(SEEDS_DIR)).reports), buildManyRowsIndex(30)]) {
      const unpacked = unpackCorpusIndex(structuredClone(packCorpusIndex(index)));
      expect(withoutSearch(unpacked)).toEqual(withoutSearch(index));
      expect(answers(unpacked)).toEqual(answers(index));
    }
  }, 60_000);

  it('refuses a pack whose sentence names a report it does not hold', () => {
    const packed = packCorpusIndex(buildManyRowsIndex(2));
    expect(() => unpackCorpusIndex({ ...packed, reports: packed.reports.slice(0, 1) })).toThrow(RangeError);
  });
});
