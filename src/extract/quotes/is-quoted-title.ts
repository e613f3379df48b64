/** Small words a title keeps in lower case ("Face the Nation", "State of the Union"). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);
/** Words after which a title stands: "told NBC's", "appeared on", "wrote in the", "an interview with". */
const TITLE_LEAD = /(?:\b(?:on|to|told|with|in|for|from|of|the|by|host|hosts|anchor)|\p{L}['’]s?)\s*$/iu;
/** The longest title read as one: titles are short. */
const MAX_TITLE_WORDS = 6;

/**
 * True when quote marks hold the title of a show, book or paper rather than someone's words: every word
 * is capitalised (small words such as "the" and "of" aside), six words at most, no sentence punctuation,
 * and the marks stand where a title does: after "on", "told", "in the", a possessive ("NBC's") and the
 * like (`NBC's “Meet the Press”`, `the “Daily Mail”`, `on “Face the Nation”`). `words` is the text inside
 * the marks, `before` the report's words before the opening mark. Pure.
 *
 * @example
 * isQuotedTitle('Meet the Press', 'Graham told NBC’s '); // true
 * isQuotedTitle('Yes', 'He said: '); // false
 */
export function isQuotedTitle(words: string, before: string): boolean {
  const text = words.trim();
  if (text === '' || /[.,;:!?]$/.test(text)) return false;
  const parts = text.split(/\s+/);
  if (parts.length > MAX_TITLE_WORDS) return false;
  const isTitleCase = parts.every(
    (part, index) => /^[\p{Lu}\p{N}]/u.test(part) || (index > 0 && TITLE_SMALL_WORDS.has(part)),
  );
  return isTitleCase && TITLE_LEAD.test(before.slice(-40));
}
