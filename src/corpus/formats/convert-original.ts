import { convertHtml } from './convert-html.js';
import { convertPdf } from './convert-pdf.js';
import type { ConversionResult } from './converted-report.js';

/** The original formats read through a converted text file: web pages and PDFs. */
export const ORIGINAL_FILE = /\.(?:html?|pdf)$/iu;

/**
 * Converts an original (a `.html`/`.htm` page or a `.pdf`) to a report, by its file name's
 * extension: `convertHtml` over the bytes decoded as UTF-8 (invalid bytes replaced: the citations
 * point into the converted text, not the page), or `convertPdf`. Never throws.
 *
 * @example
 * await convertOriginal('brief.pdf', bytes) // { ok: true, report: { … } }
 */
export async function convertOriginal(fileName: string, bytes: Uint8Array): Promise<ConversionResult> {
  if (/\.pdf$/iu.test(fileName)) return convertPdf(bytes);
  if (/\.html?$/iu.test(fileName)) return convertHtml(new TextDecoder('utf-8').decode(bytes));
  return { ok: false, reason: 'file is neither a web page (.html, .htm) nor a PDF' };
}
