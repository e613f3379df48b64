import { afterEach, describe, expect, it } from 'vitest';
import { collectBlockText } from '../support/expected-slack-reply.js';
import { FAKE_BOT } from '../support/fake-slack-api.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

const ESCAPED = ['&lt;!channel&gt;', '&lt;@U123&gt;', '&lt;https://example.com|click&gt;', '&amp; wait'];

/** Everything Slack shows or notifies with: block texts and the fallback (button values are opaque data). */
/** What a message shows, less Verbatim's own block-quote markup (a `>` opening a line of a section). */
function shownText(message: Record<string, unknown>): string {
  const blocks = collectBlockText(message['blocks'] as unknown[]).replace(/^>/gm, '');
  return `${blocks}\n${String(message['text'])}`;
}

describe('report text with Slack control sequences', () => {
  it('is posted escaped in a slash command answer', async () => {
    app = await startTestApp({ transport: 'http' });
    const ack = await app.command('/reports', 'zorblat');
    const body = ack.body as { blocks: unknown[]; text: string } & Record<string, unknown>;
    const shown = collectBlockText(body.blocks);
    for (const escaped of ESCAPED) {
      expect(shown).toContain(escaped);
      expect(body.text).toContain(escaped);
    }
    expect(shownText(body)).not.toMatch(/[<>]/);
  });

  it('is posted escaped in a thread answer', async () => {
    app = await startTestApp({ transport: 'socket-mode' });
    await app.event({
      type: 'app_mention',
      user: 'U0ASKER',
      text: `<@${FAKE_BOT.userId}> reports zorblat`,
      ts: '1700000020.000100',
      channel: 'C0GENERAL',
      event_ts: '1700000020.000100',
    });
    const post = await app.fake.waitForCall('chat.postMessage');
    for (const escaped of ESCAPED) expect(collectBlockText(post.body['blocks'] as unknown[])).toContain(escaped);
    expect(shownText(post.body)).not.toMatch(/[<>]/);
  });

  it('escapes what the user typed when the answer repeats it', async () => {
    app = await startTestApp({ transport: 'http' });
    const ack = await app.command('/reports', '<!here> <@U999> <https://evil.example|x>');
    expect(shownText(ack.body as Record<string, unknown>)).not.toMatch(/[<>]/);
    expect(collectBlockText((ack.body as { blocks: unknown[] }).blocks)).toContain('&lt;!here&gt;');
  });
});
