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
    ['how many north koreans were killed?', { command: 'casualties', args: 'killed north koreans' }],
    [
      'How many North Korean soldiers were killed, and who says so?',
      { command: 'casualties', args: 'killed north korean' },
    ],
    ['how many syrians died in aleppo?', { command: 'casualties', args: 'killed syrians' }],
    ['how many houthi rebels were killed', { command: 'casualties', args: 'killed houthi' }],
    ["what are ukraine's losses", { command: 'casualties', args: 'ukraine' }],
    ['how many civilians were killed', { command: 'casualties', args: 'killed' }],
    ['how many were wounded or captured', { command: 'casualties', args: 'wounded captured' }],
    ['what are the russian losses', { command: 'casualties', args: 'russian' }],
    ['north korean casualties', { command: 'casualties', args: 'north korean' }],
    ['how many troops were sent?', { command: 'troops', args: '' }],
    ['how many soldiers has North Korea deployed', { command: 'troops', args: '' }],
    ['how many additional troops are planned', { command: 'troops', args: 'additional planned' }],
    ["who said 'meat grinder'?", { command: 'who-said', args: 'meat grinder' }],
    ['Who said “cannon fodder”', { command: 'who-said', args: 'cannon fodder' }],
    ['who said we will respond', { command: 'who-said', args: 'we will respond' }],
    ['what did Kirby say?', { command: 'who-said', args: 'Kirby' }],
    ['What has John Kirby said about losses', { command: 'who-said', args: 'John Kirby' }],
    ['quotes from Zelensky', { command: 'who-said', args: 'Zelensky' }],
    ['which reports mention Storm Shadow?', { command: 'reports', args: 'Storm Shadow' }],
    ['what articles discuss the ICBM test', { command: 'reports', args: 'the ICBM test' }],
    ['list the sources', { command: 'sources', args: '' }],
    ['storm shadow missiles in Maryno', { command: 'reports', args: 'storm shadow missiles in Maryno' }],
    ['Is Pyongyang sending more equipment?', { command: 'reports', args: 'Is Pyongyang sending more equipment' }],
  ])('places the free question %j', (text, expected) => {
    expect(parseQuestion(text)).toEqual(expected);
  });

  it('gives the same question for the same text, run after run', () => {
    const text = '@verbatim how many North Korean troops were killed or captured?';
    expect(JSON.stringify(parseQuestion(text))).toBe(JSON.stringify(parseQuestion(text)));
  });
});
