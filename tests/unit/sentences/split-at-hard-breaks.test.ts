import { describe, expect, it } from 'vitest';
import { splitAtHardBreaks } from '../../../src/sentences/split-at-hard-breaks.js';

describe('splitAtHardBreaks', () => {
  it.each<[string, string, string[]]>([
    ['a blank line', 'One para\n\nTwo para', ['One para', '\n\nTwo para']],
    ['a blank line holding spaces', 'One para\n  \t\nTwo', ['One para', '\n  \t\nTwo']],
    ['a blank line with CRLF', 'One para\r\n\r\nTwo', ['One para', '\r\n\r\nTwo']],
    ['a paragraph separator', 'One para\u2029Two para', ['One para', '\u2029Two para']],
    [
      'a list item',
      'We saw\n- tanks\n* drones\n• guns\n12. ships\n3) jets',
      ['We saw', '\n- tanks', '\n* drones', '\n• guns', '\n12. ships', '\n3) jets'],
    ],
    ['a Markdown heading', 'Intro text\n## Background\nMore', ['Intro text', '\n## Background', '\nMore']],
    ['a line ending with a colon', 'Related Sources:\nThe Times', ['Related Sources:', '\nThe Times']],
    [
      'a Title Case heading',
      'Kim Meets Putin in Moscow\nThe talks began',
      ['Kim Meets Putin in Moscow', '\nThe talks began'],
    ],
    [
      'a dateline',
      'Today : Dec 24, 2024\nWorld News\nKim spoke',
      ['Today : Dec 24, 2024', '\nWorld News', '\nKim spoke'],
    ],
    ['a hard wrap before a capital', 'troops crossed the\nBorder at night', ['troops crossed the\nBorder at night']],
    ['a hard wrap before a lower-case word', 'Kim Meets Putin\nin Moscow', ['Kim Meets Putin\nin Moscow']],
    ['a line ending a sentence (the sentence rules decide)', 'Kim Left.\nThe End', ['Kim Left.\nThe End']],
    ['a line ending a quoted sentence', 'He Said "Go."\nThe End', ['He Said "Go."\nThe End']],
    ['a dash that is not a list marker', 'troops crossed\n-the border', ['troops crossed\n-the border']],
    ['a trailing line break', 'Kim Meets Putin\n', ['Kim Meets Putin\n']],
  ])('cuts at %s', (_case, text, expected) => {
    expect(splitAtHardBreaks(text).map((range) => text.slice(range.start, range.end))).toEqual(expected);
  });

  it('cuts after a line too long to be a hard-wrapped line', () => {
    const paragraph = `${'the troops advanced '.repeat(11)}without a final stop`;
    const text = `${paragraph}\nThe next paragraph`;
    expect(splitAtHardBreaks(text)).toEqual([
      { start: 0, end: paragraph.length },
      { start: paragraph.length, end: text.length },
    ]);
  });

  it('returns one range for a text without line breaks, and for an empty text', () => {
    expect(splitAtHardBreaks('One sentence.')).toEqual([{ start: 0, end: 13 }]);
    expect(splitAtHardBreaks('')).toEqual([{ start: 0, end: 0 }]);
  });
});
