import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on the module `name` beside `base` (an `import.meta.url`): `name.ts` when
 * `base` runs from source (tsx, vitest), `name.js` when compiled. A TypeScript entry is imported by
 * a small bootstrap that registers tsx's loader inside the worker first: on Node 20 a worker
 * ignores loaders given by `--import`, both its own `execArgv` and the ones inherited from a
 * parent started by tsx. `url` may also name the entry itself (tests pass a failing one).
 */
export function createWorkerThread(
  entry: { readonly url: URL } | { readonly name: string; readonly base: string },
  workerData: unknown,
): Worker {
  const url = 'url' in entry ? entry.url : new URL(`./${entry.name}${extensionOf(entry.base)}`, entry.base);
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => {
    tsx.register();
    return import(${JSON.stringify(url.href)});
  });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** `.ts` when this module runs from source (tsx, vitest), `.js` when compiled. */
function extensionOf(url: string): string {
  return url.endsWith('.ts') ? '.ts' : '.js';
}
