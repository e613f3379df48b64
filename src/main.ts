import { config as loadDotenv } from 'dotenv';
import { type Config, ConfigError, loadConfig } from './config/config.js';
import { CorpusDirError } from './corpus/read-corpus-files.js';
import { describeError } from './slack/error-boundary.js';
import { installProcessGuards } from './slack/install-process-guards.js';
import { createJsonLogger, type JsonLogger } from './slack/json-logger.js';
import { type RunningVerbatim, startVerbatim } from './slack/start-verbatim.js';

/**
 * The composition root of the Slack bot: .env → config → `startVerbatim` (corpus, watcher, Slack
 * app, digest scheduler) → wait for SIGTERM or SIGINT → stop cleanly.
 * Exit codes: 1 when the configuration or the corpus cannot be used, Slack refuses the token, or
 * an exception goes uncaught (for a supervisor to restart the bot). Only a configuration error is
 * written as text to stderr (no log level is known yet); every other line is JSON on stdout.
 */
async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error: unknown) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(describeConfigError(error));
    return 1;
  }
  const logger = createJsonLogger((line) => process.stdout.write(`${line}\n`), config.log.level);
  // From here on every line is JSON on stdout, whatever goes wrong (docs/slack.md, "Under faults").
  installProcessGuards(process, { logger, exit: (code) => process.exit(code), console });
  let bot: RunningVerbatim;
  try {
    bot = await startVerbatim(config, { logger });
  } catch (error: unknown) {
    logger.write({
      level: 'error',
      msg: 'Cannot start the Slack bot',
      error: describeError(error),
      ...(error instanceof CorpusDirError
        ? { hint: 'Set CORPUS_DIR to a folder of .txt or .md reports (default: seeds).' }
        : {}),
    });
    return 1;
  }
  const index = bot.getManifest();
  const { channelIds, time, timeZone } = config.digest;
  logger.write({
    level: 'info',
    msg: 'Verbatim is running',
    transport: bot.transport,
    ...(bot.port === null ? {} : { port: bot.port }),
    reports: index.reports.length,
    fingerprint: index.fingerprint,
    digest: channelIds.length === 0 ? 'off' : `${time} ${timeZone} to ${channelIds.join(', ')}`,
    reader: config.reader === null ? 'off' : `${config.reader.publicUrl}/read`,
  });
  await waitForSignal(logger);
  await bot.stop();
  logger.write({ level: 'info', msg: 'Verbatim stopped' });
  return 0;
}

/** Every problem at once, without a single value, and where to look next. */
function describeConfigError(error: ConfigError): string {
  return [
    'Cannot start the Slack bot: the configuration is incomplete or invalid.',
    ...error.issues.map((issue) => `  ${issue.variable}: ${issue.message}`),
    '',
    'Set these in the environment or in a .env file (copy .env.example).',
    'README.md → docs/slack.md explains how to create the Slack app from manifest.yml and where each token is.',
    'Without Slack, `npm run ask -- "<question>"` answers from the reports offline.',
  ].join('\n');
}

function waitForSignal(logger: JsonLogger): Promise<void> {
  return new Promise((done) => {
    const stop = (signal: NodeJS.Signals) => {
      logger.write({ level: 'info', msg: 'stopping', signal });
      done();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const logger = createJsonLogger((line) => process.stdout.write(`${line}\n`), 'error');
    logger.write({ level: 'error', msg: 'Cannot run the Slack bot', error: describeError(error) });
    process.exitCode = 1;
  },
);
