import { describe, expect, it } from 'vitest';
import { answerHelp, QUESTION_FILTERS } from '../../../src/answer/answer-help.js';
import { parseQuestion } from '../../../src/answer/parse-question.js';
import { renderHelpBlocks } from '../../../src/render/blocks/render-help-blocks.js';
import { renderAnswerText } from '../../../src/render/text/render-answer-text.js';

describe('answerHelp', () => {
  it('lists the filters of a free question in the text and the Block Kit help alike', () => {
    const answer = answerHelp();
    const text = renderAnswerText(answer);
    const blocks = JSON.stringify(renderHelpBlocks(answer));
    for (const filter of QUESTION_FILTERS) {
      expect(text).toContain(`  • ${filter.name}: ${filter.example}`);
      expect(blocks).toContain(
        JSON.stringify(`• ${filter.name}: \`${filter.example}\``).slice(1, -1).replace(/'/g, "'"),
      );
    }
  });

  it.each(QUESTION_FILTERS.map((filter) => [filter.example]))(
    'gives an example, %j, that a question is read as',
    (example) => {
      const question = parseQuestion(example);
      expect(question.command === null ? null : question.command).toMatch(/^(?:casualties|troops|who-said)$/);
    },
  );
});
