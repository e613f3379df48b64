import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../src/extract/people/find-mentions.js';
import { resolveTurnSpeaker } from '../../../../src/extract/people/resolve-turn-speaker.js';

const TITLE = 'Press Gaggle by Harbour Master Ines Kallas and Deputy Ravi Osei';

describe('resolveTurnSpeaker', () => {
  it.each([
    [
      'a surname with an honorific to the fullest name in the title',
      'MS. KALLAS',
      TITLE,
      '',
      'Ines Kallas',
      'Harbour Master',
    ],
    ['a hyphenated surname', 'MS. KALLAS-ROO', 'Remarks', 'Ines Kallas-Roo spoke.', 'Ines Kallas-Roo', null],
    ['a bare surname the report gives in full', 'OSEI', TITLE, '', 'Ravi Osei', 'Deputy'],
    ['a bare word the report never gives in full as unnamed', 'MODERATOR', TITLE, '', null, null],
    ['an unnamed official as unnamed', 'SENIOR ADMINISTRATION OFFICIAL', TITLE, '', null, null],
    [
      '"THE PRESIDENT" to the one president in the title',
      'THE PRESIDENT',
      'Remarks by President Marchenko After Arrival',
      'Olena Marchenko waved.',
      'Olena Marchenko',
      'President',
    ],
    [
      '"THE PRESIDENT" with two presidents in the title as unnamed',
      'THE PRESIDENT',
      'Remarks by President Marchenko and President Nowak',
      '',
      null,
      null,
    ],
    [
      '"THE PRESIDENT" never to a president only the questions name',
      'THE PRESIDENT',
      'Remarks in Lviv',
      'Q Did former President Nowak call?',
      null,
      null,
    ],
  ])('resolves %s', (_name, label, title, body, speaker, role) => {
    expect(resolveTurnSpeaker(label, { title, body: findMentions(body) })).toEqual({ speaker, role });
  });
});
