import type { CorpusManifest } from '../index/corpus-manifest.js';
import type { AnswerDeps } from './answer-slack-question.js';
import type { AskCorpus } from './ask-corpus-in-process.js';
import type { DeliveryDedupe } from './dedupe-deliveries.js';
import type { Clock } from './error-boundary.js';
import type { IntakeDeps } from './intake/add-report.js';
import type { JsonLogger } from './json-logger.js';

/** Everything the listeners need, passed down explicitly by `createSlackApp`. */
export type SlackDeps = AnswerDeps & {
  /** The current corpus manifest (the feedback fingerprint); the main thread holds no index. */
  readonly getManifest: () => CorpusManifest;
  /** Reads the corpus's text where the index is (the App Home summary, the citation menu); answers come through `answerPage`. */
  readonly askCorpus: AskCorpus;
  readonly logger: JsonLogger;
  readonly clock: Clock;
  readonly dedupe: DeliveryDedupe;
  /** "Share in channel" clicks seen recently (by user, message, button and value): a double click shares once. */
  readonly shareDedupe: DeliveryDedupe;
  /** How long a slash command waits for its answer before acknowledging empty and answering later. */
  readonly ackDeadlineMs: number;
  /** Adding reports from links and files (`/verbatim add`, the shortcut, DM file shares). */
  readonly intake: IntakeDeps;
};
