import { realpathSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { buildDigest } from '../answer/build-digest.js';
import { type Config, ConfigError, loadConfig } from '../config/config.js';
import { CorpusDirError } from '../corpus/read-corpus-files.js';
import { type LoadedCorpusIndex, loadOrBuildCorpusIndex } from '../index/load-or-build-corpus-index.js';
import { createCitationLinker, NO_LINKS } from '../reader/create-citation-linker.js';
import { renderDigestText } from '../render/text/render-digest-text.js';
import { createDigestPoster } from '../slack/digest/create-digest-poster.js';
import { deliverDigest } from '../slack/digest/deliver-digest.js';
import { localDateAt } from '../slack/digest/digest-schedule.js';
import { emptyDigestState, loadDigestState } from '../slack/digest/digest-state.js';
import type { DigestLogger, DigestPoster } from '../slack/digest/post-digest.js';

const USAGE = `Usage: npm run digest -- [--dry-run] [--channel ID] [--corpus DIR]

  --dry-run     print the next digest as text; post nothing, record nothing
  --channel ID  this channel only (default: every channel in DIGEST_CHANNELS)
  --corpus DIR  the reports folder (default: CORPUS_DIR, else seeds); its index is cached in CACHE_DIR

Without --dry-run, the digest is posted now and recorded as posted only when Slack accepted it.`;

/** What the digest command touches, injected so a test runs it without Slack or a real clock. */
export type DigestCliDeps = {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Epoch milliseconds. */
  readonly clock: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly createPoster: (token: string, apiUrl: string | null) => DigestPoster;
};

/**
 * `npm run digest`: prints the next digest (`--dry-run`) or posts it now to each channel.
 * Exit codes: 0 done (posted, or skipped as an empty day), 1 a post failed, 2 a usage or config error.
 */
export async function runDigestCli(argv: readonly string[], deps: DigestCliDeps): Promise<number> {
  let values: ReturnType<typeof parseDigestArgs>['values'];
  try {
    values = parseDigestArgs(argv).values;
  } catch (error: unknown) {
    deps.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    deps.stdout(USAGE);
    return 0;
  }
  const isDryRun = values['dry-run'] ?? false;
  let config: Config;
  try {
    // A dry run posts nothing, so it needs no Slack tokens: stand-ins satisfy the token rules.
    config = loadConfig(
      isDryRun ? { SLACK_BOT_TOKEN: 'xoxb-dry-run', SLACK_APP_TOKEN: 'xapp-dry-run', ...set(deps.env) } : deps.env,
    );
  } catch (error: unknown) {
    if (!(error instanceof ConfigError)) throw error;
    deps.stderr(`${error.issues.map((issue) => `${issue.variable} ${issue.message}`).join('\n')}\n\nSee .env.example.`);
    return 2;
  }
  const channels = values.channel === undefined ? config.digest.channelIds : [values.channel];
  if (values.channel !== undefined && !/^[A-Z0-9]+$/.test(values.channel)) {
    deps.stderr(`Cannot use channel "${values.channel}": expected a channel id such as C0123ABCD\n\n${USAGE}`);
    return 2;
  }
  if (!isDryRun && channels.length === 0) {
    deps.stderr(`Say where to post: pass --channel ID or set DIGEST_CHANNELS\n\n${USAGE}`);
    return 2;
  }
  const dir = resolve(values.corpus ?? config.corpus.dir);
  let loaded: LoadedCorpusIndex;
  try {
    loaded = await loadOrBuildCorpusIndex(dir, { cacheDir: config.corpus.cacheDir });
  } catch (error: unknown) {
    if (!(error instanceof CorpusDirError)) throw error;
    deps.stderr(`${error.message}\nPass --corpus DIR or set CORPUS_DIR to a folder of .txt or .md reports.`);
    return 2;
  }
  const logger: DigestLogger = {
    info: (message) => deps.stderr(message),
    warn: (message) => deps.stderr(`warning: ${message}`),
    error: (message) => deps.stderr(`error: ${message}`),
  };
  for (const warning of loaded.warnings) logger.warn(`skipped "${warning.file}": ${warning.reason}`);
  const { index } = loaded;
  const { stateDir, timeZone, onEmptyDay } = config.digest;
  const linkCitations = config.reader === null ? NO_LINKS : createCitationLinker(config.reader, () => index);
  if (isDryRun) {
    const [channel] = channels;
    const state =
      channel === undefined ? emptyDigestState('none') : await loadDigestState(stateDir, channel, { logger });
    if (channel === undefined) deps.stderr('No channel given: every report counts as new.');
    deps.stdout(
      renderDigestText(
        linkCitations(buildDigest(index, { date: localDateAt(deps.clock(), timeZone), baseline: state.baseline })),
      ),
    );
    return 0;
  }
  const poster = deps.createPoster(config.slack.botToken, config.slack.apiUrl);
  let code = 0;
  for (const channel of channels) {
    const result = await deliverDigest(channel, {
      stateDir,
      timeZone,
      onEmptyDay,
      makeDigest: (options) => buildDigest(index, options),
      poster,
      clock: deps.clock,
      sleep: deps.sleep,
      logger,
      force: true,
      owner: `npm run digest on ${hostname()} pid ${process.pid}`,
      linkCitations,
    });
    deps.stdout(`${channel}: ${result.outcome}${result.ts === null ? '' : ` (ts ${result.ts})`}`);
    if (result.outcome === 'failed' || result.outcome === 'busy' || result.outcome === 'in-doubt') code = 1;
  }
  return code;
}

function parseDigestArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: false,
    options: {
      'dry-run': { type: 'boolean' },
      channel: { type: 'string' },
      corpus: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** The variables that are set to something, so an empty one does not hide a stand-in. */
function set(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => (entry[1] ?? '').trim() !== ''),
  );
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  loadDotenv({ quiet: true });
  runDigestCli(process.argv.slice(2), {
    env: process.env,
    stdout: (text) => console.log(text),
    stderr: (text) => console.error(text),
    clock: () => Date.now(),
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
    createPoster: (token, apiUrl) => createDigestPoster(token, { apiUrl }),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(
        `Cannot run the digest: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      process.exitCode = 1;
    },
  );
}
