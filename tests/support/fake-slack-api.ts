import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { vi } from 'vitest';

/** One request the fake received: a Web API method (`chat.postMessage`) or `response_url`. */
export type RecordedCall = {
  readonly method: string;
  readonly path: string;
  readonly body: Record<string, unknown>;
  /** `performance.now()` when the request arrived. */
  readonly at: number;
};

/** A programmed failure for the next calls of a method. */
export type Failure =
  | { readonly status: 500 }
  | { readonly status: 429; readonly retryAfterSeconds: number }
  | { readonly error: string };

/** A fake Slack Web API on 127.0.0.1, recording every call. */
export type FakeSlackApi = {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** The value for `SLACK_API_URL`. */
  readonly apiUrl: string;
  readonly calls: RecordedCall[];
  /** A response URL for a slash command or a button click; posts to it are recorded as `response_url`. */
  readonly responseUrl: (id: string) => string;
  /** Answers the next `times` calls of `method` with the failure. */
  readonly failNext: (method: string, failure: Failure, times?: number) => void;
  /** What `apps.connections.open` returns (the fake Socket Mode server). */
  readonly setSocketUrl: (url: string) => void;
  readonly callsTo: (method: string) => RecordedCall[];
  /** Waits until `method` has been called `count` times and returns that call. */
  readonly waitForCall: (method: string, count?: number) => Promise<RecordedCall>;
  readonly close: () => Promise<void>;
};

/** The bot's identity, as `auth.test` reports it. */
export const FAKE_BOT = { userId: 'U0VERBATIM', botId: 'B0VERBATIM', teamId: 'T0TEAM' } as const;

/**
 * Starts the fake on port 0. It answers `auth.test`, `chat.postMessage`, `chat.postEphemeral`,
 * `chat.update`, `views.publish`, `views.open`, `reactions.add`, `reactions.remove` and `apps.connections.open`, accepts posts to `/response/:id`,
 * and fails on demand with a 500, a 429 with `Retry-After`, or a platform error.
 */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, Failure[]>();
  let socketUrl = '';
  let ts = 1_700_000_000;
  const server = createServer((request, response) => {
    void readBody(request).then((raw) => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const method = path.startsWith('/response/') ? 'response_url' : path.replace(/^\/api\//, '');
      const body = parseBody(raw, request.headers['content-type'] ?? '');
      calls.push({ method, path, body, at: performance.now() });
      const failure = failures.get(method)?.shift();
      if (failure !== undefined) sendFailure(response, failure);
      else {
        ts += 1;
        sendJson(response, 200, answer(method, body, `${ts}.000100`, socketUrl));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const callsTo = (method: string) => calls.filter((call) => call.method === method);
  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    responseUrl: (id) => `${url}/response/${id}`,
    failNext: (method, failure, times = 1) => {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => failure)]);
    },
    setSocketUrl: (next) => {
      socketUrl = next;
    },
    callsTo,
    waitForCall: (method, count = 1) =>
      vi.waitFor(
        () => {
          const call = callsTo(method)[count - 1];
          if (call === undefined) throw new Error(`Waiting for call ${count} of "${method}"`);
          return call;
        },
        { timeout: 10_000, interval: 5 },
      ),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}

function answer(method: string, body: Record<string, unknown>, ts: string, socketUrl: string): Record<string, unknown> {
  switch (method) {
    case 'auth.test':
      return { ok: true, user_id: FAKE_BOT.userId, bot_id: FAKE_BOT.botId, team_id: FAKE_BOT.teamId, user: 'verbatim' };
    case 'chat.postMessage':
    case 'chat.update':
      return { ok: true, channel: body['channel'], ts: method === 'chat.update' ? body['ts'] : ts };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: ts };
    case 'views.publish':
      return { ok: true, view: { id: 'V0HOME' } };
    case 'views.open':
      return { ok: true, view: { id: 'V0MODAL' } };
    case 'reactions.add':
    case 'reactions.remove':
      return { ok: true };
    case 'apps.connections.open':
      return { ok: true, url: socketUrl };
    case 'response_url':
      return { ok: true };
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

function sendFailure(response: ServerResponse, failure: Failure): void {
  if ('error' in failure) sendJson(response, 200, { ok: false, error: failure.error });
  else if (failure.status === 429) {
    response.setHeader('retry-after', String(failure.retryAfterSeconds));
    sendJson(response, 429, { ok: false, error: 'ratelimited' });
  } else sendJson(response, 500, { ok: false, error: 'internal_error' });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** JSON bodies as they are; form bodies field by field, with JSON-looking fields (blocks, view) decoded. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return body;
}
