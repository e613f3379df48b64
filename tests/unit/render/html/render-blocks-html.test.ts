import { describe, expect, it } from 'vitest';
import { renderBlocksHtml } from '../../../../src/render/html/render-blocks-html.js';

describe('renderBlocksHtml', () => {
  it('renders headers, sections, contexts and dividers, and leaves buttons out', () => {
    const blocks = [
      { type: 'header', text: { type: 'plain_text', text: 'Figures <&>' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*1.* “x”' } },
      {
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: 'claimed by *A*' },
          { type: 'mrkdwn', text: 'T · <https://v.example/read?a=1&amp;b=2|f.txt:1-2>' },
        ],
      },
      { type: 'divider' },
      { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Next' } }] },
      { type: 'section', fields: [{ type: 'plain_text', text: 'a<b' }] },
    ];
    expect(renderBlocksHtml(blocks)).toBe(
      [
        '<h2>Figures &lt;&amp;&gt;</h2>',
        '<p class="section"><b>1.</b> “x”</p>',
        '<p class="context">claimed by <b>A</b><br>\nT · <a href="https://v.example/read?a=1&amp;b=2">f.txt:1-2</a></p>',
        '<hr>',
        '<p class="section">a&lt;b</p>',
      ].join('\n'),
    );
  });

  it('renders nothing for what is not a block', () => {
    expect(renderBlocksHtml([null, 3, { type: 'section' }, { type: 'context', elements: 'x' }])).toBe('');
  });
});
