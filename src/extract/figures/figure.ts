/** Categories of casualty figures. */
export const CASUALTY_CATEGORIES = ['killed', 'wounded', 'killed_or_wounded', 'captured', 'missing'] as const;
/** Categories of troop (deployment) figures. */
export const TROOP_CATEGORIES = ['deployed', 'trained', 'additional', 'planned'] as const;

export type CasualtyCategory = (typeof CASUALTY_CATEGORIES)[number];
export type TroopCategory = (typeof TROOP_CATEGORIES)[number];
export type FigureCategory = CasualtyCategory | TroopCategory;
export type FigureKind = 'casualties' | 'troops';

/**
 * Whose losses or troops a figure is about: a side key of the corpus's side lexicon
 * (`buildSideLexicon`: "north_korean", or a party as written, "Houthi"), or `unknown`.
 */
export type Subject = string;

/**
 * How a qualifier bounds the number:
 * `lower` ("over", "more than", "at least", "surpassed"), `approximate` ("about", "around", "some"),
 * `upper` ("nearly", "up to", "as many as"), `range` ("10,000 to 12,000"), `exact` (no qualifier),
 * `vague` ("thousands", "several hundred": no number).
 */
export type FigureBound = 'lower' | 'approximate' | 'upper' | 'range' | 'exact' | 'vague';

/**
 * A casualty or troop figure found in one sentence. Offsets point into `Report.text`.
 * Plain data; `value` is null exactly when the amount is vague.
 */
export type Figure = {
  /** `${sentenceId}@${start}` */
  readonly id: string;
  readonly reportId: string;
  readonly sentenceId: string;
  readonly kind: FigureKind;
  /** Offsets of the figure as written (qualifier included) in `Report.text`, for marking. */
  readonly start: number;
  readonly end: number;
  /** The figure as written, qualifier included ("more than 11,000", "27-hundred", "thousands"). */
  readonly text: string;
  readonly value: number | null;
  /** Upper end of a range, else null. */
  readonly valueMax: number | null;
  /** The qualifier as written ("more than"), or null. */
  readonly qualifier: string | null;
  readonly bound: FigureBound;
  readonly category: FigureCategory;
  readonly subject: Subject;
  /**
   * Who makes the claim, as the report writes it: a person, office, ministry, government, agency or
   * named outlet ("Ukrainian President Volodymyr Zelensky", "U.S. officials"). Null when the figure
   * is unattributed: no one is named, or only a bare noun ("reports", "estimates", "officials").
   */
  readonly claimant: string | null;
  /** For an unattributed figure, the bare source wording as written ("reports", "estimates"); else null. */
  readonly attribution: string | null;
  /** The inner source a claimant cites, as written ("U.S. intelligence" in "Kirby, citing U.S. intelligence"), or null. */
  readonly claimantContext: string | null;
  /** ISO date of the claim (stated in the report, or the report's date), else null. */
  readonly date: string | null;
  /** The claim date as written in the report ("December 18, 2023"), or null when taken from the report date. */
  readonly dateText: string | null;
  /** The period a figure covers or a rate's period, as written ("a day", "over just the past week"), or null. */
  readonly period: string | null;
  /** True when the figure is a rate ("1,200 casualties a day"). */
  readonly isRate: boolean;
  /** True when the figure is a part of the one before it ("12,000 troops, including 500 officers"): never a spread end. */
  readonly isPart: boolean;
  /**
   * True when the figure's sentence is about an event outside the corpus's story (`findOutsideStoryReason`:
   * a year long before the report, or a settings outside word): left out of `/casualties` and `/troops`
   * unless asked for. Absent in figures built before the scope rule, read as false.
   */
  readonly isOutsideStory?: boolean;
  /** Why the figure is outside the story ("names 2005, 13 years before the report"), else null or absent. */
  readonly outsideReason?: string | null;
  /**
   * Where the counted people were, as the figure's sentence says it (`findFigurePlace`): "Gaza",
   * "Kherson" (from "in the Kherson region"), a gazetteer country's name ("Syria"); null when the
   * sentence does not say. Absent in figures built before the place rule, read as null.
   */
  readonly place?: string | null;
};
