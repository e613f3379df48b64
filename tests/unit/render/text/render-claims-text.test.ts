import { describe, expect, it } from 'vitest';
import { renderClaimsText } from '../../../../src/render/text/render-claims-text.js';
import { makeFigureRow, makeFiguresAnswer } from '../../../support/slack-answer-fixtures.js';

describe('renderClaimsText', () => {
  it('gives one line per claim under its side and category, as the blocks do', () => {
    const row = makeFigureRow('A governor said about 300 soldiers were killed.', { claimant: 'a governor' });
    expect(renderClaimsText(makeFiguresAnswer([row]))).toEqual([
      'Claims at a glance',
      '  Killed · North Korean',
      '  • about 300 · a\u00a0governor · Sat 4 Jan 2025 (written “January 4”) · Field Notes From the Front',
    ]);
  });

  it('gives no lines when there are no figures', () => {
    expect(renderClaimsText(makeFiguresAnswer([]))).toEqual([]);
  });
});
