import type { BuildDigestOptions } from '../../answer/build-digest.js';
import type { Digest } from '../../answer/digest.js';
import { type LinkCitations, NO_LINKS } from '../../reader/create-citation-linker.js';
import { type DigestMessage, renderDigestBlocks } from '../../render/blocks/render-digest-blocks.js';
import { localDateAt } from './digest-schedule.js';
import { loadDigestState } from './digest-state.js';
import type { DigestLogger } from './post-digest.js';

export type PreviewDigestDeps = {
  readonly stateDir: string;
  readonly timeZone: string;
  /** `DIGEST_CHANNELS`. */
  readonly channelIds: readonly string[];
  /** Builds the digest of the current corpus (`buildDigest`; in an answer worker when the bot runs). */
  readonly makeDigest: (options: BuildDigestOptions) => Digest | Promise<Digest>;
  /** Epoch milliseconds. */
  readonly clock: () => number;
  readonly logger: DigestLogger;
  /** Links every citation to the reader (`PUBLIC_URL`); unset, citations stay as they are. */
  readonly linkCitations?: LinkCitations;
};

export type DigestPreview = {
  /** The digest channel whose last digest is the baseline, or null when none is configured. */
  readonly channel: string | null;
  readonly digest: Digest;
  /** Rendered as it would be posted: the first message, then the thread. */
  readonly messages: readonly DigestMessage[];
};

/**
 * The next digest as it would be posted now, for `/verbatim digest`: built against the last
 * digest of the channel asked from when it is a digest channel, else of the first digest channel,
 * else against nothing (every report new). Reads the state; posts and records nothing.
 *
 * @throws {DigestStateError} when the channel's state cannot be read.
 */
export async function previewDigest(channelId: string | null, deps: PreviewDigestDeps): Promise<DigestPreview> {
  const channel = channelId !== null && deps.channelIds.includes(channelId) ? channelId : (deps.channelIds[0] ?? null);
  const state = channel === null ? null : await loadDigestState(deps.stateDir, channel, { logger: deps.logger });
  const date = localDateAt(deps.clock(), deps.timeZone);
  const digest = await deps.makeDigest({ date, baseline: state?.baseline ?? null });
  return { channel, digest, messages: renderDigestBlocks((deps.linkCitations ?? NO_LINKS)(digest)) };
}
