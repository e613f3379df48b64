import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_IDS, FEEDBACK_MODAL_IDS, WORKING_REACTION } from '../../src/slack/slack-ids.js';
import { buildButtonClick, findButton } from '../support/click-slack-button.js';
import { FAKE_BOT } from '../support/fake-slack-api.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

type Message = { blocks: unknown[]; text: string };

const MENTION_TS = '1700000001.000100';

function mention(text: string): Record<string, unknown> {
  return { type: 'app_mention', user: 'U0ASKER', text, ts: MENTION_TS, channel: 'C0GENERAL', event_ts: MENTION_TS };
}

describe.each(['http', 'socket-mode'] as const)('progress and feedback over %s', (transport) => {
  it('adds 👀 to a mention while answering and removes it once the answer is posted', async () => {
    app = await startTestApp({ transport });
    await app.event(mention(`<@${FAKE_BOT.userId}> /sources`));
    const removed = await app.fake.waitForCall('reactions.remove');
    const added = app.fake.callsTo('reactions.add');
    const posts = app.fake.callsTo('chat.postMessage');
    const reaction = { channel: 'C0GENERAL', timestamp: MENTION_TS, name: WORKING_REACTION };
    expect(added.map((call) => call.body)).toEqual([expect.objectContaining(reaction)]);
    expect(removed.body).toMatchObject(reaction);
    expect(posts).toHaveLength(1);
    const [add, post] = [added[0], posts[0]];
    expect(add?.at).toBeLessThan(post?.at ?? 0);
    expect(post?.at).toBeLessThan(removed.at);
  });

  it('logs a 👎 click with the question, answer kind and fingerprint, and opens the reason modal', async () => {
    app = await startTestApp({ transport });
    const reply = (await app.command('/sources', '')).body as Message;
    const click = buildButtonClick(
      { blocks: reply.blocks, channel: 'C0GENERAL', isEphemeral: true, responseUrl: app.fake.responseUrl('fb') },
      ACTION_IDS.feedbackNotHelpful,
    );
    expect(await app.interaction(click)).toEqual({ status: 200, body: {} });
    const record = await app.waitForLog((line) => line.msg === 'feedback');
    expect(record).toEqual({
      level: 'info',
      msg: 'feedback',
      rating: 'not-helpful',
      question: '/sources',
      isQuestionCut: false,
      answerKind: 'sources',
      fingerprint: app.index.fingerprint,
    });
    const open = await app.fake.waitForCall('views.open');
    expect(open.body).toMatchObject({
      trigger_id: `trigger-click-${ACTION_IDS.feedbackNotHelpful}`,
      view: { type: 'modal', callback_id: FEEDBACK_MODAL_IDS.callbackId },
    });
  });
});

describe('feedback', () => {
  it('puts 👍 and 👎 on a mention answer too', async () => {
    app = await startTestApp({ transport: 'http' });
    await app.event(mention(`<@${FAKE_BOT.userId}> /sources`));
    const post = await app.fake.waitForCall('chat.postMessage');
    const blocks = post.body['blocks'] as unknown[];
    expect(findButton(blocks, ACTION_IDS.feedbackHelpful)).toBeDefined();
    expect(findButton(blocks, ACTION_IDS.feedbackNotHelpful)).toBeDefined();
  });

  it('logs the reason submitted in the modal, with the rating and the question', async () => {
    app = await startTestApp({ transport: 'http' });
    const reply = (await app.command('/sources', '')).body as Message;
    await app.interaction(
      buildButtonClick(
        { blocks: reply.blocks, channel: 'C0GENERAL', isEphemeral: true, responseUrl: app.fake.responseUrl('fb') },
        ACTION_IDS.feedbackHelpful,
      ),
    );
    const open = await app.fake.waitForCall('views.open');
    const view = open.body['view'] as { private_metadata: string; callback_id: string };
    const submission = {
      type: 'view_submission',
      team: { id: FAKE_BOT.teamId, domain: 'verbatim-test' },
      user: { id: 'U0ASKER', username: 'asker', name: 'asker', team_id: FAKE_BOT.teamId },
      api_app_id: 'A0VERBATIM',
      token: 'verification-token-unused',
      trigger_id: 'trigger-submit',
      view: {
        id: 'V0MODAL',
        team_id: FAKE_BOT.teamId,
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: {
          values: {
            [FEEDBACK_MODAL_IDS.reasonBlockId]: {
              [FEEDBACK_MODAL_IDS.reasonActionId]: {
                type: 'plain_text_input',
                value: '  Exactly the list I needed \n',
              },
            },
          },
        },
        hash: 'h',
        app_id: 'A0VERBATIM',
        bot_id: FAKE_BOT.botId,
      },
    };
    expect(await app.interaction(submission)).toEqual({ status: 200, body: {} });
    const record = await app.waitForLog((line) => line.msg === 'feedback reason');
    expect(record).toEqual({
      level: 'info',
      msg: 'feedback reason',
      rating: 'helpful',
      reason: 'Exactly the list I needed',
      question: '/sources',
      isQuestionCut: false,
      answerKind: 'sources',
      fingerprint: app.index.fingerprint,
    });
  });
});
