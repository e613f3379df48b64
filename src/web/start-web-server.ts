import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderMessagePage } from '../render/html/render-message-page.js';
import type { WebRoute } from './create-web-routes.js';
import { sendWebResponse } from './web-response.js';

/** A running web server: the port it bound, and how to stop it. */
export type RunningWebServer = {
  readonly port: number;
  /** Stops accepting requests and closes open connections. */
  readonly close: () => Promise<void>;
};

/** Where to listen: a port (0 for any free one) and a host (null for every interface). */
export type WebServerAddress = { readonly port: number; readonly host: string | null };

/**
 * Serves `routes` on a plain `node:http` server: `npm run web` (the playground on 127.0.0.1), and
 * the reader beside Socket Mode, where Bolt has no HTTP server of its own. A path no route holds,
 * or a method other than GET, gets 404. Resolves once listening.
 */
export async function startWebServer(
  routes: readonly WebRoute[],
  address: WebServerAddress,
): Promise<RunningWebServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((candidate) => candidate.path === path && candidate.method === req.method);
    if (route === undefined) {
      sendWebResponse(res, { status: 404, html: renderMessagePage('Not found', 'There is no page here.') });
      return;
    }
    route.handler(req, res);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(address.port, address.host ?? undefined, () => {
      server.off('error', fail);
      done();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error === undefined ? done() : fail(error)));
        server.closeAllConnections();
      }),
  };
}
