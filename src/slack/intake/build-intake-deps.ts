import type { Config } from '../../config/config.js';
import type { IntakeDeps } from './add-report.js';

/**
 * The intake's dependencies from the config: reports are written into the corpus folder; the
 * fetch limits and who may add come from the `INTAKE_*` settings; the bot token may also go to the
 * host of `SLACK_API_URL` (a Slack-compatible API, such as the tests' fake) for file downloads. Pure.
 *
 * @example
 * buildIntakeDeps(loadConfig(process.env)).limits.maxBytes // 5242880
 */
export function buildIntakeDeps(config: Config): IntakeDeps {
  return {
    corpusDir: config.corpus.dir,
    adders: config.intake.adders,
    limits: { allow: config.intake.fetchAllow, maxBytes: config.intake.maxBytes, timeoutMs: config.intake.timeoutMs },
    botToken: config.slack.botToken,
    fileHosts: config.slack.apiUrl === null ? [] : [new URL(config.slack.apiUrl).host],
  };
}
