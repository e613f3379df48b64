import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/answer/answer-question.js';
import { parseQuestion } from '../../../../src/answer/parse-question.js';
import { loadCorpus } from '../../../../src/corpus/load-corpus.js';
import { buildCorpusIndex } from '../../../../src/index/build-corpus-index.js';
import type { CorpusIndex } from '../../../../src/index/corpus-index.js';
import { ANSWER_PARTS, type AnswerPart } from '../../../../src/render/answer-part.js';
import { createPagedAnswer } from '../../../../src/render/blocks/create-paged-answer.js';
import { renderAnswerBlocks } from '../../../../src/render/blocks/render-answer-blocks.js';
import { pickRenderedPage } from '../../../../src/render/blocks/rendered-page.js';
import { buildManyRowsIndex } from '../../../support/build-many-rows-index.js';

const SEEDS_DIR = fileURLToPath(new URL('../../../../seeds', import.meta.url));

/** Every page of the answer, rendered page by page, and the same page of the whole answer rendered at once. */
function comparePages(index: CorpusIndex, text: string, part: AnswerPart = 'answer') {
  const answer = answerQuestion(parseQuestion(text), index, { limit: 25 });
  const whole = renderAnswerBlocks(answer, part);
  const paged = createPagedAnswer(answer, part);
  const pages = Array.from({ length: whole.pages.length }, (_, page) => ({
    alone: JSON.stringify(paged.renderPage(page)),
    whole: JSON.stringify(pickRenderedPage(whole, page)),
  }));
  return { pageCount: paged.pageCount, wholeCount: whole.pages.length, pages };
}

describe('createPagedAnswer', () => {
  let many: CorpusIndex;
  let seeds: CorpusIndex;
  beforeAll(async () => {
    many = buildManyRowsIndex(120);
    seeds = buildCorpusIndex((await loadCorpus(SEEDS_DIR)).reports);
  }, 60_000);

  it.each([
    // The first screen (speaker, counts, the best three, the narrow line) is a page of its own.
    ['/who-said Mara Velling', 12, 'answer'],
    ['/who-said bridge at kilometre', 6, 'answer'],
    ['/casualties', 6, 'answer'],
    ['/casualties', 11, 'excerpts'],
    ['/sources', 6, 'answer'],
    // A report whose title or lead matches shows up to three sentences.
    ['/reports bridge', 3, 'answer'],
    ['/who-said reopen crossing', 1, 'answer'],
  ] as const)(
    'renders each page of %s alone byte for byte as the whole answer’s page (%i pages, %s)',
    (text, count, part) => {
      const { pageCount, wholeCount, pages } = comparePages(many, text, part);
      expect([pageCount, wholeCount]).toEqual([count, count]);
      for (const { alone, whole } of pages) expect(alone).toBe(whole);
    },
  );

  it.each([
    '/sources',
    '/casualties',
    '/casualties killed',
    '/troops',
    '/reports ferry',
    '/who-said',
    '/help',
    'nonsense words',
  ])('renders each page of %s on the seeds byte for byte as the whole answer’s page, in both parts', (text) => {
    for (const part of ANSWER_PARTS) {
      const { pageCount, wholeCount, pages } = comparePages(seeds, text, part);
      expect(pageCount).toBe(wholeCount);
      for (const { alone, whole } of pages) expect(alone).toBe(whole);
    }
  });

  it('gives the nearest page when asked for one out of range, as the whole answer does', () => {
    const answer = answerQuestion(parseQuestion('/who-said Mara Velling'), many, { limit: 25 });
    const whole = renderAnswerBlocks(answer);
    const paged = createPagedAnswer(answer);
    for (const page of [-3, 11.7, 12, 99]) expect(paged.renderPage(page)).toEqual(pickRenderedPage(whole, page));
    expect(paged.renderPage(99).page).toBe(11);
  });
});
