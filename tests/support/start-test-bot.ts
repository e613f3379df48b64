import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Digest } from '../../src/answer/digest.js';
import { type DigestMessage, renderDigestBlocks } from '../../src/render/blocks/render-digest-blocks.js';
import { type FakeSlackApi, type RecordedCall, startFakeSlackApi } from './fake-slack-api.js';
import { createManualClock, type ManualClock } from './manual-clock.js';
import { SLACK_CORPUS_DIR, startTestApp, type TestApp } from './start-test-app.js';

/** The digest channel the test bots post to unless a test sets `DIGEST_CHANNELS`. */
export const DIGEST_CHANNEL = 'C0DIGEST';

/**
 * A bot as `npm start` runs it (`startVerbatim`), in its own copy of the Slack fixture corpus and
 * its own state folder, on a manual clock, against one fake Slack Web API that outlives restarts.
 */
export type TestBot = {
  readonly clock: ManualClock;
  readonly fake: FakeSlackApi;
  /** A copy of the fixture corpus that the test may add files to. */
  readonly corpusDir: string;
  /** `STATE_DIR`, empty at first. */
  readonly stateDir: string;
  /** The running app; throws when the bot is stopped. */
  readonly app: () => TestApp;
  /** Starts the bot and resolves once its scheduler's check at start is done (a digest missed earlier today posted). */
  readonly start: () => Promise<TestApp>;
  readonly stop: () => Promise<void>;
  /** Stops the bot, moves the clock to `instant` (the bot was down meanwhile) and starts it again. */
  readonly restart: (instant: number) => Promise<TestApp>;
  /** Every `chat.postMessage` so far: the slash commands answer in their acks, so these are the digests. */
  readonly posts: () => RecordedCall[];
  /** Stops the bot, closes the fake and removes the folders. */
  readonly close: () => Promise<void>;
};

export type TestBotOptions = {
  /** Where the clock starts (epoch milliseconds). */
  readonly start: number;
  /** Variables over the defaults: digest at 09:00 Asia/Tokyo to `DIGEST_CHANNEL`, empty days posted. */
  readonly env?: Readonly<Record<string, string>>;
  /** The transport; HTTP by default. */
  readonly transport?: 'http' | 'socket-mode';
  /** How long a digest call waits for Slack (real time). */
  readonly digestTimeoutMs?: number;
  /** Who holds the digest lease (two bots sharing a state folder need two owners). */
  readonly digestOwner?: string;
  /** The largest corpus whose deltas are applied in place (`startVerbatim`'s option); the production default when absent. */
  readonly inPlaceMaxCorpusReports?: number;
};

/** Creates (does not start) a test bot. Call `close()` in teardown. */
export async function createTestBot(options: TestBotOptions): Promise<TestBot> {
  const corpusDir = await mkdtemp(join(tmpdir(), 'verbatim-corpus-'));
  await cp(SLACK_CORPUS_DIR, corpusDir, { recursive: true });
  const stateDir = join(await mkdtemp(join(tmpdir(), 'verbatim-state-')), 'state');
  const fake = await startFakeSlackApi();
  const clock = createManualClock(options.start);
  const env = {
    DIGEST_CHANNELS: DIGEST_CHANNEL,
    DIGEST_TIME: '09:00',
    DIGEST_TZ: 'Asia/Tokyo',
    // An empty day posts, so a digest delivered twice shows as a second post instead of a silent skip.
    DIGEST_EMPTY: 'post',
    STATE_DIR: stateDir,
    CACHE_DIR: join(stateDir, '..', 'cache'),
    ...options.env,
  };
  let running: TestApp | null = null;
  const start = async () => {
    if (running !== null) throw new Error('The test bot is already running');
    const { digestTimeoutMs, digestOwner, inPlaceMaxCorpusReports } = options;
    running = await startTestApp({
      transport: options.transport ?? 'http',
      corpusDir,
      fake,
      bot: {
        clock,
        env,
        watchDebounceMs: 30,
        watchCheckMs: 50,
        ...(digestTimeoutMs === undefined ? {} : { digestTimeoutMs }),
        ...(digestOwner === undefined ? {} : { digestOwner }),
        ...(inPlaceMaxCorpusReports === undefined ? {} : { inPlaceMaxCorpusReports }),
      },
    });
    // Without digest channels there is no scheduler, so nothing to wait for.
    if (env.DIGEST_CHANNELS.trim() !== '') await clock.settled();
    return running;
  };
  const stop = async () => {
    const app = running;
    running = null;
    await app?.stop();
  };
  return {
    clock,
    fake,
    corpusDir,
    stateDir,
    app: () => {
      if (running === null) throw new Error('The test bot is not running');
      return running;
    },
    start,
    stop,
    restart: async (instant) => {
      await stop();
      clock.set(instant);
      return start();
    },
    posts: () => fake.callsTo('chat.postMessage'),
    close: async () => {
      await stop();
      await fake.close();
      await rm(corpusDir, { recursive: true, force: true });
      await rm(join(stateDir, '..'), { recursive: true, force: true });
    },
  };
}

/**
 * The `chat.postMessage` body of one digest message, as the fake records it (form fields: booleans
 * as strings). The channel message (no `threadTs`) carries the digest's marker for its `date`.
 */
function buildDigestPostBody(
  channel: string,
  message: DigestMessage,
  options: { readonly date: string; readonly threadTs?: string },
): Record<string, unknown> {
  return {
    channel,
    text: message.text,
    blocks: message.blocks,
    ...(options.threadTs === undefined ? {} : { thread_ts: options.threadTs }),
    unfurl_links: 'false',
    unfurl_media: 'false',
    ...(options.threadTs === undefined && {
      metadata: { event_type: 'verbatim_digest', event_payload: { date: options.date, channel } },
    }),
  };
}

/** The post bodies of a one-message digest (or the channel message of a longer one), as the fake records them. */
export function buildDigestPostBodies(channel: string, digest: Digest): Record<string, unknown>[] {
  return renderDigestBlocks(digest).map((message) => buildDigestPostBody(channel, message, { date: digest.date }));
}
