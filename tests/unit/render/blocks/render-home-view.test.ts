import { describe, expect, it } from 'vitest';
import type { HomeClaim, HomeSummary } from '../../../../src/answer/build-home-summary.js';
import { MAX_BLOCKS_IN_HOME } from '../../../../src/render/blocks/block-limits.js';
import { CITATION_MENU_ACTION_ID } from '../../../../src/render/blocks/render-citation-menu.js';
import {
  HOME_QUESTION_ACTION_PREFIX,
  HOME_QUESTIONS,
  renderHomeView,
} from '../../../../src/render/blocks/render-home-view.js';
import { makeExcerpt, makeFigureFacts } from '../../../support/slack-answer-fixtures.js';

function makeClaim(i: number): HomeClaim {
  return {
    ...makeExcerpt(`Officer ${i} said about 300 died.`, 'about 300'),
    figure: makeFigureFacts({ claimant: `Officer ${i}` }),
  };
}

function makeSummary(claimCount: number, reportCount = 2): HomeSummary {
  return {
    reportCount,
    sentenceCount: 40,
    latestDate: '2025-02-01',
    outsideReportCount: 0,
    followedLabel: 'North Korean',
    reports: Array.from({ length: reportCount }, (_, i) => ({
      file: `r${i}.txt`,
      title: i === 0 ? '<!channel> Title' : null,
      outlet: i === 0 ? 'Outlet' : null,
      date: i === 0 ? '2025-02-01' : null,
    })),
    categories:
      claimCount === 0
        ? []
        : [
            {
              kind: 'casualties',
              category: 'killed',
              subject: 'north_korean',
              subjectLabel: 'North Korean',
              claims: Array.from({ length: claimCount }, (_, i) => makeClaim(i)),
            },
          ],
    help: [{ usage: '/sources', description: 'Sources.', example: '/sources' }],
    fingerprint: 'f'.repeat(64),
  };
}

function texts(blocks: readonly unknown[]): string {
  return JSON.stringify(blocks);
}

describe('renderHomeView', () => {
  it('opens with the followed side and its newest claims, then the story’s latest reports, then the questions', () => {
    const view = renderHomeView({ ...makeSummary(1), outsideReportCount: 3 });
    expect(view.type).toBe('home');
    expect(view.blocks.map((block) => block.type)).toEqual([
      'header',
      'context',
      'section',
      'section',
      'divider',
      'header',
      'section',
      'context',
      'divider',
      'header',
      'actions',
      'section',
      'context',
    ]);
    expect(view.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Following North Korean forces', emoji: false },
    });
    const claim = view.blocks[3];
    expect(claim).toMatchObject({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: '• *about 300* · Officer\u00a00 · Sat 4 Jan 2025 (written “January 4”) · Field Notes From the Front',
      },
      accessory: { type: 'overflow', action_id: CITATION_MENU_ACTION_ID },
    });
    const all = texts(view.blocks);
    expect(all).toContain('*2* reports on the story · latest dated 2025-02-01 · *40* sentences in the folder');
    expect(all).toContain('• &lt;!channel&gt; Title · Outlet · 2025-02-01');
    expect(all).toContain('• r1.txt · undated');
    expect(all).toContain('3 other reports in the folder are not about the story.');
    expect(all).toContain('Corpus fingerprint `ffffffffffffffff`');
    const actions = view.blocks.find((block) => block.type === 'actions');
    expect(actions).toEqual({
      type: 'actions',
      elements: HOME_QUESTIONS.map(({ label, question }, i) => ({
        type: 'button',
        action_id: `${HOME_QUESTION_ACTION_PREFIX}${i}`,
        text: { type: 'plain_text', text: label, emoji: false },
        value: question,
      })),
    });
  });

  it('says "1 report", and "1 other report … is" for a single one', () => {
    const all = texts(renderHomeView({ ...makeSummary(1, 1), outsideReportCount: 1 }).blocks);
    expect(all).toContain('*1* report on the story');
    expect(all).toContain('1 other report in the folder is not about the story.');
  });

  it('stays within 100 blocks and says how many claims were left out', () => {
    const view = renderHomeView(makeSummary(120, 30));
    expect(view.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_IN_HOME);
    const shown = (texts(view.blocks).match(/· Officer\u00a0\d+ ·/g) ?? []).length;
    expect(shown).toBeGreaterThan(50);
    expect(texts(view.blocks)).toContain(`${120 - shown} more claims not shown here`);
    expect(texts(view.blocks)).toContain('…and 20 more: `/sources` lists every report.');
  });

  it('says a claim is undated rather than giving a date it does not have', () => {
    const summary = makeSummary(1);
    const claim = summary.categories[0]?.claims[0] as HomeClaim;
    const undated = {
      ...summary,
      categories: [
        {
          kind: 'casualties',
          category: 'killed',
          subject: 'north_korean',
          subjectLabel: 'North Korean',
          claims: [{ ...claim, figure: { ...claim.figure, date: null, dateText: null } }],
        },
      ],
    } as HomeSummary;
    expect(texts(renderHomeView(undated).blocks)).toContain('• *about 300* · Officer\u00a00 · undated ·');
  });

  it('says when no figures were found', () => {
    expect(texts(renderHomeView(makeSummary(0)).blocks)).toContain(
      'No North Korean casualty or troop figures were found',
    );
  });
});
