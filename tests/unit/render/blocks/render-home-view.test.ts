import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { HomeClaim, HomeSummary } from '../../../../src/answer/build-home-summary.js';
import { MAX_BLOCKS_IN_HOME } from '../../../../src/render/blocks/block-limits.js';
import { renderHomeView } from '../../../../src/render/blocks/render-home-view.js';
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
  it('shows how to ask, what the corpus holds and the current figures with their claimants', () => {
    const view = renderHomeView(makeSummary(1));
    expect(view.type).toBe('home');
    expect(view.blocks.map((block) => block.type)).toEqual([
      'header',
      'section',
      'context',
      'divider',
      'header',
      'section',
      'context',
      'divider',
      'header',
      'context',
      'section',
      'section',
      'context',
    ]);
    const all = texts(view.blocks);
    expect(all).toContain('*2* reports · *40* sentences · latest report dated 2025-02-01');
    expect(all).toContain('• &lt;!channel&gt; Title · Outlet · 2025-02-01');
    expect(all).toContain('• r1.txt · undated');
    expect(all).toContain('Corpus fingerprint `ffffffffffffffff`');
    expect(all).toContain('*Officer 0:* “Officer 0 said *about 300* died.”');
    expect(all).toContain('*about 300* · as of Sat 4 Jan 2025 (written “January 4”)');
  });

  it('stays within 100 blocks and says how many claims were left out', () => {
    const view = renderHomeView(makeSummary(80, 30));
    expect(view.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS_IN_HOME);
    const last = view.blocks.at(-1) as KnownBlock;
    const shown = (texts(view.blocks).match(/\*Officer \d+:\*/g) ?? []).length;
    expect(JSON.stringify(last)).toContain(`${80 - shown} more claims not shown here`);
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
    expect(texts(renderHomeView(undated).blocks)).toContain('*about 300* · undated');
  });

  it('says when no figures were found', () => {
    expect(texts(renderHomeView(makeSummary(0)).blocks)).toContain(
      'No North Korean casualty or troop figures were found',
    );
  });
});
