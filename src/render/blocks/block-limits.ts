/**
 * Slack's Block Kit limits that Verbatim designs within. Renderers never rely on Slack to reject
 * or trim: long text is split, long answers are paged, and anything left out is said so.
 */

/** Blocks in one message (chat.postMessage, response_url, slash command acknowledgement). */
export const MAX_BLOCKS_PER_MESSAGE = 50;
/** Blocks in the App Home view. */
export const MAX_BLOCKS_IN_HOME = 100;
/** Characters in a section block's text. */
export const MAX_SECTION_TEXT = 3000;
/** Characters in a header block's plain text. */
export const MAX_HEADER_TEXT = 150;
/** Elements in one context block. */
export const MAX_CONTEXT_ELEMENTS = 10;
/** Characters in one text element of a context block. */
export const MAX_CONTEXT_TEXT = 3000;
/** Characters in a button's value. */
export const MAX_BUTTON_VALUE = 2000;
/** Characters in a button's label. */
export const MAX_BUTTON_TEXT = 75;
/**
 * Characters of text on one page of an answer. Slack has no hard limit below 50 × 3,000, but a
 * page this long is already several screens; paging keeps each message readable.
 */
export const MAX_PAGE_TEXT = 12_000;
/** Characters in a message's plain-text fallback (used by notifications and screen readers). */
export const MAX_FALLBACK_TEXT = 3000;
/**
 * Blocks each answer page leaves free for what the Slack layer adds: the "shared by" line, the page
 * line and the button row.
 */
export const RESERVED_CONTROL_BLOCKS = 3;
