/**
 * A statement attributed to a speaker in one report. Offsets point into `Report.text`.
 *
 * `direct` quotes are the words between quote marks. Reported speech ("Austin noted that …")
 * has `direct: false`: it is the report's paraphrase and is never shown as the person's words.
 */
export type Quote = {
  /** `${reportId}@${start}` */
  readonly id: string;
  readonly reportId: string;
  /** Offsets of the quoted words (inside the marks) for direct quotes; of the statement for reported speech. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Offsets of the whole passage to cite: the sentence or sentences that hold the quote and its attribution. */
  readonly passageStart: number;
  readonly passageEnd: number;
  /** Ids of the sentences the passage covers, in order. */
  readonly sentenceIds: readonly string[];
  /** The speaker as written next to the quote ("He", "Defense Secretary Austin"), or null. */
  readonly speakerAsWritten: string | null;
  /** The resolved speaker's name as the report gives it at its fullest ("Volodymyr Zelensky"), or null. */
  readonly speaker: string | null;
  /** The speaker's role as the report gives it ("Ukrainian President"), or null. */
  readonly speakerRole: string | null;
  readonly direct: boolean;
  /** True when the quote was opened and never closed (a truncated copy). */
  readonly isCut: boolean;
};
