import type { CorpusIndex } from '../../src/index/corpus-index.js';
import type { SlackMessage } from '../../src/render/blocks/render-answer-message.js';
import { answerSlackQuestion } from '../../src/slack/answer-slack-question.js';
import { type AnswerMessageContext, buildAnswerMessage } from '../../src/slack/build-answer-message.js';
import { createPageAnswerer } from '../../src/slack/create-page-answerer.js';

/**
 * The message the real pipeline renders for a question: what a reply must carry exactly. Tests
 * compare what reached the fake Slack with it, so they check the wiring on whatever the answer
 * layer currently answers; the renderers' own output is checked by their unit tests.
 */
export async function buildExpectedReply(
  index: CorpusIndex,
  text: string,
  context: Omit<AnswerMessageContext, 'text'>,
): Promise<SlackMessage> {
  const { rendered, answerKind, hasExcerpts } = await answerSlackQuestion(
    text,
    { answerPage: createPageAnswerer({ getIndex: () => index }), previewDigest: null },
    { channelId: null, page: context.page, ...(context.part === undefined ? {} : { part: context.part }) },
  );
  return buildAnswerMessage(rendered, {
    text,
    feedback: { answerKind, fingerprint: index.fingerprint },
    hasExcerpts: hasExcerpts === true,
    ...context,
  });
}

/** Every mrkdwn and plain text of a message's blocks, joined by new lines. */
export function collectBlockText(blocks: readonly unknown[]): string {
  return (
    JSON.stringify(blocks)
      .match(/"text":"((?:[^"\\]|\\.)*)"/g)
      ?.map((match) => JSON.parse(match.slice(7)) as string)
      .join('\n') ?? ''
  );
}
