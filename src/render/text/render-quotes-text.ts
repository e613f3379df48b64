// STUB — replaced by the quotes work.
import type { NotQuotedAnswer, PhraseQuotesAnswer, SpeakerQuotesAnswer } from '../../answer/answer.js';

/** `/who-said` answers as plain text. */
export function renderQuotesText(answer: SpeakerQuotesAnswer | PhraseQuotesAnswer | NotQuotedAnswer): string {
  return `who-said: ${answer.query}`;
}
