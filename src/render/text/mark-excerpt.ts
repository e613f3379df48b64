import type { Mark } from '../../answer/answer.js';

/**
 * Wraps the marked ranges of a text in `open`/`close` strings. Overlapping or touching marks are
 * merged first, so the output is well nested. `escape` is applied to every piece of the text
 * (not to the markers), for renderers that must escape report text.
 */
export function markExcerpt(
  text: string,
  marks: readonly Mark[],
  options: { readonly open: string; readonly close: string; readonly escape?: (piece: string) => string },
): string {
  const escapePiece = options.escape ?? ((piece: string) => piece);
  const merged: Mark[] = [];
  for (const mark of [...marks].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged.at(-1);
    if (last && mark.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, mark.end) };
    else merged.push({ start: Math.max(0, mark.start), end: Math.min(text.length, mark.end) });
  }
  let out = '';
  let at = 0;
  for (const mark of merged) {
    if (mark.end <= mark.start) continue;
    out +=
      escapePiece(text.slice(at, mark.start)) +
      options.open +
      escapePiece(text.slice(mark.start, mark.end)) +
      options.close;
    at = mark.end;
  }
  return out + escapePiece(text.slice(at));
}
