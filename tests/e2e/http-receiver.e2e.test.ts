import { afterEach, describe, expect, it } from 'vitest';
import { postEvent, postSlashCommand } from '../support/sign-slack-request.js';
import { buildCommandFields, startTestApp, TEST_SECRETS, type TestApp } from '../support/start-test-app.js';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

async function startHttp(): Promise<{ testApp: TestApp; url: string; callsAtStart: number }> {
  const testApp = await startTestApp({ transport: 'http' });
  app = testApp;
  return { testApp, url: testApp.eventsUrl ?? '', callsAtStart: testApp.fake.calls.length };
}

describe('the HTTP receiver', () => {
  it('refuses a request with a bad signature, and nothing reaches Slack', async () => {
    const { testApp, url, callsAtStart } = await startHttp();
    const fields = buildCommandFields('/sources', '', testApp.fake.responseUrl('forged'), 1);
    const response = await postSlashCommand(url, TEST_SECRETS.signingSecret, fields, { signature: 'v0=forged' });
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('');
    expect(testApp.fake.calls).toHaveLength(callsAtStart);
  });

  it('refuses a request signed with another secret', async () => {
    const { testApp, url, callsAtStart } = await startHttp();
    const fields = buildCommandFields('/sources', '', testApp.fake.responseUrl('forged'), 1);
    const response = await postSlashCommand(url, 'not-the-secret', fields);
    expect(response.status).toBe(401);
    expect(testApp.fake.calls).toHaveLength(callsAtStart);
  });

  it('refuses a correctly signed request whose timestamp is older than five minutes', async () => {
    const { testApp, url, callsAtStart } = await startHttp();
    const fields = buildCommandFields('/sources', '', testApp.fake.responseUrl('replayed'), 1);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const response = await postSlashCommand(url, TEST_SECRETS.signingSecret, fields, { timestampSeconds: stale });
    expect(response.status).toBe(401);
    expect(testApp.fake.calls).toHaveLength(callsAtStart);
  });

  it('echoes the challenge of a url_verification request', async () => {
    const { url } = await startHttp();
    const response = await postEvent(url, TEST_SECRETS.signingSecret, {
      token: 'verification-token-unused',
      challenge: 'challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      challenge: 'challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
    });
  });

  it('checks the bot token once, at start', async () => {
    const { testApp } = await startHttp();
    await testApp.command('/sources', '');
    await testApp.command('/sources', '');
    expect(testApp.fake.callsTo('auth.test')).toHaveLength(1);
  });
});
