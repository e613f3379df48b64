import { describe, expect, it } from 'vitest';
import { findTranscriptTurns } from '../../../../src/extract/quotes/find-transcript-turns.js';

const BERG = { label: 'MR. BERG', isQuestion: false };

describe('findTranscriptTurns', () => {
  it.each([
    [
      'a labelled turn and the paragraphs that go on with it',
      ['MR. BERG: Good afternoon.', 'The port is closed.', 'Q Why?', 'MR. BERG: The storm.'],
      [
        { ...BERG, bodyStart: 10 },
        { ...BERG, bodyStart: 0 },
        { label: 'Q', isQuestion: true, bodyStart: 2 },
        { ...BERG, bodyStart: 10 },
      ],
    ],
    [
      'paragraphs before the first label as no turn',
      ['Press Gaggle', '1:04 P.M.', 'MS. KALLAS: Hello.', 'MS. KALLAS: Next.'],
      [
        null,
        null,
        { label: 'MS. KALLAS', isQuestion: false, bodyStart: 12 },
        { label: 'MS. KALLAS', isQuestion: false, bodyStart: 12 },
      ],
    ],
    [
      'a colon after "Q"',
      ['Q: Is it open?', 'A SPOKESWOMAN: It is not.'],
      [
        { label: 'Q', isQuestion: true, bodyStart: 3 },
        { label: 'A SPOKESWOMAN', isQuestion: false, bodyStart: 15 },
      ],
    ],
    [
      'a lead-in that ends the turn before it',
      ['MR. BERG: Good afternoon.', 'MR. BERG: Next.', 'EDITOR’S NOTE: This was updated.', 'More news.'],
      [{ ...BERG, bodyStart: 10 }, { ...BERG, bodyStart: 10 }, null, null],
    ],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(findTranscriptTurns(paragraphs)).toEqual(expected);
  });

  it.each([
    ['a report with one label', ['MR. BERG: Good afternoon.', 'The port is closed.']],
    ['a report with questions only', ['Q Why?', 'Q And then?']],
    ['a news report with a lead-in', ['UPDATE: The port reopened.', 'WATCH: The storm.', 'Berg said so.']],
    ['a sentence with a colon', ['The port said: closed.', 'Berg: “No.”']],
  ])('reads %s as no transcript', (_name, paragraphs) => {
    expect(findTranscriptTurns(paragraphs)).toEqual(paragraphs.map(() => null));
  });
});
