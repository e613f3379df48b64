import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../src/slack/slack-ids.js';
import { buildButtonClick, findButton } from '../support/click-slack-button.js';
import { buildExpectedReply, collectBlockText } from '../support/expected-slack-reply.js';
import { FAKE_BOT } from '../support/fake-slack-api.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

/** Seven one-paragraph reports that all mention a convoy: two pages of results. */
const PAGING_CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpora/paging', import.meta.url));

let app: TestApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

type Message = { blocks: unknown[]; text: string };

async function askPrivately(testApp: TestApp, command: string, text: string): Promise<Message> {
  return (await testApp.command(command, text)).body as Message;
}

describe('Share in channel', () => {
  it.each(['http', 'socket-mode'] as const)(
    'posts the same answer to the channel, marked as shared (%s)',
    async (transport) => {
      app = await startTestApp({ transport });
      const reply = await askPrivately(app, '/reports', 'gristmill');
      const click = buildButtonClick(
        { blocks: reply.blocks, channel: 'C0GENERAL', isEphemeral: true, responseUrl: app.fake.responseUrl('share') },
        ACTION_IDS.share,
      );
      expect(await app.interaction(click)).toEqual({ status: 200, body: {} });
      const post = await app.fake.waitForCall('chat.postMessage');
      const expected = await buildExpectedReply(app.index, '/reports gristmill', {
        page: 0,
        sharedBy: 'asker',
        isShareable: false,
      });
      expect(post.body).toMatchObject({ channel: 'C0GENERAL', text: expected.text, blocks: expected.blocks });
      expect(collectBlockText(expected.blocks).split('\n')[0]).toBe('Shared by asker');
      expect(findButton(expected.blocks, ACTION_IDS.share)).toBeUndefined();
      await app.waitForLog((record) => record['outcome'] === 'shared');
    },
  );

  it('posts through the response URL where the bot is not in the channel', async () => {
    app = await startTestApp({ transport: 'http' });
    const reply = await askPrivately(app, '/sources', '');
    app.fake.failNext('chat.postMessage', { error: 'not_in_channel' });
    await app.interaction(
      buildButtonClick(
        { blocks: reply.blocks, channel: 'C0PRIVATE', isEphemeral: true, responseUrl: app.fake.responseUrl('share') },
        ACTION_IDS.share,
      ),
    );
    const call = await app.fake.waitForCall('response_url');
    expect(call.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(collectBlockText(call.body['blocks'] as unknown[])).toContain('Shared by asker');
  });
});

describe('paging', () => {
  it('shows the next and previous page of a private answer in place', async () => {
    app = await startTestApp({ transport: 'http', corpusDir: PAGING_CORPUS_DIR });
    const first = await askPrivately(app, '/reports', 'convoy');
    expect(findButton(first.blocks, ACTION_IDS.previousPage)).toBeUndefined();
    expect(collectBlockText(first.blocks)).toContain('Page 1 of 2');
    const where = { channel: 'C0GENERAL', isEphemeral: true, responseUrl: app.fake.responseUrl('page') };
    await app.interaction(buildButtonClick({ ...where, blocks: first.blocks }, ACTION_IDS.nextPage));
    const next = await app.fake.waitForCall('response_url');
    const page2 = await buildExpectedReply(app.index, '/reports convoy', {
      page: 1,
      sharedBy: null,
      isShareable: true,
    });
    expect(next.body).toEqual({ replace_original: true, ...page2 });
    expect(collectBlockText(page2.blocks)).toContain('Page 2 of 2');
    expect(findButton(page2.blocks, ACTION_IDS.nextPage)).toBeUndefined();

    await app.interaction(buildButtonClick({ ...where, blocks: page2.blocks }, ACTION_IDS.previousPage));
    const back = await app.fake.waitForCall('response_url', 2);
    expect(back.body).toEqual({ replace_original: true, blocks: first.blocks, text: first.text });
  });

  it('edits a public thread answer with chat.update', async () => {
    app = await startTestApp({ transport: 'http', corpusDir: PAGING_CORPUS_DIR });
    await app.event({
      type: 'app_mention',
      user: 'U0ASKER',
      text: `<@${FAKE_BOT.userId}> reports convoy`,
      ts: '1700000001.000100',
      channel: 'C0GENERAL',
      event_ts: '1700000001.000100',
    });
    const post = await app.fake.waitForCall('chat.postMessage');
    const blocks = post.body['blocks'] as unknown[];
    expect(findButton(blocks, ACTION_IDS.share)).toBeUndefined();
    await app.interaction(
      buildButtonClick(
        {
          blocks,
          channel: 'C0GENERAL',
          isEphemeral: false,
          messageTs: '1700000002.000100',
          responseUrl: app.fake.responseUrl('page'),
        },
        ACTION_IDS.nextPage,
      ),
    );
    const update = await app.fake.waitForCall('chat.update');
    const page2 = await buildExpectedReply(app.index, 'reports convoy', {
      page: 1,
      sharedBy: null,
      isShareable: false,
    });
    expect(update.body).toMatchObject({ channel: 'C0GENERAL', ts: '1700000002.000100', ...page2 });
  });
});
