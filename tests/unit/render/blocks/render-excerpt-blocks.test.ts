import { describe, expect, it } from 'vitest';
import { renderCitationMenu } from '../../../../src/render/blocks/render-citation-menu.js';
import { renderCitationLine, renderExcerptBlocks } from '../../../../src/render/blocks/render-excerpt-blocks.js';
import { makeCitation, makeExcerpt } from '../../../support/slack-answer-fixtures.js';

describe('renderExcerptBlocks', () => {
  it('quotes the sentence with its mark in bold, then the facts and the citation in a context', () => {
    const excerpt = makeExcerpt('Officials counted 300 dead.', '300');
    expect(renderExcerptBlocks(excerpt, { lead: '*1.*', facts: ['claimed by *Olsen*'] })).toEqual([
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '*1.* “Officials counted *300* dead.”', verbatim: true },
        accessory: renderCitationMenu(excerpt.citation),
      },
      {
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: 'claimed by *Olsen*', verbatim: true },
          {
            type: 'mrkdwn',
            text: 'Field Notes From the Front · Test Gazette · 2025-01-05 · field-notes.txt:100-127',
            verbatim: true,
          },
        ],
      },
    ]);
  });

  it('splits a sentence longer than a section over several sections, quoted once', () => {
    const sentence = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ');
    const blocks = renderExcerptBlocks(makeExcerpt(sentence));
    const texts = blocks.flatMap((block) => (block.type === 'section' ? [block.text?.text ?? ''] : []));
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.every((text) => text.length <= 3000)).toBe(true);
    expect(texts.join(' ')).toBe(`“${sentence}”`);
  });
});

describe('renderExcerptBlocks: quotation marks', () => {
  it('shows a sentence with quotation marks of its own as a block quote, never in a second pair', () => {
    const excerpt = makeExcerpt('“It is a meat grinder,” she said.', 'meat grinder');
    const [first] = renderExcerptBlocks(excerpt, { lead: '*Mara Velling*', hasMenu: false });
    expect(first).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*Mara Velling*\n>“It is a *meat grinder*,” she said.', verbatim: true },
    });
  });

  it('block-quotes every piece of a long sentence that has its own quotation marks', () => {
    const sentence = `“${Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ')},” he said.`;
    const blocks = renderExcerptBlocks(makeExcerpt(sentence));
    const texts = blocks.flatMap((block) => (block.type === 'section' ? [block.text?.text ?? ''] : []));
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.every((text) => text.startsWith('>“') || text.startsWith('>w'))).toBe(true);
    expect(texts.join('').includes('““')).toBe(false);
  });
});

describe('renderCitationLine', () => {
  it('escapes report metadata and says what is unknown', () => {
    const citation = makeCitation('x', { title: '<!here> News', outlet: null, date: null, file: 'a_b.txt' });
    expect(renderCitationLine(citation)).toBe('&lt;!here&gt; News · outlet unknown · undated · a_b.txt:100-101');
  });
});

describe('renderCitationLine with the reader on', () => {
  it('links file:start-end to the reader and adds the original, both escaped', () => {
    const citation = makeCitation('x', {
      title: 'A_b *c*',
      file: 'a_b.txt',
      link: { reader: 'https://v.example/read?r=a&s=100#s100-101', original: 'https://o.example/x_y?a=1&b=2' },
    });
    expect(renderCitationLine(citation)).toBe(
      'A_b ∗c∗ · Test Gazette · 2025-01-05 · <https://v.example/read?r=a&amp;s=100#s100-101|a_b.txt:100-101> · <https://o.example/x_y?a=1&amp;b=2|https://o.example/x_y?a=1&amp;b=2>',
    );
  });

  it('adds no original for a report without a URL', () => {
    const citation = makeCitation('x', { link: { reader: 'https://v.example/read', original: null } });
    expect(renderCitationLine(citation)).toBe(
      'Field Notes From the Front · Test Gazette · 2025-01-05 · <https://v.example/read|field-notes.txt:100-101>',
    );
  });
});
