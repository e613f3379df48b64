import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_BOT } from '../support/fake-slack-api.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

const CORPUS = fileURLToPath(new URL('../fixtures/corpora/free-questions/', import.meta.url));

let app: TestApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

describe('a free question through the real Bolt app', () => {
  it('keeps the side and the claimant it names, and says which filter it read', { timeout: 90_000 }, async () => {
    app = await startTestApp({ transport: 'http', corpusDir: CORPUS });
    const ts = '1700000101.000100';
    const ack = await app.event({
      type: 'app_mention',
      user: 'U0ASKER',
      text: `<@${FAKE_BOT.userId}> how many Finnish soldiers were killed according to Brandt?`,
      ts,
      channel: 'C0GENERAL',
      event_ts: ts,
    });
    expect(ack).toEqual({ status: 200, body: {} });
    const post = await app.fake.waitForCall('chat.postMessage');
    expect(post.body).toMatchObject({ channel: 'C0GENERAL', thread_ts: ts });
    // The whole fallback text (Slack's mrkdwn marks): Brandt's Finnish figure only; the analyst's Finnish figure (another
    // claimant) and the officials' Estonian figure (another side) are filtered out.
    expect((post.body as { text?: unknown }).text).toBe(
      [
        '1 figure from 1 report · filter "killed finnish according to brandt"',
        '',
        'Claims at a glance',
        '  Killed · Finnish',
        '  • 340 · Harbour Minister Ilse Brandt · Tue 4 Mar 2025 (report date) · Ferry Landing Losses',
        '',
        'Excerpts',
        '',
        'Finnish — killed',
        '  1. 340 · 340 · Harbour Minister Ilse Brandt · Tue 4 Mar 2025 (report date)',
        '    “Harbour Minister Ilse Brandt said *340* Finnish soldiers were killed at the ferry landing.”',
        '      — Ferry Landing Losses · Harbour Post · 2025-03-04 · ferry-landing-losses.txt:110-198',
      ].join('\n'),
    );
    const blocks = JSON.stringify((post.body as { blocks?: unknown }).blocks);
    expect(blocks).toContain('killed finnish according to brandt');
    expect(blocks).not.toContain('military analyst');
    expect(blocks).not.toContain('Estonian');
  });
});
