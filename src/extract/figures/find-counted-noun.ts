import { DEMONYM_PLURALS } from '../sides/side-lexicon.js';
import type { FigureToken } from '../words/tokenize-figure-text.js';

/** What an amount counts, read from the noun after it. `military` and `people` are about people. */
export type CountedNoun =
  | 'military'
  | 'people'
  | 'weapon'
  | 'money'
  | 'distance'
  | 'area'
  | 'duration'
  | 'weight'
  | 'percent'
  | 'age'
  | 'thing'
  | 'place';

const WORDS: Readonly<Record<Exclude<CountedNoun, 'age'>, string>> = {
  military:
    'troops troop soldiers soldier servicemen serviceman servicemembers personnel fighters fighter mercenaries conscripts recruits marines commandos infantry infantrymen paratroopers sappers snipers reservists volunteers forces force combatants officers men warriors contingent strong militants militant rebels rebel separatists insurgents guerrillas jihadists gunmen militiamen policemen police',
  people:
    'people persons civilians workers labourers laborers prisoners pows captives children residents individuals casualties deaths dead bodies victims members defectors deserters citizens nationals refugees hostages fatalities lives villagers inhabitants families pupils students schoolchildren passengers worshippers worshipers pilgrims shoppers tourists patients migrants evacuees survivors babies infants women girls boys',
  weapon:
    'missiles missile rockets rocket shells shell rounds drones drone tanks tank vehicles vehicle howitzers guns gun launchers launcher systems aircraft jets jet planes plane helicopters ships ship vessels boats submarines munitions bombs bomb weapons weapon artillery mortars grenades mines containers trucks truck cars pieces satellites warheads bullets cartridges projectiles items barrels crates wagons equipment carriers',
  money:
    'dollars dollar euros euro pounds sterling yen won rubles roubles ruble rouble hryvnia hryvnias yuan francs usd eur gbp cents',
  distance:
    'km kilometers kilometres kilometer kilometre miles mile meters metres meter metre feet foot ft yards yard mm cm inches inch',
  area: 'square sq hectares hectare acres acre',
  duration:
    'seconds minutes minute hours hour days day weeks week months month years year decades decade centuries nights',
  weight: 'tonnes tons tonne ton kg kilograms kilos lbs',
  percent: 'percent pct',
  thing: 'times points votes pages words star units brigades battalions regiments divisions platoons squads',
  place:
    'countries country nations nation states cities city towns town villages village regions region provinces oblasts bases base camps camp sites site locations airfields airports ports settlements districts armies sides fronts allies partners',
};
/** Counted words, and every people the gazetteer names in the plural ("40 Syrians"). */
const LEXICON: ReadonlyMap<string, CountedNoun> = new Map([
  ...[...DEMONYM_PLURALS].map((word): [string, CountedNoun] => [word, 'people']),
  ...Object.entries(WORDS).flatMap(([noun, words]) =>
    words.split(' ').map((word) => [word, noun as CountedNoun] as const),
  ),
]);
/** Words that end the noun phrase after an amount: a preposition, a verb, a rate marker. */
const STOP = new Set(
  'a an per each every in to at on by from with into for across near and or but who which that than as have has had were was are is be been being will would could may might killed dead died wounded injured captured missing sent deployed dispatched'.split(
    ' ',
  ),
);
const MAX_WORDS = 5;

/**
 * Reads what the amount ending at `amountEnd` counts, from the words right after it (skipping up
 * to five modifiers: "12 British Storm Shadow missiles" → `weapon`, "3,000 North Korean troops" →
 * `military`; "28 European countries", "five military bases" → `place`; "armored personnel
 * carriers" → `weapon`). "-strong" → `military`, "-year-old" and "years old" → `age`, "%", "percent" and
 * "per cent" → `percent`. Returns null when no known noun follows before a preposition or verb
 * ("1,100 have been killed").
 */
export function findCountedNoun(
  text: string,
  tokens: readonly FigureToken[],
  amountEnd: number,
): { readonly noun: CountedNoun; readonly token: FigureToken } | null {
  const first = tokens.findIndex((token) => token.start >= amountEnd);
  if (first < 0) return null;
  let words = 0;
  for (let i = first; i < tokens.length && words < MAX_WORDS; i += 1) {
    const token = tokens[i];
    if (token === undefined) break;
    const next = tokens[i + 1];
    if (token.type === 'mark') {
      if (token.text === '%') return { noun: 'percent', token };
      if (/^[-\u2010\u2011+]$/.test(token.text) || token.text === "'") continue;
      return null;
    }
    if (token.type === 'digits') return null;
    words += 1;
    const lower = token.lower.replace(/'s$/, '');
    if (lower === 'per' && next?.lower === 'cent') return { noun: 'percent', token };
    if ((lower === 'year' || lower === 'years') && isOld(text, tokens, i)) return { noun: 'age', token };
    const noun = LEXICON.get(lower);
    // "200 United States troops": a capitalised place word is part of a name, not what is counted.
    if (noun === 'place' && /^\p{Lu}/u.test(token.text)) continue;
    if (noun === 'military' && isVehicle(tokens, i)) return { noun: 'weapon', token };
    if (noun !== undefined) return { noun, token };
    if (STOP.has(lower)) return null;
  }
  return null;
}

/** "armored personnel carriers", "troop transports": soldiers' words that name a vehicle. */
function isVehicle(tokens: readonly FigureToken[], index: number): boolean {
  const before = tokens[index - 1]?.lower ?? '';
  const after = tokens[index + 1];
  if (before === 'armored' || before === 'armoured') return true;
  return (
    after?.type === 'word' && after.start === (tokens[index]?.end ?? 0) + 1 && LEXICON.get(after.lower) === 'weapon'
  );
}

function isOld(text: string, tokens: readonly FigureToken[], index: number): boolean {
  const after = text.slice(tokens[index]?.end ?? 0, (tokens[index]?.end ?? 0) + 6);
  return /^[-\s]old\b/i.test(after);
}
