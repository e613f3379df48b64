import type { Report } from '../corpus/report.js';
import {
  CASUALTY_CATEGORIES,
  type Figure,
  type FigureCategory,
  type Population,
  TROOP_CATEGORIES,
} from '../extract/figures/figure.js';
import { labelSide, type SideLexicon } from '../extract/sides/side-lexicon.js';
import type { Sentence } from '../sentences/sentence.js';
import type { Excerpt, FigureGroup, FigureRow, SpreadEnd } from './answer.js';
import { buildExcerpt } from './build-citation.js';
import { buildComparableKey, classifyMeasure, readPopulation, readScopePlace } from './build-comparable-key.js';
import { rankSides } from './rank-sides.js';
import { toFigureFacts } from './to-figure-facts.js';

/** Where `groupFigures` finds each figure's report and sentence, and the corpus's sides and all its figures (for their order). */
export type FigureSources = {
  readonly figures: readonly Figure[];
  readonly lexicon: SideLexicon;
  readonly reportsById: ReadonlyMap<string, Report>;
  readonly sentencesById: ReadonlyMap<string, Sentence>;
};

const CATEGORY_ORDER: readonly FigureCategory[] = [...CASUALTY_CATEGORIES, ...TROOP_CATEGORIES];

/** A claim: the figure its row cites and every figure of the same statement. */
type ClaimRow = { readonly lead: Figure; readonly members: readonly Figure[] };

/**
 * Groups figures into rows and rows into groups of comparable claims.
 *
 * - Order: claim date descending (undated last), then report id, then position in the report.
 * - Groups: one per side and category, split by what is measured (`buildComparableKey`): the
 *   population counted (civilians, combatants, not said) and the place the sentence names ("in
 *   Gaza"; not said is its own group; the side's own country counts as not said: `readScopePlace`). "40 killed in Aleppo" and "300 killed in Idlib" are two groups.
 * - One statement, one row: figures are one row only when they are the same statement: the same
 *   figure as written (case aside: "over 3,000", not "more than 3,000"), bound, period and claim
 *   date, and claimants that agree (one names the other: "Zelensky" and "President Volodymyr
 *   Zelensky"), or neither names anyone and their source wordings agree the same way ("reports" and
 *   "recent reports", not "claims"). Another day, other wording or another claimant is another row;
 *   a figure with a claimant and one without are two rows (a row never lends a claimant to a
 *   sentence that names none). The row cites the newest figure; the others are `alsoIn`.
 * - `primary`: the followed side(s)' groups in category order; `others`: every other side, most
 *   figures first, side not stated last (`rankSides` over all the corpus's figures). Within a side
 *   and category: population not said first, then by name; place not said first, then by name.
 * - `spread`: when a group's totals differ, its lowest and highest total as written. Only totals
 *   are compared (`classifyMeasure`): vague figures, rates ("1,200 a day"), counts over a period
 *   ("1,000 in one week") and parts of a whole ("including 500 officers") are listed but never a
 *   spread end.
 *
 * Pure and deterministic.
 */
export function groupFigures(
  figures: readonly Figure[],
  sources: FigureSources,
): { readonly primary: FigureGroup[]; readonly others: FigureGroup[] } {
  // Each figure's comparable key, computed once (a side-name look-up per figure).
  const comparableKeys = new Map<Figure, string>();
  const keyOf = (figure: Figure): string => {
    let key = comparableKeys.get(figure);
    if (key === undefined) {
      key = buildComparableKey(figure, sources.lexicon);
      comparableKeys.set(figure, key);
    }
    return key;
  };
  const claims: Figure[][] = [];
  // Claims with the same key, in the order they were opened: a figure joins the first that fits.
  const claimsOfKey = new Map<string, Figure[][]>();
  for (const figure of [...figures].sort(compareClaimOrder)) {
    const key = claimKey(figure, keyOf(figure));
    const candidates = claimsOfKey.get(key) ?? [];
    const claim = candidates.find((members) => isSameClaim(members, figure));
    if (claim) claim.push(figure);
    else {
      const opened = [figure];
      claims.push(opened);
      candidates.push(opened);
      claimsOfKey.set(key, candidates);
    }
  }
  const rows = claims
    .flatMap((members) => (members[0] === undefined ? [] : [{ lead: members[0], members }]))
    .sort((a, b) => compareClaimOrder(a.lead, b.lead));
  // The rows of each side and category, in row order: one pass, not one per side and category.
  const rowsOf = new Map<string, Map<FigureCategory, ClaimRow[]>>();
  for (const row of rows) {
    const ofSubject = rowsOf.get(row.lead.subject) ?? new Map<FigureCategory, ClaimRow[]>();
    rowsOf.set(row.lead.subject, ofSubject);
    const own = ofSubject.get(row.lead.category);
    if (own === undefined) ofSubject.set(row.lead.category, [row]);
    else own.push(row);
  }
  const groups: FigureGroup[] = [];
  const ranking = rankSides(sources.figures, sources.lexicon);
  const unranked = [...rowsOf.keys()].filter((key) => !ranking.primary.includes(key) && !ranking.others.includes(key));
  for (const subject of [...ranking.primary, ...ranking.others, ...unranked.sort()]) {
    const ofSubject = rowsOf.get(subject);
    if (ofSubject === undefined) continue;
    for (const category of CATEGORY_ORDER) {
      const own = ofSubject.get(category);
      if (own === undefined) continue;
      for (const scope of listScopes(
        own.map(({ lead }) => lead),
        sources.lexicon,
        keyOf,
      )) {
        const scoped = own.filter(({ lead }) => keyOf(lead) === scope.key);
        groups.push({
          category,
          subject,
          subjectLabel: labelSide(sources.lexicon, subject),
          population: scope.population,
          place: scope.place,
          rows: scoped.map(({ lead, members }) => buildRow(lead, members, sources)),
          spread: buildSpread(scoped.map(({ lead }) => lead)),
        });
      }
    }
  }
  return {
    primary: groups.filter((group) => ranking.primary.includes(group.subject)),
    others: groups.filter((group) => !ranking.primary.includes(group.subject)),
  };
}

/** The comparable scopes of one side's figures of one category: not said first, then by name. */
function listScopes(
  figures: readonly Figure[],
  lexicon: SideLexicon,
  keyOf: (figure: Figure) => string,
): { readonly key: string; readonly population: Population | null; readonly place: string | null }[] {
  const scopes = new Map<
    string,
    { readonly key: string; readonly population: Population | null; readonly place: string | null }
  >();
  for (const figure of figures) {
    const key = keyOf(figure);
    if (!scopes.has(key))
      scopes.set(key, { key, population: readPopulation(figure), place: readScopePlace(figure, lexicon) });
  }
  return [...scopes.values()].sort(
    (a, b) => compareNullFirst(a.population, b.population) || compareNullFirst(a.place, b.place),
  );
}

function compareNullFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * True when a figure with the same claim key fits a claim: its claimant agrees with every member's,
 * and, unattributed, so does its source wording ("reports" and "claims" are two statements).
 */
function isSameClaim(members: readonly Figure[], figure: Figure): boolean {
  return members.every(
    (member) =>
      areClaimantsCompatible(member.claimant, figure.claimant) &&
      areClaimantsCompatible(member.attribution, figure.attribution),
  );
}

/** Two figures are one statement only with the same key: what is measured (`comparableKey`), the words, the bound, the period and the day. */
function claimKey(figure: Figure, comparableKey: string): string {
  return [
    comparableKey,
    figure.bound,
    figure.isRate,
    figure.isPart,
    figure.period?.toLowerCase() ?? '',
    figure.text.toLowerCase(),
    figure.date ?? '',
  ].join('|');
}

function areClaimantsCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
}

function buildRow(lead: Figure, members: readonly Figure[], sources: FigureSources): FigureRow {
  const others = members.filter((member) => member !== lead).sort(compareCitationOrder);
  return {
    ...excerptOf(lead, sources),
    figure: toFigureFacts(lead),
    alsoIn: others.map((member) => excerptOf(member, sources)),
    reportCount: new Set(members.map((member) => member.reportId)).size,
  };
}

function buildSpread(leads: readonly Figure[]): FigureGroup['spread'] {
  // A rate or a period count is not a total, and a part is not the whole: none is set against the totals.
  const numeric = leads.filter((figure) => classifyMeasure(figure) === 'total');
  const low = numeric.reduce<Figure | null>(
    (best, f) => (best === null || (f.value ?? 0) < (best.value ?? 0) ? f : best),
    null,
  );
  const high = numeric.reduce<Figure | null>((best, f) => (best === null || top(f) > top(best) ? f : best), null);
  if (low === null || high === null || (low.value ?? 0) >= top(high)) return null;
  return { low: spreadEnd(low), high: spreadEnd(high) };
}

function top(figure: Figure): number {
  return figure.valueMax ?? figure.value ?? 0;
}

function spreadEnd(figure: Figure): SpreadEnd {
  return { text: figure.text, claimant: figure.claimant, attribution: figure.attribution, period: figure.period };
}

function excerptOf(figure: Figure, sources: FigureSources): Excerpt {
  const report = sources.reportsById.get(figure.reportId);
  const sentence = sources.sentencesById.get(figure.sentenceId);
  if (report === undefined || sentence === undefined) {
    throw new Error(`Cannot cite figure "${figure.id}": its report or sentence is not in the index`);
  }
  return buildExcerpt(report, sentence, [{ start: figure.start, end: figure.end }]);
}

/** Newest claim first, undated last; then report id and position: a total order. */
function compareClaimOrder(a: Figure, b: Figure): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return compareCitationOrder(a, b);
}

function compareCitationOrder(a: Figure, b: Figure): number {
  if (a.reportId !== b.reportId) return a.reportId < b.reportId ? -1 : 1;
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
