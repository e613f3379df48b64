// An answer module for the answer worker in tests that ends its worker thread as soon as it is
// loaded, as a worker that cannot start (out of memory, a broken build) does.
import type { AnswerFunction } from '../../src/slack/answer-slack-question.js';

process.exit(9);

/** Never reached: the worker thread has ended while loading this module. */
export const answer: AnswerFunction = () => {
  throw new Error('unreachable');
};
