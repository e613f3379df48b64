const SPACES = / +/g;

/**
 * A name or role that must not break across lines: its spaces become no-break spaces (U+00A0), so
 * "John F. Kirby" wraps as one word on a phone. Only ordinary spaces are replaced; the words are
 * unchanged. Pure.
 *
 * @example
 * keepTogether('John Kirby'); // 'John\u00a0Kirby'
 */
export function keepTogether(text: string): string {
  return text.replace(SPACES, '\u00a0');
}
