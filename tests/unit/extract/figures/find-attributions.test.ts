import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../../src/extract/figures/find-attributions.js';
import { buildFigureReport } from '../../../support/build-figure-report.js';

/** The claimants of the last sentence, as [written, claimant, type, form]. */
function attributionsOf(...sentences: string[]) {
  const built = buildFigureReport({ paragraphs: [sentences] });
  return findAttributions(built.sentences, sentences.length - 1).map((a) => [a.written, a.claimant, a.type, a.form]);
}

describe('findAttributions', () => {
  it.each([
    [
      "a study's authors, not the journal it appeared in",
      'In May, an Oslo study published in the Nordic Journal of Surgery estimated the toll at 812.',
      [['an Oslo study', 'an Oslo study', 'institution', 'verb']],
    ],
    [
      'who published a study, with a participle and no comma',
      'On Monday, Oslo researchers published a study estimating that about 900 deaths were missed.',
      [['Oslo researchers', 'Oslo researchers', 'source', 'verb']],
    ],
    [
      'a study noun before a clause "using …"',
      'A Nordic Radio analysis, using new data from the Health Office, calculated 310 excess deaths.',
      [['A Nordic Radio analysis', 'A Nordic Radio analysis', 'institution', 'verb']],
    ],
    [
      'a toll verb with an adverb before it',
      "Last week, the region's governor formally raised the death toll to 1,400.",
      [['governor', 'governor', 'source', 'verb']],
    ],
    [
      'a country as the speaker',
      'In March, Norway reported that more than 600 soldiers had been captured.',
      [['Norway', 'Norway', 'institution', 'verb']],
    ],
    [
      'an adverb such as "alone" after the speaker',
      'The Ruritanian government alone said 14 of its citizens were missing.',
      [['The Ruritanian government', 'The Ruritanian government', 'institution', 'verb']],
    ],
    [
      'police with their city',
      'Oslo police said they found 9 victims.',
      [['Oslo police', 'Oslo police', 'source', 'verb']],
    ],
    [
      'a body named by a possessive and lower-case words, before its verb',
      "Ruritania's civil protection agency reported 212 dead.",
      [["Ruritania's civil protection agency", "Ruritania's civil protection agency", 'institution', 'verb']],
    ],
    [
      'a body named by a possessive and lower-case words, after "according to"',
      "The quake killed 212, according to Ruritania's civil protection agency.",
      [["Ruritania's civil protection agency", "Ruritania's civil protection agency", 'institution', 'scope']],
    ],
    [
      'a newspaper at the end of the sentence',
      "Up to 90 people were killed, Ruritania's Daily Bugle newspaper reported.",
      [["Ruritania's Daily Bugle newspaper", "Ruritania's Daily Bugle newspaper", 'source', 'verb']],
    ],
  ])('reads %s', (_, sentence, expected) => {
    expect(attributionsOf(sentence)).toEqual(expected);
  });

  it.each([
    [
      '"according to X"',
      'According to Ukrainian estimates, 300 died.',
      [['Ukrainian estimates', 'Ukrainian estimates', 'source', 'scope']],
    ],
    [
      '"as reported by X"',
      'It passed 3,000, as reported by President Volodymyr Zelensky.',
      [['President Volodymyr Zelensky', 'President Volodymyr Zelensky', 'person', 'scope']],
    ],
    [
      '"X said"',
      'White House spokesman John Kirby said 1,000 died.',
      [['White House spokesman John Kirby', 'White House spokesman John Kirby', 'person', 'verb']],
    ],
    [
      '"X estimated that"',
      'The Pentagon estimated that 1,000 died.',
      [['The Pentagon', 'The Pentagon', 'institution', 'verb']],
    ],
    [
      '"X has confirmed"',
      'The ministry’s Defence Intelligence has confirmed 400 deaths.',
      [['The ministry’s Defence Intelligence', 'The ministry’s Defence Intelligence', 'institution', 'verb']],
    ],
    ['"X announced"', 'NATO announced 500 new troops.', [['NATO', 'NATO', 'institution', 'verb']]],
    [
      '"X estimate that"',
      'U.S. officials estimate that 11,000 are there.',
      [['U.S. officials', 'U.S. officials', 'source', 'verb']],
    ],
    [
      '"reports suggesting"',
      'It grew, with reports suggesting 3,000 more.',
      [['reports', 'reports', 'source', 'verb']],
    ],
    ['"reports of N"', 'It came amid reports of 500 deaths.', [['reports', 'reports', 'source', 'verb']]],
    [
      '"claims of N"',
      'It followed Ukrainian claims of 500 deaths.',
      [['Ukrainian claims', 'Ukrainian claims', 'source', 'verb']],
    ],
    [
      '"reports that"',
      'The Kremlin denied reports that 10,000 troops had arrived.',
      [['reports', 'reports', 'source', 'verb']],
    ],
    [
      '"officials who have indicated"',
      'Western officials who have indicated that 100 died.',
      [['Western officials', 'Western officials', 'source', 'verb']],
    ],
    [
      'the inverted "…, said X"',
      '“We lost 40,” said Andriy Kovalenko.',
      [['Andriy Kovalenko', 'Andriy Kovalenko', 'person', 'verb']],
    ],
    ['a name after a quote', '“We lost 40,” Kovalenko told reporters.', [['Kovalenko', 'Kovalenko', 'person', 'verb']]],
    [
      '"X cited"',
      'Envoy Maria Lind cited the transfer of 4,000 troops.',
      [['Envoy Maria Lind', 'Envoy Maria Lind', 'person', 'verb']],
    ],
    [
      'a weekday between the name and its verb',
      'Polish officials on Tuesday announced that 4,000 troops had arrived.',
      [['Polish officials', 'Polish officials', 'source', 'verb']],
    ],
    [
      'a date between the name and its verb',
      'Kovalenko on Dec. 5 said 400 died.',
      [['Kovalenko', 'Kovalenko', 'person', 'verb']],
    ],
    [
      '"last week" between the name and its verb',
      'Seoul lawmakers last week said 400 died.',
      [['Seoul lawmakers', 'Seoul lawmakers', 'source', 'verb']],
    ],
    [
      '"…, saying" after the sentence’s subject',
      'Defense Minister Piotr Nowak agreed on Monday, saying Warsaw knew of 2,500 troops.',
      [['Defense Minister Piotr Nowak', 'Defense Minister Piotr Nowak', 'person', 'verb']],
    ],
    [
      'the outer speaker of a nested "X said Y believes"',
      'Envoy Maria Lind said the ministry believes 900 sailors were sent.',
      [['Envoy Maria Lind', 'Envoy Maria Lind', 'person', 'verb']],
    ],
    [
      'the outer speaker of a nested "X said that Y now estimates"',
      'Defence Minister Ola Berg said that Norwegian officials now estimate 70 boats sank.',
      [['Defence Minister Ola Berg', 'Defence Minister Ola Berg', 'person', 'verb']],
    ],
    [
      'both speakers when the second is not the first one’s object',
      'Envoy Maria Lind said 900 sailors were sent, and the ministry believes 40 more followed.',
      [
        ['Envoy Maria Lind', 'Envoy Maria Lind', 'person', 'verb'],
        ['the ministry', 'the ministry', 'description', 'verb'],
      ],
    ],
    [
      'the outer body of a nested "the ministry said Y believes"',
      'The ministry said Norwegian officials believe 70 boats sank.',
      [['The ministry', 'The ministry', 'description', 'verb']],
    ],
    [
      'both speakers when the inner verb reports an event, not a belief',
      'Envoy Maria Lind said the ministry confirmed 400 deaths.',
      [
        ['Envoy Maria Lind', 'Envoy Maria Lind', 'person', 'verb'],
        ['the ministry', 'the ministry', 'description', 'verb'],
      ],
    ],
    [
      'a name before "professors"',
      'Oslo University professors calculated that 400 homes were lost.',
      [['Oslo University professors', 'Oslo University professors', 'institution', 'verb']],
    ],
    [
      'a name before "analysis"',
      'A Nordic Radio analysis estimated 400 deaths.',
      [['A Nordic Radio analysis', 'A Nordic Radio analysis', 'institution', 'verb']],
    ],
  ])('finds %s', (_name, sentence, expected) => {
    expect(attributionsOf(sentence)).toEqual(expected);
  });

  it.each([
    ['"reported killed"', 'Some 30 soldiers were reported killed.'],
    ['a noun before a comma', 'According to intelligence reports, 300 died.'],
    ['nothing', 'Some 300 soldiers died.'],
    ['a study that names no one', 'A new study estimated that 300 died.'],
    ['a country whose name ends in a verb-like word', 'The United States is sending 40 tanks.'],
    ['a first-person estimate', 'Our estimate is that 300 died.'],
    ['an opening phrase before "…, adding"', 'Ahead of the vote, the army sent 400 troops, adding to the 900 there.'],
  ])('finds no attribution by a verb for %s', (_name, sentence) => {
    expect(attributionsOf(sentence).filter(([, , , form]) => form === 'verb')).toEqual([]);
  });

  it('resolves "he said" to the person named in the nearest earlier sentence', () => {
    expect(
      attributionsOf('Ukrainian President Volodymyr Zelensky spoke on Monday.', 'He said 3,000 were killed.'),
    ).toEqual([['He', 'Ukrainian President Volodymyr Zelensky', 'person', 'verb']]);
  });

  it('resolves "according to him" past a sentence without a person', () => {
    expect(
      attributionsOf(
        'Kirby briefed reporters on Monday.',
        'The Pentagon said the front was calm.',
        'According to him, 300 died.',
      ),
    ).toEqual([['him', 'Kirby', 'person', 'scope']]);
  });

  it('resolves "the agency said" to the body named before', () => {
    expect(
      attributionsOf('The National Intelligence Service (NIS) said 100 died.', 'The agency said 200 more were hurt.'),
    ).toEqual([['The agency', 'The National Intelligence Service (NIS)', 'institution', 'verb']]);
  });

  it('resolves "it" to a body and never to a person', () => {
    expect(
      attributionsOf('Kirby and the Pentagon said 100 died.', 'It also estimated that 200 were captured.'),
    ).toEqual([['It', 'Kirby and the Pentagon', 'institution', 'verb']]);
  });

  it('keeps "the commander" as written when no earlier claimant is a commander', () => {
    expect(attributionsOf('Kirby said 100 died.', 'The commander said 300 were captured.')).toEqual([
      ['The commander', 'The commander', 'description', 'verb'],
    ]);
  });

  it('leaves "he said" unresolved when no earlier sentence names a person', () => {
    expect(attributionsOf('Estimates vary.', 'He said 300 died.')).toEqual([['He', null, 'pronoun', 'verb']]);
  });
});
