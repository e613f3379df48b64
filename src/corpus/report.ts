/**
 * A region of a report's text that the cleaner kept, as offsets into `Report.text`.
 *
 * - `title`: the headline line (not searched as a sentence; used as the report's title)
 * - `dateline`: a line that carries the publication date ("23 December 2024")
 * - `body`: a paragraph of the report itself; sentences are split from these only
 */
export type BlockKind = 'title' | 'dateline' | 'body';

/** One kept region: `report.text.slice(start, end)` is the block's exact text. */
export type Block = {
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
};

/**
 * A report file after decoding, cleaning and metadata extraction. Plain data, JSON-serialisable.
 *
 * `text` is the file's decoded text (UTF-8, a leading BOM removed, nothing else changed), so every
 * offset in a citation can be checked against the file. Cleaning never rewrites text: it only
 * chooses which `blocks` are the report.
 */
export type Report = {
  /** Stable id: the path relative to the corpus folder, POSIX separators, without the extension. */
  readonly id: string;
  /** Path relative to the corpus folder, POSIX separators ("sub/003_kursk.txt"). */
  readonly file: string;
  readonly title: string | null;
  /** Publication date as an ISO date (YYYY-MM-DD), or null when the report does not say. */
  readonly date: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly text: string;
  readonly blocks: readonly Block[];
  /** Size of the file in bytes. */
  readonly bytes: number;
  /** SHA-256 of the file's bytes, lowercase hex. */
  readonly hash: string;
};
