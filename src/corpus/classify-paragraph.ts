import { countWords } from './count-words.js';
import { endsSentence } from './ends-sentence.js';
import { parseDateline } from './parse-dateline.js';
import { parseSourceLine } from './parse-source-line.js';

/**
 * What one paragraph looks like on its own, before its neighbours are considered.
 *
 * - `separator`: no letters or digits ("***", "---")
 * - `heading`: a Markdown heading ("# Title")
 * - `source`: a line naming the original source ("Original Source: www.example.org")
 * - `related`: a link line ("Related: …", "Read more: …", "More:…")
 * - `published-date` / `copy-date` / `date`: a line that is only a date, labelled as the publication
 *   date, as the day the page was seen ("Today : …", "Updated …"), or not labelled
 * - `chrome`: site furniture: prompts ("Loading…", "Post Comment", "Share"), bylines, navigation
 *   trails ("Home | World | Europe"), and short lines of three words or fewer without a full stop
 * - `bio`: an author bio ("Jane Doe is a journalist …")
 * - `truncated`: a teaser cut short with an ellipsis ("… and marked…")
 * - `headline`: a short line (20 words or fewer) that does not end a sentence
 * - `prose`: anything else: the sentences of a report
 */
export type ParagraphKind =
  | 'separator'
  | 'heading'
  | 'source'
  | 'related'
  | 'published-date'
  | 'copy-date'
  | 'date'
  | 'chrome'
  | 'bio'
  | 'truncated'
  | 'headline'
  | 'prose';

const MARKDOWN_HEADING = /^#{1,6}\s+\S/u;
const RELATED_LINE =
  /^(?:related(?:\s+[\p{L}]+){0,2}|more(?:\s+(?:from|on|about)\s[^:]{1,40})?|read (?:more|also|next)|also read|see also|further reading|recommended(?: for you)?|watch|listen)\s*[:：]/iu;
/** Prompts a web page shows around a report, as the first words of a short line. */
const UI_PROMPT =
  /^(?:loading|load more|show more|read more|continue reading|view (?:all|more|comments?)|share(?: this)?|follow (?:us|him|her|them|the author)|subscribe|sign (?:in|up)|log ?(?:in|out)|click|tap here|print|download|advertisement|sponsored|skip to|back to top|(?:post|leave|add|write) (?:a |your )?(?:comment|reply)|comments?\b|reply|(?:reach|contact|email|e-mail) (?:him|her|them|us|me|the author))\b/iu;
const BYLINE = /^[Bb]y\s+\p{Lu}/u;
const NAVIGATION_SEPARATOR = /\s[|»›•·>]\s/gu;
/** "<Name> is a … journalist" or "<Name> covers …": a bio names a writing job in its first sentence. */
const BIO =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:(?:is|was)\s+(?:a|an|the)\b[^.!?]{0,120}?\b(?:journalist|writer|reporter|editor|correspondent|author|columnist|contributor|critic|blogger|freelancer|photographer|commentator|producer)s?\b|(?:covers|writes about|reports on)\b)/u;
/** Speech broken off with a dash ("Q But why —"): a headline never ends like this. */
const INTERRUPTED = /\p{L}[\p{L}\p{N},.'’"”)-]*\s?[-–—]$/u;
/** A transcript turn: "Q …" or a speaker in capitals ("MR. SMITH: …"), prose even when cut off. */
const SPEAKER_TURN = /^(?:Q\s+\S|\p{Lu}{2,}\.?\s+\p{Lu}[\p{Lu}'’.-]+:\s+\S)/u;
/** A full stop after a word of four letters or more, then a capital: two sentences, not a headline. */
const INNER_SENTENCE_END = /\p{L}\p{Ll}{3,}[.!?]["”’']?\s+["“‘']?\p{Lu}/u;
/** A list item or clause that a sentence goes on from: "…, and", "…; or", "…,". */
const CLAUSE_END = /(?:[,;]|;\s+(?:and|or))[*_]*$/u;
/** A lead-in to a quote or a list: "… told reporters:". */
const LEAD_IN_END = /:[*_]*$/u;
const ELLIPSIS_END = /(?:…|\.{3})$/u;
/** A word (not a full stop) right before a closing ellipsis: the text was cut short. */
const TRUNCATED = /[\p{L}\p{N},;]\s?(?:…|\.{3})$/u;

/**
 * Classifies one paragraph by its own shape and wording, without looking at its neighbours.
 *
 * The rules are general (no site's exact wording): punctuation, length, labels such as "Source:"
 * or "Today :", and the first words of common page prompts. `assignRoles` then decides, from the
 * sequence of kinds, which paragraphs are the title, the dateline and the body. Pure and
 * deterministic.
 *
 * @example
 * classifyParagraph('Post Comment') // 'chrome'
 */
export function classifyParagraph(paragraph: string): ParagraphKind {
  const text = paragraph.trim();
  const words = countWords(text);
  const isSentence = endsSentence(text);
  if (!/[\p{L}\p{N}]/u.test(text)) return 'separator';
  if (MARKDOWN_HEADING.test(text) && !/[\r\n]/u.test(text)) return 'heading';
  if (RELATED_LINE.test(text)) return 'related';
  if (parseSourceLine(text)) return 'source';
  const dateline = parseDateline(text);
  if (dateline)
    return dateline.label === 'publication' ? 'published-date' : dateline.label === 'copy' ? 'copy-date' : 'date';
  if (words <= 8 && UI_PROMPT.test(text) && (!isSentence || ELLIPSIS_END.test(text))) return 'chrome';
  if (words <= 8 && !isSentence && BYLINE.test(text)) return 'chrome';
  if (!isSentence && (text.match(NAVIGATION_SEPARATOR)?.length ?? 0) >= 2) return 'chrome';
  if (BIO.test(text)) return 'bio';
  if (TRUNCATED.test(text)) return 'truncated';
  if (isSentence || INTERRUPTED.test(text) || SPEAKER_TURN.test(text) || INNER_SENTENCE_END.test(text)) return 'prose';
  if (CLAUSE_END.test(text) || (LEAD_IN_END.test(text) && words >= 6)) return 'prose';
  if (words <= 3) return 'chrome';
  return words <= 30 ? 'headline' : 'prose';
}
