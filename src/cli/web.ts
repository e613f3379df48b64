import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { DEFAULT_CACHE_DIR } from '../config/config.js';
import { CorpusDirError } from '../corpus/read-corpus-files.js';
import { type LoadedCorpusIndex, loadOrBuildCorpusIndex } from '../index/load-or-build-corpus-index.js';
import { MIN_READER_SECRET_LENGTH } from '../reader/sign-reader-link.js';
import { SLACK_RESULTS_LIMIT } from '../slack/answer-slack-question.js';
import { startPlayground } from '../web/start-playground.js';
import { readEnvValue } from './read-env-value.js';

const USAGE = `Usage: npm run web -- [--corpus DIR] [--cache DIR] [--port N]

  --corpus DIR  the reports folder (default: CORPUS_DIR, else seeds)
  --cache DIR   the index cache folder, shared with the bot (default: CACHE_DIR, else ${DEFAULT_CACHE_DIR})
  --port N      the port on 127.0.0.1 (default: 8080; 0 picks a free one)

Serves the playground (a question box with Slack's answers) and the report reader on 127.0.0.1 only.
Reader links are signed with READER_SECRET when it is set, else with a random secret of this run.`;

/** The playground's default port (the bot's default, 3000, may be taken by the bot itself). */
const DEFAULT_WEB_PORT = 8080;

/** `npm run web`. Exit codes: 2 a usage error or an unreadable corpus folder; otherwise runs until stopped. */
async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let values: ReturnType<typeof parseWebArgs>['values'];
  try {
    values = parseWebArgs(argv).values;
  } catch (error: unknown) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = Number(values.port ?? DEFAULT_WEB_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Cannot use port "${values.port}": give a whole number from 0 to 65535\n\n${USAGE}`);
    return 2;
  }
  const secret = readEnvValue(env['READER_SECRET']) ?? null;
  if (secret !== null && secret.length < MIN_READER_SECRET_LENGTH) {
    console.error(`Cannot use READER_SECRET: it must be at least ${MIN_READER_SECRET_LENGTH} characters`);
    return 2;
  }
  const dir = resolve(values.corpus ?? readEnvValue(env['CORPUS_DIR']) ?? 'seeds');
  let loaded: LoadedCorpusIndex;
  try {
    loaded = await loadOrBuildCorpusIndex(dir, {
      cacheDir: values.cache ?? readEnvValue(env['CACHE_DIR']) ?? DEFAULT_CACHE_DIR,
    });
  } catch (error: unknown) {
    if (!(error instanceof CorpusDirError)) throw error;
    console.error(`${error.message}\nPass --corpus DIR or set CORPUS_DIR to a folder of .txt or .md reports.`);
    return 2;
  }
  for (const warning of loaded.warnings)
    console.error(`warning: skipped or partly read "${warning.file}": ${warning.reason}`);
  const server = await startPlayground({
    index: loaded.index,
    host: '127.0.0.1',
    port,
    secret,
    answerOptions: { limit: SLACK_RESULTS_LIMIT },
    onError: (error, path) =>
      console.error(`Cannot show "${path}": ${error instanceof Error ? error.message : String(error)}`),
  });
  console.log(
    `Verbatim playground: http://127.0.0.1:${server.port}/ (${loaded.index.reports.length} reports from ${dir}; Ctrl-C stops it)`,
  );
  return 0;
}

function parseWebArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      corpus: { type: 'string' },
      cache: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

loadDotenv({ quiet: true });
main(process.argv.slice(2), process.env).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `Cannot start the playground: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = 1;
  },
);
