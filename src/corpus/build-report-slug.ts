/** The longest slug, in characters. */
const MAX_SLUG_LENGTH = 60;

/**
 * A file-name stem for an added report: the title's (else the fallback's) ASCII letters and digits,
 * lower case, words joined by `-`, cut at a word boundary to 60 characters; `report` when nothing
 * is left. Accents are removed first (`Café` → `cafe`). Pure and deterministic.
 *
 * @example
 * buildReportSlug('Dock workers strike at Northport harbour', 'x') // 'dock-workers-strike-at-northport-harbour'
 */
export function buildReportSlug(title: string | null, fallback: string): string {
  const words = (source: string) =>
    source
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/gu, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/u)
      .filter((word) => word !== '');
  const chosen = words(title ?? '');
  const parts = chosen.length > 0 ? chosen : words(fallback);
  let slug = '';
  for (const part of parts) {
    const next = slug === '' ? part : `${slug}-${part}`;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug === '' ? (parts[0]?.slice(0, MAX_SLUG_LENGTH) ?? 'report') || 'report' : slug;
}
