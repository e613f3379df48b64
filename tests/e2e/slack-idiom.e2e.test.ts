import { afterEach, describe, expect, it } from 'vitest';
import { buildCitation } from '../../src/answer/build-citation.js';
import { renderCitationCopy } from '../../src/render/blocks/render-citation-copy.js';
import { HOME_QUESTIONS } from '../../src/render/blocks/render-home-view.js';
import { ACTION_IDS } from '../../src/slack/slack-ids.js';
import { buildButtonClick, buildOverflowClick, findButton, findOverflows } from '../support/click-slack-button.js';
import { buildExpectedReply, collectBlockText } from '../support/expected-slack-reply.js';
import { FAKE_BOT } from '../support/fake-slack-api.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

type Message = { blocks: unknown[]; text: string };
type Block = { type: string; text?: { text: string }; accessory?: { type: string } };

const MENTION_TS = '1700000001.000100';

function headers(blocks: readonly unknown[]): string[] {
  return (blocks as Block[]).filter((block) => block.type === 'header').map((block) => block.text?.text ?? '');
}

describe('Show excerpts', () => {
  it.each(['http', 'socket-mode'] as const)(
    'keeps the cited sentences off the first screen and posts them privately on request (%s)',
    async (transport) => {
      app = await startTestApp({ transport });
      const reply = (await app.command('/casualties', '')).body as Message;
      expect(headers(reply.blocks)).toEqual(['Casualty figures', 'Claims at a glance']);
      expect(findButton(reply.blocks, ACTION_IDS.showExcerpts)).toBeDefined();
      expect(reply.text).not.toContain('Excerpts');

      const where = { channel: 'C0GENERAL', isEphemeral: true, responseUrl: app.fake.responseUrl('excerpts') };
      expect(
        await app.interaction(buildButtonClick({ ...where, blocks: reply.blocks }, ACTION_IDS.showExcerpts)),
      ).toEqual({ status: 200, body: {} });
      const call = await app.fake.waitForCall('response_url');
      const expected = await buildExpectedReply(app.index, '/casualties', {
        page: 0,
        sharedBy: null,
        isShareable: true,
        part: 'excerpts',
      });
      expect(call.body).toEqual({ response_type: 'ephemeral', replace_original: false, ...expected });
      expect(headers(expected.blocks)[0]).toBe('Excerpts');
      expect(expected.text.startsWith('Excerpts')).toBe(true);
      // The excerpts' fallback marks the figures in mrkdwn *bold*, never Markdown **bold**.
      expect(expected.text).not.toContain('**');
      expect(expected.text).toMatch(/\*[^*\s][^*\n]*\*/);
      expect(findButton(expected.blocks, ACTION_IDS.showExcerpts)).toBeUndefined();
      expect(findButton(expected.blocks, ACTION_IDS.share)).toBeDefined();
      await app.waitForLog((record) => record['outcome'] === 'excerpts');
    },
    60_000,
  );

  it('posts the excerpts of a public answer in its thread', async () => {
    app = await startTestApp({ transport: 'http' });
    await app.event({
      type: 'app_mention',
      user: 'U0ASKER',
      text: `<@${FAKE_BOT.userId}> /troops`,
      ts: MENTION_TS,
      channel: 'C0GENERAL',
      event_ts: MENTION_TS,
    });
    const answer = await app.fake.waitForCall('chat.postMessage');
    const blocks = answer.body['blocks'] as unknown[];
    expect(headers(blocks)).toEqual(['Troop figures', 'Claims at a glance']);
    await app.interaction(
      buildButtonClick(
        {
          blocks,
          channel: 'C0GENERAL',
          isEphemeral: false,
          messageTs: '1700000002.000100',
          threadTs: MENTION_TS,
          responseUrl: app.fake.responseUrl('thread'),
        },
        ACTION_IDS.showExcerpts,
      ),
    );
    const post = await app.fake.waitForCall('chat.postMessage', 2);
    const expected = await buildExpectedReply(app.index, '/troops', {
      page: 0,
      sharedBy: null,
      isShareable: false,
      part: 'excerpts',
    });
    expect(post.body).toMatchObject({ channel: 'C0GENERAL', thread_ts: MENTION_TS, ...expected });
    expect(app.fake.callsTo('response_url')).toHaveLength(0);
  });
});

describe('Share in channel', () => {
  it('replaces the private answer: posts to the channel, then deletes the private copy', async () => {
    app = await startTestApp({ transport: 'http' });
    const reply = (await app.command('/casualties', '')).body as Message;
    await app.interaction(
      buildButtonClick(
        { blocks: reply.blocks, channel: 'C0GENERAL', isEphemeral: true, responseUrl: app.fake.responseUrl('share') },
        ACTION_IDS.share,
      ),
    );
    const deleted = await app.fake.waitForCall('response_url');
    expect(deleted.body).toEqual({ delete_original: true });
    const [post] = app.fake.callsTo('chat.postMessage');
    expect(post?.body).toMatchObject({ channel: 'C0GENERAL' });
    expect(post?.at).toBeLessThan(deleted.at);
    expect(collectBlockText(post?.body['blocks'] as unknown[]).split('\n')[0]).toBe('Shared by asker');
  });

  it('leaves a public answer alone: nothing to delete', async () => {
    app = await startTestApp({ transport: 'http' });
    const reply = (await app.command('/sources', '')).body as Message;
    await app.interaction(
      buildButtonClick(
        {
          blocks: reply.blocks,
          channel: 'C0GENERAL',
          isEphemeral: false,
          messageTs: '1700000003.000100',
          responseUrl: app.fake.responseUrl('public'),
        },
        ACTION_IDS.share,
      ),
    );
    await app.waitForLog((record) => record['outcome'] === 'shared');
    expect(app.fake.callsTo('response_url')).toHaveLength(0);
  });
});

describe('citation menu', () => {
  it('puts a menu on every claim, and posts the chosen citation privately to copy', async () => {
    app = await startTestApp({ transport: 'http' });
    const reply = (await app.command('/casualties', '')).body as Message;
    const claimSections = (reply.blocks as Block[]).filter((block) => block.text?.text.startsWith('• '));
    expect(claimSections.length).toBeGreaterThan(0);
    for (const section of claimSections) expect(section.accessory?.type).toBe('overflow');
    const menus = findOverflows(reply.blocks);
    for (const menu of menus) for (const option of menu.options) expect(option.value.length).toBeLessThanOrEqual(150);

    const where = { blocks: reply.blocks, channel: 'C0GENERAL', isEphemeral: true };
    await app.interaction(buildOverflowClick({ ...where, responseUrl: app.fake.responseUrl('cite') }, 0, 0));
    const cited = await app.fake.waitForCall('response_url');
    const [, start, end, file] = /^c:(\d+)-(\d+):(.+)$/.exec(menus[0]?.options[0]?.value ?? '') ?? [];
    const report = app.index.reports.find((candidate) => candidate.file === file);
    if (report === undefined) throw new Error('the menu names no report of the corpus');
    const citation = buildCitation(report, Number(start), Number(end));
    expect(cited.body).toEqual({
      response_type: 'ephemeral',
      replace_original: false,
      ...renderCitationCopy(citation, 'citation'),
    });
    expect(collectBlockText(cited.body['blocks'] as unknown[])).toContain(`${file}:${start}-${end}`);

    await app.interaction(buildOverflowClick({ ...where, responseUrl: app.fake.responseUrl('quote') }, 0, 1));
    const quoted = await app.fake.waitForCall('response_url', 2);
    expect(quoted.body).toMatchObject(renderCitationCopy(citation, 'excerpt'));
    expect(collectBlockText(quoted.body['blocks'] as unknown[])).toContain(
      `“${citation.sentence.replace(/\s+/g, ' ').trim()}” — `,
    );
  });
});

describe('App Home front page', () => {
  it('opens with the followed side’s newest claims, then the story’s reports and the question buttons', async () => {
    app = await startTestApp({ transport: 'http' });
    await app.event({ type: 'app_home_opened', user: 'U0ASKER', channel: 'D0HOME', tab: 'home', event_ts: '1.2' });
    const publish = await app.fake.waitForCall('views.publish');
    const blocks = (publish.body['view'] as { blocks: Block[] }).blocks;
    expect(blocks[0]?.type).toBe('header');
    expect(blocks[0]?.text?.text).toMatch(/^Following .+ forces$/);
    // The first claim line comes before any report list or button.
    const firstClaim = blocks.findIndex((block) => block.text?.text.startsWith('• *'));
    expect(firstClaim).toBeGreaterThan(0);
    expect(firstClaim).toBeLessThan(blocks.findIndex((block) => block.text?.text === 'Latest reports'));
    expect(blocks[firstClaim]?.accessory?.type).toBe('overflow');
    expect(collectBlockText(blocks)).toMatch(/ · (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}\b/);
    expect(blocks.filter((block) => block.type === 'actions')).toHaveLength(1);
  });

  it('answers a question button in the app’s Messages tab', async () => {
    app = await startTestApp({ transport: 'http' });
    const index = HOME_QUESTIONS.findIndex((entry) => entry.question === '/casualties');
    await app.interaction({
      type: 'block_actions',
      user: { id: 'U0ASKER', username: 'asker', name: 'asker', team_id: FAKE_BOT.teamId },
      api_app_id: 'A0VERBATIM',
      token: 'verification-token-unused',
      container: { type: 'view', view_id: 'V0HOME' },
      trigger_id: 'trigger-home',
      team: { id: FAKE_BOT.teamId, domain: 'verbatim-test' },
      view: { id: 'V0HOME', type: 'home' },
      actions: [
        {
          type: 'button',
          action_id: `${ACTION_IDS.homeQuestion}${index}`,
          block_id: 'questions',
          value: '/casualties',
          text: { type: 'plain_text', text: 'Casualties' },
          action_ts: '1700000000.000400',
        },
      ],
    });
    const post = await app.fake.waitForCall('chat.postMessage');
    const expected = await buildExpectedReply(app.index, '/casualties', {
      page: 0,
      sharedBy: null,
      isShareable: false,
    });
    expect(post.body).toMatchObject({ channel: 'U0ASKER', ...expected });
    expect(findButton(expected.blocks, ACTION_IDS.showExcerpts)).toBeDefined();
  });
});
