import { describe, expect, it } from 'vitest';
import { findMessageLink, parseAddRequest } from '../../../../src/slack/intake/parse-add-request.js';

describe('parseAddRequest', () => {
  it.each([
    ['/verbatim add https://pier.example/a', { url: 'https://pier.example/a' }],
    ['add <https://pier.example/a|pier.example/a> please', { url: 'https://pier.example/a' }],
    ['  ADD   http://pier.example/b  ', { url: 'http://pier.example/b' }],
    ['/verbatim add', { url: null }],
    ['add', { url: null }],
    ['/verbatim add pier.example/a', { url: 'pier.example/a' }],
    ['add up the losses since May', null],
    ['add ftp://pier.example/a', { url: 'ftp://pier.example/a' }],
    ['/verbatim addition', null],
    ['/reports add', null],
    ['who-said add', null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseAddRequest(text)).toEqual(expected);
  });
});

describe('findMessageLink', () => {
  it.each([
    ['see <https://pier.example/a|this> and <https://pier.example/b>', 'https://pier.example/a'],
    ['<mailto:desk@pier.example|desk> <http://pier.example/c>', 'http://pier.example/c'],
    ['https://pier.example/plain', null],
    ['no link', null],
  ])('finds the link in %j', (text, expected) => {
    expect(findMessageLink(text)).toBe(expected);
  });
});
