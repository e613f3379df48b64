import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { buildCorpusIndex } from '../../../src/answer/build-corpus-index.js';
import type { CorpusIndex } from '../../../src/answer/corpus-index.js';
import { parseQuestion } from '../../../src/answer/parse-question.js';
import {
  CORPUS_CACHE_VERSION,
  deserializeCorpusIndex,
  serializeCorpusIndex,
} from '../../../src/answer/serialize-corpus-index.js';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));
const QUESTIONS = ['/reports storm shadow', '/casualties', '/troops', '/who-said kirby', '/reports troups', '/sources'];

let index: CorpusIndex;
let sections: string[];

beforeAll(async () => {
  index = buildCorpusIndex((await loadCorpus(SEEDS)).reports);
  sections = serializeCorpusIndex(index);
});

function answers(of: CorpusIndex): unknown[] {
  return QUESTIONS.map((question) => answerQuestion(parseQuestion(question), of));
}

describe('serializeCorpusIndex', () => {
  it('writes a header and five sections, none holding a line break', () => {
    expect(sections).toHaveLength(6);
    expect(sections.some((section) => section.includes('\n'))).toBe(false);
    expect(sections[0]?.split(' ').slice(0, 3)).toEqual([
      'verbatim-corpus-index',
      String(CORPUS_CACHE_VERSION),
      index.fingerprint,
    ]);
  });

  it('gives the same sections for the same reports', async () => {
    const again = buildCorpusIndex((await loadCorpus(SEEDS)).reports);
    expect(serializeCorpusIndex(again)).toEqual(sections);
  });
});

describe('deserializeCorpusIndex', () => {
  it('restores an index that holds the same facts and gives the same answers', () => {
    const restored = deserializeCorpusIndex(sections, index.reports, index.fingerprint);
    expect(restored?.sentences).toEqual(index.sentences);
    expect(restored?.figures).toEqual(index.figures);
    expect(restored?.quotes).toEqual(index.quotes);
    expect(restored?.speakers).toEqual(index.speakers);
    expect(restored === null ? null : answers(restored)).toEqual(answers(index));
  });

  it.each([
    ['another fingerprint', (all: string[]) => all, 'f'.repeat(64)],
    ['a torn write (a section missing)', (all: string[]) => all.slice(0, 4), null],
    ['a changed section', (all: string[]) => all.map((s, i) => (i === 2 ? s.replace('1', '2') : s)), null],
    [
      'another version',
      (all: string[]) => [
        all[0]?.replace(` ${CORPUS_CACHE_VERSION} `, ` ${CORPUS_CACHE_VERSION - 1} `) ?? '',
        ...all.slice(1),
      ],
      null,
    ],
    ['not a cache at all', () => ['{}'], null],
  ])('returns null for %s', (_case, change, fingerprint) => {
    expect(deserializeCorpusIndex(change(sections), index.reports, fingerprint ?? index.fingerprint)).toBeNull();
  });
});
