import type { IncomingMessage, ServerResponse } from 'node:http';
import { READER_PATH } from '../reader/reader-link-url.js';
import { renderMessagePage } from '../render/html/render-message-page.js';
import { handlePlaygroundRequest, type PlaygroundDeps } from './handle-playground-request.js';
import { sendWebResponse, type WebResponse } from './web-response.js';

/** A GET route in the shape Bolt's `customRoutes` takes, and the web server too. */
export type WebRoute = {
  readonly path: string;
  readonly method: 'GET';
  readonly handler: (req: IncomingMessage, res: ServerResponse) => void;
};

/** The reader always; the playground only where it is served (`npm run web`), never beside Slack's events. */
export type WebRouteDeps = {
  /**
   * The reader's page for a `GET /read` URL (`handleReaderRequest`): in process (`npm run web`), or
   * asked of an answer worker, which holds the index (the bot).
   */
  readonly readPage: (url: URL) => WebResponse | Promise<WebResponse>;
  readonly playground: PlaygroundDeps | null;
  /** Told of a page that failed (a bug); the visitor sees a plain 500 page. */
  readonly onError: (error: unknown, path: string) => void;
};

/** The page a failed request shows. */
export const SERVER_ERROR_MESSAGE = 'This page cannot be shown right now.';

/**
 * The web routes: `GET /read` (the report reader) and, with `playground`, `GET /` (the question
 * box). Bolt's HTTP receiver matches `path` against the request's path only, so the query string
 * is read here. A handler that throws (or whose page is rejected) answers 500 with a plain page and
 * never takes the server down.
 */
export function createWebRoutes(deps: WebRouteDeps): WebRoute[] {
  const routes: WebRoute[] = [
    {
      path: READER_PATH,
      method: 'GET',
      handler: (req, res) => respond(req, res, deps, deps.readPage),
    },
  ];
  const { playground } = deps;
  if (playground !== null) {
    routes.push({
      path: '/',
      method: 'GET',
      handler: (req, res) => respond(req, res, deps, (url) => handlePlaygroundRequest(url, playground)),
    });
  }
  return routes;
}

function respond(
  req: IncomingMessage,
  res: ServerResponse,
  deps: WebRouteDeps,
  handle: (url: URL) => WebResponse | Promise<WebResponse>,
): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const fail = (error: unknown) => {
    // The page says nothing of the error (a link is not a debugging channel); the log does.
    deps.onError(error, url.pathname);
    sendWebResponse(res, { status: 500, html: renderMessagePage('Something went wrong', SERVER_ERROR_MESSAGE) });
  };
  try {
    const page = handle(url);
    if (page instanceof Promise) page.then((done) => sendWebResponse(res, done), fail);
    else sendWebResponse(res, page);
  } catch (error: unknown) {
    fail(error);
  }
}
