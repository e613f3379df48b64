import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_BOT } from '../support/fake-slack-api.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

type Message = { blocks: unknown[]; text: string };

const QUESTIONS = [
  ['/casualties', ''],
  ['/troops', ''],
  ['/who-said', 'Kirby'],
  ['/reports', 'gristmill'],
  ['/sources', ''],
  ['/verbatim', 'help'],
] as const;

describe('fallback text', () => {
  it('is Slack mrkdwn on every answer: marked words in *bold*, never Markdown **bold**', async () => {
    app = await startTestApp({ transport: 'http' });
    const texts: string[] = [];
    for (const [command, text] of QUESTIONS) texts.push(((await app.command(command, text)).body as Message).text);
    await app.event({
      type: 'app_mention',
      user: 'U0ASKER',
      text: `<@${FAKE_BOT.userId}> /casualties`,
      ts: '1700000001.000100',
      channel: 'C0GENERAL',
      event_ts: '1700000001.000100',
    });
    texts.push(String((await app.fake.waitForCall('chat.postMessage')).body['text']));
    expect(texts).toHaveLength(QUESTIONS.length + 1);
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toContain('**');
    }
    // The figures answer's first screen is its claims table, in the fallback as in the blocks.
    expect(texts[0]).toContain('Claims at a glance');
  });
});

describe('claims first', () => {
  it.each(['/casualties', '/troops'])(
    '%s opens with the claims table, each claim dated to a day with its year',
    async (command) => {
      app = await startTestApp({ transport: 'http' });
      const reply = (await app.command(command, '')).body as Message;
      const blocks = reply.blocks as { type: string; text?: { text: string } }[];
      const headers = blocks.filter((block) => block.type === 'header').map((block) => block.text?.text);
      // The cited sentences are not on the first screen: "Show excerpts" posts them.
      expect(headers.slice(1)).toEqual(['Claims at a glance']);
      const claimsAt = blocks.findIndex((block) => block.text?.text === 'Claims at a glance');
      expect(claimsAt).toBe(2);
      const claimLines = blocks
        .slice(claimsAt + 1)
        .flatMap((block) => (block.text?.text ?? '').split('\n'))
        .filter((line) => line.startsWith('• '));
      expect(claimLines.length).toBeGreaterThan(0);
      for (const line of claimLines)
        expect(line).toMatch(/ · (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}\b| · undated · /);
    },
  );
});
