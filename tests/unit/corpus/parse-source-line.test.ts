import { describe, expect, it } from 'vitest';
import { parseSourceLine } from '../../../src/corpus/parse-source-line.js';

describe('parseSourceLine', () => {
  it.each([
    ['Original Source: www.example.org', { outlet: 'example.org', url: null }],
    ['Source: news.example.co.uk', { outlet: 'news.example.co.uk', url: null }],
    [
      'Source: https://www.example.com/world/2024/06/14/ferry-returns/',
      { outlet: 'example.com', url: 'https://www.example.com/world/2024/06/14/ferry-returns/' },
    ],
    ['Original source: https://example.org/a.', { outlet: 'example.org', url: 'https://example.org/a' }],
    ['Source: Harbour Gazette', { outlet: 'Harbour Gazette', url: null }],
    [
      'Source: Harbour Gazette (https://gazette.example/a)',
      { outlet: 'Harbour Gazette', url: 'https://gazette.example/a' },
    ],
    ['Sources - Harbour Gazette', { outlet: 'Harbour Gazette', url: null }],
    ['Source URL: https://example.net/story', { outlet: 'example.net', url: 'https://example.net/story' }],
    ['SOURCE: Harbour Gazette.', { outlet: 'Harbour Gazette', url: null }],
  ])('reads %j', (line, expected) => {
    expect(parseSourceLine(line)).toEqual(expected);
  });

  it.each([
    ['a label alone', 'Sources:'],
    ['a line about something else', 'Related: Earlier storms damaged bridges'],
    ['a sentence that starts with the word', 'Sources close to the talks said the deal could be signed within a week.'],
    ['a sentence that mentions a source', 'The source said the ferry would return.'],
  ])('returns null for %s', (_case, line) => {
    expect(parseSourceLine(line)).toEqual(null);
  });
});
