import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { answerQuestion } from '../answer/answer-question.js';
import { parseQuestion } from '../answer/parse-question.js';
import { DEFAULT_CACHE_DIR } from '../config/config.js';
import { CorpusDirError } from '../corpus/read-corpus-files.js';
import { type LoadedCorpusIndex, loadOrBuildCorpusIndex } from '../index/load-or-build-corpus-index.js';
import { createCitationLinker } from '../reader/create-citation-linker.js';
import { renderAnswerText } from '../render/text/render-answer-text.js';
import { readEnvValue } from './read-env-value.js';
import { readReaderSettings } from './read-reader-settings.js';

const USAGE = `Usage: npm run ask -- [--corpus DIR] [--cache DIR] [--format text|json] [--cursor C]
         "<question or /command>"

  --corpus DIR  the reports folder (default: CORPUS_DIR, else seeds)
  --cache DIR   the index cache folder, shared with the bot (default: CACHE_DIR, else ${DEFAULT_CACHE_DIR})

Examples:
  npm run ask -- "/reports missile strike"
  npm run ask -- "/casualties killed"
  npm run ask -- --format json "who said 'meat grinder'?"
  npm run ask -- help`;

/** Exit codes: 0 an answer (no-match included), 1 an unexpected failure, 2 a usage error. */
async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(argv);
  } catch (error: unknown) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    console.error(`Cannot use format "${format}": choose text or json\n\n${USAGE}`);
    return 2;
  }
  const text = positionals.join(' ').trim();
  if (text === '') {
    console.error(`Say what to ask\n\n${USAGE}`);
    return 2;
  }
  const dir = resolve(values.corpus ?? readEnvValue(env['CORPUS_DIR']) ?? 'seeds');
  const cacheDir = values.cache ?? readEnvValue(env['CACHE_DIR']) ?? DEFAULT_CACHE_DIR;
  let loaded: LoadedCorpusIndex;
  try {
    loaded = await loadOrBuildCorpusIndex(dir, { cacheDir });
  } catch (error: unknown) {
    if (error instanceof CorpusDirError) {
      console.error(`${error.message}\nPass --corpus DIR or set CORPUS_DIR to a folder of .txt or .md reports.`);
      return 2;
    }
    throw error;
  }
  for (const warning of loaded.warnings) {
    console.error(
      `warning: ${warning.skipped ? 'skipped' : 'loaded with a problem'} "${warning.file}": ${warning.reason}`,
    );
  }
  const unlinked = answerQuestion(parseQuestion(text), loaded.index, { cursor: values.cursor ?? null });
  const reader = readReaderSettings(env);
  const answer = reader === null ? unlinked : createCitationLinker(reader, () => loaded.index)(unlinked);
  console.log(format === 'json' ? JSON.stringify(answer, null, 2) : renderAnswerText(answer));
  return 0;
}

function parseCliArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      corpus: { type: 'string' },
      cache: { type: 'string' },
      format: { type: 'string' },
      cursor: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

loadDotenv({ quiet: true });
main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Cannot answer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
