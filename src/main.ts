import { resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { buildCorpusIndex } from './answer/build-corpus-index.js';
import { type Config, ConfigError, loadConfig } from './config/config.js';
import { CorpusDirError, loadCorpus } from './corpus/load-corpus.js';
import { createSlackApp } from './slack/create-slack-app.js';
import { createJsonLogger, type JsonLogger } from './slack/json-logger.js';

/**
 * The composition root of the Slack bot: .env → config → corpus → index → Slack app → start.
 * Exit codes: 1 when the configuration or the corpus cannot be used, or Slack refuses the token.
 * Stops cleanly on SIGTERM and SIGINT.
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
  const dir = resolve(config.corpus.dir);
  let loaded: Awaited<ReturnType<typeof loadCorpus>>;
  try {
    loaded = await loadCorpus(dir);
  } catch (error: unknown) {
    if (!(error instanceof CorpusDirError)) throw error;
    console.error(`${error.message}\nSet CORPUS_DIR to a folder of .txt or .md reports (default: seeds).`);
    return 1;
  }
  for (const warning of loaded.warnings) logger.write({ level: 'warn', msg: 'report skipped', ...warning });
  const index = buildCorpusIndex(loaded.reports);
  const slack = createSlackApp({ config, getIndex: () => index, logger });
  const { port } = await slack.start(config.server.port, config.server.host);
  logger.write({
    level: 'info',
    msg: 'Verbatim is running',
    transport: slack.transport,
    ...(port === null ? {} : { port }),
    reports: index.reports.length,
    fingerprint: index.fingerprint,
  });
  await waitForSignal(logger);
  await slack.stop();
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
    console.error(`Cannot run the Slack bot: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
