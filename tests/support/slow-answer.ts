// An answer function for the answer worker in tests (`createAnswerPool({ answerModule })`): it
// answers as `answerQuestion` does, after holding its thread busy when the question asks it to.
import { type AnswerOptions, answerQuestion } from '../../src/answer/answer-question.js';
import type { Question } from '../../src/answer/parse-question.js';
import type { CorpusIndex } from '../../src/index/corpus-index.js';

/**
 * `busy-N` in the question keeps the thread computing (not waiting) for N ms first, as a heavy
 * answer does; `exit-N` ends the worker thread with code N, as a crash or an out-of-memory kill does.
 */
export function answer(question: Question, index: CorpusIndex, options: AnswerOptions) {
  const args = question.command === null ? '' : question.args;
  const exit = /\bexit-(\d+)\b/.exec(args);
  if (exit !== null) process.exit(Number(exit[1]));
  const busy = /\bbusy-(\d+)\b/.exec(args);
  if (busy !== null) {
    const until = Date.now() + Number(busy[1]);
    while (Date.now() < until) {
      // Computing: nothing else runs on this thread meanwhile.
    }
  }
  return answerQuestion(question, index, options);
}
