import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { parseQuestion } from '../../../src/answer/parse-question.js';
import { createCitationLinker } from '../../../src/reader/create-citation-linker.js';
import { renderAnswerBlocks } from '../../../src/render/blocks/render-answer-blocks.js';
import { renderBlocksHtml } from '../../../src/render/html/render-blocks-html.js';
import { handlePlaygroundRequest } from '../../../src/web/handle-playground-request.js';
import { buildTestCorpusIndex, buildTestReport } from '../../support/build-test-corpus.js';

const SECRET = 'a-reader-secret-of-forty-characters-0001';
const index = buildTestCorpusIndex([
  buildTestReport('mill', '# Mill\nVillagers sheltered in an old gristmill.\nThe shelling continued.'),
]);
const linkCitations = createCitationLinker({ publicUrl: '', secret: SECRET }, () => index);
const deps = { getIndex: () => index, answer: answerQuestion, answerOptions: { limit: 25 }, linkCitations };

describe('handlePlaygroundRequest', () => {
  it('answers as Slack does, with the citations linked to the reader', () => {
    const response = handlePlaygroundRequest(new URL('http://h/?q=%2Freports+gristmill'), deps);
    const answer = linkCitations(answerQuestion(parseQuestion('/reports gristmill'), index, { limit: 25 }));
    const [page] = renderAnswerBlocks(answer).pages;
    expect(response.status).toBe(200);
    expect(response.html).toContain(`<main>\n${renderBlocksHtml(page ?? [])}\n</main>`);
    expect(response.html).toMatch(
      /<a href="\/read\?report=mill&amp;start=\d+&amp;end=\d+&amp;sig=[\w-]{43}#s\d+-\d+">mill\.txt:\d+-\d+<\/a>/,
    );
    expect(response.html).toContain('<b>gristmill</b>');
  });

  it('shows the empty form for no question or a blank one', () => {
    for (const url of ['http://h/', 'http://h/?q=%20%20']) {
      const { status, html } = handlePlaygroundRequest(new URL(url), deps);
      expect(status).toBe(200);
      expect(html).not.toContain('<main>');
      expect(html).toContain('value=""');
    }
  });
});
