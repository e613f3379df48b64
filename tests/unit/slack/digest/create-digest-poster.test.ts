import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createDigestPoster } from '../../../../src/slack/digest/create-digest-poster.js';

let server: Server | null = null;
let requests: { url: string; body: string }[] = [];

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  server = null;
  requests = [];
});

/** A stand-in for Slack's Web API answering every call with one reply. */
async function startFakeSlack(status: number, headers: Record<string, string>, body: string): Promise<string> {
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    request.on('end', () => {
      requests.push({ url: request.url ?? '', body: text });
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(body);
    });
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
}

const ARGS = { channel: 'C1', text: 'hello', blocks: [], unfurl_links: false, unfurl_media: false };

describe('createDigestPoster', () => {
  it('posts chat.postMessage to the configured API URL and returns the ts', async () => {
    const apiUrl = await startFakeSlack(200, {}, JSON.stringify({ ok: true, ts: '1.5', channel: 'C1' }));
    const response = await createDigestPoster('xoxb-test', { apiUrl }).postMessage(ARGS);
    expect(response.ts).toBe('1.5');
    expect(requests.map((r) => r.url)).toEqual(['/api/chat.postMessage']);
    expect(new URLSearchParams(requests[0]?.body).get('channel')).toBe('C1');
  });

  it.each([
    {
      status: 429,
      headers: { 'retry-after': '4' },
      fields: { code: 'slack_webapi_rate_limited_error', retryAfter: 4 },
    },
    { status: 500, headers: {}, fields: { code: 'slack_webapi_http_error', statusCode: 500 } },
  ])('surfaces an HTTP $status at once, without retrying inside the client', async ({ status, headers, fields }) => {
    const apiUrl = await startFakeSlack(status, headers, JSON.stringify({ ok: false }));
    await expect(createDigestPoster('xoxb-test', { apiUrl }).postMessage(ARGS)).rejects.toMatchObject(fields);
    expect(requests).toHaveLength(1);
  });

  it('gives up a call Slack never answers after its timeout, with the fetch TimeoutError inside', async () => {
    server = createServer((request) => {
      requests.push({ url: request.url ?? '', body: '' });
    });
    await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
    const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
    const began = performance.now();
    await expect(createDigestPoster('xoxb-test', { apiUrl, timeoutMs: 200 }).postMessage(ARGS)).rejects.toMatchObject({
      code: 'slack_webapi_request_error',
      original: { name: 'TimeoutError' },
    });
    expect(performance.now() - began).toBeLessThan(5000);
    expect(requests).toHaveLength(1);
  });

  it('reads the channel history with metadata for the look before a repost', async () => {
    const apiUrl = await startFakeSlack(200, {}, JSON.stringify({ ok: true, messages: [{ ts: '1.5' }] }));
    const response = await createDigestPoster('xoxb-test', { apiUrl }).history?.({
      channel: 'C1',
      limit: 100,
      include_all_metadata: true,
    });
    expect(response?.messages).toEqual([{ ts: '1.5' }]);
    expect(requests.map((r) => r.url)).toEqual(['/api/conversations.history']);
    expect(Object.fromEntries(new URLSearchParams(requests[0]?.body))).toMatchObject({
      channel: 'C1',
      limit: '100',
      include_all_metadata: 'true',
    });
  });
});
