import { describe, expect, it } from 'vitest';
import type { ParagraphRole } from '../../../src/corpus/assign-roles.js';
import { extractMetadata, type PlacedParagraph } from '../../../src/corpus/extract-metadata.js';

/** Lays paragraphs out one per line, as `extractMetadata` sees them in a report. */
function layOut(paragraphs: readonly (readonly [string, ParagraphRole])[]): {
  text: string;
  placed: PlacedParagraph[];
} {
  let text = '';
  const placed: PlacedParagraph[] = [];
  for (const [paragraph, role] of paragraphs) {
    placed.push({ start: text.length, end: text.length + paragraph.length, role });
    text += `${paragraph}\n\n`;
  }
  return { text, placed };
}

describe('extractMetadata', () => {
  it('reads the title, the dateline and the source line', () => {
    const { text, placed } = layOut([
      ['Today : Jun 15, 2024', 'dropped'],
      ['14 June 2024', 'dateline'],
      ['Ferry Service Returns', 'title'],
      ['The ferry returned on 13 June 2024.', 'body'],
      ['Original Source: https://www.harbour.example/ferry', 'dropped'],
    ]);
    expect(extractMetadata(text, placed)).toEqual({
      title: 'Ferry Service Returns',
      date: '2024-06-14',
      outlet: 'harbour.example',
      url: 'https://www.harbour.example/ferry',
    });
  });

  it('returns nulls when the text names nothing, and never takes a date from the body', () => {
    const { text, placed } = layOut([
      ['The ferry returned on 13 June 2024.', 'body'],
      ['Today : Jun 15, 2024', 'dropped'],
    ]);
    expect(extractMetadata(text, placed)).toEqual({ title: null, date: null, outlet: null, url: null });
  });

  it('removes a Markdown heading marker and joins a wrapped title into one line', () => {
    const { text, placed } = layOut([
      ['# Ferry Service Returns\n  After Winter Break', 'title'],
      ['Text.', 'body'],
    ]);
    expect(extractMetadata(text, placed)).toEqual({
      title: 'Ferry Service Returns After Winter Break',
      date: null,
      outlet: null,
      url: null,
    });
  });

  it('takes the outlet and the url from the first source lines that give them', () => {
    const { text, placed } = layOut([
      ['Text.', 'body'],
      ['Source: Harbour Gazette', 'dropped'],
      ['Source: https://other.example/story', 'dropped'],
      ['Source: Other Paper', 'dropped'],
    ]);
    expect(extractMetadata(text, placed)).toEqual({
      title: null,
      date: null,
      outlet: 'Harbour Gazette',
      url: 'https://other.example/story',
    });
  });

  it('ignores a source line that was kept as body text', () => {
    const { text, placed } = layOut([['Source: Harbour Gazette', 'body']]);
    expect(extractMetadata(text, placed)).toEqual({ title: null, date: null, outlet: null, url: null });
  });
});
