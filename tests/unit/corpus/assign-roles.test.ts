import { describe, expect, it } from 'vitest';
import { assignRoles } from '../../../src/corpus/assign-roles.js';

describe('assignRoles', () => {
  it('takes the first headline before the first prose paragraph as the title', () => {
    expect(assignRoles(['chrome', 'headline', 'headline', 'prose', 'headline', 'prose'])).toEqual([
      'dropped',
      'title',
      'dropped',
      'body',
      'dropped',
      'body',
    ]);
  });

  it('takes a Markdown heading or a cut-short headline in the header as the title', () => {
    expect(assignRoles(['heading', 'prose'])).toEqual(['title', 'body']);
    expect(assignRoles(['truncated', 'prose'])).toEqual(['title', 'body']);
  });

  it('gives no title when the report starts with prose', () => {
    expect(assignRoles(['prose', 'headline', 'prose'])).toEqual(['body', 'dropped', 'body']);
  });

  it('takes the first bare date in the header as the dateline and never the copy date', () => {
    expect(assignRoles(['copy-date', 'chrome', 'date', 'headline', 'date', 'prose', 'date'])).toEqual([
      'dropped',
      'dropped',
      'dateline',
      'title',
      'dropped',
      'body',
      'dropped',
    ]);
  });

  it('prefers a date labelled as the publication date, wherever it is', () => {
    expect(assignRoles(['headline', 'date', 'prose', 'source', 'published-date'])).toEqual([
      'title',
      'dropped',
      'body',
      'dropped',
      'dateline',
    ]);
  });

  it('gives no dateline when the only date is a copy date or comes after the body starts', () => {
    expect(assignRoles(['copy-date', 'headline', 'prose', 'date'])).toEqual(['dropped', 'title', 'body', 'dropped']);
  });

  it('drops an author bio in the tail and keeps one followed by prose', () => {
    expect(assignRoles(['prose', 'bio', 'prose', 'source', 'bio', 'chrome'])).toEqual([
      'body',
      'body',
      'body',
      'dropped',
      'dropped',
      'dropped',
    ]);
  });

  it('drops a teaser list: headlines, cut-short lines and date stamps after the body', () => {
    expect(
      assignRoles(['prose', 'chrome', 'headline', 'headline', 'truncated', 'date', 'headline', 'prose', 'date']),
    ).toEqual(['body', 'dropped', 'dropped', 'dropped', 'dropped', 'dropped', 'dropped', 'dropped', 'dropped']);
  });

  it('keeps a cut-short paragraph between prose paragraphs or at the end of the body', () => {
    expect(assignRoles(['prose', 'truncated', 'prose', 'truncated'])).toEqual(['body', 'body', 'body', 'body']);
  });

  it('drops separators, chrome, link and source lines', () => {
    expect(assignRoles(['prose', 'separator', 'chrome', 'related', 'source'])).toEqual([
      'body',
      'dropped',
      'dropped',
      'dropped',
      'dropped',
    ]);
  });

  it('returns nothing for no paragraphs', () => {
    expect(assignRoles([])).toEqual([]);
  });
});
