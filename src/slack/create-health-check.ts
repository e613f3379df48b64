import type { CustomRoute } from '@slack/bolt';
import type { CorpusManifest } from '../index/corpus-manifest.js';

/** What `GET /healthz` answers: whether the bot serves requests, and which corpus it answers from. */
export type HealthStatus = {
  readonly ready: boolean;
  /** The corpus fingerprint of the index answers come from (as `/sources` shows it), from the manifest. */
  readonly fingerprint: string;
  readonly reports: number;
  /** Why the index is stale (the corpus folder is gone), or null while it follows the folder. */
  readonly stale: string | null;
};

/** The health check's route for the HTTP receiver, and the switch the app flips once started and when stopping. */
export type HealthCheck = {
  readonly route: CustomRoute;
  readonly setReady: (isReady: boolean) => void;
};

/** The path a load balancer or supervisor polls. */
export const HEALTH_PATH = '/healthz';

/**
 * `GET /healthz` on the HTTP transport: 200 with `HealthStatus` as JSON once the app has started,
 * 503 with the same body before that and from the moment it starts stopping (so a load balancer
 * drains it first). A stale corpus keeps 200: the bot still answers, from the last index, and
 * restarting it would not bring the folder back; `stale` says why. Never cached.
 *
 * @example
 * const health = createHealthCheck(getManifest);
 * new HTTPReceiver({ …, customRoutes: [health.route] });
 * await app.start(); health.setReady(true);
 */
export function createHealthCheck(getManifest: () => CorpusManifest): HealthCheck {
  let isReady = false;
  return {
    route: {
      path: HEALTH_PATH,
      method: ['GET'],
      handler(_req, res) {
        const index = getManifest();
        const status: HealthStatus = {
          ready: isReady,
          fingerprint: index.fingerprint,
          reports: index.reports.length,
          stale: index.stale?.reason ?? null,
        };
        res.writeHead(isReady ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(status));
      },
    },
    setReady(next) {
      isReady = next;
    },
  };
}
