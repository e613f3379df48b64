import type { FigureCategory, FigureKind } from '../extract/figures/figure.js';
import { lookUpSideName, type SideLexicon } from '../extract/sides/side-lexicon.js';
import type { FigureGroup, FigureNarrowing } from './answer.js';
import { type FigureFilter, parseFigureFilter } from './parse-figure-filter.js';

/** Claims a figures answer shows before it offers filters that would shrink it. */
export const MAX_UNNARROWED_CLAIMS = 6;

/**
 * The filters that would shrink a long figures answer, taken from its own groups (in the answer's
 * order): the side names a filter reads as that side (its label, lower-cased, when the lexicon
 * knows it as a name or demonym of that side) and the category names the filter parser reads as
 * that category (`findCategoryWord`), each offered only when there are two or more to choose from, so either one leaves some claims out. Null when the answer has
 * `MAX_UNNARROWED_CLAIMS` claims or fewer, when the filter already names a side or a category, or
 * when nothing would narrow it. The example puts the first side and the first category before the
 * filter as asked ("/casualties north korean killed according to kirby"), or after it when they
 * would not be read as a side and a category there. Deterministic.
 */
export function findNarrowingFilters(
  kind: FigureKind,
  filter: string,
  parsed: FigureFilter,
  groups: readonly FigureGroup[],
  lexicon: SideLexicon,
): FigureNarrowing | null {
  const claims = groups.reduce((sum, group) => sum + group.rows.length, 0);
  if (claims <= MAX_UNNARROWED_CLAIMS || parsed.subjects.length > 0 || parsed.categories.length > 0) return null;
  const sides: string[] = [];
  const categories: string[] = [];
  for (const group of groups) {
    const side = group.subjectLabel.toLowerCase();
    const name = lookUpSideName(lexicon, side);
    if (name !== null && name.kind !== 'alias' && name.side.key === group.subject && !sides.includes(side))
      sides.push(side);
    const word = findCategoryWord(group.category, lexicon);
    if (word !== null && !categories.includes(word)) categories.push(word);
  }
  const offeredSides = sides.length > 1 ? sides : [];
  const offeredCategories = categories.length > 1 ? categories : [];
  if (offeredSides.length === 0 && offeredCategories.length === 0) return null;
  const added = [offeredSides[0], offeredCategories[0]].filter((word): word is string => word !== undefined);
  const asked = filter.trim() === '' ? [] : [filter.trim()];
  // The added words go first; after the filter when it would swallow them ("officials north korean"
  // reads "north korean" as whose officials, not as a side).
  const example =
    [
      [...added, ...asked],
      [...asked, ...added],
    ].find((words) => readsAdded(words.join(' '), added.length, lexicon)) ?? added;
  return { sides: offeredSides, categories: offeredCategories, example: `/${kind} ${example.join(' ')}` };
}

/** True when the filter is read with as many sides and category words as were added to it. */
function readsAdded(filter: string, added: number, lexicon: SideLexicon): boolean {
  const read = parseFigureFilter(filter, lexicon);
  return read.subjects.length + Math.min(1, read.categories.length) === added;
}

/**
 * The category's own name as a filter word, when `parseFigureFilter` reads it as that category
 * first ("killed", "deployed"); null for the combined killed-or-wounded figures, which have no word
 * of their own ("killed" and "wounded" both select them).
 */
function findCategoryWord(category: FigureCategory, lexicon: SideLexicon): string | null {
  return parseFigureFilter(category, lexicon).categories[0] === category ? category : null;
}
