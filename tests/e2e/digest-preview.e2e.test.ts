import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/answer/build-digest.js';
import type { DigestBaseline } from '../../src/answer/digest.js';
import type { SlackMessage } from '../../src/render/blocks/render-answer-message.js';
import { renderDigestBlocks } from '../../src/render/blocks/render-digest-blocks.js';
import { pickRenderedPage } from '../../src/render/blocks/rendered-page.js';
import { DIGEST_NOT_CONFIGURED } from '../../src/slack/answer-slack-question.js';
import { buildAnswerMessage } from '../../src/slack/build-answer-message.js';
import { buildDigestPreviewAnswer } from '../../src/slack/build-digest-preview-answer.js';
import { createErrorReference } from '../../src/slack/error-boundary.js';
import { collectBlockText } from '../support/expected-slack-reply.js';
import { createTestBot, DIGEST_CHANNEL, type TestBot } from '../support/start-test-bot.js';

function tokyo(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00+09:00`);
}

const DAY_1 = '2025-03-10';
/** The channel the test app's slash commands come from. */
const ASKED_IN = 'C0GENERAL';

let bot: TestBot | null = null;
afterEach(async () => {
  await bot?.close();
  bot = null;
});

/** The private reply `/verbatim digest` must be: the preview of the digest for `channel` against `baseline`. */
async function buildExpectedPreview(
  running: TestBot,
  channel: string,
  baseline: DigestBaseline | null,
): Promise<SlackMessage> {
  const digest = buildDigest(await running.app().readIndex(), { date: DAY_1, baseline });
  const rendered = buildDigestPreviewAnswer({ channel, messages: renderDigestBlocks(digest) });
  const feedback = { answerKind: 'digest-preview', fingerprint: running.app().getManifest().fingerprint };
  return buildAnswerMessage(pickRenderedPage(rendered, 0), {
    text: '/verbatim digest',
    page: 0,
    sharedBy: null,
    isShareable: true,
    feedback,
  });
}

describe('/verbatim digest', () => {
  it('shows the asker a private preview of the next digest, and neither posts nor records it', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00') });
    const app = await bot.start();
    const ack = await app.command('/verbatim', 'digest');
    const expected = await buildExpectedPreview(bot, DIGEST_CHANNEL, null);
    expect(ack).toEqual({ status: 200, body: { response_type: 'ephemeral', ...expected } });
    expect(collectBlockText(expected.blocks)).toContain(
      `The next digest for <#${DIGEST_CHANNEL}>, as it would be posted now. Only you can see this preview.`,
    );
    expect(bot.posts()).toEqual([]);
    expect(bot.fake.callsTo('response_url')).toEqual([]);
    await expect(readdir(bot.stateDir)).rejects.toThrow('ENOENT');
    const log = await app.waitForLog((record) => record.msg === 'request');
    expect(log).toMatchObject({
      kind: 'command',
      name: '/verbatim',
      outcome: 'answered',
      answerKind: 'digest-preview',
    });
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    expect(bot.posts()).toHaveLength(1);
  });

  it('previews what changed since the last digest of the channel it is asked in', async () => {
    bot = await createTestBot({
      start: tokyo(DAY_1, '08:00'),
      env: { DIGEST_CHANNELS: `${DIGEST_CHANNEL},${ASKED_IN}` },
    });
    const app = await bot.start();
    await bot.clock.advanceTo(tokyo(DAY_1, '09:00'));
    const first = buildDigest(await app.readIndex(), { date: DAY_1, baseline: null });
    const ack = await app.command('/verbatim', 'digest');
    const expected = await buildExpectedPreview(bot, ASKED_IN, first.covers);
    expect(ack.body).toEqual({ response_type: 'ephemeral', ...expected });
    expect(collectBlockText(expected.blocks)).toContain(`No new reports since ${DAY_1}`);
  });

  it('answers with the fixed message and an error reference when the digest state cannot be read', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '08:00') });
    const app = await bot.start();
    const file = join(bot.stateDir, `digest-${DIGEST_CHANNEL}.json`);
    await mkdir(bot.stateDir, { recursive: true });
    await writeFile(file, '{"version":1,"sta');
    await writeFile(`${file}.prev`, 'not json either');
    const ack = await app.command('/verbatim', 'digest');
    const reference = createErrorReference('trigger-1');
    expect(ack.status).toBe(200);
    expect(collectBlockText((ack.body as { blocks: unknown[] }).blocks)).toContain(reference);
    const log = await app.waitForLog((record) => record.msg === 'request failed');
    expect(log).toMatchObject({ errorRef: reference, error: { name: 'DigestStateError' } });
  });

  it('says the digest is not configured when DIGEST_CHANNELS is empty, and posts nothing', async () => {
    bot = await createTestBot({ start: tokyo(DAY_1, '09:00'), env: { DIGEST_CHANNELS: '' } });
    const app = await bot.start();
    const ack = await app.command('/verbatim', 'digest');
    expect(collectBlockText((ack.body as { blocks: unknown[] }).blocks)).toContain(DIGEST_NOT_CONFIGURED);
    expect(bot.posts()).toEqual([]);
  });
});
