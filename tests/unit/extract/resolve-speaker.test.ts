import { describe, expect, it } from 'vitest';
import type { SpeakerPhrase } from '../../../src/extract/classify-speaker-run.js';
import { findMentions } from '../../../src/extract/find-mentions.js';
import { readSpeakerPhrase } from '../../../src/extract/read-speaker-phrase.js';
import { resolveSpeaker } from '../../../src/extract/resolve-speaker.js';

/** Resolves the phrase right before " said" at the end of the text, against the text's mentions. */
function resolve(text: string) {
  const at = text.lastIndexOf(' said');
  const phrase: SpeakerPhrase | null = readSpeakerPhrase(text, at, { direction: 'backward', limit: 0 });
  return resolveSpeaker(phrase, phrase?.start ?? at, findMentions(text));
}

describe('resolveSpeaker', () => {
  it.each([
    [
      'a name to its fullest form and role',
      'Defence Minister Anna Kowalczyk left. Kowalczyk said',
      'Anna Kowalczyk',
      'Defence Minister',
    ],
    ['a pronoun to the nearest person', 'Tomas Berg met Anna Kowalczyk. She said', 'Anna Kowalczyk', null],
    ['a pronoun past a lone place name', 'Anna Kowalczyk visited Lviv. She said', 'Anna Kowalczyk', null],
    ['a pronoun to an unnamed source as unnamed', 'Berg left. A senior official stayed. He said', null, null],
    ['"they" to an institution', 'The State Border Service counted them. They said', 'State Border Service', null],
    [
      'a title to the person with that role',
      'Defence Minister Anna Kowalczyk met Tomas Berg. The minister said',
      'Anna Kowalczyk',
      'Defence Minister',
    ],
    ['a title no one has as unnamed', 'Tomas Berg left. The minister said', null, null],
    [
      'a generic institution to the one named before',
      'The State Border Service counted them. The agency said',
      'State Border Service',
      null,
    ],
    ['a named institution to itself', 'Berg left. The Pentagon said', 'Pentagon', null],
    ['an unnamed source as unnamed', 'Berg left. A senior official said', null, null],
  ])('resolves %s', (_name, text, speaker, role) => {
    expect(resolve(text)).toEqual({ speaker, role });
  });

  it('resolves an implied subject like "he"', () => {
    expect(resolveSpeaker(null, 30, findMentions('Tomas Berg praised them, remarking'))).toEqual({
      speaker: 'Tomas Berg',
      role: null,
    });
  });
});
