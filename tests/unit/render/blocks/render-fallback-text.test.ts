import { describe, expect, it } from 'vitest';
import { renderFallbackText } from '../../../../src/render/blocks/render-fallback-text.js';

describe('renderFallbackText', () => {
  it('escapes control characters', () => {
    expect(renderFallbackText('<@U1> & co')).toBe('&lt;@U1&gt; &amp; co');
  });

  it('shortens past 3,000 characters with a note, never inside an entity', () => {
    const note = ' … (shortened here; the message shows the whole answer)';
    const text = renderFallbackText(`${'a'.repeat(2900)}${'&'.repeat(40)}`);
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text.endsWith(note)).toBe(true);
    expect(text.slice(0, -note.length)).toMatch(/^a{2900}(&amp;)+$/);
  });

  it('never sends an empty fallback', () => {
    expect(renderFallbackText('  ')).toBe('Verbatim');
  });
});
