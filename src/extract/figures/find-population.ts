import type { Population } from './figure.js';

/** Where a figure's amount is in its sentence: the amount and, when read, the end of its counted noun. */
export type PopulationSpan = { readonly start: number; readonly end: number; readonly nounEnd: number };

// Nouns for people who fight, and for people who do not. Police officers, victims, people, deaths,
// nationals ("40 Syrians") and workers say neither: precision first, they stay null.
const COMBATANT =
  /^(?:soldiers?|troops?|servicem[ae]n|servicewom[ae]n|servicemembers|fighters?|militants?|rebels?|insurgents?|combatants?|guerrillas?|mercenaries|jihadists?|gunmen|reservists?|conscripts?|recruits?|marines?|paratroopers?|commandos?|infantrymen|militiamen|sappers|snipers|sailors|airmen|military)$/i;
const CIVILIAN =
  /^(?:civilians?|children|child|kids|babies|infants|toddlers|schoolchildren|schoolgirls|schoolboys|pupils|students|residents|inhabitants|villagers|townspeople|passengers|commuters|worshippers|worshipers|churchgoers|pilgrims|shoppers|tourists|concertgoers|spectators|fans|bystanders|patients|refugees|migrants|farmers|fishermen|noncombatants|non-combatants|women|girls|boys|families|teachers|journalists|humanitarians)$/i;
/** Words that may stand in a noun phrase before its head ("40 Yemeni school", "3,000 North Korean"). */
const MODIFIER = /^(?:[\p{L}'’.-]+)$/u;
/** Words that end the noun phrase after the amount: a preposition, a verb, a conjunction. */
const STOP = new Set(
  'a an per each every in to at on by from with into for across near and or but who which that than as have has had were was are is be been being will would could may might said says'.split(
    ' ',
  ),
);
const MAX_WORDS = 5;
/** "civilian casualties of 300", "the military death toll rose to 1,200": the population before the cue. */
const BEFORE =
  /\b(civilian|military)\s+(?:death\s+toll|deaths|casualties|losses|fatalities|dead)\s+(?:(?:of|at|is|was|stood\s+at|rose\s+to|climbed\s+to|reached|to)\s+)?(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|almost|an\s+estimated)\s+)?$/i;

/**
 * Whether the people a figure counts are combatants or civilians, read precision first from its
 * own words: the noun phrase after the amount ("40 children", "3,000 North Korean troops",
 * "thousands of civilians", "12 civilian deaths"), then a population word just before it ("civilian
 * casualties of 300"). Returns null when neither says ("12 people", "22 victims", "killing 30"):
 * a party elsewhere in the sentence may be the attacker, so it is never read. Pure.
 *
 * @example
 * findPopulation('killing at least 40 children', { start: 17, end: 19, nounEnd: 28 }); // 'civilian'
 */
export function findPopulation(text: string, span: PopulationSpan): Population | null {
  const after = text.slice(span.end, Math.max(span.nounEnd, span.end + 80));
  const words = after.match(/[\p{L}'’.-]+|[^\s\p{L}]/gu) ?? [];
  let count = 0;
  for (const [i, word] of words.entries()) {
    const bare = word.replace(/['’]s$/u, '').replace(/\.$/, '');
    const lower = bare.toLowerCase();
    // "thousands of civilians", "dozens of the soldiers": the vague amount's "of" keeps the phrase.
    if (i === 0 && lower === 'of') continue;
    if (i === 1 && lower === 'the' && words[0]?.toLowerCase() === 'of') continue;
    if (lower === 'civilian') return 'civilian';
    if (COMBATANT.test(bare)) return 'combatant';
    if (CIVILIAN.test(bare)) return 'civilian';
    count += 1;
    if (STOP.has(lower) || !MODIFIER.test(word) || count >= MAX_WORDS) break;
  }
  const before = BEFORE.exec(text.slice(Math.max(0, span.start - 60), span.start));
  if (before === null) return null;
  return before[1]?.toLowerCase() === 'civilian' ? 'civilian' : 'combatant';
}
