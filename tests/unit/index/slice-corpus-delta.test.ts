import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { parseQuestion } from '../../../src/answer/parse-question.js';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import { applyCorpusDelta } from '../../../src/index/apply-corpus-delta.js';
import { buildCorpusIndex } from '../../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';
import { diffCorpus } from '../../../src/index/diff-corpus.js';
import { packCorpusIndex } from '../../../src/index/pack-corpus-index.js';
import { prepareCorpusDelta } from '../../../src/index/prepare-corpus-delta.js';
import { sliceCorpusDelta } from '../../../src/index/slice-corpus-delta.js';

const REPORTS_DIR = fileURLToPath(new URL('../../fixtures/reports', import.meta.url));
const QUESTIONS = ['/reports troops storm', '/casualties', '/troops', '/who-said Kallas', '/sources'];
const { reports } = await loadCorpus(REPORTS_DIR);

function answersOf(index: CorpusIndex): unknown[] {
  return QUESTIONS.map((question) => answerQuestion(parseQuestion(question), index));
}

function factsOf(index: CorpusIndex): unknown {
  const { search: _search, ...packed } = packCorpusIndex(index);
  return packed;
}

describe('sliceCorpusDelta', () => {
  it('cuts the upserted reports into slices, the removals in the first', () => {
    const delta = prepareCorpusDelta(
      { upserted: reports.slice(0, 5), removedIds: ['gone'] },
      buildCorpusIndex([]).lexicon,
    );
    const slices = sliceCorpusDelta(delta, 2);
    expect(slices.map((slice) => [slice.upserted.map(({ report }) => report.id), slice.removedIds])).toEqual([
      [reports.slice(0, 2).map(({ id }) => id), ['gone']],
      [reports.slice(2, 4).map(({ id }) => id), []],
      [reports.slice(4, 5).map(({ id }) => id), []],
    ]);
    expect(sliceCorpusDelta({ upserted: [], removedIds: [] }, 3)).toEqual([{ upserted: [], removedIds: [] }]);
    expect(() => sliceCorpusDelta(delta, 0)).toThrow(RangeError);
  });

  it('gives, applied slice after slice, the index of a full build of the new corpus', () => {
    const before = reports.slice(4);
    const after = reports.slice(0, -1);
    let index = buildCorpusIndex(before);
    for (const slice of sliceCorpusDelta(prepareCorpusDelta(diffCorpus(before, after), index.lexicon), 1)) {
      index = applyCorpusDelta(index, slice);
    }
    const built = buildCorpusIndex(after);
    expect(factsOf(index)).toEqual(factsOf(built));
    expect(answersOf(index)).toEqual(answersOf(built));
  });
});
