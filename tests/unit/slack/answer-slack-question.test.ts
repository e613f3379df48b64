import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import type { Question } from '../../../src/answer/parse-question.js';
import type { CorpusIndex } from '../../../src/index/corpus-index.js';
import { renderAnswerBlocks } from '../../../src/render/blocks/render-answer-blocks.js';
import { renderNoticeMessage } from '../../../src/render/blocks/render-notice-message.js';
import { pickRenderedPage } from '../../../src/render/blocks/rendered-page.js';
import {
  type AnswerDeps,
  answerSlackQuestion,
  DIGEST_NOT_CONFIGURED,
  SLACK_RESULTS_LIMIT,
} from '../../../src/slack/answer-slack-question.js';
import { createPageAnswerer } from '../../../src/slack/create-page-answerer.js';
import { makeResultsAnswer } from '../../support/slack-answer-fixtures.js';

const INDEX = { fingerprint: 'test' } as unknown as CorpusIndex;

type DepsOverrides = { readonly getIndex?: () => CorpusIndex; readonly previewDigest?: AnswerDeps['previewDigest'] };

function makeDeps(overrides: DepsOverrides = {}): AnswerDeps & { asked: [Question, unknown][] } {
  const asked: [Question, unknown][] = [];
  const answer: Answer = makeResultsAnswer(1);
  return {
    asked,
    answerPage: createPageAnswerer({
      getIndex: overrides.getIndex ?? (() => INDEX),
      answer: (question, _index, options) => {
        asked.push([question, options]);
        return answer;
      },
      keptAnswers: 0,
    }),
    previewDigest: overrides.previewDigest ?? null,
  };
}

describe('answerSlackQuestion', () => {
  it('parses the text with the intent rules and renders the first page of the answer', async () => {
    const deps = makeDeps();
    const result = await answerSlackQuestion('/reports ferry', deps);
    expect(deps.asked).toEqual([[{ command: 'reports', args: 'ferry' }, { limit: SLACK_RESULTS_LIMIT }]]);
    expect(result).toEqual({
      rendered: pickRenderedPage(renderAnswerBlocks(makeResultsAnswer(1)), 0),
      answerKind: 'results',
      hasExcerpts: false,
    });
  });

  it('says the digest is not configured when no preview is wired', async () => {
    const notice = renderNoticeMessage(DIGEST_NOT_CONFIGURED);
    expect(await answerSlackQuestion('/verbatim  Digest ', makeDeps())).toEqual({
      rendered: { page: 0, pageCount: 1, blocks: notice.blocks, text: notice.text },
      answerKind: 'digest-not-configured',
    });
  });

  it('shows the digest preview for the channel asked from when one is wired', async () => {
    const preview = { pages: [], text: 'preview' };
    const contexts: unknown[] = [];
    const deps = makeDeps({
      previewDigest: async (context) => {
        contexts.push(context);
        return preview;
      },
    });
    expect(await answerSlackQuestion('/verbatim digest', deps, { channelId: 'C0DIGEST' })).toEqual({
      rendered: { page: 0, pageCount: 1, blocks: [], text: 'preview' },
      answerKind: 'digest-preview',
    });
    expect(contexts).toEqual([{ channelId: 'C0DIGEST' }]);
    expect(deps.asked).toEqual([]);
  });

  it('reads the index on every question', async () => {
    let reads = 0;
    const deps = makeDeps({
      getIndex: () => {
        reads += 1;
        return INDEX;
      },
    });
    await answerSlackQuestion('/sources', deps);
    await answerSlackQuestion('/sources', deps);
    expect(reads).toBe(2);
  });
});
