import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';
import { createPagedAnswer } from '../../../src/render/blocks/create-paged-answer.js';
import type { AnswerFunction } from '../../../src/slack/answer-slack-question.js';
import { createPageAnswerer } from '../../../src/slack/create-page-answerer.js';
import { makeResultsAnswer } from '../../support/slack-answer-fixtures.js';

/** An answer function that counts its calls and answers with `count` results. */
function countingAnswer(count = 30): { readonly answer: AnswerFunction; readonly asked: string[] } {
  const asked: string[] = [];
  const answer: Answer = makeResultsAnswer(count);
  return {
    asked,
    answer: (question, index) => {
      asked.push(`${index.fingerprint} ${JSON.stringify(question)}`);
      return answer;
    },
  };
}

const index = (fingerprint: string) => ({ fingerprint }) as unknown as CorpusIndex;

describe('createPageAnswerer', () => {
  it('answers a question once and renders each page asked for from the answer it kept', async () => {
    const { answer, asked } = countingAnswer();
    const answerPage = createPageAnswerer({ getIndex: () => index('a'), answer });
    const paged = createPagedAnswer(makeResultsAnswer(30));
    expect(paged.pageCount).toBeGreaterThan(1);
    for (const page of [0, 1, 0, 5]) {
      expect(await answerPage({ text: '/reports ferry', page })).toEqual({
        rendered: paged.renderPage(page),
        answerKind: 'results',
        hasExcerpts: false,
      });
    }
    expect(asked).toEqual(['a {"command":"reports","args":"ferry"}']);
  });

  it('keys kept answers by the parsed question, so the same question typed differently is kept once', async () => {
    const { answer, asked } = countingAnswer();
    const answerPage = createPageAnswerer({ getIndex: () => index('a'), answer });
    await answerPage({ text: '/reports ferry', page: 0 });
    await answerPage({ text: '  /reports   ferry ', page: 1 });
    await answerPage({ text: '/reports ferries', page: 0 });
    expect(asked).toEqual(['a {"command":"reports","args":"ferry"}', 'a {"command":"reports","args":"ferries"}']);
  });

  it('answers again from a new index (another fingerprint), reading the index on every question', async () => {
    const { answer, asked } = countingAnswer();
    let current = index('a');
    const answerPage = createPageAnswerer({ getIndex: () => current, answer });
    await answerPage({ text: '/sources', page: 0 });
    current = index('b');
    await answerPage({ text: '/sources', page: 1 });
    expect(asked).toEqual(['a {"command":"sources","args":""}', 'b {"command":"sources","args":""}']);
  });

  it('keeps at most the number of answers asked, dropping the least recently used first', async () => {
    const { answer, asked } = countingAnswer();
    const answerPage = createPageAnswerer({ getIndex: () => index('a'), answer, keptAnswers: 2 });
    for (const text of ['/reports one', '/reports two', '/reports one', '/reports three', '/reports one']) {
      await answerPage({ text, page: 0 });
    }
    await answerPage({ text: '/reports two', page: 0 });
    expect(asked.map((line) => line.split('"args":')[1])).toEqual(['"one"}', '"two"}', '"three"}', '"two"}']);
  });

  it('keeps nothing with keptAnswers 0', async () => {
    const { answer, asked } = countingAnswer();
    const answerPage = createPageAnswerer({ getIndex: () => index('a'), answer, keptAnswers: 0 });
    await answerPage({ text: '/sources', page: 0 });
    await answerPage({ text: '/sources', page: 1 });
    expect(asked).toHaveLength(2);
  });

  it('rejects when the answer function throws, and keeps nothing for that question', async () => {
    let calls = 0;
    const answerPage = createPageAnswerer({
      getIndex: () => index('a'),
      answer: () => {
        calls += 1;
        throw new Error('index broken');
      },
    });
    await expect(answerPage({ text: '/sources', page: 0 })).rejects.toThrow('index broken');
    await expect(answerPage({ text: '/sources', page: 0 })).rejects.toThrow('index broken');
    expect(calls).toBe(2);
  });
});
