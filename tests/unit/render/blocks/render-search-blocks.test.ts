import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../../src/answer/answer.js';
import { renderCitationMenu } from '../../../../src/render/blocks/render-citation-menu.js';
import { renderSearchBlocks } from '../../../../src/render/blocks/render-search-blocks.js';
import { makeResultsAnswer } from '../../../support/slack-answer-fixtures.js';

describe('renderSearchBlocks', () => {
  it('numbers the results under a line with the range, the total and the terms', () => {
    const answer = makeResultsAnswer(1, { query: 'ferry <now>' });
    const units = renderSearchBlocks(answer);
    expect(units).toEqual([
      [
        { type: 'header', text: { type: 'plain_text', text: 'Matching reports', emoji: false } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: 'Reports 1–1 of 1 for “ferry &lt;now&gt;” · terms: ferry',
            verbatim: true,
          },
        },
      ],
      [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '*1.* “The *ferry* number 1 left the harbour.”', verbatim: true },
          accessory: renderCitationMenu(answer.results[0]?.citation as Citation),
        },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: 'Field Notes From the Front · Test Gazette · 2025-01-05 · field-notes.txt:0-36',
              verbatim: true,
            },
          ],
        },
      ],
    ]);
  });

  it('names the terms too common to search, escaped', () => {
    const [intro] = renderSearchBlocks(
      makeResultsAnswer(1, { query: 'ferry & co', terms: ['ferry', 'co&'], skippedTerms: ['co&'] }),
    );
    expect(intro?.[1]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'Reports 1–1 of 1 for “ferry &amp; co” · terms: ferry, co&amp; · too common to search: co&amp;',
        verbatim: true,
      },
    });
  });

  it('says how many results are not shown when the answer stops early', () => {
    const units = renderSearchBlocks(makeResultsAnswer(2, { total: 9, nextCursor: '2' }));
    expect(units.at(-1)).toEqual([
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '7 more matching reports are not shown: add words to narrow the search.',
          verbatim: true,
        },
      },
    ]);
  });

  it('says what was searched and the closest terms when nothing matched', () => {
    expect(
      renderSearchBlocks({
        command: 'reports',
        kind: 'no-match',
        query: 'zepelin',
        terms: ['zepelin'],
        reportsSearched: 3,
        suggestions: ['zeppelin'],
      }),
    ).toEqual([
      [
        { type: 'header', text: { type: 'plain_text', text: 'No match', emoji: false } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: 'No match for “zepelin” in 3 reports.\nSearched for: “zepelin” (reports).\nClosest terms in the reports: zeppelin',
            verbatim: true,
          },
        },
      ],
    ]);
  });
});
