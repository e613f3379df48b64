import { QUOTE_MASK } from './mask-quote-spans.js';

/** A sentence of a masked paragraph, as offsets into it. */
export type SentenceBounds = { readonly start: number; readonly end: number };

/** Words whose trailing period does not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{L}|[\p{L}]+\.[\p{L}.]*|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Rep|Sen|Gov|Prof|St|Jr|Sr|Jan|Feb|Aug|Sept|Oct|Nov|Dec|vs)\.$/u;
const TERMINATOR = new RegExp(`[.!?…]+[)\\]${QUOTE_MASK}'’"”]*\\s+(?=[\\p{Lu}\\p{N}${QUOTE_MASK}"“‘'(])`, 'gu');

/**
 * Splits a paragraph whose quotes are masked (see `maskQuoteSpans`) into sentences, for reading
 * attributions. Quotes are masked, so a sentence never ends inside one; a quote that ends with a
 * full stop ends its sentence. Initials and common abbreviations ("John F. Kirby", "Gen.",
 * "U.S.") do not end a sentence. Offsets are trimmed of white space; `[]` for a blank text. Pure.
 */
export function findSentenceBounds(masked: string): SentenceBounds[] {
  const bounds: SentenceBounds[] = [];
  let from = 0;
  for (const match of masked.matchAll(TERMINATOR)) {
    const cut = match.index + match[0].trimEnd().length;
    if (ABBREVIATION.test(masked.slice(Math.max(from, cut - 12), cut).replace(/[)\]'’"”￼]+$/u, ''))) continue;
    pushTrimmed(bounds, masked, from, cut);
    from = match.index + match[0].length;
  }
  pushTrimmed(bounds, masked, from, masked.length);
  return bounds;
}

function pushTrimmed(bounds: SentenceBounds[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  if (end > start) bounds.push({ start, end });
}

/** `/\s/` on one code unit, with plain ASCII told apart without the regex. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

const SPACE = /\s/;
