import { describe, expect, it } from 'vitest';
import { parseQuestion, type Question } from '../../../src/answer/parse-question.js';

describe('parseQuestion', () => {
  it.each<[string, Question]>([
    ['/reports storm shadow', { command: 'reports', args: 'storm shadow' }],
    ['  /REPORTS   storm shadow  ', { command: 'reports', args: 'storm shadow' }],
    ['/sources', { command: 'sources', args: '' }],
    ['/casualties', { command: 'casualties', args: '' }],
    ['/casualties killed since 2024-12-01', { command: 'casualties', args: 'killed since 2024-12-01' }],
    ['/troops additional', { command: 'troops', args: 'additional' }],
    ['/who-said meat grinder', { command: 'who-said', args: 'meat grinder' }],
    ['/verbatim who-said Kirby', { command: 'who-said', args: 'Kirby' }],
    ['/verbatim', { command: 'help', args: '' }],
    ['/verbatim help', { command: 'help', args: '' }],
    ['/verbatim reports kursk', { command: 'reports', args: 'kursk' }],
    ['reports kursk oblast', { command: 'reports', args: 'kursk oblast' }],
  ])('takes the command as written in %j', (text, expected) => {
    expect(parseQuestion(text)).toEqual(expected);
  });

  it.each<[string, Question]>([
    ['/weather today', { command: null, unknown: '/weather' }],
    ['/verbatim dance', { command: null, unknown: 'dance' }],
  ])('reports an unknown command in %j', (text, expected) => {
    expect(parseQuestion(text)).toEqual(expected);
  });

  it.each<[string, Question]>([
    ['@verbatim /reports storm shadow', { command: 'reports', args: 'storm shadow' }],
    ['<@U0123ABC> who said "meat grinder"?', { command: 'who-said', args: 'meat grinder' }],
    ['<@U0123ABC|verbatim>: /sources', { command: 'sources', args: '' }],
    ['@any.bot-name, help', { command: 'help', args: '' }],
  ])('strips a leading mention from %j', (text, expected) => {
    expect(parseQuestion(text)).toEqual(expected);
  });

  it.each<[string, Question]>([
    ['', { command: 'help', args: '' }],
    ['   ', { command: 'help', args: '' }],
    ['?', { command: 'help', args: '' }],
    ['help', { command: 'help', args: '' }],
    ['what can you do?', { command: 'help', args: '' }],
    ['list the sources', { command: 'sources', args: '' }],
    ['storm shadow missiles in Maryno', { command: 'reports', args: 'storm shadow missiles in Maryno' }],
    ['Is Pyongyang sending more equipment?', { command: 'reports', args: 'Is Pyongyang sending more equipment' }],
    ["who said 'meat grinder'?", { command: 'who-said', args: 'meat grinder' }],
    ['Who said “cannon fodder”', { command: 'who-said', args: 'cannon fodder' }],
    ['who said we will respond', { command: 'who-said', args: 'we will respond' }],
    ['what did Kirby say?', { command: 'who-said', args: 'Kirby' }],
    ['quotes from Zelensky', { command: 'who-said', args: 'Zelensky' }],
    ['which reports mention Storm Shadow?', { command: 'reports', args: 'Storm Shadow' }],
    ['what articles discuss the ICBM test', { command: 'reports', args: 'the ICBM test' }],
  ])('places the free question %j', (text, expected) => {
    expect(parseQuestion(text)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['how many north koreans were killed?', 'casualties', 'killed north koreans'],
    ['How many North Korean soldiers were killed, and who says so?', 'casualties', 'killed north korean'],
    ['how many syrians died in aleppo?', 'casualties', 'killed syrians in aleppo'],
    ['how many houthi rebels were killed', 'casualties', 'killed houthi'],
    ["what are ukraine's losses", 'casualties', 'ukraine'],
    ['how many civilians were killed', 'casualties', 'killed'],
    ['how many were wounded or captured', 'casualties', 'wounded captured'],
    ['what are the russian losses', 'casualties', 'russian'],
    ['north korean casualties', 'casualties', 'north korean'],
    ['how many troops were sent?', 'troops', ''],
    ['how many soldiers has North Korea deployed', 'troops', 'north korea'],
    ['how many additional troops are planned', 'troops', 'additional planned'],
    // Rule: every inflection and common misspelling of die, kill, wound, injure, casualty, death toll.
    ['how many Veldish fighters are dying?', 'casualties', 'killed veldish'],
    ['how many people died', 'casualties', 'killed'],
    ['how many did the storm kill', 'casualties', 'killed about storm'],
    ['how many were kiled', 'casualties', 'killed'],
    ['how many were killd or wonded', 'casualties', 'killed wounded'],
    ['how many were injured', 'casualties', 'wounded'],
    ['how many injuries were reported', 'casualties', 'wounded'],
    ['what is the death toll', 'casualties', 'killed'],
    ['how many casualities were there', 'casualties', ''],
    ['how many casulties', 'casualties', ''],
    // Rule: troop intent from send, deploy, mobilise/mobilize, call up, reservists.
    ['how many soldiers did Ostrava send?', 'troops', 'ostrava'],
    ['how many troops were mobilised', 'troops', ''],
    ['how many reservists were called up', 'troops', ''],
    ['has Ostrava deployed troops?', 'troops', 'ostrava'],
    // Rule: yes/no questions are answered from the figures of their category.
    ['has Brenland captured any Veldish soldiers?', 'casualties', 'captured veldish'],
    // Rule: the claimant, in its three forms.
    ['how many were killed according to the Interior Ministry?', 'casualties', 'killed according to interior ministry'],
    ['how many troops did Mara Velling say were sent?', 'troops', 'according to mara velling'],
    ['Velling claimed how many were wounded?', 'casualties', 'wounded according to velling'],
    // Rule: places, dates and periods, amounts and topic words.
    ['how many were killed in Port Avel in September?', 'casualties', 'killed in september in port avel'],
    ['how many were wounded since July 20?', 'casualties', 'wounded since july 20'],
    ['how many soldiers were killed last week?', 'casualties', 'killed last week'],
    ['how many were killed in the dam collapse?', 'casualties', 'killed about dam collapse'],
    // Rule: "who claimed N?" and "what is the N figure about?" ask for the figures with that value.
    ['who claimed 12,000?', 'casualties', '12,000'],
    ['what is the 1,500 figure about?', 'casualties', '1,500'],
    ['where does the 22 come from?', 'casualties', '22'],
    ['who else cites the 1,000 figure?', 'casualties', '1,000'],
    ['is the 3,000 estimate of Veldish losses still right?', 'casualties', '3,000 veldish'],
  ])('writes the free question %j as %s with the filter %j', (text, command, args) => {
    expect(parseQuestion(text)).toMatchObject({ command, args });
  });

  it('keeps every filter of a free question as plain data', () => {
    expect(
      parseQuestion('how many Veldish soldiers were killed in Port Avel since July 20 according to Velling?'),
    ).toEqual({
      command: 'casualties',
      args: 'killed since july 20 veldish in port avel according to velling',
      filters: {
        kind: 'casualties',
        categories: ['killed'],
        sides: ['veldish'],
        claimant: 'velling',
        places: ['port avel'],
        dates: ['since july 20'],
        numbers: [],
        topics: [],
        about: null,
        isYesNo: false,
      },
    });
  });

  it('reads "what did X say about Y" as X, with the filters of Y', () => {
    expect(parseQuestion('What has Mara Velling said about the dam casualties?')).toEqual({
      command: 'who-said',
      args: 'Mara Velling',
      filters: {
        kind: 'casualties',
        categories: [],
        sides: [],
        claimant: 'mara velling',
        places: [],
        dates: [],
        numbers: [],
        topics: ['dam'],
        about: 'the dam casualties',
        isYesNo: false,
      },
    });
  });

  it.each<[string, string]>([
    [`who said "the river's edge"?`, "the river's edge"],
    ["who said 'the river's edge'?", "the river's edge"],
    ['who said “we won’t leave” today?', 'we won’t leave'],
    ['who said ‘the river’s edge’?', 'the river’s edge'],
    [`who said "they called it 'hell' there"?`, "they called it 'hell' there"],
  ])('keeps apostrophes and quote marks inside the quoted phrase of %j', (text, phrase) => {
    expect(parseQuestion(text)).toEqual({ command: 'who-said', args: phrase });
  });

  it('gives the same question for the same text, run after run', () => {
    const text = '@verbatim how many North Korean troops were killed or captured?';
    expect(JSON.stringify(parseQuestion(text))).toBe(JSON.stringify(parseQuestion(text)));
  });
});
