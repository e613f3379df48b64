import { describe, expect, it } from 'vitest';
import { renderSearchBlocks } from '../../../src/render/blocks/render-search-blocks.js';
import { buildResultsLines } from '../../../src/render/build-results-lines.js';
import { renderAnswerText } from '../../../src/render/text/render-answer-text.js';
import { makeExcerpt, makeResultsAnswer } from '../../support/slack-answer-fixtures.js';

describe('buildResultsLines', () => {
  it('gives the count line, the framing words not searched, the near spellings and the narrow line', () => {
    expect(
      buildResultsLines(
        makeResultsAnswer(2, {
          query: 'which reports mention the ferys',
          terms: ['ferys'],
          ignoredWords: ['reports', 'mention'],
          nearSpellings: ['ferry', 'Ferries'],
          isNearOnly: true,
          total: 1_234,
          nextCursor: '2',
        }),
      ),
    ).toEqual({
      count: 'Reports 1–2 of 1,234 for “which reports mention the ferys” · terms: ferys',
      notes: [
        'Not searched (they only frame the question): reports, mention',
        'No report has these words as written; only near spellings matched: ferry, Ferries',
      ],
      narrow: '1,232 more matching reports are not shown: add words to narrow the search.',
    });
  });

  it('says near spellings also matched when some words matched as written, and no narrow line on the last page', () => {
    const lines = buildResultsLines(makeResultsAnswer(1, { nearSpellings: ['Ferries'], isNearOnly: false }));
    expect([lines.notes, lines.narrow]).toEqual([['Near spellings also matched (not marked): Ferries'], null]);
  });
});

describe('a /reports answer in the terminal and in Slack', () => {
  const answer = makeResultsAnswer(1, {
    ignoredWords: ['reports'],
    results: [
      {
        ...makeExcerpt('The ferry left at noon.', 'ferry'),
        score: 3,
        more: [makeExcerpt('A second ferry waited.', 'ferry', { start: 200 })],
      },
    ],
  });

  it('prints the same lines in the same order, every sentence of a report under its number', () => {
    expect(renderAnswerText(answer)).toBe(
      [
        'Reports 1–1 of 1 for “ferry” · terms: ferry',
        'Not searched (they only frame the question): reports',
        '',
        '1.',
        '  “The **ferry** left at noon.”',
        '    — Field Notes From the Front · Test Gazette · 2025-01-05 · field-notes.txt:100-123',
        '  “A second **ferry** waited.”',
        '    — Field Notes From the Front · Test Gazette · 2025-01-05 · field-notes.txt:200-222',
      ].join('\n'),
    );
    const texts = renderSearchBlocks(answer)
      .flat()
      .flatMap((block) => {
        if (block.type === 'section' || block.type === 'header') return [block.text?.text ?? ''];
        if (block.type === 'context') return block.elements.map((element) => ('text' in element ? element.text : ''));
        return [];
      });
    expect(texts).toEqual([
      'Matching reports',
      'Reports 1–1 of 1 for “ferry” · terms: ferry\nNot searched (they only frame the question): reports',
      '*1.* “The *ferry* left at noon.”',
      'Field Notes From the Front · Test Gazette · 2025-01-05 · field-notes.txt:100-123',
      '“A second *ferry* waited.”',
      'Field Notes From the Front · Test Gazette · 2025-01-05 · field-notes.txt:200-222',
    ]);
  });
});
