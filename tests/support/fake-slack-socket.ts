import type { AddressInfo } from 'node:net';
import { vi } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';

/** The fake side of a Socket Mode connection, as Slack's WebSocket server behaves. */
export type FakeSlackSocket = {
  /** `ws://127.0.0.1:<port>/`, for `apps.connections.open` to return. */
  readonly url: string;
  /**
   * Sends an envelope (`slash_commands`, `events_api`, `interactive`) and resolves with the
   * app's acknowledgement payload (`{}` for an empty ack).
   */
  readonly send: (type: string, payload: unknown, options?: { readonly retryAttempt?: number }) => Promise<unknown>;
  readonly close: () => Promise<void>;
};

/**
 * Starts a `ws` server on 127.0.0.1 port 0. Each connection is greeted with `hello`, as Slack does;
 * envelopes are sent to the latest connection and acknowledgements matched by `envelope_id`.
 */
export async function startFakeSlackSocket(): Promise<FakeSlackSocket> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const acks = new Map<string, unknown>();
  let current: WebSocket | null = null;
  let next = 0;
  server.on('connection', (socket) => {
    current = socket;
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (message.envelope_id !== undefined) acks.set(message.envelope_id, message.payload ?? {});
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0VERBATIM' } }));
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    async send(type, payload, options = {}) {
      next += 1;
      const envelopeId = `envelope-${next}`;
      const socket = current;
      if (socket === null) throw new Error('No Socket Mode client is connected');
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          ...(type === 'events_api' ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: '' } : {}),
        }),
      );
      return vi.waitFor(
        () => {
          if (!acks.has(envelopeId)) throw new Error(`Waiting for the ack of ${envelopeId}`);
          return acks.get(envelopeId);
        },
        { timeout: 10_000, interval: 5 },
      );
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const client of server.clients) client.terminate();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
