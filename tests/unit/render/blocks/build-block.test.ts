import { describe, expect, it } from 'vitest';
import {
  buildContexts,
  buildDivider,
  buildHeader,
  buildSections,
  countBlockText,
} from '../../../../src/render/blocks/build-block.js';

describe('buildHeader', () => {
  it('keeps a short header as it is', () => {
    expect(buildHeader('Sources')).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Sources', emoji: false },
    });
  });

  it('shortens a header past 150 characters with an ellipsis', () => {
    const text = buildHeader('x'.repeat(200)).text.text;
    expect(text).toBe(`${'x'.repeat(149)}…`);
  });
});

describe('buildSections', () => {
  it('makes one verbatim mrkdwn section of short text', () => {
    expect(buildSections('*hi*')).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*hi*', verbatim: true } },
    ]);
  });

  it('splits text past 3,000 characters at a line break, dropping nothing', () => {
    const first = 'a'.repeat(2000);
    const second = 'b'.repeat(2000);
    expect(buildSections(`${first}\n${second}`).map((block) => block.text?.text)).toEqual([first, second]);
  });

  it('splits one very long line hard, but not inside an entity', () => {
    const text = `${'a'.repeat(2998)}&amp;tail`;
    expect(buildSections(text).map((block) => block.text?.text)).toEqual(['a'.repeat(2998), '&amp;tail']);
  });
});

describe('buildContexts', () => {
  it('puts up to ten elements in a context block, skipping empty lines', () => {
    const lines = ['', ...Array.from({ length: 11 }, (_, i) => `line ${i}`)];
    expect(buildContexts(lines).map((block) => block.elements.length)).toEqual([10, 1]);
  });

  it('returns no block for no lines', () => {
    expect(buildContexts([])).toEqual([]);
  });
});

describe('buildDivider', () => {
  it('is a divider', () => {
    expect(buildDivider()).toEqual({ type: 'divider' });
  });
});

describe('countBlockText', () => {
  it('counts section, header and context text', () => {
    expect(
      countBlockText([buildHeader('abc'), ...buildSections('de'), ...buildContexts(['f', 'gh']), buildDivider()]),
    ).toBe(8);
  });
});
