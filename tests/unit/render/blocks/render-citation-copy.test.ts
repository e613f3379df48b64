import { describe, expect, it } from 'vitest';
import { renderCitationCopy } from '../../../../src/render/blocks/render-citation-copy.js';
import { makeCitation } from '../../../support/slack-answer-fixtures.js';

describe('renderCitationCopy', () => {
  it('posts the citation line as plain text, exactly as written, to copy', () => {
    const citation = makeCitation('A <!here> *count*\nof 300.', { title: 'Notes & <News>' });
    expect(renderCitationCopy(citation, 'citation')).toEqual({
      blocks: [
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'Citation to copy:', verbatim: true }] },
        {
          type: 'section',
          text: {
            type: 'plain_text',
            text: 'Notes & <News> · Test Gazette · 2025-01-05 · field-notes.txt:100-125',
            emoji: false,
          },
        },
      ],
      text: 'Notes &amp; &lt;News&gt; · Test Gazette · 2025-01-05 · field-notes.txt:100-125',
    });
  });

  it('puts the sentence in one pair of quotation marks before the citation', () => {
    const message = renderCitationCopy(makeCitation('Officials counted\n300 dead.'), 'excerpt');
    expect(message.blocks[1]).toMatchObject({
      text: {
        type: 'plain_text',
        text: '“Officials counted 300 dead.” — Field Notes From the Front · Test Gazette · 2025-01-05 · field-notes.txt:100-127',
      },
    });
  });

  it('splits a very long excerpt over sections of at most 3,000 characters', () => {
    const message = renderCitationCopy(makeCitation('word '.repeat(1500)), 'excerpt');
    const sections = message.blocks.filter((block) => block.type === 'section');
    expect(sections.length).toBe(3);
    for (const section of sections)
      expect(section.type === 'section' ? (section.text?.text.length ?? 0) : 0).toBeLessThanOrEqual(3000);
  });

  it('never splits a surrogate pair between two sections', () => {
    const citation = makeCitation(`“${'x'.repeat(2998)}😀 and more.`, { title: 't' });
    const sections = renderCitationCopy(citation, 'excerpt').blocks.filter((block) => block.type === 'section');
    const texts = sections.map((section) => (section.type === 'section' ? (section.text?.text ?? '') : ''));
    expect(texts[0]?.endsWith('x')).toBe(true);
    expect(texts[1]?.startsWith('😀')).toBe(true);
  });
});
