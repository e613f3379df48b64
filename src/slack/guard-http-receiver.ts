import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import { type HTTPReceiver, verifySlackRequest } from '@slack/bolt';
import type { Clock } from './error-boundary.js';
import type { JsonLogger } from './json-logger.js';

/** What the guard checks requests with. */
export type GuardHttpReceiverOptions = {
  readonly signingSecret: string;
  /** The clock request timestamps are compared with. */
  readonly clock: Clock;
  readonly logger: JsonLogger;
  /** The path Slack posts to; `/slack/events`. */
  readonly eventsPath: string;
};

/** Slack's advice: refuse a request whose timestamp is more than five minutes from now, either way. */
export const MAX_REQUEST_SKEW_SECONDS = 5 * 60;
/** The largest body read, as in Bolt's receiver (4 MB); a larger one gets 413. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
const FORM = 'application/x-www-form-urlencoded';

/** Why a request was refused before Bolt saw it. */
type Refusal = { readonly status: 400 | 401 | 413; readonly reason: string };

/**
 * Puts a gate in front of Bolt's HTTP receiver on the events path, so that no request can end
 * the process and none dated outside Slack's window is processed. Each POST is read once, then:
 *
 * - Rule 1: the body is at most {@link MAX_BODY_BYTES} (413 otherwise).
 * - Rule 2: `x-slack-request-timestamp` is within {@link MAX_REQUEST_SKEW_SECONDS} of the
 *   injected clock, in the past or the future (401). Bolt itself refuses only stale requests.
 * - Rule 3: the `v0` signature matches (401), checked with Bolt's own `verifySlackRequest`.
 * - Rule 4: the body parses, as Bolt parses it, to a JSON object (400): a signed `null`, number,
 *   array or string would otherwise throw inside Bolt's receiver, outside any handler, and end
 *   the process with an unhandled rejection.
 *
 * A request that passes is handed to Bolt with its body already read, which Bolt reuses (and
 * verifies again with the system clock). Slack's unsigned `ssl_check` and every other path go to
 * Bolt untouched. Each refusal is one `warn` log line; a failure of the gate itself answers 500.
 */
export function guardHttpReceiver(receiver: HTTPReceiver, options: GuardHttpReceiverOptions): void {
  const next = receiver.requestListener;
  receiver.requestListener = (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'POST' || path !== options.eventsPath) {
      next(request, response);
      return;
    }
    screenRequest(request, options)
      .then((verdict) => {
        if ('status' in verdict) {
          options.logger.write({
            level: 'warn',
            msg: 'request refused',
            status: verdict.status,
            reason: verdict.reason,
          });
          answerEmpty(response, verdict.status);
          return;
        }
        // Bolt's receiver reads `rawBody` when it is there instead of reading the stream again.
        Object.assign(request, { rawBody: verdict.rawBody });
        next(request, response);
      })
      .catch((error: unknown) => {
        options.logger.write({
          level: 'error',
          msg: 'request gate failed',
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
        if (!response.headersSent) answerEmpty(response, 500);
      });
  };
}

async function screenRequest(
  request: IncomingMessage,
  options: GuardHttpReceiverOptions,
): Promise<Refusal | { readonly rawBody: Buffer }> {
  const rawBody = await readBody(request);
  if (rawBody === null) return { status: 413, reason: `body larger than ${MAX_BODY_BYTES} bytes` };
  const text = rawBody.toString();
  const contentType = request.headers['content-type'];
  // Slack's SSL check is unsigned; Bolt answers it and drops anything else in the body.
  if (contentType === FORM && parseQueryString(text)['ssl_check'] === '1') return { rawBody };
  const timestamp = request.headers['x-slack-request-timestamp'];
  const signature = request.headers['x-slack-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string' || !/^\d+$/.test(timestamp)) {
    return { status: 401, reason: 'signature or timestamp header missing' };
  }
  const nowMs = options.clock.now();
  const skewSeconds = Number(timestamp) - Math.floor(nowMs / 1000);
  if (Math.abs(skewSeconds) > MAX_REQUEST_SKEW_SECONDS) {
    return {
      status: 401,
      reason: `timestamp ${skewSeconds > 0 ? 'ahead of' : 'behind'} the clock by ${Math.abs(skewSeconds)} s`,
    };
  }
  try {
    verifySlackRequest({
      signingSecret: options.signingSecret,
      body: text,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
      nowMilliseconds: nowMs,
    });
  } catch {
    return { status: 401, reason: 'signature mismatch' };
  }
  if (!isJsonObject(parseAsBolt(text, contentType))) return { status: 400, reason: 'body is not a JSON object' };
  return { rawBody };
}

/** The body as Bolt's receiver parses it (form fields, or the JSON in `payload`, or JSON); undefined when it cannot. */
function parseAsBolt(text: string, contentType: string | undefined): unknown {
  try {
    if (contentType !== FORM) return JSON.parse(text);
    const fields = parseQueryString(text);
    return typeof fields['payload'] === 'string' ? JSON.parse(fields['payload']) : fields;
  } catch {
    return undefined;
  }
}

function isJsonObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The whole body, or null (and the rest left unread) once it passes the limit. */
function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else {
        request.off('data', onData);
        request.resume();
        resolve(null);
      }
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function answerEmpty(response: ServerResponse, status: number): void {
  response.writeHead(status);
  response.end();
}
