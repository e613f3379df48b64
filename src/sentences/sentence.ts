/**
 * One sentence of a report: an exact slice of `Report.text`.
 *
 * Invariant: `report.text.slice(sentence.start, sentence.end) === sentence.text`, and the text has
 * no leading or trailing white space.
 */
export type Sentence = {
  /** `${reportId}#${ordinal}` */
  readonly id: string;
  readonly reportId: string;
  /** 0-based position of the sentence within its report. */
  readonly ordinal: number;
  /** Index into `report.blocks` of the body block (paragraph) the sentence belongs to. */
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
};

/** Builds a sentence id from its report id and ordinal. */
export function buildSentenceId(reportId: string, ordinal: number): string {
  return `${reportId}#${ordinal}`;
}
