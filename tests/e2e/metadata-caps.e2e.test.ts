import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectBlockText } from '../support/expected-slack-reply.js';
import { createTestBot, type TestBot } from '../support/start-test-bot.js';

/** Slack refuses a view of more than 100 blocks, and a section text of more than 3,000 characters. */
const MAX_VIEW_BLOCKS = 100;
const MAX_SECTION_TEXT = 3000;
const ONE_MB_TITLE = 'Lighthouse '.repeat(95_326).trim();
const HUGE_TITLE_REPORT = `---
title: "${ONE_MB_TITLE}"
outlet: Quay Gazette
date: 2025-03-09
---
The lighthouse keeper counted forty gulls on the quay on Sunday, the harbour office said.
`;
const CUT_TITLE = `${'Lighthouse '.repeat(27)}Li…`;

type Block = { readonly type: string; readonly text?: { readonly text: string } };

let bot: TestBot | null = null;
afterEach(async () => {
  await bot?.close();
  bot = null;
});

describe('a report whose front matter title is 1 MB', () => {
  it('loads with the title cut to 300 characters and a warning naming the file; the App Home and answers stay within Slack’s limits', async () => {
    expect(ONE_MB_TITLE.length).toBeGreaterThan(1_000_000);
    bot = await createTestBot({ start: Date.parse('2025-03-10T08:00:00Z'), env: { DIGEST_CHANNELS: '' } });
    await writeFile(join(bot.corpusDir, 'huge-title.md'), HUGE_TITLE_REPORT);
    const app = await bot.start();
    expect(app.getManifest().reports.find((report) => report.file === 'huge-title.md')?.title).toBe(CUT_TITLE);
    expect(app.logs.filter((record) => record['file'] === 'huge-title.md')).toEqual([
      {
        level: 'warn',
        msg: 'report loaded with a problem',
        file: 'huge-title.md',
        reason: `title is too long: ${ONE_MB_TITLE.length} characters, more than the limit of 300; cut to 300`,
        skipped: false,
      },
    ]);

    await app.event({ type: 'app_home_opened', user: 'U0ASKER', channel: 'D0ASKER', tab: 'home', event_ts: '1.0' });
    const publish = await app.fake.waitForCall('views.publish');
    const blocks = (publish.body['view'] as { blocks: Block[] }).blocks;
    expect(blocks.length).toBeLessThanOrEqual(MAX_VIEW_BLOCKS);
    for (const block of blocks.filter((b) => b.type === 'section')) {
      expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    }
    // A report about gulls is not about the story: the Home tab counts it and leaves its title to /sources.
    expect(collectBlockText(blocks)).not.toContain('Lighthouse');
    expect(collectBlockText(blocks)).toMatch(/\d+ other reports? in the folder (is|are) not about the story/);
    expect(JSON.stringify(publish.body).length).toBeLessThan(20_000);

    const ack = await app.command('/reports', 'lighthouse gulls');
    expect(ack.status).toBe(200);
    const answer = JSON.stringify(ack.body);
    expect(answer).toContain('keeper counted forty *gulls* on the quay');
    expect(answer).toContain(CUT_TITLE);
    expect(answer.length).toBeLessThan(20_000);
  });
});
