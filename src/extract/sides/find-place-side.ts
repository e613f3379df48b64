import type { Subject } from '../figures/figure.js';
import { findSideNames } from './find-side-names.js';
import type { SideLexicon } from './side-lexicon.js';

/**
 * The one country a sentence names, else the one its report's title names (else the one it names
 * after "in": "US role in Zubrowkan war in Ruritania" → Ruritanian), as the side of
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
  if (title === null) return onlySide(text, lexicon);
  return onlySide(text, lexicon) ?? onlySide(title, lexicon) ?? placeSide(title, lexicon);
}

/** The one country a title places its story in ("… war in Ruritania"), named after "in". */
function placeSide(title: string, lexicon: SideLexicon): Subject | null {
  return theOnly(
    findSideNames(title, lexicon)
      .filter((name) => /\bin\s+(?:the\s+)?$/i.test(title.slice(Math.max(0, name.start - 8), name.start)))
      .map((name) => name.side.key),
  );
}

function onlySide(text: string, lexicon: SideLexicon): Subject | null {
  return theOnly(findSideNames(text, lexicon).map((name) => name.side.key));
}

/** The one distinct key of a list, else null. */
function theOnly(keys: readonly Subject[]): Subject | null {
  const distinct = new Set(keys);
  const [only] = distinct;
  return distinct.size === 1 && only !== undefined ? only : null;
}
