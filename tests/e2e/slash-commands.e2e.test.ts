import { afterEach, describe, expect, it } from 'vitest';
import type { RenderedAnswer } from '../../src/render/blocks/render-answer-blocks.js';
import { DIGEST_NOT_CONFIGURED } from '../../src/slack/answer-slack-question.js';
import { ACTION_IDS } from '../../src/slack/slack-ids.js';
import { findButton } from '../support/click-slack-button.js';
import { buildExpectedReply, collectBlockText } from '../support/expected-slack-reply.js';
import { SEEDS_DIR, startTestApp, type TestApp } from '../support/start-test-app.js';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

const TRANSPORTS = ['http', 'socket-mode'] as const;
const COMMANDS = [
  ['/casualties', 'killed'],
  ['/troops', ''],
  ['/who-said', 'Lena Marsh'],
  ['/reports', 'gristmill'],
  ['/sources', ''],
  ['/verbatim', 'help'],
  ['/verbatim', 'who-said Lena Marsh'],
] as const;

describe.each(TRANSPORTS)('slash commands over %s', (transport) => {
  it.each(COMMANDS)('answers %s %s privately in the acknowledgement', async (command, text) => {
    app = await startTestApp({ transport });
    const ack = await app.command(command, text);
    const expected = await buildExpectedReply(app.index, `${command} ${text}`.trim(), {
      page: 0,
      sharedBy: null,
      isShareable: true,
    });
    expect(ack).toEqual({ status: 200, body: { response_type: 'ephemeral', ...expected } });
    expect(findButton(expected.blocks, ACTION_IDS.share)).toBeDefined();
    expect(app.fake.callsTo('response_url')).toEqual([]);
    const log = await app.waitForLog((record) => record.msg === 'request');
    expect(log).toMatchObject({ level: 'info', kind: 'command', name: command, outcome: 'answered' });
  });

  it('lists the fixture reports by title for /sources', async () => {
    app = await startTestApp({ transport });
    const ack = await app.command('/sources', '');
    const text = collectBlockText((ack.body as { blocks: unknown[] }).blocks);
    for (const title of [
      'River Crossing Losses Mount',
      'New Arrivals Reach the Front',
      'Leaflet Text Circulates Online',
    ]) {
      expect(text).toContain(`*${title}*`);
    }
  });

  it('quotes the only sentence with the searched word, marked and cited, for /reports', async () => {
    app = await startTestApp({ transport });
    const ack = await app.command('/reports', 'gristmill');
    const text = collectBlockText((ack.body as { blocks: unknown[] }).blocks);
    expect(text).toContain(
      '*1.* “Villagers sheltered in an old *gristmill* outside the town while the shelling continued.”',
    );
    expect(text).toMatch(
      /River Crossing Losses Mount · Northern Ledger · 2025-01-10 · alpha-river-losses\.txt:\d+-\d+/,
    );
  });

  it('answers an empty /reports with its usage line', async () => {
    app = await startTestApp({ transport });
    const ack = await app.command('/reports', '');
    expect(collectBlockText((ack.body as { blocks: unknown[] }).blocks)).toContain(
      'Usage: `/reports &lt;words&gt;  e.g. /reports missile strike`',
    );
  });
});

describe('on the seed corpus', () => {
  it('answers /casualties over HTTP in the acknowledgement with the cited rows', async () => {
    app = await startTestApp({ transport: 'http', corpusDir: SEEDS_DIR });
    const ack = await app.command('/casualties', '');
    const expected = await buildExpectedReply(app.index, '/casualties', { page: 0, sharedBy: null, isShareable: true });
    expect(ack).toEqual({ status: 200, body: { response_type: 'ephemeral', ...expected } });
    const log = await app.waitForLog((record) => record.msg === 'request');
    expect(log).toMatchObject({ name: '/casualties', outcome: 'answered', answerKind: expect.any(String) });
    expect(log['latencyMs']).toEqual(expect.any(Number));
  });
});

describe('the ack deadline', () => {
  it('acknowledges empty, then answers through the response URL, when the answer is slow', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { answerQuestion } = await import('../../src/answer/answer-question.js');
    app = await startTestApp({
      transport: 'http',
      ackDeadlineMs: 50,
      answer: async (question, index, options) => {
        await gate;
        return answerQuestion(question, index, options);
      },
    });
    const ack = await app.command('/sources', '', 'slow');
    expect(ack).toEqual({ status: 200, body: {} });
    expect(app.fake.callsTo('response_url')).toEqual([]);
    release();
    const call = await app.fake.waitForCall('response_url');
    const expected = await buildExpectedReply(app.index, '/sources', { page: 0, sharedBy: null, isShareable: true });
    expect(call).toMatchObject({ path: '/response/slow', body: { response_type: 'ephemeral', ...expected } });
  });
});

describe('/verbatim digest', () => {
  it('says the digest is not configured while no preview is wired', async () => {
    app = await startTestApp({ transport: 'http' });
    const ack = await app.command('/verbatim', 'digest');
    expect(collectBlockText((ack.body as { blocks: unknown[] }).blocks)).toContain(DIGEST_NOT_CONFIGURED);
    await app.waitForLog((record) => record['answerKind'] === 'digest-not-configured');
  });

  it('shows the preview the digest hook renders for the channel asked from', async () => {
    const preview: RenderedAnswer = {
      pages: [[{ type: 'section', text: { type: 'mrkdwn', text: 'Digest preview body' } }]],
      text: 'Digest preview body',
    };
    const asked: unknown[] = [];
    app = await startTestApp({
      transport: 'http',
      previewDigest: (context) => {
        asked.push(context);
        return preview;
      },
    });
    const ack = await app.command('/verbatim', 'digest');
    expect(asked).toEqual([{ channelId: 'C0GENERAL' }]);
    expect(ack.body).toMatchObject({ response_type: 'ephemeral', text: 'Digest preview body' });
    expect(collectBlockText((ack.body as { blocks: unknown[] }).blocks)).toContain('Digest preview body');
  });
});
