import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { SlackMessage } from '../../render/blocks/render-answer-message.js';
import { answerSlackQuestion } from '../answer-slack-question.js';
import { buildAnswerMessage } from '../build-answer-message.js';
import { withErrorReply } from '../error-boundary.js';
import { raceDeadline } from '../race-deadline.js';
import type { SlackDeps } from '../slack-deps.js';

/**
 * Every slash command: answers privately within Slack's 3 seconds. When the answer is ready
 * before the deadline it goes in the acknowledgement itself; otherwise the command is
 * acknowledged empty and the answer follows through the response URL.
 */
export function createSlashCommandHandler(deps: SlackDeps) {
  return async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const text = `${command.command} ${command.text}`.trim();
    let isAcked = false;
    const send = async (message: SlackMessage) => {
      const payload = { response_type: 'ephemeral' as const, ...message };
      if (isAcked) return respond(payload);
      isAcked = true;
      return ack(payload);
    };
    await withErrorReply(
      deps,
      { kind: 'command', name: command.command, requestId: command.trigger_id },
      async () => {
        const race = await raceDeadline(
          answerSlackQuestion(text, deps, { channelId: command.channel_id }),
          deps.ackDeadlineMs,
        );
        if (!race.isReady) {
          isAcked = true;
          await ack();
        }
        const { rendered, answerKind, hasExcerpts } = race.isReady ? race.value : await race.pending;
        await send(
          buildAnswerMessage(rendered, {
            text,
            page: 0,
            sharedBy: null,
            isShareable: true,
            hasExcerpts: hasExcerpts === true,
            feedback: { answerKind, fingerprint: deps.getManifest().fingerprint },
          }),
        );
        return { outcome: 'answered', answerKind };
      },
      send,
    );
  };
}
