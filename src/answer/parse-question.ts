import type { Command } from './answer.js';
import { buildFigureFilterText } from './build-figure-filter-text.js';
import { type QuestionFilters, readQuestionFilters } from './read-question-filters.js';

/**
 * What a user asked: the command it resolves to and its arguments (for a free question, also the
 * filters it carries), or an unknown slash command.
 */
export type Question =
  | { readonly command: Command; readonly args: string; readonly filters?: QuestionFilters }
  | { readonly command: null; readonly unknown: string };

const COMMAND_ALIASES: ReadonlyMap<string, Command> = new Map([
  ['reports', 'reports'],
  ['report', 'reports'],
  ['search', 'reports'],
  ['sources', 'sources'],
  ['casualties', 'casualties'],
  ['troops', 'troops'],
  ['who-said', 'who-said'],
  ['whosaid', 'who-said'],
  ['who_said', 'who-said'],
  ['help', 'help'],
]);

/**
 * A quoted phrase: a double quote mark to the next one, or a single one to the next single one
 * that ends a word (so the apostrophe of "Korea's" stays inside the phrase).
 */
const QUOTED = /(?:^|[\s(])(?:["“”«]([^"“”»]{2,})["“”»]|['‘’]((?:[^'‘’]|['‘’](?=\p{L}))+?)['‘’](?!\p{L}))/u;
/** "who claimed 12,000?", "what is the 1,500 figure about?", "where does the 22 come from?" */
const AMOUNT_QUESTION =
  /^(?:who (?:claimed|claims|gave|estimated|estimates|reported|reports|cited|said|says|put)|what (?:is|was|are|were|about)|where (?:does|did|do))\s+(?:the\s+)?(?:figure\s+(?:of\s+)?)?(\d[\d,]*(?:\.\d+)?)(?:\s+(?:figure|number|estimate|count|toll|claim))?(?:\s+(?:about|for|from|come from|based on))?\s*[?.!]*$/i;
const WHAT_DID =
  /^what (?:did|does|has|have) (.+?) (?:say|said|says|tell|told|claim|claimed|report|reported)(?:\s+(?:about|on|regarding|of|concerning)\s+(.+?))?\s*[?.!]*$/i;

/**
 * Resolves what a user typed (in Slack or at the `ask` prompt) to a command, by fixed rules:
 *
 * 1. A leading mention (`<@U123>`, `@verbatim`) is dropped.
 * 2. A slash command (`/reports storm shadow`, `/verbatim who-said kirby`) or a bare command word
 *    (`reports storm shadow`) is taken as written.
 * 3. A free question is placed by its words and keeps what it asked as `filters`
 *    (`readQuestionFilters`): "who claimed 12,000?" and "what is the 1,500 figure about?" go to the
 *    figures with that value; "who said …" and "what did X say" go to `who-said` ("what did X say
 *    about Y" with Y's filters and X as claimant); a question with casualty words (any inflection or
 *    common misspelling of die, kill, wound, injure, casualty) goes to `casualties`, with troop
 *    words (send, deploy, mobilise, call up, reservists) to `troops`, yes/no questions ("has X
 *    captured any …?") included, its sides, claimant, places, dates, amounts and topic words
 *    written as the command's filter; "which reports mention …" goes to `reports`, "help" to
 *    `help`; anything else is searched with `reports`. A quoted phrase keeps the apostrophes and
 *    quote marks inside it.
 *
 * Deterministic and total: every text gives a question.
 *
 * @example
 * parseQuestion('@verbatim how many syrian soldiers were killed?'); // { command: 'casualties', args: 'killed syrian' }
 */
export function parseQuestion(text: string): Question {
  const stripped = text
    .trim()
    .replace(/^<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*/i, '')
    .replace(/^@[\w.-]+[\s,:]*/, '')
    .trim();
  if (stripped === '' || stripped === '?') return { command: 'help', args: '' };

  const slash = /^\/([\w-]+)\s*([\s\S]*)$/.exec(stripped);
  if (slash) {
    const name = (slash[1] ?? '').toLowerCase();
    const rest = (slash[2] ?? '').trim();
    if (name === 'verbatim') return rest === '' ? { command: 'help', args: '' } : parseCommandWord(rest, true);
    const command = COMMAND_ALIASES.get(name);
    return command ? { command, args: rest } : { command: null, unknown: `/${name}` };
  }
  return parseCommandWord(stripped, false);
}

function parseCommandWord(text: string, mustBeCommand: boolean): Question {
  const match = /^([\w-]+)\s*([\s\S]*)$/.exec(text);
  const word = (match?.[1] ?? '').toLowerCase();
  const command = COMMAND_ALIASES.get(word);
  if (command) return { command, args: (match?.[2] ?? '').trim() };
  if (mustBeCommand) return { command: null, unknown: word };
  return parseFreeQuestion(text);
}

function parseFreeQuestion(text: string): Question {
  const question = text.replace(/\s+/g, ' ').trim();
  const lower = question.toLowerCase();
  if (/^(help|what can (you|i) (do|ask)|how do i use)/.test(lower)) return { command: 'help', args: '' };
  if (/^(list |show |what |which )?(the )?(sources|reports do you (have|know))\b/.test(lower)) {
    return { command: 'sources', args: '' };
  }

  const amount = AMOUNT_QUESTION.exec(question);
  if (amount?.[1]) {
    const read = readQuestionFilters(question);
    const filters = {
      ...read,
      numbers: read.numbers.includes(amount[1]) ? read.numbers : [amount[1], ...read.numbers],
    };
    return { command: filters.kind ?? 'casualties', args: buildFigureFilterText(filters), filters };
  }
  const whoSaid = /^who (?:said|says|has said|called|described|wrote)\b\s*(.*)$/i.exec(question);
  if (whoSaid) return { command: 'who-said', args: stripPhrase(whoSaid[1] ?? '') };
  const whatDid = WHAT_DID.exec(question) ?? /^(?:quotes|statements) (?:from|by) (.+?)[?.!]*$/i.exec(question);
  if (whatDid) {
    const who = (whatDid[1] ?? '').trim();
    const about = (whatDid[2] ?? '').trim();
    if (about === '') return { command: 'who-said', args: who };
    return {
      command: 'who-said',
      args: who,
      filters: { ...readQuestionFilters(about), claimant: who.replace(/^the\s+/i, '').toLowerCase(), about },
    };
  }

  const mention =
    /^(?:which|what) (?:reports?|articles?|sources?) (?:mention|say|talk about|cover|discuss)s?\b\s*(.*)$/i.exec(
      question,
    );
  if (mention) return { command: 'reports', args: stripPhrase(mention[1] ?? '') };

  const filters = readQuestionFilters(question);
  if (filters.kind !== null) return { command: filters.kind, args: buildFigureFilterText(filters), filters };
  // "Which reports cite the 1,000 figure?": an amount named as a figure asks for the figures with it.
  // Its other words only frame the amount ("who else cites"), so they are not topics.
  if (filters.numbers.length > 0 && /\b(?:figure|estimate|toll|count|tally)s?\b/i.test(question)) {
    const asked = { ...filters, topics: [] };
    return { command: 'casualties', args: buildFigureFilterText(asked), filters: asked };
  }
  return { command: 'reports', args: question.replace(/[?!.]+$/, '') };
}

function stripPhrase(text: string): string {
  const quoted = QUOTED.exec(text);
  const phrase = quoted?.[1] ?? quoted?.[2];
  if (phrase) return phrase.trim();
  return text.replace(/[?!.]+$/, '').trim();
}
