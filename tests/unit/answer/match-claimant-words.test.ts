import { describe, expect, it } from 'vitest';
import { matchClaimantWords } from '../../../src/answer/match-claimant-words.js';

const WORDS = ['john', 'kirby', 'officials', 'interior', 'ministry', 'kirbo', 'velling', 'volodymyr'];

describe('matchClaimantWords', () => {
  it.each<[string, string[][], string[]]>([
    ['kirby', [['kirby']], []],
    ['kriby', [['kirby']], []],
    ['kirbi', [['kirbo', 'kirby']], []],
    ['vellign', [['velling']], []],
    ['volodimir', [['volodymyr']], []],
    ['volodimirr', [], ['volodimirr']],
    ['jon', [], ['jon']],
    ['harvard', [], ['harvard']],
  ])('matches %j', (word, matched, unmatched) => {
    expect(matchClaimantWords([word], WORDS)).toEqual({ matched, unmatched });
  });
});
