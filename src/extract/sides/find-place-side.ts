import type { Subject } from '../figures/figure.js';
import { findSideNames } from './find-side-names.js';
import type { SideLexicon } from './side-lexicon.js';

/**
 * The one country a sentence names, else the one its report's title names, as the side of
 * civilians or people counted there with no side of their own: "killing at least 40 children" in a
 * report titled "… war in Ruritania" counts Ruritanian losses; "Ruritanian authorities said 2,430
 * people died" counts Ruritanian dead. Any mention counts here (a place, the claimant, a
 * demonym), because people hit where they live are that place's. Null when the sentence names two
 * countries or more, or none and the title names not exactly one. Deterministic.
 *
 * @example
 * findPlaceSide('The blast killed 12 people.', 'Bombing in Ruritania', lexicon); // 'ruritanian'
 */
export function findPlaceSide(text: string, title: string | null, lexicon: SideLexicon): Subject | null {
  return onlySide(text, lexicon) ?? (title === null ? null : onlySide(title, lexicon));
}

function onlySide(text: string, lexicon: SideLexicon): Subject | null {
  const sides = new Set(findSideNames(text, lexicon).map((name) => name.side.key));
  const [only] = sides;
  return sides.size === 1 && only !== undefined ? only : null;
}
