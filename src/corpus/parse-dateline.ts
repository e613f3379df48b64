import { strict as chronoStrict } from 'chrono-node/en';
import { countWords } from './count-words.js';

/**
 * What a date line says about itself.
 *
 * - `publication`: labelled as the publication date ("Published: 2024-12-23", "Posted on …")
 * - `copy`: labelled as the day the page was seen or changed ("Today : Dec 24, 2024", "Updated …");
 *   never a publication date
 * - `none`: a bare date ("23 December 2024") or one after a byline ("By Jane Doe | …")
 */
export type DatelineLabel = 'publication' | 'copy' | 'none';

/** A line that is a date and nothing else, with the date as an ISO string (YYYY-MM-DD). */
export type Dateline = { readonly date: string; readonly label: DatelineLabel };

/**
 * chrono-node fills missing parts from a reference instant; a fixed one keeps the result independent
 * of the clock, and only dates whose year, month and day are all written are accepted anyway.
 */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };

const COPY_LABEL =
  /\b(?:today|now|current|updated|modified|accessed|retrieved|printed|copied|captured|saved|as of)\b/iu;
const PUBLICATION_LABEL = /\b(?:published|posted|dated?|released|issued|first published)\b/iu;
/** A label before the date: a few words ending with a separator, or publication/copy label words. */
const LABEL_WITH_SEPARATOR = /^[^.!?]{1,40}[:|–—-]$/u;
/** Day and month both 12 or less, written with numbers only: "03/04/2024" could be either. */
const AMBIGUOUS_NUMERIC = /^(\d{1,2})[./-](\d{1,2})[./-]\d{4}$/u;

/**
 * Reads a line that is only a date, such as "23 December 2024", "December 23, 2024", "2024-12-23",
 * "Published: 2024-10-24" or "Today : Dec 24, 2024", and says how it is labelled.
 *
 * Returns null when the line is not a date line: a sentence that mentions a date, a date without a
 * written year, month and day ("December 23", a time alone), or a numeric date whose day and month
 * could be swapped ("03/04/2024"). Never reads the clock or the machine's time zone: only the
 * parsed year, month and day components are used.
 *
 * @example
 * parseDateline('Today : Dec 24, 2024') // { date: '2024-12-24', label: 'copy' }
 */
export function parseDateline(line: string): Dateline | null {
  const text = line.trim();
  if (text.length > 100 || /[\r\n]/u.test(text)) return null;
  const result = chronoStrict.parse(text, REFERENCE)[0];
  if (!result) return null;
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  if (isAmbiguousNumeric(result.text.trim())) return null;
  const prefix = text.slice(0, result.index).trim();
  const suffix = text.slice(result.index + result.text.length).trim();
  if (!isLabel(prefix) || !isTrailer(suffix)) return null;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null) return null;
  return { date: formatIsoDate(year, month, day), label: classifyLabel(prefix) };
}

function isLabel(prefix: string): boolean {
  if (prefix === '') return true;
  if (countWords(prefix) > 4) return false;
  return LABEL_WITH_SEPARATOR.test(prefix) || COPY_LABEL.test(prefix) || PUBLICATION_LABEL.test(prefix);
}

/** What may follow the date: a time zone, a separator, a time; no lower-case words (no sentence). */
function isTrailer(suffix: string): boolean {
  if (countWords(suffix) > 4) return false;
  return suffix.split(/\s+/u).every((word) => !/^\p{Ll}/u.test(word) || /^(?:[ap]\.?m\.?)$/iu.test(word));
}

function isAmbiguousNumeric(dateText: string): boolean {
  const match = AMBIGUOUS_NUMERIC.exec(dateText);
  if (!match) return false;
  const first = Number(match[1]);
  const second = Number(match[2]);
  return first <= 12 && second <= 12 && first !== second;
}

function classifyLabel(prefix: string): DatelineLabel {
  if (COPY_LABEL.test(prefix)) return 'copy';
  if (PUBLICATION_LABEL.test(prefix)) return 'publication';
  return 'none';
}

function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
