import { randomBytes } from 'node:crypto';
import { answerQuestion } from '../answer/answer-question.js';
import type { CorpusIndex } from '../index/corpus-index.js';
import { createCitationLinker } from '../reader/create-citation-linker.js';
import { createWebRoutes } from './create-web-routes.js';
import { handleReaderRequest } from './handle-reader-request.js';
import { type RunningWebServer, startWebServer } from './start-web-server.js';

/** What the playground serves and where. */
export type PlaygroundOptions = {
  readonly index: CorpusIndex;
  /** Where to listen; `npm run web` uses 127.0.0.1. Port 0 picks a free port. */
  readonly host: string;
  readonly port: number;
  /** `READER_SECRET`, or null for a random secret of this process (its links stop working when it stops). */
  readonly secret: string | null;
  /** Slack's answer options (its results limit), so the playground gives the same answers. */
  readonly answerOptions: { readonly limit: number };
  /** Told of a page that failed. */
  readonly onError: (error: unknown, path: string) => void;
  /** Epoch milliseconds; `Date.now` by default. */
  readonly now?: () => number;
};

/**
 * Starts the playground (`npm run web`): the question box at `/` and the reader at `/read`, on one
 * `node:http` server. Citations link to the reader with relative URLs (`/read?…`), so the links work
 * whatever host and port the page was opened on. Resolves once listening.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningWebServer> {
  const secret = options.secret ?? randomBytes(32).toString('hex');
  const getIndex = () => options.index;
  const linkCitations = createCitationLinker({ publicUrl: '', secret }, getIndex);
  const now = options.now ?? (() => Date.now());
  const routes = createWebRoutes({
    readPage: (url) => handleReaderRequest(url, { getIndex, secret, now }),
    onError: options.onError,
    playground: { getIndex, answer: answerQuestion, answerOptions: options.answerOptions, linkCitations },
  });
  return startWebServer(routes, { host: options.host, port: options.port });
}
