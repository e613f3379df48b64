/**
 * Direction and zero-width controls, as the body of a regular-expression character class: the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+061C), the
 * zero-width space, joiners and direction marks (U+200B–U+200F), the word joiner (U+2060) and the
 * zero-width no-break space (U+FEFF). None of them shows as a character, and the direction ones can
 * reverse or reorder the text around them. Every renderer that shows or links report text uses it.
 */
export const INVISIBLE_CONTROL_CHARACTERS = '\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF';

const INVISIBLE_CONTROL = new RegExp(`[${INVISIBLE_CONTROL_CHARACTERS}]`, 'g');

/** How a shown control is bracketed: `<`/`>` in plain text, their entities in Slack text. */
export type ControlBrackets = { readonly open: string; readonly close: string };

const PLAIN_BRACKETS: ControlBrackets = { open: '<', close: '>' };

/**
 * Shows each direction or zero-width control as its code point between brackets (`U+202E` as
 * `<U+202E>`), so report text can neither reorder what is posted nor hide characters in it.
 * Display only: answers, citations and the JSON output keep the report's characters, so a
 * citation's slice stays exact. Total and deterministic; text without controls is returned as is.
 *
 * @example
 * showInvisibleControls('abc\u202Edef'); // 'abc<U+202E>def'
 */
export function showInvisibleControls(text: string, brackets: ControlBrackets = PLAIN_BRACKETS): string {
  return text.replace(
    INVISIBLE_CONTROL,
    (char) => `${brackets.open}U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}${brackets.close}`,
  );
}
