import { answerQuestion } from '../../src/answer/answer-question.js';
import { parseQuestion } from '../../src/answer/parse-question.js';
import type { CorpusIndex } from '../../src/index/corpus-index.js';
import { renderAnswerText } from '../../src/render/text/render-answer-text.js';

/** Each question's whole output from an index: the answer as JSON, then the plain text the fallback sends. */
export function answerOutputs(index: CorpusIndex, questions: readonly string[]): string[] {
  return questions.map((question) => {
    const answer = answerQuestion(parseQuestion(question), index);
    return `${JSON.stringify(answer)}\n${renderAnswerText(answer)}`;
  });
}
