import type { BuildDigestOptions } from '../../answer/build-digest.js';
import type { Digest } from '../../answer/digest.js';
import { type LinkCitations, NO_LINKS } from '../../reader/create-citation-linker.js';
import { renderDigestBlocks } from '../../render/blocks/render-digest-blocks.js';
import { acquireDigestLease } from './digest-lease.js';
import { localDateAt } from './digest-schedule.js';
import { type DigestState, loadDigestState, saveDigestState } from './digest-state.js';
import { type DigestLogger, type DigestPoster, type PostDigestOptions, postDigest } from './post-digest.js';

/** What an empty day does: post a short "No new reports since …" or nothing. */
export type EmptyDigestPolicy = 'post' | 'skip';

/** Everything a delivery needs; the clock, the sleep and the poster are injected. */
export type DeliverDigestDeps = {
  readonly stateDir: string;
  readonly timeZone: string;
  readonly onEmptyDay: EmptyDigestPolicy;
  /**
   * Builds the digest of the current corpus (`buildDigest`; in an answer worker when the bot runs,
   * so the corpus the watcher swaps in is read once per delivery, where the index is).
   */
  readonly makeDigest: (options: BuildDigestOptions) => Digest | Promise<Digest>;
  readonly poster: DigestPoster;
  /** Epoch milliseconds. */
  readonly clock: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly logger: DigestLogger;
  /** Post even when today's digest was already handled (an operator's `npm run digest`). */
  readonly force?: boolean;
  readonly retry?: Pick<PostDigestOptions, 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs'>;
  /** Who holds the channel's lease while posting: unique among the processes sharing `stateDir`. */
  readonly owner: string;
  /** How long a lease holds; 30 minutes by default, longer than any delivery (timeouts, waits). */
  readonly leaseTtlMs?: number;
  /** Links every citation to the reader (`PUBLIC_URL`); unset, citations stay as they are. */
  readonly linkCitations?: LinkCitations;
};

/** Longer than the longest delivery: 5 attempts of at most a timeout each, and the waits between them. */
const DEFAULT_LEASE_TTL_MS = 30 * 60_000;

/**
 * `posted` and `skipped-empty` record today as done; `already-done` means today (or a later day)
 * was handled before; `in-doubt` means a post today may have reached Slack (the bot stopped while
 * posting, or Slack did not answer and the channel could not be checked), so it is not repeated;
 * `busy` means another process holds the channel's lease (it is posting now); `failed` records
 * nothing, so a later attempt posts it.
 */
export type DeliveryOutcome = 'posted' | 'skipped-empty' | 'already-done' | 'in-doubt' | 'busy' | 'failed';

export type DeliveryResult = {
  readonly outcome: DeliveryOutcome;
  /** The channel message's Slack timestamp when posted. */
  readonly ts: string | null;
  /** The digest that was built, or null when none was needed. */
  readonly digest: Digest | null;
};

/**
 * Delivers today's digest to one channel at most once: takes the channel's lease (so no other
 * process sharing the state folder posts meanwhile), reads the channel's state under it, builds
 * what changed since its baseline, posts it (retrying Slack errors), and records it as posted
 * only when the channel message was posted. Safe to call again: a handled day is not posted twice.
 *
 * @throws {DigestStateError} when the state cannot be read (logged by the caller).
 */
export async function deliverDigest(channel: string, deps: DeliverDigestDeps): Promise<DeliveryResult> {
  const lease = await acquireDigestLease(deps.stateDir, channel, {
    owner: deps.owner,
    clock: deps.clock,
    ttlMs: deps.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS,
    logger: deps.logger,
  });
  if (lease === null) return { outcome: 'busy', ts: null, digest: null };
  try {
    return await deliverUnderLease(channel, deps);
  } finally {
    await lease.release();
  }
}

async function deliverUnderLease(channel: string, deps: DeliverDigestDeps): Promise<DeliveryResult> {
  const now = deps.clock();
  const today = localDateAt(now, deps.timeZone);
  const state = await loadDigestState(deps.stateDir, channel, { logger: deps.logger });
  // Rule: "already handled" means this day or a later one, so a clock set back a day does not post that day again.
  if (!deps.force && isOnOrAfter(state.lastDate, today)) return { outcome: 'already-done', ts: null, digest: null };
  if (!deps.force && isOnOrAfter(state.inFlight?.date ?? null, today)) {
    deps.logger.warn(
      `The digest of ${today} for channel "${channel}" may already be posted: Slack did not answer its post, or the bot stopped while posting it. Check the channel, and run "npm run digest -- --channel ${channel}" to post it by hand`,
    );
    return { outcome: 'in-doubt', ts: null, digest: null };
  }
  const digest = await deps.makeDigest({ date: today, baseline: state.baseline });
  if (digest.isEmpty && deps.onEmptyDay === 'skip') {
    await saveDigestState(deps.stateDir, { ...state, lastDate: today, lastAt: iso(now), lastTs: null, inFlight: null });
    deps.logger.info(`Skipped the empty digest of ${today} for channel "${channel}"`);
    return { outcome: 'skipped-empty', ts: null, digest };
  }
  const save = (next: Partial<DigestState>) => saveDigestState(deps.stateDir, { ...state, ...next });
  const result = await postDigest(
    deps.poster,
    { channel, date: today, messages: renderDigestBlocks((deps.linkCitations ?? NO_LINKS)(digest)) },
    {
      ...deps.retry,
      sleep: deps.sleep,
      logger: deps.logger,
      onChannelAttempt: (event) =>
        save({ inFlight: event === 'start' ? { date: today, at: iso(deps.clock()) } : null }),
    },
  );
  // An in-doubt post keeps its `inFlight` mark, so that day is not posted again; the next day's digest clears it.
  if (!result.ok) return { outcome: result.isInDoubt ? 'in-doubt' : 'failed', ts: null, digest };
  await save({
    lastDate: today,
    lastAt: iso(deps.clock()),
    lastTs: result.ts,
    baseline: digest.covers,
    inFlight: null,
  });
  deps.logger.info(`Posted the digest of ${today} to channel "${channel}" (ts ${result.ts})`);
  return { outcome: 'posted', ts: result.ts, digest };
}

/** Local dates are `YYYY-MM-DD`, so their string order is their calendar order. */
function isOnOrAfter(date: string | null, day: string): boolean {
  return date !== null && date >= day;
}

function iso(instant: number): string {
  return new Date(instant).toISOString();
}
