import { describe, expect, it } from 'vitest';
import { renderCitationMenu } from '../../../../src/render/blocks/render-citation-menu.js';
import { renderFiguresBlocks } from '../../../../src/render/blocks/render-figures-blocks.js';
import { makeExcerpt, makeFigureRow, makeFiguresAnswer } from '../../../support/slack-answer-fixtures.js';

describe('renderFiguresBlocks', () => {
  it('renders the counts, the group with its spread, and each row with its claim and where else it appears', () => {
    const row = makeFigureRow('A governor said about 300 soldiers were killed.', {}, [
      makeExcerpt('Repeat.', undefined, { file: 'b.txt' }),
    ]);
    const answer = makeFiguresAnswer([row], {
      filter: 'killed',
      primary: [
        {
          category: 'killed',
          subject: 'north_korean',
          subjectLabel: 'North Korean',
          rows: [row],
          spread: {
            low: { text: 'about 300', claimant: 'a regional governor', attribution: null, period: null },
            high: { text: '1,000', claimant: null, attribution: 'estimates', period: 'in a week' },
          },
        },
      ],
    });
    const menu = renderCitationMenu(row.citation);
    expect(renderFiguresBlocks(answer)).toEqual([
      [
        { type: 'header', text: { type: 'plain_text', text: 'Casualty figures', emoji: false } },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '*1* figure from *1* report · filter “killed”', verbatim: true },
        },
      ],
      [
        { type: 'header', text: { type: 'plain_text', text: 'Claims at a glance', emoji: false } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: '*Killed · North Korean*\nClaims range from *about 300* (a regional governor) to *1,000* (unattributed (estimates), in a week)',
            verbatim: true,
          },
        },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: '• *about 300* · a\u00a0regional\u00a0governor · Sat 4 Jan 2025 (written “January 4”) · Field Notes From the Front',
            verbatim: true,
          },
          accessory: menu,
        },
      ],
    ]);
    // The cited sentences are the excerpts part, posted on request ("Show excerpts").
    expect(renderFiguresBlocks(answer, 'excerpts')).toEqual([
      [
        { type: 'header', text: { type: 'plain_text', text: 'Excerpts', emoji: false } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: '*Killed · North Korean*\nClaims range from *about 300* (a regional governor) to *1,000* (unattributed (estimates), in a week)',
            verbatim: true,
          },
        },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '“A governor said *about 300* soldiers were killed.”', verbatim: true },
          accessory: menu,
        },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: '*about 300* · claimed by a\u00a0regional\u00a0governor · as of Sat 4 Jan 2025 (written “January 4”)',
              verbatim: true,
            },
            {
              type: 'mrkdwn',
              text: 'Field Notes From the Front · Test Gazette · 2025-01-05 · field-notes.txt:100-147',
              verbatim: true,
            },
          ],
        },
        {
          type: 'context',
          elements: [
            { type: 'mrkdwn', text: 'Also in 1 other place (2 reports in all):', verbatim: true },
            {
              type: 'mrkdwn',
              text: 'Field Notes From the Front · Test Gazette · 2025-01-05 · b.txt:100-107',
              verbatim: true,
            },
          ],
        },
      ],
    ]);
  });

  it.each([
    [{ dateText: null, date: '2025-01-02' }, 'as of Thu 2 Jan 2025 (report date)'],
    [{ dateText: null, date: null }, 'undated'],
    [
      { claimant: null, period: 'a day', isRate: true },
      'claimant not stated · as of Sat 4 Jan 2025 (written “January 4”) · a day · a rate',
    ],
    [
      { claimant: null, attribution: 'reports' },
      '*about 300* · unattributed (reports) · as of Sat 4 Jan 2025 (written “January 4”)',
    ],
    [{ claimant: 'Kirby', claimantContext: 'U.S. intelligence' }, 'claimed by Kirby, citing U.S.\u00a0intelligence'],
  ])('states the claim facts %j', (figure, expected) => {
    const answer = makeFiguresAnswer([makeFigureRow('They said about 300 died.', figure)]);
    const context = renderFiguresBlocks(answer, 'excerpts')[0]?.at(-1);
    expect(JSON.stringify(context)).toContain(expected);
  });

  it('names a row its population only when its group mixes them', () => {
    const civilians = makeFigureRow('They said about 300 children died.', { population: 'civilian' });
    const soldiers = makeFigureRow('They said about 300 soldiers died.', { population: 'combatant' });
    const mixed = JSON.stringify(renderFiguresBlocks(makeFiguresAnswer([civilians, soldiers]), 'excerpts'));
    expect(mixed).toContain('*about 300* · civilians · claimed by a\u00a0regional\u00a0governor');
    expect(mixed).toContain('*about 300* · combatants · claimed by a\u00a0regional\u00a0governor');
    const same = JSON.stringify(renderFiguresBlocks(makeFiguresAnswer([soldiers, soldiers]), 'excerpts'));
    expect(same).not.toMatch(/combatants|civilians/);
  });

  it('says when no figure matches, under the troops header', () => {
    expect(renderFiguresBlocks(makeFiguresAnswer([], { command: 'troops', filter: '<x>' }))).toEqual([
      [
        { type: 'header', text: { type: 'plain_text', text: 'Troop figures', emoji: false } },
        { type: 'section', text: { type: 'mrkdwn', text: 'No figures match · filter “&lt;x&gt;”.', verbatim: true } },
      ],
    ]);
  });

  it('lists figures outside the story last, under their own header, and not without them', () => {
    const inStory = makeFigureRow('A governor said about 300 soldiers were killed.');
    const outside = makeFigureRow('In 1950, 400 soldiers were killed at the crossing.', { text: '400', value: 400 });
    const group = { category: 'killed' as const, subject: 'unknown', subjectLabel: 'Side not stated', spread: null };
    const withOutside = renderFiguresBlocks(
      makeFiguresAnswer([inStory], { outside: [{ ...group, rows: [outside] }] }),
      'excerpts',
    );
    const without = renderFiguresBlocks(makeFiguresAnswer([inStory]), 'excerpts');
    expect(withOutside.slice(0, -1)).toEqual(without);
    const last = withOutside.at(-1) ?? [];
    expect(last[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Outside the story', emoji: false } });
    expect(last[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*Killed · Side not stated*', verbatim: true },
    });
    expect(JSON.stringify(last.slice(2))).toContain('“In 1950, *400* soldiers were killed at the crossing.”');
    // Only outside figures: the first screen has the header and counts; the excerpts, the outside section alone.
    const onlyOutsideAnswer = makeFiguresAnswer([], { figureCount: 1, outside: [{ ...group, rows: [outside] }] });
    expect(renderFiguresBlocks(onlyOutsideAnswer)).toHaveLength(1);
    expect(renderFiguresBlocks(onlyOutsideAnswer, 'excerpts')).toEqual([last]);
  });
});
