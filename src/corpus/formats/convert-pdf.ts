import type { getDocumentProxy } from 'unpdf';
import { collapseWhiteSpace } from './collapse-white-space.js';
import type { ConversionResult } from './converted-report.js';
import { readIsoDate } from './read-iso-date.js';

/** A text run as PDF.js reports it: its string, whether a line ends after it, and its position. */
type TextRun = { readonly str: string; readonly hasEOL: boolean; readonly transform: readonly number[] };

/** The one line PDF.js prints to the console when its module is first evaluated in Node. */
const PDFJS_LOAD_WARNING = 'Warning: Please use the `legacy` build in Node.js environments.';

/** A line gap this many times the usual one (or more) starts a new paragraph. */
const PARAGRAPH_GAP = 1.5;

/**
 * Reads a PDF as a report with PDF.js (through `unpdf`, its serverless build: no browser, no canvas,
 * no worker thread): the text of every page as paragraphs, the document's `Title` as the title and
 * its `CreationDate` as the date (the calendar day written there), when set. A line starts a new
 * paragraph when the gap above it is at least 1.5 times the page's usual line gap; lines of one
 * paragraph are joined with a space (a word broken with a hyphen at a line end stays as printed).
 *
 * Returns `{ ok: false }` with a fixed reason for bytes PDF.js cannot open (not a PDF, a password)
 * or a PDF without text (a scan). Never throws. Deterministic: the same bytes always give the same report.
 *
 * @example
 * await convertPdf(bytes) // { ok: true, report: { title: 'Harbour report', date: '2024-12-23', paragraphs: [...] } }
 */
export async function convertPdf(bytes: Uint8Array): Promise<ConversionResult> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // Rule: PDF.js takes ownership of the buffer it is given, so it gets a copy.
    const { getDocumentProxy } = await importUnpdf();
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error: unknown) {
    return { ok: false, reason: describePdfError(error) };
  }
  try {
    const paragraphs: string[] = [];
    for (let page = 1; page <= pdf.numPages; page++) {
      const content = (await (await pdf.getPage(page)).getTextContent()) as { items: readonly unknown[] };
      paragraphs.push(...groupParagraphs(content.items.filter(isTextRun)));
    }
    if (paragraphs.length === 0) return { ok: false, reason: 'PDF has no text (a scanned page needs OCR first)' };
    const { info } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
    const title = typeof info['Title'] === 'string' ? collapseWhiteSpace(info['Title']) : '';
    const created = typeof info['CreationDate'] === 'string' ? info['CreationDate'] : '';
    return {
      ok: true,
      report: { title: title || null, byline: null, outlet: null, date: readIsoDate(created), url: null, paragraphs },
    };
  } catch (error: unknown) {
    return { ok: false, reason: describePdfError(error) };
  } finally {
    await pdf.destroy();
  }
}

/**
 * Imports unpdf (cached by Node after the first time). PDF.js prints a warning with `console.log`
 * when its module is evaluated, before any verbosity option can apply, and the bot's stdout is JSON
 * lines; that one line is dropped while the module loads, and every other line passes through.
 */
async function importUnpdf(): Promise<typeof import('unpdf')> {
  // biome-ignore lint/suspicious/noConsole: filters PDF.js's load-time warning out of the JSON log stream.
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (args[0] !== PDFJS_LOAD_WARNING) log(...args);
  };
  try {
    const unpdf = await import('unpdf');
    // Rule: unpdf loads PDF.js itself lazily; load it here, inside the filter.
    await unpdf.getResolvedPDFJS();
    return unpdf;
  } finally {
    console.log = log;
  }
}

/** One page's text runs as paragraphs: runs are joined into lines, lines into paragraphs at wide gaps. */
function groupParagraphs(runs: readonly TextRun[]): string[] {
  const lines: { text: string; y: number }[] = [];
  let text = '';
  let y: number | null = null;
  for (const run of runs) {
    y ??= run.transform[5] ?? 0;
    text += run.str;
    if (run.hasEOL) {
      lines.push({ text: collapseWhiteSpace(text), y });
      text = '';
      y = null;
    }
  }
  if (y !== null) lines.push({ text: collapseWhiteSpace(text), y });
  const gaps = lines.slice(1).map((line, i) => Math.abs((lines[i]?.y ?? 0) - line.y));
  // Rule: the usual gap is the lower median, so one wide gap among three lines is still a paragraph break.
  const positive = gaps.filter((gap) => gap > 0).sort((a, b) => a - b);
  const usualGap = positive[Math.floor((positive.length - 1) / 2)] ?? 0;
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const [i, line] of lines.entries()) {
    const gap = i === 0 ? 0 : (gaps[i - 1] ?? 0);
    const isBreak = line.text === '' || (usualGap > 0 && gap >= usualGap * PARAGRAPH_GAP);
    if (isBreak && current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
    if (line.text !== '') current.push(line.text);
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}

/** Fixed words for PDF.js's failures (its messages are not ours to post): a password, or a file it cannot read. */
function describePdfError(error: unknown): string {
  if (error instanceof Error && error.name === 'PasswordException') return 'PDF is protected by a password';
  return 'file cannot be read as a PDF';
}

function isTextRun(item: unknown): item is TextRun {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}
