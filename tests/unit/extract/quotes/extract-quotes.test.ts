import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../src/extract/quotes/extract-quotes.js';
import type { Quote } from '../../../../src/extract/quotes/quote.js';
import { buildQuoteReport, type TestParagraph } from '../../../support/build-quote-report.js';

type Seen = Pick<Quote, 'text' | 'speakerAsWritten' | 'speaker' | 'speakerRole' | 'direct' | 'isCut'>;

function extract(paragraphs: readonly TestParagraph[]): Seen[] {
  const { report, sentences } = buildQuoteReport(paragraphs);
  return extractQuotes(report, sentences).map(({ text, speakerAsWritten, speaker, speakerRole, direct, isCut }) => ({
    text,
    speakerAsWritten,
    speaker,
    speakerRole,
    direct,
    isCut,
  }));
}

function said(text: string, asWritten: string | null, speaker: string | null, role: string | null = null): Seen {
  return { text, speakerAsWritten: asWritten, speaker, speakerRole: role, direct: true, isCut: false };
}

function paraphrased(text: string, asWritten: string, speaker: string, role: string | null = null): Seen {
  return { text, speakerAsWritten: asWritten, speaker, speakerRole: role, direct: false, isCut: false };
}

const LINE = 'We will hold the line';

describe('extractQuotes', () => {
  it.each<[string, TestParagraph[], Seen[]]>([
    ['straight marks', [`"${LINE}," Berg said.`], [said(LINE, 'Berg', 'Berg')]],
    ['curly marks', [`“${LINE},” Berg said.`], [said(LINE, 'Berg', 'Berg')]],
    ['single curly marks', [`‘${LINE},’ Berg said.`], [said(LINE, 'Berg', 'Berg')]],
    ['single straight marks', [`'${LINE},' Berg said.`], [said(LINE, 'Berg', 'Berg')]],
    ['a curly opening with a straight closing', [`“${LINE}," Berg said.`], [said(LINE, 'Berg', 'Berg')]],
    [
      'apostrophes inside a quote',
      ['“It’s the soldiers’ lives that matter, and Russia’s losses too,” Berg said.'],
      [said('It’s the soldiers’ lives that matter, and Russia’s losses too', 'Berg', 'Berg')],
    ],
    ['apostrophes without quotes', ['Berg’s aides feared the army’s losses would become the soldiers’ burden.'], []],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(extract(paragraphs)).toEqual(expected);
  });

  it.each<[string, TestParagraph[], Seen[]]>([
    ['"X," Berg said', [`"${LINE}," Berg said.`], [said(LINE, 'Berg', 'Berg')]],
    ['"X," Berg says', [`"${LINE}," Berg says.`], [said(LINE, 'Berg', 'Berg')]],
    ['"X," Berg told reporters', [`"${LINE}," Berg told reporters.`], [said(LINE, 'Berg', 'Berg')]],
    ['"X," Berg also noted', [`"${LINE}," Berg also noted.`], [said(LINE, 'Berg', 'Berg')]],
    ['"X," Berg wrote on Telegram', [`"${LINE}," Berg wrote on Telegram.`], [said(LINE, 'Berg', 'Berg')]],
    ['"X" — Berg explained', [`"${LINE}" — Berg explained.`], [said(LINE, 'Berg', 'Berg')]],
    ['"X," he added', ['Berg spoke on Monday.', `"${LINE}," he added.`], [said(LINE, 'he', 'Berg')]],
    [
      'an inverted "said Minister X"',
      [`“${LINE},” said Defence Minister Anna Kowalczyk.`],
      [said(LINE, 'Defence Minister Anna Kowalczyk', 'Anna Kowalczyk', 'Defence Minister')],
    ],
    [
      'an inverted "stated analyst X"',
      [`“${LINE},” stated Polish analyst Piotr Nowak.`],
      [said(LINE, 'Polish analyst Piotr Nowak', 'Piotr Nowak', 'Polish analyst')],
    ],
    ['"according to X" after', [`“${LINE},” according to Berg.`], [said(LINE, 'Berg', 'Berg')]],
    ['"According to X" before', [`According to Berg, “${LINE} for now.”`], [said(`${LINE} for now.`, 'Berg', 'Berg')]],
    ['a colon after a name', [`Berg: “${LINE}.”`], [said(`${LINE}.`, 'Berg', 'Berg')]],
    ['X said: "…"', [`Berg said: “${LINE}.”`], [said(`${LINE}.`, 'Berg', 'Berg')]],
    ['X pointed out, "…"', [`Berg pointed out, “${LINE}.”`], [said(`${LINE}.`, 'Berg', 'Berg')]],
    [
      'X emphasized …, remarking, "…"',
      [`Berg praised the unit, remarking, “${LINE}.”`],
      [said(`${LINE}.`, null, 'Berg')],
    ],
    [
      'X criticized …: "…" he stated',
      [`Berg criticized the delay: “This is unacceptable for our army,” he stated.`],
      [said('This is unacceptable for our army', 'he', 'Berg')],
    ],
    [
      'a name with an appositive role',
      [`Tomas Berg, the army spokesman, said: “${LINE}.”`],
      [said(`${LINE}.`, 'Tomas Berg, the army spokesman', 'Tomas Berg', 'army spokesman')],
    ],
    [
      'a role before the name',
      [`White House spokesperson Dana Reyes said: “${LINE}.”`],
      [said(`${LINE}.`, 'White House spokesperson Dana Reyes', 'Dana Reyes', 'White House spokesperson')],
    ],
    ['X called it a "…"', ['Berg called the offensive a “meat grinder”.'], [said('meat grinder', 'Berg', 'Berg')]],
    [
      '"…, adding that "…"" to the speaker of the first quote',
      [`“${LINE},” said Berg, adding that “the enemy is short of shells.”`],
      [said(LINE, 'Berg', 'Berg'), said('the enemy is short of shells.', null, 'Berg')],
    ],
    ['X, speaking in Y, said: "…"', [`Berg, speaking in Lviv, said: “${LINE}.”`], [said(`${LINE}.`, 'Berg', 'Berg')]],
    ['an institution', [`“${LINE},” the Pentagon said.`], [said(LINE, 'the Pentagon', 'Pentagon')]],
    [
      'an unnamed source',
      [`“${LINE},” a senior official said.`],
      [said(LINE, 'a senior official', 'a senior official', 'senior official')],
    ],
  ])('attributes %s', (_name, paragraphs, expected) => {
    expect(extract(paragraphs)).toEqual(expected);
  });

  it.each<[string, TestParagraph[], Seen[]]>([
    [
      'a police spokesman, and the quote that goes on after him',
      [`“${LINE},” a police spokesman told reporters. “Two cars were burned out overnight.”`],
      [
        said(LINE, 'a police spokesman', 'a police spokesman', 'police spokesman'),
        said('Two cars were burned out overnight.', null, 'a police spokesman', 'police spokesman'),
      ],
    ],
    [
      'two anonymous sources apart',
      [`“${LINE},” one campaign official said.`, `“We will not retreat at all,” another campaign official said.`],
      [
        said(LINE, 'one campaign official', 'one campaign official', 'campaign official'),
        said(
          'We will not retreat at all',
          'another campaign official',
          'another campaign official',
          'campaign official',
        ),
      ],
    ],
    [
      'past an appositive between the quote and its verb',
      [`“${LINE},” Jane Roe, a historian at Halden College, wrote.`],
      [said(LINE, 'Jane Roe', 'Jane Roe')],
    ],
    [
      'past a possessive appositive with no comma before the verb',
      [`“${LINE},” Mara Dunn, Ms. Hale’s lawyer wrote in an email.`],
      [said(LINE, 'Mara Dunn', 'Mara Dunn')],
    ],
    [
      'a longer attribution sentence after a quote that ends in a question mark',
      ['“Why would we hold the line now?” Jane Roe, a historian, asked in a column on Sunday morning.'],
      [said('Why would we hold the line now?', 'Jane Roe, a historian', 'Jane Roe', 'historian')],
    ],
    [
      'a whole name before "of" and a place',
      [`“${LINE},” Senator Lindsey Marsh of South Dakota told reporters.`],
      [said(LINE, 'Senator Lindsey Marsh of South Dakota', 'Lindsey Marsh', 'Senator')],
    ],
    [
      'the subject of a participle, not the appositive next to it',
      [
        `“${LINE},” Mayor Tomas Brandt said.`,
        'He promised to stand up to Berg, a fellow Dane, calling him a “bully” at the rally.',
      ],
      [said(LINE, 'Mayor Tomas Brandt', 'Tomas Brandt', 'Mayor'), said('bully', 'He', 'Tomas Brandt', 'Mayor')],
    ],
    [
      'whole names with particles and apostrophes',
      [`“${LINE},” Ursula van der Berg said.`, `“We will not retreat at all,” Sean O’Neill said.`],
      [
        said(LINE, 'Ursula van der Berg', 'Ursula van der Berg'),
        said('We will not retreat at all', 'Sean O’Neill', 'Sean O’Neill'),
      ],
    ],
    [
      'a name ending in a short word that is also an acronym, and a name joined to "al-"',
      [`“${LINE},” leader Park Jong Un said.`, `“We will not retreat at all,” President Karim al-Hassan said.`],
      [
        said(LINE, 'leader Park Jong Un', 'Park Jong Un', 'leader'),
        said('We will not retreat at all', 'President Karim al-Hassan', 'Karim al-Hassan', 'President'),
      ],
    ],
    [
      'a title of royalty before the name, and "bin" inside it',
      [`“${LINE},” Crown Prince Faisal bin Tamim said.`],
      [said(LINE, 'Crown Prince Faisal bin Tamim', 'Faisal bin Tamim', 'Crown Prince')],
    ],
    [
      'a pronoun past an unnamed person who is only the object of a clause',
      [
        'Tomas Brandt was chatting with a member of the staff when the blast threw him, he said. “We could not see anything at all,” he told reporters.',
      ],
      [said('We could not see anything at all', 'he', 'Tomas Brandt')],
    ],
    [
      '"the secretary-general" to the one secretary-general of the report',
      ['UN Secretary-General Ravi Osei met the envoy.', `“${LINE},” the secretary-general said.`],
      [said(LINE, 'the secretary-general', 'Ravi Osei', 'UN Secretary-General')],
    ],
    [
      'an anonymous source carried into "he added" across a paragraph break',
      [`“${LINE},” a police spokesman said.`, '“Two cars were burned out overnight,” he added.'],
      [
        said(LINE, 'a police spokesman', 'a police spokesman', 'police spokesman'),
        said('Two cars were burned out overnight', 'he', 'a police spokesman', 'police spokesman'),
      ],
    ],
    [
      'a speaker carried through reported speech into "she added"',
      [
        'Tomas Brandt met Anna Kowalczyk on Monday.',
        'Kowalczyk said the brigade had pulled back to the river.',
        '“Two cars were burned out overnight,” she added.',
      ],
      [
        paraphrased('the brigade had pulled back to the river', 'Kowalczyk', 'Anna Kowalczyk'),
        said('Two cars were burned out overnight', 'she', 'Anna Kowalczyk'),
      ],
    ],
    [
      '"the attorney" to the one attorney of the report',
      ['District Attorney Tomas Brandt met senators on Monday.', `“${LINE},” the attorney said.`],
      [said(LINE, 'the attorney', 'Tomas Brandt', 'District Attorney')],
    ],
    [
      'no appositive read in the next sentence after a quote that ends in a full stop',
      ['Mara Dunn called the plan “ridiculous.” Senator Jane Roe, who also spoke, said she “stands by it.”'],
      [said('ridiculous.', 'Mara Dunn', 'Mara Dunn'), said('stands by it.', 'Senator Jane Roe', 'Jane Roe', 'Senator')],
    ],
  ])('finds the speaker: %s', (_name, paragraphs, expected) => {
    expect(extract(paragraphs)).toEqual(expected);
  });

  it.each<[string, TestParagraph[], Seen[]]>([
    [
      'a show after a possessive',
      [`“${LINE},” Berg told NBC’s “Meet the Press” program.`],
      [said(LINE, 'Berg', 'Berg')],
    ],
    ['a paper after "the"', ['Berg spoke to the “Daily Courier” on Sunday.'], []],
    ['a show after "on"', ['Berg said on “Face the Nation” that the line would hold.'], []],
  ])('never quotes a title as words: %s', (_name, paragraphs, expected) => {
    expect(extract(paragraphs)).toEqual(expected);
  });

  it.each<[string, TestParagraph[], Seen[]]>([
    [
      'a pronoun to a person named earlier in the paragraph',
      [['Defence Minister Anna Kowalczyk visited the front.', `“${LINE},” she said.`]],
      [said(LINE, 'she', 'Anna Kowalczyk', 'Defence Minister')],
    ],
    [
      'a pronoun to a person named in the previous paragraph',
      ['Defence Minister Anna Kowalczyk visited the front on Monday.', `“${LINE},” she said.`],
      [said(LINE, 'she', 'Anna Kowalczyk', 'Defence Minister')],
    ],
    [
      'a pronoun two paragraphs past its person as unnamed',
      ['Defence Minister Anna Kowalczyk visited the front on Monday.', 'The weather was cold.', `“${LINE},” she said.`],
      [said(LINE, 'she', null)],
    ],
    [
      'a pronoun to the one of two people who speaks',
      [['Tomas Berg said Anna Kowalczyk had left the port.', `“${LINE},” he said.`]],
      [paraphrased('Anna Kowalczyk had left the port', 'Tomas Berg', 'Tomas Berg'), said(LINE, 'he', 'Tomas Berg')],
    ],
    [
      'a pronoun after the one who speaks and someone named in a later sentence as unnamed',
      [['Tomas Berg said the port was closed.', 'Anna Kowalczyk arrived later.', `“${LINE},” she said.`]],
      [paraphrased('the port was closed', 'Tomas Berg', 'Tomas Berg'), said(LINE, 'she', null)],
    ],
    [
      'a pronoun after two people who do not speak as unnamed',
      [['Tomas Berg met Anna Kowalczyk at the port.', `“${LINE},” she said.`]],
      [said(LINE, 'she', null)],
    ],
    [
      'a pronoun to the person in its own sentence before the previous paragraph',
      ['Tomas Berg spoke on Monday.', `Kowalczyk praised the crews: “${LINE},” she said.`],
      [said(LINE, 'she', 'Kowalczyk')],
    ],
    [
      'a pronoun past a paragraph that names no one to the speaker quoted there',
      ['Tomas Berg spoke on Monday.', `He added: “${LINE}.”`, '“The cranes are gone for good,” he said.'],
      [said(`${LINE}.`, 'He', 'Tomas Berg'), said('The cranes are gone for good', 'he', 'Tomas Berg')],
    ],
    [
      '"the U.S. president" never to a Ukrainian president',
      [['Ukrainian President Olena Marchenko met reporters.', `“${LINE},” the U.S. president said.`]],
      [said(LINE, 'the U.S. president', null, 'U.S. president')],
    ],
    [
      '"the Ukrainian president" to the Ukrainian president past a person who does not speak',
      [['Ukrainian President Olena Marchenko met Tomas Berg.', `“${LINE},” the Ukrainian president said.`]],
      [said(LINE, 'the Ukrainian president', 'Olena Marchenko', 'Ukrainian President')],
    ],
    [
      '"the president" past another person who speaks as unnamed',
      [
        'Ukrainian President Olena Marchenko met Tomas Berg.',
        'Berg told reporters the talks went well.',
        `“${LINE},” the president said.`,
      ],
      [said(LINE, 'the president', null, 'president')],
    ],
    [
      '"the minister" to the person with that title',
      [['Defence Minister Anna Kowalczyk met Tomas Berg in Lviv.', `“${LINE},” the minister said.`]],
      [said(LINE, 'the minister', 'Anna Kowalczyk', 'Defence Minister')],
    ],
    [
      '"the agency" to the institution named earlier',
      [['The State Border Service reported new crossings.', '“We see more groups every night,” the agency said.']],
      [said('We see more groups every night', 'the agency', 'State Border Service')],
    ],
    [
      'a pronoun past a person named inside the quote',
      [['Berg spoke to reporters.', '“Kowalczyk asked us to hold the line,” he said.']],
      [said('Kowalczyk asked us to hold the line', 'he', 'Berg')],
    ],
    [
      'a pronoun to the one anonymous source before it',
      [['Berg left early.', 'A senior official stayed behind.', '“We expect more attacks soon,” he said.']],
      [said('We expect more attacks soon', 'he', 'a senior official', 'senior official')],
    ],
    [
      'a surname to the fullest name and role in the report',
      ['Defence Minister Anna Kowalczyk visited Lviv.', `“${LINE},” Kowalczyk said.`],
      [said(LINE, 'Kowalczyk', 'Anna Kowalczyk', 'Defence Minister')],
    ],
    [
      'an unattributed quote after someone else is named as unnamed',
      [`“${LINE},” Berg said.`, 'Kowalczyk disagreed.', '“The harbour will stay closed for weeks.”'],
      [said(LINE, 'Berg', 'Berg'), said('The harbour will stay closed for weeks.', null, null)],
    ],
  ])('resolves %s', (_name, paragraphs, expected) => {
    expect(extract(paragraphs)).toEqual(expected);
  });

  it.each<[string, TestParagraph[], Seen[]]>([
    [
      'a quote split around its attribution into two parts with one speaker',
      [`“${LINE},” Berg said, “and we will not retreat.”`],
      [said(LINE, 'Berg', 'Berg'), said('and we will not retreat.', 'Berg', 'Berg')],
    ],
    [
      'a quote over several sentences as one quote',
      [['“The front is quiet.', 'The men are tired.', 'We need shells,” Berg said.']],
      [said('The front is quiet. The men are tired. We need shells', 'Berg', 'Berg')],
    ],
    [
      'a quote opened and never closed as cut',
      [`Berg said: “${LINE} until the`],
      [{ ...said(`${LINE} until the`, 'Berg', 'Berg'), isCut: true }],
    ],
    [
      'a quote continued in the next paragraph as not cut',
      [`Berg said: “${LINE}.`, '“And we will not retreat,” he added.'],
      [said(`${LINE}.`, 'Berg', 'Berg'), said('And we will not retreat', 'he', 'Berg')],
    ],
    [
      'an unattributed quote after a quote as the same speaker’s',
      [`“${LINE},” Berg said.`, '“Nobody will leave this town without a fight.”'],
      [said(LINE, 'Berg', 'Berg'), said('Nobody will leave this town without a fight.', null, 'Berg')],
    ],
    [
      'an unattributed quote inside a sentence as nobody’s',
      [`“${LINE},” Berg said.`, 'The town showed the film “The Long Road Home” that night.'],
      [said(LINE, 'Berg', 'Berg'), said('The Long Road Home', null, null)],
    ],
    ['a scare quote as no statement', ['The so-called “volunteers” arrived in October.'], []],
    ['a quoted title as no statement', ['The unit was nicknamed the “Wolves” by locals.'], []],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(extract(paragraphs)).toEqual(expected);
  });

  it.each<[string, TestParagraph[], Seen[]]>([
    [
      '"X noted that …"',
      ['Berg noted that the brigade had lost two tanks in the attack.'],
      [paraphrased('the brigade had lost two tanks in the attack', 'Berg', 'Berg')],
    ],
    [
      '"X emphasized … but acknowledged that …"',
      ['Kowalczyk emphasized the need for air defence but acknowledged that supplies were late.'],
      [paraphrased('the need for air defence but acknowledged that supplies were late', 'Kowalczyk', 'Kowalczyk')],
    ],
    [
      '"X mentioned …" without "that"',
      ['Berg mentioned earlier figures of losses were significantly lower.'],
      [paraphrased('earlier figures of losses were significantly lower', 'Berg', 'Berg')],
    ],
    [
      '"X told reporters on Monday that …"',
      ['Berg told reporters on Monday that the brigade had lost two tanks.'],
      [paraphrased('the brigade had lost two tanks', 'Berg', 'Berg')],
    ],
    [
      '"According to X, …"',
      ['According to Berg, the brigade had lost two tanks.'],
      [paraphrased('the brigade had lost two tanks', 'Berg', 'Berg')],
    ],
    [
      '"…, according to X"',
      ['The brigade had lost two tanks, according to Berg.'],
      [paraphrased('The brigade had lost two tanks', 'Berg', 'Berg')],
    ],
    [
      '"He added that …" resolved to a named person',
      [['Defence Minister Anna Kowalczyk visited Lviv.', 'She added that supplies would arrive next week.']],
      [paraphrased('supplies would arrive next week', 'She', 'Anna Kowalczyk', 'Defence Minister')],
    ],
    ['an institution’s statement as no reported speech', ['The ministry said the brigade had lost two tanks.'], []],
    ['an unnamed source’s statement as no reported speech', ['Officials said the brigade had lost two tanks.'], []],
  ])('keeps reported speech apart: %s', (_name, paragraphs, expected) => {
    expect(extract(paragraphs)).toEqual(expected);
  });

  it('gives each quote its offsets, passage and sentence ids', () => {
    const { report, sentences } = buildQuoteReport(
      [['Berg spoke.', `“${LINE},” he said, “and we will not retreat.”`]],
      {
        id: 'kyiv',
      },
    );
    expect(extractQuotes(report, sentences)).toEqual([
      {
        id: 'kyiv@13',
        reportId: 'kyiv',
        start: 13,
        end: 34,
        text: LINE,
        passageStart: 12,
        passageEnd: 72,
        sentenceIds: ['kyiv#1'],
        speakerAsWritten: 'he',
        speaker: 'Berg',
        speakerRole: null,
        direct: true,
        isCut: false,
      },
      {
        id: 'kyiv@47',
        reportId: 'kyiv',
        start: 47,
        end: 71,
        text: 'and we will not retreat.',
        passageStart: 12,
        passageEnd: 72,
        sentenceIds: ['kyiv#1'],
        speakerAsWritten: 'he',
        speaker: 'Berg',
        speakerRole: null,
        direct: true,
        isCut: false,
      },
    ]);
  });

  it('reads a hand-written report with split, continued and single-quoted quotes', () => {
    const text = readFileSync(
      new URL('../../../fixtures/reports/quote-split-and-continued.txt', import.meta.url),
      'utf8',
    );
    const paragraphs = text.trim().split(/\n\s*\n/);
    const role = 'Harbour master';
    expect(extract(paragraphs)).toEqual([
      said('The storm took three cranes', 'Kallas', 'Ines Kallas', role),
      said('and the night shift saw all of it.', 'Kallas', 'Ines Kallas', role),
      said('We will reopen the north berth first.', 'She', 'Ines Kallas', role),
      said('The south berth needs divers, and divers need calm water', 'she', 'Ines Kallas', role),
      said('It could be weeks', 'he', 'Ravi Osei', null),
    ]);
  });

  it('reads a hand-written transcript: turns are the labelled speaker’s words, questions are not statements', () => {
    const text = readFileSync(new URL('../../../fixtures/reports/quote-transcript.txt', import.meta.url), 'utf8');
    const [title = '', ...paragraphs] = text.trim().split(/\n\s*\n/);
    const { report, sentences } = buildQuoteReport(paragraphs, { title });
    const seen = extractQuotes(report, sentences).map((quote) => [quote.text, quote.speakerAsWritten, quote.speaker]);
    expect(seen).toEqual([
      ['Thanks, everyone, for joining us this afternoon.', 'MODERATOR', null],
      ['Good afternoon. The north berth reopens on Monday.', 'MS. KALLAS', 'Ines Kallas'],
      ['The south berth needs divers, and as the mayor said, “divers need calm water.”', 'MS. KALLAS', 'Ines Kallas'],
      ['He is not wrong. It could take months.', 'MS. KALLAS', 'Ines Kallas'],
    ]);
  });

  it('reads a hand-written report with a truncated quote', () => {
    const text = readFileSync(new URL('../../../fixtures/reports/quote-truncated.txt', import.meta.url), 'utf8');
    const paragraphs = text.trim().split(/\n\s*\n/);
    expect(extract(paragraphs)).toEqual([
      said('The bridge is gone, and the road is mined', 'Marta Ilves', 'Marta Ilves', 'Estonian Defence Minister'),
      {
        ...said('We are asking our partners for more', 'She', 'Marta Ilves', 'Estonian Defence Minister'),
        isCut: true,
      },
    ]);
  });
});
