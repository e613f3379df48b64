import { afterEach, describe, expect, it } from 'vitest';
import { signReaderLink } from '../../../src/reader/sign-reader-link.js';
import { renderMessagePage } from '../../../src/render/html/render-message-page.js';
import { createWebRoutes, SERVER_ERROR_MESSAGE } from '../../../src/web/create-web-routes.js';
import { handleReaderRequest } from '../../../src/web/handle-reader-request.js';
import { type RunningWebServer, startWebServer } from '../../../src/web/start-web-server.js';
import { buildTestCorpusIndex, buildTestReport } from '../../support/build-test-corpus.js';

const SECRET = 'a-reader-secret-of-forty-characters-0001';
let server: RunningWebServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('startWebServer with the web routes', () => {
  it('answers 404 for a path no route holds and for a method other than GET', async () => {
    const index = buildTestCorpusIndex([buildTestReport('a', '# A\nOne.')]);
    const routes = createWebRoutes({
      readPage: (url) => handleReaderRequest(url, { getIndex: () => index, secret: SECRET, now: () => 0 }),
      playground: null,
      onError: () => {},
    });
    server = await startWebServer(routes, { host: '127.0.0.1', port: 0 });
    for (const [path, method] of [
      ['/', 'GET'],
      ['/read', 'POST'],
      ['/slack/events', 'GET'],
    ] as const) {
      const response = await fetch(`http://127.0.0.1:${server.port}${path}`, { method });
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(renderMessagePage('Not found', 'There is no page here.'));
    }
  });

  it('answers 500 with a plain page when a page fails, tells onError, and keeps serving', async () => {
    const errors: string[] = [];
    const failing = () => {
      throw new Error('index unavailable');
    };
    const routes = createWebRoutes({
      readPage: (url) => handleReaderRequest(url, { getIndex: failing, secret: SECRET, now: () => 0 }),
      playground: null,
      onError: (error, path) => errors.push(`${path}: ${error instanceof Error ? error.message : String(error)}`),
    });
    server = await startWebServer(routes, { host: '127.0.0.1', port: 0 });
    const signed = new URL('http://x/read?report=a&start=0&end=1');
    signed.searchParams.set('sig', signReaderLink({ reportId: 'a', start: 0, end: 1, expiresAt: null }, SECRET));
    for (let i = 0; i < 2; i += 1) {
      const response = await fetch(`http://127.0.0.1:${server.port}${signed.pathname}${signed.search}`);
      expect(response.status).toBe(500);
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'",
      );
      expect(await response.text()).toBe(renderMessagePage('Something went wrong', SERVER_ERROR_MESSAGE));
    }
    expect(errors).toEqual(['/read: index unavailable', '/read: index unavailable']);
  });
});
