/**
 * Writes `src/extract/sides/gazetteer.json` from the `world-countries` package (a dev dependency), with
 * the package's licence beside it. Run after upgrading the package:
 *
 *   npx tsx scripts/build-gazetteer.ts
 *
 * Each country becomes one side: a stable key (its English demonym in snake case, "north_korean"),
 * a display label (the demonym, "North Korean"), its names (common and official names, alternative
 * spellings that are not ambiguous) and its capitals (reports write "Moscow said" for a government).
 * Generic party nouns (militants, rebels, police, civilians, …) follow. The output is sorted, so the
 * same package version always gives the same bytes.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Country = {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca2: string;
  readonly altSpellings: readonly string[];
  readonly capital: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly m: string; readonly f: string } };
  readonly independent: boolean | null;
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = resolve(ROOT, 'node_modules/world-countries');
/** Usual English names the package does not list as alternative spellings. */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['US', 'U.S.', 'America'],
  GB: ['Britain', 'UK', 'U.K.'],
};
/**
 * Generic party nouns: who a figure counts when no country is named. `combatant` nouns count
 * fighters, `civilian` nouns count people outside the fighting.
 */
const PARTY_NOUNS = {
  combatant: [
    'soldier',
    'troop',
    'fighter',
    'militant',
    'rebel',
    'separatist',
    'insurgent',
    'reservist',
    'mercenary',
    'serviceman',
    'servicemen',
    'conscript',
    'recruit',
    'guerrilla',
    'jihadist',
    'gunman',
    'gunmen',
    'militiaman',
    'militiamen',
    'police',
    'policeman',
    'policemen',
    'officer',
  ],
  civilian: ['civilian', 'resident', 'child', 'children', 'villager', 'refugee', 'passenger', 'worker', 'student'],
};

const countries = JSON.parse(readFileSync(resolve(PACKAGE, 'countries.json'), 'utf8')) as Country[];
const commonWords = new Set(
  countries.flatMap((c) => (c.name.common.split(/\s+/).length > 1 ? c.name.common.split(/\s+/) : [])),
);
const sides = countries
  .filter((country) => country.demonyms?.eng !== undefined && country.demonyms.eng.m !== '')
  .map((country) => {
    const label = country.demonyms?.eng?.m ?? '';
    const names = new Set<string>([country.name.common, country.name.official, ...(EXTRA_NAMES[country.cca2] ?? [])]);
    for (const spelling of country.altSpellings) if (isUsableSpelling(spelling, country)) names.add(spelling);
    const demonyms = new Set([label, country.demonyms?.eng?.f ?? label]);
    return {
      key: toKey(label),
      label,
      names: [...names].sort(),
      demonyms: [...demonyms].sort(),
      capitals: [...country.capital].filter((capital) => /^[\p{L} .'-]+$/u.test(capital)).sort(),
      isIndependent: country.independent === true,
    };
  })
  // A demonym shared by a territory ("American") names the independent country.
  .sort((a, b) => Number(b.isIndependent) - Number(a.isIndependent) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
const seen = new Set<string>();
const unique = sides
  .filter((side) => !seen.has(side.key) && seen.add(side.key))
  .map(({ isIndependent: _, ...side }) => side)
  .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

writeFileSync(
  resolve(ROOT, 'src/extract/sides/gazetteer.json'),
  `${JSON.stringify({ source: `world-countries ${readVersion()}`, sides: unique, partyNouns: PARTY_NOUNS }, null, 1)}\n`,
);
copyFileSync(resolve(PACKAGE, 'LICENSE'), resolve(ROOT, 'src/extract/sides/gazetteer.LICENSE'));

/** Latin letters only, not the two-letter code, no "Korea, Republic of", not one word of another country's name. */
function isUsableSpelling(spelling: string, country: Country): boolean {
  if (!/^[A-Za-z .'-]+$/.test(spelling) || spelling === country.cca2 || spelling.includes(',')) return false;
  if (spelling.length < 3) return false;
  return !commonWords.has(spelling);
}

function toKey(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '_')
    .replace(/^_|_$/g, '');
}

function readVersion(): string {
  return (JSON.parse(readFileSync(resolve(PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
}
