import type { webApi } from '@slack/bolt';
import type { SlackMessage } from '../render/blocks/render-answer-message.js';
import { answerSlackQuestion } from './answer-slack-question.js';
import { buildAnswerMessage } from './build-answer-message.js';
import type { RequestOutcome } from './error-boundary.js';
import type { SlackDeps } from './slack-deps.js';
import { withWorkingReaction } from './with-working-reaction.js';

/** A message someone wrote to the bot (a mention or a DM): where it is, and the question in it. */
export type AskedMessage = { readonly channel: string; readonly ts: string; readonly text: string };

/**
 * The work shared by a mention and a DM: a retried delivery of the same message is answered once;
 * otherwise the answer's first page is posted with `post`, under the working reaction, with its
 * feedback buttons and no Share button.
 */
export async function answerAskedMessage(
  deps: SlackDeps,
  client: webApi.WebClient,
  message: AskedMessage,
  post: (reply: SlackMessage) => Promise<unknown>,
): Promise<RequestOutcome> {
  if (deps.dedupe.isRepeat(`${message.channel}:${message.ts}`)) return { outcome: 'duplicate' };
  return withWorkingReaction(client, { channel: message.channel, ts: message.ts }, deps.logger, async () => {
    const { rendered, answerKind, hasExcerpts } = await answerSlackQuestion(message.text, deps, {
      channelId: message.channel,
    });
    await post(
      buildAnswerMessage(rendered, {
        text: message.text,
        page: 0,
        sharedBy: null,
        isShareable: false,
        hasExcerpts: hasExcerpts === true,
        feedback: { answerKind, fingerprint: deps.getManifest().fingerprint },
      }),
    );
    return { outcome: 'answered', answerKind };
  });
}
