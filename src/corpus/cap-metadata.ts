/** A report's metadata fields, as `parseReport` settles them (front matter over the text). */
export type MetadataFields = {
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
};

/** The capped fields, and one message per field that was cut or left out (for a warning naming the file). */
export type CappedMetadata = { readonly fields: MetadataFields; readonly problems: readonly string[] };

/**
 * The longest value kept, in UTF-16 code units. A title fits a Slack header and a section line
 * with room to spare; an outlet is a name; 2,048 is the longest address browsers and proxies
 * reliably accept; a date is always `YYYY-MM-DD`, so its cap only guards against a bug upstream.
 */
export const METADATA_LIMITS: Readonly<Record<keyof MetadataFields, number>> = {
  title: 300,
  date: 10,
  outlet: 200,
  url: 2048,
};

const FIELDS = ['title', 'date', 'outlet', 'url'] as const;

/**
 * Caps every metadata field at `METADATA_LIMITS`, so one report with a huge title cannot make
 * every answer citing it huge or the App Home too long for Slack. Text (title, outlet) is cut to
 * the limit, ending in "…" (never inside a surrogate pair); a url or date over its limit is left
 * out (null), since a cut address or date would be wrong. Never throws. Pure and deterministic.
 *
 * @example
 * capMetadata({ title: 'x'.repeat(1000), date: null, outlet: null, url: null }).problems
 * // ['title is too long: 1000 characters, more than the limit of 300; cut to 300']
 */
export function capMetadata(fields: MetadataFields): CappedMetadata {
  const capped: { -readonly [K in keyof MetadataFields]: MetadataFields[K] } = { ...fields };
  const problems: string[] = [];
  for (const key of FIELDS) {
    const value = fields[key];
    const limit = METADATA_LIMITS[key];
    if (value === null || value.length <= limit) continue;
    const isText = key === 'title' || key === 'outlet';
    capped[key] = isText ? cutText(value, limit) : null;
    const outcome = isText ? `cut to ${limit}` : 'left out';
    problems.push(`${key} is too long: ${value.length} characters, more than the limit of ${limit}; ${outcome}`);
  }
  return { fields: capped, problems };
}

/** The first `limit - 1` code units (one fewer when that would split a surrogate pair), trimmed, then "…". */
function cutText(value: string, limit: number): string {
  let end = limit - 1;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${value.slice(0, end).trimEnd()}…`;
}
