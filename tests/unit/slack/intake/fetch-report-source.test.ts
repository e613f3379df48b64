import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchReportSource } from '../../../../src/slack/intake/fetch-report-source.js';

// Servers, files and PDF.js on a busy shared machine: generous limits, so only a real hang fails.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let server: Server | null = null;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = null;
});

/** A server on 127.0.0.1 answering each path with the handler's status, headers and body; returns its base URL. */
async function serve(
  handler: (
    path: string,
    headers: Record<string, string | string[] | undefined>,
  ) => { status: number; headers?: Record<string, string>; body?: string; hang?: boolean },
): Promise<string> {
  server = createServer((request, response) => {
    const answer = handler(request.url ?? '/', request.headers);
    if (answer.hang) {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html>');
      return;
    }
    response.writeHead(answer.status, answer.headers ?? {});
    response.end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const LIMITS = { allow: ['127.0.0.1'], maxBytes: 1000, timeoutMs: 2000 };

describe('fetchReportSource', () => {
  it('follows redirects within the limit and returns the bytes, format and final address', async () => {
    const base = await serve((path) =>
      path === '/a'
        ? { status: 302, headers: { location: '/b' } }
        : { status: 200, headers: { 'content-type': 'application/pdf' }, body: '%PDF-' },
    );
    expect(await fetchReportSource(`${base}/a`, LIMITS)).toEqual({
      ok: true,
      bytes: new TextEncoder().encode('%PDF-'),
      format: 'pdf',
      url: `${base}/b`,
    });
  });

  it('refuses more redirects than allowed', async () => {
    const base = await serve((path) => ({ status: 301, headers: { location: `${path}x` } }));
    expect(await fetchReportSource(`${base}/a`, { ...LIMITS, maxRedirects: 2 })).toEqual({
      ok: false,
      reason: 'the page redirects more than 2 times',
    });
  });

  it('checks a redirect target again: a redirect to a private address is refused', async () => {
    const base = await serve(() => ({ status: 302, headers: { location: 'http://10.0.0.7/admin' } }));
    expect(await fetchReportSource(`${base}/a`, LIMITS)).toEqual({
      ok: false,
      reason: 'it points to a private or local address (10.0.0.7)',
    });
  });

  it('refuses a body over the limit, announced or streamed', async () => {
    const big = 'x'.repeat(1001);
    const base = await serve((path) => ({
      status: 200,
      headers:
        path === '/announced'
          ? { 'content-type': 'text/html', 'content-length': '1001' }
          : { 'content-type': 'text/html', 'transfer-encoding': 'chunked' },
      body: big,
    }));
    const reason = 'it is larger than the limit of 1,000 bytes';
    expect(await fetchReportSource(`${base}/announced`, LIMITS)).toEqual({ ok: false, reason });
    expect(await fetchReportSource(`${base}/streamed`, LIMITS)).toEqual({ ok: false, reason });
  });

  it('gives up at the time limit', async () => {
    const base = await serve(() => ({ status: 200, hang: true }));
    expect(await fetchReportSource(`${base}/slow`, { ...LIMITS, timeoutMs: 300 })).toEqual({
      ok: false,
      reason: 'it did not arrive within 300 ms',
    });
  });

  it('sends the extra headers only where headersFor gives them', async () => {
    const seen: (string | undefined)[] = [];
    const base = await serve((_path, headers) => {
      seen.push(headers['authorization'] as string | undefined);
      return { status: 200, headers: { 'content-type': 'text/html' }, body: '<p>x</p>' };
    });
    const headersFor = (url: URL) => (url.pathname === '/private' ? { authorization: 'Bearer t' } : {});
    await fetchReportSource(`${base}/private`, { ...LIMITS, headersFor });
    await fetchReportSource(`${base}/public`, { ...LIMITS, headersFor });
    expect(seen).toEqual(['Bearer t', undefined]);
  });

  it('names the system error when nothing listens', async () => {
    const base = await serve(() => ({ status: 200 }));
    server?.close();
    server = null;
    expect(await fetchReportSource(`${base}/a`, LIMITS)).toEqual({
      ok: false,
      reason: 'it cannot be fetched (ECONNREFUSED)',
    });
  });

  it('refuses what is not an address', async () => {
    expect(await fetchReportSource('pier.example/a', LIMITS)).toEqual({
      ok: false,
      reason: 'that is not a web address',
    });
  });
});
