import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type CorpusManifest, toCorpusManifest } from '../../../src/index/corpus-manifest.js';
import { createHealthCheck, HEALTH_PATH } from '../../../src/slack/create-health-check.js';
import { buildTestCorpusIndex, buildTestReport } from '../../support/build-test-corpus.js';

const INDEX = buildTestCorpusIndex([buildTestReport('one', 'Officials said the ferry crossed the lake on Monday.')]);

let server: Server | null = null;
afterEach(async () => {
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  server = null;
});

/** Serves the route on 127.0.0.1, as the HTTP receiver does, and returns its URL. */
async function serve(getManifest: () => CorpusManifest) {
  const health = createHealthCheck(getManifest);
  server = createServer((req, res) => health.route.handler(Object.assign(req, { params: {} }), res));
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  return { health, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${HEALTH_PATH}` };
}

async function get(url: string) {
  const response = await fetch(url);
  return { status: response.status, cache: response.headers.get('cache-control'), body: await response.json() };
}

describe('createHealthCheck', () => {
  it('answers 503 until the app is ready, 200 while it serves, and 503 again once it stops', async () => {
    const { health, url } = await serve(() => toCorpusManifest(INDEX));
    const body = { fingerprint: INDEX.fingerprint, reports: 1, stale: null };
    expect(await get(url)).toEqual({ status: 503, cache: 'no-store', body: { ready: false, ...body } });
    health.setReady(true);
    expect(await get(url)).toEqual({ status: 200, cache: 'no-store', body: { ready: true, ...body } });
    health.setReady(false);
    expect(await get(url)).toEqual({ status: 503, cache: 'no-store', body: { ready: false, ...body } });
  });

  it('stays ready and says why while the index served is stale', async () => {
    const reason = 'the corpus folder "reports" does not exist';
    const { health, url } = await serve(() => ({ ...toCorpusManifest(INDEX), stale: { reason } }));
    health.setReady(true);
    expect(await get(url)).toEqual({
      status: 200,
      cache: 'no-store',
      body: { ready: true, fingerprint: INDEX.fingerprint, reports: 1, stale: reason },
    });
  });
});
