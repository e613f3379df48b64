import { describe, expect, it } from 'vitest';
import type { SpeakerQuotesAnswer } from '../../../../src/answer/answer.js';
import { renderQuotesBlocks } from '../../../../src/render/blocks/render-quotes-blocks.js';
import { makeExcerpt, makeQuoteRow } from '../../../support/slack-answer-fixtures.js';

function texts(units: ReturnType<typeof renderQuotesBlocks>): string[] {
  return units.flat().flatMap((block) => {
    if (block.type === 'section' || block.type === 'header') return [block.text?.text ?? ''];
    if (block.type === 'context') return block.elements.map((element) => ('text' in element ? element.text : ''));
    return [];
  });
}

describe('renderQuotesBlocks', () => {
  it('opens with the speaker, the count line and the best quotes as short excerpts, a paraphrase labelled', () => {
    const answer: SpeakerQuotesAnswer = {
      command: 'who-said',
      kind: 'speaker-quotes',
      query: 'olsen',
      speaker: { name: 'Mira Olsen', role: 'spokeswoman', spellings: ['Mira Olsen', 'Olsen'] },
      quotes: [makeQuoteRow('"We hold," Olsen said.', 'We hold,', { isCut: true })],
      paraphrases: [makeQuoteRow('Olsen said it held.', 'it held', { direct: false })],
    };
    expect(texts(renderQuotesBlocks(answer))).toEqual([
      'Who said it',
      '*Quotes by Mira\u00a0Olsen (spokeswoman)*\n1 direct quote · 1 statement the reports paraphrase · in 1 report\nAlso written: Olsen',
      '*1.* “We hold,”',
      'the quotation is cut off in the source',
      'Field Notes From the Front · Test Gazette · 2025-01-05 · field-notes.txt:100-122',
      '*2.* _paraphrase:_ “it held”',
      'Field Notes From the Front · Test Gazette · 2025-01-05 · field-notes.txt:100-119',
    ]);
  });

  it('names the speaker of each phrase match and the differing words of a near match', () => {
    const row = makeQuoteRow('"Hold the line," he said.', 'Hold the line,', {
      match: 'near',
      speaker: null,
      differingWords: ['fort'],
    });
    expect(
      texts(
        renderQuotesBlocks({
          command: 'who-said',
          kind: 'phrase-quotes',
          query: 'hold the fort',
          match: 'near',
          quotes: [row],
        }),
      ),
    ).toEqual([
      'Who said it',
      '*No quote contains exactly “hold the fort”; the 1 closest quote:*',
      '*1.*\n>"*Hold the line,*" he said.',
      'speaker not named in the report · direct quote · differs in: fort',
      'Field Notes From the Front · Test Gazette · 2025-01-05 · field-notes.txt:100-125',
    ]);
  });

  it('says nobody is quoted, and shows the sentences that mention the phrase', () => {
    const answer = {
      command: 'who-said',
      kind: 'not-quoted',
      query: '<@U1>',
      asked: 'phrase',
      mentions: [makeExcerpt('A ferry.', 'ferry')],
    } as const;
    expect(texts(renderQuotesBlocks(answer)).slice(0, 3)).toEqual([
      'Who said it',
      '*Nobody is quoted saying “&lt;@U1&gt;”. 1 sentence mentions it:*',
      '*1.* “A *ferry*.”',
    ]);
  });
});
