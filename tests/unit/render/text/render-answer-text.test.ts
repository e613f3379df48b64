import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../../src/answer/answer.js';
import { renderAnswerText } from '../../../../src/render/text/render-answer-text.js';

const CITATION: Citation = {
  file: 'a/report.txt',
  start: 10,
  end: 49,
  sentence: 'Storm Shadow missiles hit\nthe command post.',
  title: 'Strike on a command post',
  date: '2024-11-20',
  outlet: 'Example News',
};

describe('renderAnswerText', () => {
  it('renders results with marks, citations and the next-page cursor', () => {
    const text = renderAnswerText({
      command: 'reports',
      kind: 'results',
      query: 'storm shadow',
      terms: ['storm', 'shadow'],
      skippedTerms: [],
      total: 7,
      offset: 5,
      results: [
        {
          citation: CITATION,
          marks: [
            { start: 0, end: 5 },
            { start: 6, end: 12 },
          ],
          score: 3.5,
        },
      ],
      nextCursor: '6',
    });
    expect(text).toBe(
      [
        'Reports 6–6 of 7 for “storm shadow” · terms: storm, shadow',
        '',
        '6.',
        '  “**Storm** **Shadow** missiles hit the command post.”',
        '    — Strike on a command post · Example News · 2024-11-20 · a/report.txt:10-49',
        '',
        '1 more matching report is not shown: add words to narrow the search.',
        'More: add --cursor 6',
      ].join('\n'),
    );
  });

  it('shows direction and zero-width controls in report text on the terminal', () => {
    const citation = { ...CITATION, sentence: 'Paid \u202E000,01$ in\u200Bfull.', title: 'Fees\u2066' };
    const text = renderAnswerText({
      command: 'reports',
      kind: 'results',
      query: 'paid',
      terms: ['paid'],
      skippedTerms: [],
      total: 1,
      offset: 0,
      results: [{ citation, marks: [{ start: 0, end: 4 }], score: 1 }],
      nextCursor: null,
    });
    expect(text).toBe(
      [
        'Reports 1–1 of 1 for “paid” · terms: paid',
        '',
        '1.',
        '  “**Paid** <U+202E>000,01$ in<U+200B>full.”',
        '    — Fees<U+2066> · Example News · 2024-11-20 · a/report.txt:10-49',
      ].join('\n'),
    );
  });

  it('names the terms too common to search after the searched ones', () => {
    const text = renderAnswerText({
      command: 'reports',
      kind: 'results',
      query: 'trump storm shadow',
      terms: ['trump', 'storm', 'shadow'],
      skippedTerms: ['trump'],
      total: 1,
      offset: 0,
      results: [{ citation: CITATION, marks: [{ start: 0, end: 5 }], score: 3.5 }],
      nextCursor: null,
    });
    expect(text.split('\n')[0]).toBe(
      'Reports 1–1 of 1 for “trump storm shadow” · terms: trump, storm, shadow · too common to search: trump',
    );
  });

  it('says what was searched and where when nothing matches', () => {
    const text = renderAnswerText({
      command: 'reports',
      kind: 'no-match',
      query: 'packers touchdown',
      terms: ['packer', 'touchdown'],
      reportsSearched: 5,
      suggestions: ['parker', 'touch'],
    });
    expect(text).toBe(
      [
        'No match for "packers touchdown" in 5 reports.',
        'Searched for: "packer", "touchdown" (reports).',
        'Closest terms in the reports: parker, touch',
      ].join('\n'),
    );
  });

  it('says so when only stop words were asked and nothing is close', () => {
    const text = renderAnswerText({
      command: 'reports',
      kind: 'no-match',
      query: 'the of and',
      terms: [],
      reportsSearched: 2,
      suggestions: [],
    });
    expect(text).toBe(
      [
        'No match for "the of and" in 2 reports.',
        'Searched for: (no searchable words) (reports).',
        'No close terms in the reports.',
      ].join('\n'),
    );
  });

  it('says under the count of /sources why the index is stale', () => {
    const text = renderAnswerText({
      command: 'sources',
      kind: 'sources',
      fingerprint: 'abc123',
      stale: 'the corpus folder was deleted or moved away',
      reports: [{ file: 'b.md', title: null, date: null, outlet: null, url: null, bytes: 20, sentences: 1 }],
    });
    expect(text).toBe(
      [
        '1 report · fingerprint abc123',
        'Stale: the corpus folder was deleted or moved away. These are the reports last read; answers come from them until the folder is back.',
        '',
        '(untitled)',
        '  b.md · outlet unknown · undated · 20 bytes · 1 sentence',
      ].join('\n'),
    );
  });

  it('lists sources with unknown metadata said as unknown', () => {
    const text = renderAnswerText({
      command: 'sources',
      kind: 'sources',
      fingerprint: 'abc123',
      reports: [
        {
          file: 'a.txt',
          title: 'A title',
          date: '2024-12-23',
          outlet: 'Outlet',
          url: 'https://example.org/a',
          bytes: 10,
          sentences: 2,
        },
        { file: 'b.md', title: null, date: null, outlet: null, url: null, bytes: 20, sentences: 1 },
      ],
    });
    expect(text).toBe(
      [
        '2 reports · fingerprint abc123',
        '',
        'A title',
        '  a.txt · Outlet · 2024-12-23 · 10 bytes · 2 sentences',
        '  https://example.org/a',
        '',
        '(untitled)',
        '  b.md · outlet unknown · undated · 20 bytes · 1 sentence',
      ].join('\n'),
    );
  });

  it('renders a usage answer as one line', () => {
    expect(
      renderAnswerText({
        command: 'reports',
        kind: 'usage',
        message: 'Say what to search for',
        usage: '/reports <words>',
      }),
    ).toBe('Say what to search for. Usage: /reports <words>');
  });

  it('renders help with every entry and its example', () => {
    const text = renderAnswerText({
      command: 'help',
      kind: 'help',
      entries: [{ usage: '/sources', description: 'Every report.', example: '/sources' }],
    });
    expect(text).toBe(
      [
        'Verbatim answers with verbatim, cited excerpts from the reports, never generated text.',
        '',
        '/sources',
        '  Every report.',
        '  e.g. /sources',
      ].join('\n'),
    );
  });

  it('renders the filters a free question can carry, one line each, after its example', () => {
    const entry = { usage: 'a question', description: 'Ask.', example: 'how many?' };
    const filters = [{ name: 'when', example: 'how many since July 20?' }];
    expect(
      renderAnswerText({ command: 'help', kind: 'help', entries: [{ ...entry, filters }] })
        .split('\n')
        .slice(2),
    ).toEqual(['a question', '  Ask.', '  e.g. how many?', '  • when: how many since July 20?']);
  });
});
