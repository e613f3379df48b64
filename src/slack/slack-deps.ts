import type { CorpusIndex } from '../index/corpus-index.js';
import type { AnswerDeps } from './answer-slack-question.js';
import type { DeliveryDedupe } from './dedupe-deliveries.js';
import type { Clock } from './error-boundary.js';
import type { IntakeDeps } from './intake/add-report.js';
import type { JsonLogger } from './json-logger.js';

/** Everything the listeners need, passed down explicitly by `createSlackApp`. */
export type SlackDeps = AnswerDeps & {
  /** The current index, for the App Home summary (answers come through `answerPage`). */
  readonly getIndex: () => CorpusIndex;
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
