import { describe, expect, it } from 'vitest';
import {
  CITATION_MENU_ACTION_ID,
  decodeCitationMenuValue,
  encodeCitationMenuValue,
  renderCitationMenu,
} from '../../../../src/render/blocks/render-citation-menu.js';
import { makeCitation } from '../../../support/slack-answer-fixtures.js';

describe('renderCitationMenu', () => {
  it('offers the citation and the excerpt with its citation, each carrying only the file and offsets', () => {
    const citation = makeCitation('Officials counted 300 dead.', { file: 'notes: a|b.txt' });
    expect(renderCitationMenu(citation)).toEqual({
      type: 'overflow',
      action_id: CITATION_MENU_ACTION_ID,
      options: [
        { text: { type: 'plain_text', text: 'Copy citation', emoji: false }, value: 'c:100-127:notes: a|b.txt' },
        {
          text: { type: 'plain_text', text: 'Copy excerpt and citation', emoji: false },
          value: 'q:100-127:notes: a|b.txt',
        },
      ],
    });
  });

  it('gives no menu when a value would pass Slack’s 150 characters', () => {
    expect(renderCitationMenu(makeCitation('x', { file: `${'f'.repeat(136)}.txt` }))).not.toBeNull();
    expect(renderCitationMenu(makeCitation('x', { file: `${'f'.repeat(137)}.txt` }))).toBeNull();
  });
});

describe('decodeCitationMenuValue', () => {
  it('reads back what encodeCitationMenuValue wrote, a file with colons included', () => {
    const value = { kind: 'excerpt', file: 'a:b:c.txt', start: 7, end: 90 } as const;
    expect(decodeCitationMenuValue(encodeCitationMenuValue(value))).toEqual(value);
    expect(decodeCitationMenuValue('c:0-5:x.txt')).toEqual({ kind: 'citation', file: 'x.txt', start: 0, end: 5 });
  });

  it.each([undefined, '', 'x:1-2:a.txt', 'c:5-5:a.txt', 'c:9-2:a.txt', 'c:1-2:', 'c:-1-2:a.txt', 'c:1-2a.txt'])(
    'rejects %j, a value Verbatim did not write',
    (encoded) => {
      expect(decodeCitationMenuValue(encoded)).toBeNull();
    },
  );
});
