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
  | { readonly error: string }
  /** Acts on the call (a post lands), then answers `ok: true` only after the delay: a slow Slack. */
  | { readonly slowMs: number }
  /** Acts on the call (a post lands), then closes the connection without an answer. */
  | { readonly drop: true }
  /** Never answers (the client's timeout ends the call); `landed`: the message is posted all the same. */
  | { readonly hang: 'lost' | 'landed' };

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
  /** Makes a file known to `files.info` and downloadable from its `url_private` with the bot token. */
  readonly addFile: (file: FakeSlackFile) => void;
  /** The `Authorization` header of each file download, in order. */
  readonly downloads: { readonly path: string; readonly authorization: string | null }[];
};

/** A file shared in the fake workspace. */
export type FakeSlackFile = {
  readonly id: string;
  readonly name: string;
  readonly mimetype: string;
  readonly bytes: Uint8Array;
};

/** The token a file download must carry, as Slack requires for `url_private`. */
export const FAKE_FILE_TOKEN = 'Bearer xoxb-test-bot-token';

/** The bot's identity, as `auth.test` reports it. */
export const FAKE_BOT = { userId: 'U0VERBATIM', botId: 'B0VERBATIM', teamId: 'T0TEAM' } as const;

/**
 * Starts the fake on port 0. It answers `auth.test`, `chat.postMessage`, `chat.postEphemeral`,
 * `chat.update`, `views.publish`, `views.open`, `reactions.add`, `reactions.remove`,
 * `apps.connections.open`, `conversations.history` (the channel
 * messages posted so far, newest first, with their metadata) and `files.info` (for files added with
 * `addFile`, downloadable from `/files/:id/:name` with the bot token), accepts posts to `/response/:id`,
 * and fails on demand with a 500, a 429 with `Retry-After`, a platform error, a slow answer or a
 * dropped connection (the last two after acting on the call, as a slow Slack does), or no answer at all.
 */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, Failure[]>();
  let socketUrl = '';
  let ts = 1_700_000_000;
  const files = new Map<string, FakeSlackFile>();
  const downloads: { path: string; authorization: string | null }[] = [];
  let url = '';
  /** Channel messages (not thread replies) as Slack keeps them, oldest first. */
  const history: Record<string, unknown>[] = [];
  const post = (body: Record<string, unknown>): string => {
    ts += 1;
    const posted = `${ts}.000100`;
    if (body['thread_ts'] === undefined) history.push({ ...body, ts: posted });
    return posted;
  };
  const server = createServer((request, response) => {
    void readBody(request).then((raw) => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      if (path.startsWith('/files/')) {
        const authorization = request.headers.authorization ?? null;
        downloads.push({ path, authorization });
        const file = files.get(path.split('/')[2] ?? '');
        if (file === undefined || authorization !== FAKE_FILE_TOKEN) {
          response.writeHead(file === undefined ? 404 : 403, { 'content-type': 'text/plain' }).end('no');
        } else response.writeHead(200, { 'content-type': file.mimetype }).end(file.bytes);
        return;
      }
      const method = path.startsWith('/response/') ? 'response_url' : path.replace(/^\/api\//, '');
      const body = parseBody(raw, request.headers['content-type'] ?? '');
      calls.push({ method, path, body, at: performance.now() });
      const failure = failures.get(method)?.shift();
      if (failure !== undefined && 'hang' in failure) {
        // No answer: the connection stays open until the client gives up or the fake closes.
        if (failure.hang === 'landed' && method === 'chat.postMessage') post(body);
      } else if (failure === undefined || 'slowMs' in failure || 'drop' in failure) {
        const answered =
          method === 'conversations.history'
            ? listHistory(history, body)
            : method === 'files.info' && files.has(String(body['file']))
              ? describeFile(files.get(String(body['file'])) as FakeSlackFile, url)
              : answer(method, body, method === 'chat.postMessage' ? post(body) : nextTs(), socketUrl);
        if (failure === undefined) sendJson(response, 200, answered);
        else if ('drop' in failure) response.destroy();
        else setTimeout(() => sendJson(response, 200, answered), failure.slowMs);
      } else sendFailure(response, failure);
    });
  });
  const nextTs = () => {
    ts += 1;
    return `${ts}.000100`;
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
    addFile: (file) => {
      files.set(file.id, file);
    },
    downloads,
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

/** `files.info` for a known file: its private URLs point at this fake. */
function describeFile(file: FakeSlackFile, url: string): Record<string, unknown> {
  const privateUrl = `${url}/files/${file.id}/${encodeURIComponent(file.name)}`;
  return {
    ok: true,
    file: {
      id: file.id,
      name: file.name,
      mimetype: file.mimetype,
      size: file.bytes.length,
      url_private: privateUrl,
      url_private_download: `${privateUrl}?download=1`,
    },
  };
}

/** `conversations.history`: the channel's messages newest first, up to `limit`, metadata included when asked. */
function listHistory(
  history: readonly Record<string, unknown>[],
  body: Record<string, unknown>,
): Record<string, unknown> {
  const limit = Number(body['limit'] ?? 100);
  const withMetadata = String(body['include_all_metadata']) === 'true';
  const messages = history
    .filter((message) => message['channel'] === body['channel'])
    .reverse()
    .slice(0, limit)
    .map((message) => ({
      type: 'message',
      ts: message['ts'],
      text: message['text'],
      bot_id: FAKE_BOT.botId,
      ...(withMetadata && message['metadata'] !== undefined ? { metadata: message['metadata'] } : {}),
    }));
  return { ok: true, messages, has_more: false };
}

function sendFailure(
  response: ServerResponse,
  failure: Exclude<Failure, { slowMs: number } | { drop: true } | { hang: unknown }>,
): void {
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
