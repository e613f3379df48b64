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
    // The whole fallback text of the first screen (the claims; excerpts follow on request): Brandt's Finnish figure only; the analyst's Finnish figure (another
    // claimant) and the officials' Estonian figure (another side) are filtered out.
    expect((post.body as { text?: unknown }).text).toBe(
      [
        '1 figure from 1 report · filter "killed finnish according to brandt"',
        '',
        'Claims at a glance',
        '  Killed · Finnish · combatants',
        // The claimant's name is kept on one line (no-break spaces).
        '  • 340 · Harbour\u00a0Minister\u00a0Ilse\u00a0Brandt · Tue 4 Mar 2025 (report date) · Ferry Landing Losses',
      ].join('\n'),
    );
    const blocks = JSON.stringify((post.body as { blocks?: unknown }).blocks);
    expect(blocks).toContain('killed finnish according to brandt');
    expect(blocks).not.toContain('military analyst');
    expect(blocks).not.toContain('Estonian');
  });
});
