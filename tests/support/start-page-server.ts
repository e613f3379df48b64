import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server answers on one path. */
export type Page = {
  readonly status?: number;
  readonly contentType?: string;
  readonly body?: string | Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
};

/** A web server on 127.0.0.1 serving hand-written pages; `pages` may be changed while it runs. */
export type PageServer = {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly pages: Map<string, Page>;
  /** The paths requested, in order. */
  readonly requests: string[];
  readonly close: () => Promise<void>;
};

/** Starts the server on port 0; an unknown path is a 404. Call `close()` in teardown. */
export async function startPageServer(pages: Readonly<Record<string, Page>>): Promise<PageServer> {
  const table = new Map(Object.entries(pages));
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const page = table.get(path);
    if (page === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(page.status ?? 200, {
      ...(page.contentType === undefined ? {} : { 'content-type': page.contentType }),
      ...page.headers,
    });
    response.end(page.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pages: table,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
