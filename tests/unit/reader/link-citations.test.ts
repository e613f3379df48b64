import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../src/answer/answer.js';
import { linkCitations } from '../../../src/reader/link-citations.js';
import { makeCitation, makeExcerpt } from '../../support/slack-answer-fixtures.js';

const link = (citation: Citation) =>
  citation.file === 'gone.txt' ? null : { reader: `/read#${citation.start}`, original: null };

describe('linkCitations', () => {
  it('links every citation at any depth and changes nothing else', () => {
    const first = makeExcerpt('One.', undefined, { start: 1 });
    const second = makeExcerpt('Two.', undefined, { start: 20 });
    const value = { kind: 'x', rows: [{ ...first, alsoIn: [second] }], lead: { citation: first.citation }, n: 3 };
    expect(linkCitations(value, link)).toEqual({
      kind: 'x',
      rows: [
        {
          ...first,
          citation: { ...first.citation, link: { reader: '/read#1', original: null } },
          alsoIn: [{ ...second, citation: { ...second.citation, link: { reader: '/read#20', original: null } } }],
        },
      ],
      lead: { citation: { ...first.citation, link: { reader: '/read#1', original: null } } },
      n: 3,
    });
  });

  it('leaves the input as it was, and a citation without a link unchanged', () => {
    const gone = makeCitation('Gone.', { file: 'gone.txt' });
    const value = { rows: [{ citation: gone, marks: [] }] };
    const before = JSON.stringify(value);
    expect(linkCitations(value, link)).toEqual(value);
    expect(JSON.stringify(value)).toBe(before);
  });

  it('ignores a `citation` key that holds no citation', () => {
    expect(linkCitations({ citation: 'text', other: null }, link)).toEqual({ citation: 'text', other: null });
  });
});
