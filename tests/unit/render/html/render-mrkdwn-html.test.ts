import { describe, expect, it } from 'vitest';
import { renderMrkdwnHtml } from '../../../../src/render/html/render-mrkdwn-html.js';

describe('renderMrkdwnHtml', () => {
  it('turns links, bold, italics, code and line breaks into elements', () => {
    expect(renderMrkdwnHtml('*1.* “a *3,000* b” _Title_ · `x`\n<https://v.example/read?a=1&amp;b=2|f_g.txt:1-9>')).toBe(
      '<b>1.</b> “a <b>3,000</b> b” <i>Title</i> · <code>x</code><br>\n<a href="https://v.example/read?a=1&amp;b=2">f_g.txt:1-9</a>',
    );
  });

  it('keeps the entities the block renderers wrote, and escapes whatever is still raw', () => {
    expect(renderMrkdwnHtml('&lt;!here&gt; & "q" \'s\' <b>')).toBe(
      '&lt;!here&gt; &amp; &quot;q&quot; &#39;s&#39; &lt;b&gt;',
    );
  });

  it('shows a link to anything but http, https or a same-site path as its label only', () => {
    expect(renderMrkdwnHtml('<javascript:alert(1)|click> <//evil.example|x>')).toBe('click x');
  });

  it('shows a quotation line as a quotation mark', () => {
    expect(renderMrkdwnHtml('> “quoted”')).toBe('\u275D “quoted”');
  });
});
