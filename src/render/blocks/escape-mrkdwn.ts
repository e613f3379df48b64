import { INVISIBLE_CONTROL_CHARACTERS, showInvisibleControls } from '../show-invisible-controls.js';

/**
 * The characters Slack treats as control characters in message text. Escaping them is what stops
 * report text or user text from producing `<!channel>`, `<!here>`, `<@U…>` or `<url|label>` links.
 */
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * mrkdwn formatting characters have no escape in Slack, so inside report text they are shown as
 * look-alike characters; otherwise a stray `*` in a report would break the bold marks Verbatim adds,
 * and a pair of `~` would strike through a quotation. Display only: citations, the plain-text
 * fallback and the JSON output keep the original characters.
 */
const FORMAT_LOOKALIKES: Readonly<Record<string, string>> = {
  '*': '\u2217', // ∗ asterisk operator
  _: '\u02CD', // ˍ modifier letter low macron
  '~': '\u223C', // ∼ tilde operator
  '`': '\u02CB', // ˋ modifier letter grave accent
};

/** A control shown in Slack text: `<U+202E>`, its brackets escaped like every `<` and `>`. */
const ENTITY_BRACKETS = { open: '&lt;', close: '&gt;' } as const;

const CONTROL = /[&<>]/g;
const CONTROL_AND_FORMAT = /[&<>*_~`]/g;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Every character `escapeMrkdwnAt` may change: controls, formatting characters, invisible controls. */
const MAY_BE_ESCAPED = new RegExp(`[&<>*_~\`${INVISIBLE_CONTROL_CHARACTERS}]`);

/**
 * Escapes text for a mrkdwn field: `&`, `<`, `>` as entities, formatting characters as look-alikes,
 * direction and zero-width controls shown as `<U+202E>` (`showInvisibleControls`). An underscore
 * between two letters or digits (`file_name`, `000_8ca8.txt`) cannot open or close italics, so it
 * is kept. Total and deterministic; the result contains no `<`, `>`, `*`, `~`, backtick or
 * invisible control, and no `_` that Slack could read as formatting. Every Slack surface (answers,
 * Home, the digest, fallback text) escapes report text through this file.
 *
 * @example
 * escapeMrkdwn('<!channel> *now*'); // '&lt;!channel&gt; ∗now∗'
 */
export function escapeMrkdwn(text: string): string {
  const escaped = text.replace(CONTROL_AND_FORMAT, (char, offset: number) => escapeCharacter(char, text, offset));
  return showInvisibleControls(escaped, ENTITY_BRACKETS);
}

/**
 * Escapes the character at `offset` of `text` as `escapeMrkdwn` would, looking at its neighbours:
 * for renderers that build mrkdwn one character at a time.
 */
export function escapeMrkdwnAt(text: string, offset: number, length = 1): string {
  const char = text.slice(offset, offset + length);
  // Most characters are none of those escaped or shown: returned at once (this runs per character).
  if (!MAY_BE_ESCAPED.test(char)) return char;
  return showInvisibleControls(char.length === 1 ? escapeCharacter(char, text, offset) : char, ENTITY_BRACKETS);
}

/**
 * Escapes only `&`, `<` and `>`, and shows direction and zero-width controls as `<U+202E>`: for a
 * message's plain-text fallback, where formatting does not matter but a mention or a link must
 * never be produced, nor text reordered.
 */
export function escapeSlackText(text: string): string {
  return showInvisibleControls(
    text.replace(CONTROL, (char) => CONTROL_ESCAPES[char] ?? char),
    ENTITY_BRACKETS,
  );
}

function escapeCharacter(char: string, text: string, offset: number): string {
  if (char === '_' && WORD_CHARACTER.test(text[offset - 1] ?? '') && WORD_CHARACTER.test(text[offset + 1] ?? '')) {
    return char;
  }
  return CONTROL_ESCAPES[char] ?? FORMAT_LOOKALIKES[char] ?? char;
}
