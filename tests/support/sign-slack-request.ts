import { createHmac } from 'node:crypto';

/** Options for a signed request: a different timestamp (stale) or a wrong signature, extra headers. */
export type SignedRequestOptions = {
  readonly timestampSeconds?: number;
  readonly signature?: string;
  readonly headers?: Readonly<Record<string, string>>;
};

/**
 * Slack's request signature: `v0=` + HMAC-SHA256 (hex) of `v0:{timestamp}:{raw body}` keyed with
 * the signing secret, sent with the timestamp in `x-slack-request-timestamp`.
 */
export function signSlackRequest(secret: string, rawBody: string, timestampSeconds: number): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestampSeconds}:${rawBody}`).digest('hex');
  return { 'x-slack-signature': `v0=${signature}`, 'x-slack-request-timestamp': String(timestampSeconds) };
}

/** Posts a raw body signed as Slack signs it. The content type is sent exactly as given (no charset added). */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  contentType: string,
  options: SignedRequestOptions = {},
): Promise<Response> {
  const timestamp = options.timestampSeconds ?? Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': contentType,
    ...signSlackRequest(secret, body, timestamp),
    ...(options.signature === undefined ? {} : { 'x-slack-signature': options.signature }),
    ...options.headers,
  };
  return fetch(url, { method: 'POST', headers, body });
}

/** A slash command as Slack posts it: form-encoded fields, sent as a string with the exact content type. */
export function postSlashCommand(
  url: string,
  secret: string,
  fields: Readonly<Record<string, string>>,
  options: SignedRequestOptions = {},
): Promise<Response> {
  return postSigned(url, secret, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
}

/** An Events API envelope as Slack posts it (JSON); `retryNum` adds Slack's retry headers. */
export function postEvent(
  url: string,
  secret: string,
  envelope: unknown,
  options: SignedRequestOptions & { readonly retryNum?: number } = {},
): Promise<Response> {
  const retry =
    options.retryNum === undefined
      ? {}
      : { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' };
  return postSigned(url, secret, JSON.stringify(envelope), 'application/json', {
    ...options,
    headers: { ...retry, ...options.headers },
  });
}

/** An interaction (button click) as Slack posts it: the JSON payload in a `payload` form field. */
export function postInteraction(
  url: string,
  secret: string,
  payload: unknown,
  options: SignedRequestOptions = {},
): Promise<Response> {
  return postSlashCommand(url, secret, { payload: JSON.stringify(payload) }, options);
}
