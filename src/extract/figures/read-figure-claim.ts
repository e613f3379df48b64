import type { FigureToken } from '../words/tokenize-figure-text.js';
import type { Figure } from './figure.js';
import type { Attribution } from './find-attributions.js';
import { findCitedSource } from './find-cited-source.js';
import { isBareSource } from './is-bare-source.js';

/** Who claims a figure: the claimant fields of `Figure`. */
export type FigureClaim = Pick<Figure, 'claimant' | 'attribution' | 'claimantContext'>;

/** The sentence a figure is in, and who speaks it when it is a transcript turn. */
export type ClaimContext = {
  readonly text: string;
  readonly tokens: readonly FigureToken[];
  /**
   * The transcript turn the sentence belongs to: its speaker's name when the label resolves to one
   * ("MR. KIRBY" → "John Kirby"), else the label as written; null outside a transcript or in a
   * reporter's question.
   */
  readonly turn: { readonly speaker: string | null; readonly label: string } | null;
};

/**
 * Reads who makes the claim of a figure from the attribution `findClaimant` picked:
 * - a person or body named → the claimant, and the source it cites, if the sentence names one, as
 *   context ("Kirby, citing U.S. intelligence, said …" → Kirby, context "U.S. intelligence");
 * - a bare noun ("reports", "estimates", "officials" with no office or body, see `isBareSource`) →
 *   unattributed: no claimant, the wording kept as `attribution`, and any cited source as context;
 * - nothing found, in a transcript turn → the turn's speaker, whose own words these are ("MR.
 *   KIRBY: We assess 3,000 …"); a label that names no one ("SENIOR ADMINISTRATION OFFICIAL") is
 *   kept as the attribution;
 * - otherwise nothing.
 * Pure.
 */
export function readFigureClaim(found: Attribution | null, context: ClaimContext): FigureClaim {
  if (found === null || found.claimant === null) {
    if (context.turn === null) return { claimant: null, attribution: null, claimantContext: null };
    const { speaker, label } = context.turn;
    return { claimant: speaker, attribution: speaker === null ? label : null, claimantContext: null };
  }
  const cited = findCitedSource(context.text, context.tokens);
  const claimantContext = cited !== null && !found.claimant.includes(cited) ? cited : null;
  if (isBareSource(found.claimant)) return { claimant: null, attribution: found.claimant, claimantContext };
  return { claimant: found.claimant, attribution: null, claimantContext };
}
