import { parseDocument } from 'yaml';

/**
 * Metadata a user sets at the top of a report file. A key that is absent leaves the text-derived
 * value; a key set to null (`date: null`, or empty) says the report has no such value.
 */
export type FrontMatterFields = {
  readonly title?: string | null;
  readonly date?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
};

/**
 * A report's front matter: where the report text starts (`end`, 0 when there is none), the fields
 * that could be read, and one message per problem (in house message style, for a warning).
 */
export type FrontMatter = {
  readonly end: number;
  readonly fields: FrontMatterFields;
  readonly problems: readonly string[];
};

const TEXT_KEYS = ['title', 'outlet', 'url'] as const;
const OPENING_FENCE = /^---[ \t]*(?:\r\n|\r|\n)/u;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/mu;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
/** A bad value is echoed in its warning up to this many characters, so a huge one cannot flood the log. */
const ECHO_LIMIT = 80;

/**
 * Reads YAML front matter: a first line `---`, then `key: value` lines, then a line `---` (or `...`).
 * Keys: `title`, `date` (YYYY-MM-DD), `outlet`, `url` (http or https); other keys are ignored, so
 * front matter written for a static site generator still works.
 *
 * Never throws: malformed YAML, a front matter that is not closed, a bad value or a YAML warning
 * (an unknown tag) is reported in `problems`, and only the values that could be read are returned;
 * nothing is printed. Pure and deterministic.
 *
 * @example
 * parseFrontMatter('---\ndate: 2024-12-23\n---\nText.') // { end: 25, fields: { date: '2024-12-23' }, problems: [] }
 */
export function parseFrontMatter(text: string): FrontMatter {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return { end: 0, fields: {}, problems: [] };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING_FENCE.exec(rest);
  if (!closing) return { end: 0, fields: {}, problems: ['front matter has no closing "---" line'] };
  const lineEnd = /^(?:\r\n|\r|\n)/u.exec(rest.slice(closing.index + closing[0].length))?.[0] ?? '';
  const end = opening[0].length + closing.index + closing[0].length + lineEnd.length;
  let data: unknown;
  let warnings: string[];
  try {
    // `silent`: yaml's own `parse` prints warnings to stderr (process.emitWarning); here they are problems.
    const document = parseDocument(rest.slice(0, closing.index), { logLevel: 'silent' });
    const [firstError] = document.errors;
    if (firstError !== undefined) throw firstError;
    warnings = document.warnings.map(
      (warning) => `front matter YAML: ${firstLine(warning.message).replace(/:$/u, '')}`,
    );
    data = document.toJS();
  } catch (error: unknown) {
    const detail = error instanceof Error ? firstLine(error.message) : String(error);
    return { end, fields: {}, problems: [`front matter is not valid YAML: ${detail}`] };
  }
  if (data === null || data === undefined) return { end, fields: {}, problems: warnings };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { end, fields: {}, problems: [...warnings, 'front matter is not a list of "key: value" lines'] };
  }
  const read = readFields(data as Record<string, unknown>);
  return { end, fields: read.fields, problems: [...warnings, ...read.problems] };
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

function readFields(data: Record<string, unknown>): { fields: FrontMatterFields; problems: string[] } {
  const fields: { -readonly [K in keyof FrontMatterFields]: FrontMatterFields[K] } = {};
  const problems: string[] = [];
  for (const key of TEXT_KEYS) {
    if (!(key in data)) continue;
    const value = readText(data[key]);
    if (value === undefined) problems.push(`front matter ${key} is not text: write it as a quoted string`);
    else if (key === 'url' && value !== null && !isWebAddress(value)) {
      problems.push(`front matter url "${quoteValue(value)}" is not an http or https address`);
    } else fields[key] = value;
  }
  if ('date' in data) {
    const value = readText(data['date']);
    if (value === null) fields.date = null;
    else if (value !== undefined && isIsoDate(value)) fields.date = value;
    else problems.push(`front matter date "${quoteValue(String(data['date']))}" is not a YYYY-MM-DD date`);
  }
  return { fields, problems };
}

/** The value as trimmed text, null when empty, undefined when it is not text (a list, a map, true). */
function readText(value: unknown): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The value as a warning shows it: at most `ECHO_LIMIT` characters, a cut one ending in "…". */
function quoteValue(value: string): string {
  return value.length <= ECHO_LIMIT ? value : `${value.slice(0, ECHO_LIMIT - 1)}…`;
}

function isWebAddress(value: string): boolean {
  return URL.canParse(value) && /^https?:$/u.test(new URL(value).protocol);
}

/** A real calendar day written YYYY-MM-DD (2024-02-30 is not one). */
function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}
