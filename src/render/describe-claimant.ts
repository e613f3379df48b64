import type { Figure } from '../extract/figures/figure.js';

/** The claimant fields a rendering reads; `claimantContext` is absent on a spread end. */
export type ClaimantFacts = Pick<Figure, 'claimant' | 'attribution'> & {
  readonly claimantContext?: string | null;
};

/**
 * Who claims a figure, by a fixed template around the words as written: "John Kirby", "John
 * Kirby, citing U.S. intelligence", "unattributed (reports)", "unattributed (reports), citing
 * Ukrainian intelligence". `toText` is applied to every piece taken from a report (mrkdwn in
 * Slack blocks, nothing in plain text). Returns null when the figure names no claimant and no
 * source wording: each rendering says that in its own words.
 *
 * @example
 * describeClaimant({ claimant: null, attribution: 'reports' }, (s) => s); // 'unattributed (reports)'
 */
export function describeClaimant(facts: ClaimantFacts, toText: (text: string) => string): string | null {
  const who =
    facts.claimant !== null
      ? toText(facts.claimant)
      : facts.attribution !== null
        ? `unattributed (${toText(facts.attribution)})`
        : null;
  if (who === null) return null;
  const context = facts.claimantContext ?? null;
  return context === null ? who : `${who}, citing ${toText(context)}`;
}
