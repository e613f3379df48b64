// A minimal fake Slack Web API for the HTTP benchmark (the tests' fake imports vitest): answers
// every method with ok, `auth.test` with the bot's identity, and counts posts to response URLs.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The fake's address, how many response-URL posts it received, and how to close it. */
export type FakeSlack = {
  readonly apiUrl: string;
  readonly responseUrl: (id: string) => string;
  readonly responses: () => number;
  /** When (`performance.now()`) the first post to `responseUrl(id)` arrived, or undefined. */
  readonly respondedAt: (id: string) => number | undefined;
  readonly close: () => Promise<void>;
};

/** Starts the fake on 127.0.0.1, port 0. */
export async function startFakeSlack(): Promise<FakeSlack> {
  let responses = 0;
  const arrivals = new Map<string, number>();
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const path = request.url ?? '/';
      if (path.startsWith('/response/')) {
        responses += 1;
        const id = path.slice('/response/'.length);
        if (!arrivals.has(id)) arrivals.set(id, performance.now());
      }
      const body = path.startsWith('/api/auth.test')
        ? { ok: true, user_id: 'U0VERBATIM', bot_id: 'B0VERBATIM', team_id: 'T0TEAM', user: 'verbatim', team: 'bench' }
        : { ok: true, ts: '1700000000.000100', channel: 'C0GENERAL' };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${url}/api/`,
    responseUrl: (id) => `${url}/response/${id}`,
    responses: () => responses,
    respondedAt: (id) => arrivals.get(id),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
