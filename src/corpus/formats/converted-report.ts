/**
 * A report read out of a web page or a PDF: its metadata as the original states it, and its text as
 * paragraphs (white space inside each collapsed to single spaces, nothing else changed). Plain data.
 * `renderConvertedText` turns it into the UTF-8 text file that is indexed and cited.
 */
export type ConvertedReport = {
  readonly title: string | null;
  readonly byline: string | null;
  readonly outlet: string | null;
  /** Publication date as an ISO date (YYYY-MM-DD), or null when the original does not say. */
  readonly date: string | null;
  /** The canonical address of the report, or null. */
  readonly url: string | null;
  readonly paragraphs: readonly string[];
};

/** A converted report, or the reason the original cannot be read as one (house message style). */
export type ConversionResult =
  | { readonly ok: true; readonly report: ConvertedReport }
  | { readonly ok: false; readonly reason: string };
