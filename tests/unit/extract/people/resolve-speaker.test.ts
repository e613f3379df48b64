import { describe, expect, it } from 'vitest';
import type { SpeakerPhrase } from '../../../../src/extract/people/classify-speaker-run.js';
import { findMentions } from '../../../../src/extract/people/find-mentions.js';
import { readSpeakerPhrase } from '../../../../src/extract/people/read-speaker-phrase.js';
import { resolveSpeaker } from '../../../../src/extract/people/resolve-speaker.js';

/** Resolves the phrase right before " said" at the end of the text, against the text's mentions. */
function resolve(text: string) {
  const at = text.lastIndexOf(' said');
  const phrase: SpeakerPhrase | null = readSpeakerPhrase(text, at, { direction: 'backward', limit: 0 });
  return resolveSpeaker(phrase, { at: phrase?.start ?? at, mentions: findMentions(text) });
}

describe('resolveSpeaker', () => {
  it.each([
    [
      'a name to its fullest form and role',
      'Defence Minister Anna Kowalczyk left. Kowalczyk said',
      'Anna Kowalczyk',
      'Defence Minister',
    ],
    ['a pronoun to the only person named', 'Anna Kowalczyk visited the port. She said', 'Anna Kowalczyk', null],
    ['a pronoun between two people as unnamed', 'Tomas Berg met Anna Kowalczyk. She said', null, null],
    [
      'a pronoun to the only one of two people who speaks',
      'Tomas Berg said Anna Kowalczyk had left. He said',
      'Tomas Berg',
      null,
    ],
    [
      'a pronoun to the subject of its own sentence first',
      'Tomas Berg said it. Then Anna Kowalczyk said',
      'Anna Kowalczyk',
      null,
    ],
    ['a pronoun past a lone place name', 'Anna Kowalczyk visited Lviv. She said', 'Anna Kowalczyk', null],
    ['"they" to an institution', 'The State Border Service counted them. They said', 'State Border Service', null],
    [
      'a title to the person with that role',
      'Defence Minister Anna Kowalczyk met Tomas Berg. The minister said',
      'Anna Kowalczyk',
      'Defence Minister',
    ],
    ['a title no one has as unnamed', 'Tomas Berg left. The minister said', null, null],
    [
      'a title with a plain adjective to the one person with that title',
      'Tomas Brandt, the mayor of East Halden, spoke. The young mayor said',
      'Tomas Brandt',
      'mayor of East Halden',
    ],
    [
      'a nationality to the person of that nationality',
      'Russian President Pavel Ivanov arrived. Ukrainian President Olena Marchenko left. The Russian president said',
      'Pavel Ivanov',
      'Russian President',
    ],
    [
      'a nationality no one has as unnamed',
      'Ukrainian President Olena Marchenko met reporters. The U.S. president said',
      null,
      null,
    ],
    [
      'a nationality past a person who does not speak',
      'Ukrainian President Olena Marchenko met Tomas Berg. The Ukrainian president said',
      'Olena Marchenko',
      'Ukrainian President',
    ],
    [
      'a bare title past a person of unknown role who speaks as unnamed',
      'Ukrainian President Olena Marchenko met Tomas Berg. Berg told reporters it went well. The president said',
      null,
      null,
    ],
    [
      'a bare title with two people who hold it as unnamed',
      'Polish President Adam Nowak met Ukrainian President Olena Marchenko. The president said',
      null,
      null,
    ],
    [
      'one spelling of a title to another',
      'Spokesperson Lena Park met Tomas Berg. The spokesman said',
      'Lena Park',
      'Spokesperson',
    ],
    [
      'a generic institution to the one named before',
      'The State Border Service counted them. The agency said',
      'State Border Service',
      null,
    ],
    ['a named institution to itself', 'Berg left. The Pentagon said', 'Pentagon', null],
  ])('resolves %s', (_name, text, speaker, role) => {
    expect(resolve(text)).toEqual({ speaker, role });
  });

  it.each([
    ['an unnamed source to its label', 'Berg left. A senior official said', 'a senior official', 'senior official'],
    ['"one resident" to its label', 'The storm passed. One resident said', 'one resident', 'resident'],
    [
      'a pronoun to the one unnamed source',
      'Berg left. A senior official stayed. He said',
      'a senior official',
      'senior official',
    ],
    [
      '"the official" to the anonymous source named before',
      'A senior administration official spoke. The official said',
      'a senior administration official',
      'senior administration official',
    ],
    [
      'a definite role after an anonymous source under its own words',
      'One senior Senate aide spoke. The senior staffer said',
      'the senior staffer',
      'senior staffer',
    ],
  ])('resolves %s, as an anonymous source', (_name, text, speaker, role) => {
    expect(resolve(text)).toEqual({ speaker, role, isAnonymous: true });
  });

  it.each([
    ['plural sources', 'Berg left. Senior officials said'],
    ['a definite role with no anonymous source before it', 'Tomas Berg left. The spokesman said'],
  ])('leaves %s unnamed', (_name, text) => {
    expect(resolve(text)).toEqual({ speaker: null, role: null });
  });

  it('resolves an implied subject like "he"', () => {
    expect(resolveSpeaker(null, { at: 30, mentions: findMentions('Tomas Berg praised them, remarking') })).toEqual({
      speaker: 'Tomas Berg',
      role: null,
    });
  });
});
