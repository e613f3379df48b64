import type { Command } from './answer.js';

/** What a user asked: the command it resolves to and its arguments, or an unknown slash command. */
export type Question =
  | { readonly command: Command; readonly args: string }
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

const CASUALTY_WORDS =
  /\b(killed|kill|dead|deaths?|died|die|wounded|injured|injuries|casualt(?:y|ies)|loss(?:es)?|lost|captured|captives?|prisoners?|missing)\b/i;
const TROOP_WORDS =
  /\b(troops?|soldiers?|forces?|sent|send|deployed|deploy(?:ment)?s?|dispatched|trained|stationed)\b/i;
/**
 * Whose losses in a free question, by the form of the words alone (the corpus's sides are read by
 * `parseFigureFilter`): a demonym-like word before a people noun ("russian soldiers", "north korean
 * troops", "houthi rebels"), a plural demonym ("syrians"), or a possessive before losses ("ukraine's
 * losses").
 */
const SIDE_WORD =
  /\b((?:(?:north|south|east|west|central)\s+)?\p{L}+(?:an|ian|ese|ish|i))s?(?=\s+(?:soldiers|troops|forces|civilians|fighters|militants|rebels|police|people|casualties|losses|dead|deaths)\b)|\b((?:(?:north|south)\s+)?(?:\p{L}+ians?|\p{L}+ans))\b|\b(\p{L}+)['’]s\s+(?=losses|casualties|dead|troops|forces|soldiers)/giu;
/** Words of the demonym form that are not sides. */
const NOT_SIDES = new Set([
  'than',
  'can',
  'began',
  'plan',
  'human',
  'humans',
  'veteran',
  'veterans',
  'civilian',
  'civilians',
  'partisan',
  'partisans',
]);
const CASUALTY_FILTERS: readonly [RegExp, string][] = [
  [/\b(killed|dead|deaths?|died)\b/i, 'killed'],
  [/\b(wounded|injured|injuries)\b/i, 'wounded'],
  [/\b(captured|captives?|prisoners?)\b/i, 'captured'],
  [/\bmissing\b/i, 'missing'],
];
const TROOP_FILTERS: readonly [RegExp, string][] = [
  [/\b(trained|training)\b/i, 'trained'],
  [/\b(additional|further|new)\b/i, 'additional'],
  [/\bplann(?:ed|ing)\b/i, 'planned'],
];
const QUOTED = /["“”‘’']([^"“”‘’']{2,})["“”‘’']/;

/**
 * Resolves what a user typed (in Slack or at the `ask` prompt) to a command, by fixed rules:
 *
 * 1. A leading mention (`<@U123>`, `@verbatim`) is dropped.
 * 2. A slash command (`/reports storm shadow`, `/verbatim who-said kirby`) or a bare command word
 *    (`reports storm shadow`) is taken as written.
 * 3. A free question is placed by its words: "who said …" and "what did X say" go to `who-said`,
 *    "how many … killed" to `casualties`, "how many … sent" to `troops`, "which reports mention …"
 *    to `reports`, "help" to `help`; anything else is searched with `reports`.
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

  const whoSaid = /^who (?:said|says|has said|called|described|wrote)\b\s*(.*)$/i.exec(question);
  if (whoSaid) return { command: 'who-said', args: stripPhrase(whoSaid[1] ?? '') };
  const whatDid =
    /^what (?:did|does|has|have) (.+?) (?:say|said|says|tell|told|claim|claimed)\b/i.exec(question) ??
    /^(?:quotes|statements) (?:from|by) (.+?)[?.!]*$/i.exec(question);
  if (whatDid) return { command: 'who-said', args: (whatDid[1] ?? '').trim() };

  const mention =
    /^(?:which|what) (?:reports?|articles?|sources?) (?:mention|say|talk about|cover|discuss)s?\b\s*(.*)$/i.exec(
      question,
    );
  if (mention) return { command: 'reports', args: stripPhrase(mention[1] ?? '') };

  const isCount = /\bhow many\b|\bnumber of\b|\bhow much\b/i.test(question);
  if (CASUALTY_WORDS.test(question) && (isCount || !TROOP_WORDS.test(question) || /casualt|loss/i.test(question))) {
    return { command: 'casualties', args: buildFilter(question, CASUALTY_FILTERS) };
  }
  if (isCount && TROOP_WORDS.test(question)) return { command: 'troops', args: buildFilter(question, TROOP_FILTERS) };
  return { command: 'reports', args: question.replace(/[?!.]+$/, '') };
}

/** Keeps only the words a figures filter understands: categories and whose losses. */
function buildFilter(question: string, filters: readonly [RegExp, string][]): string {
  const words: string[] = [];
  for (const [pattern, word] of filters) if (pattern.test(question) && !words.includes(word)) words.push(word);
  for (const match of question.matchAll(SIDE_WORD)) {
    const side = (match[1] ?? match[2] ?? match[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
    if (side !== '' && !NOT_SIDES.has(side) && !words.includes(side)) words.push(side);
  }
  return words.join(' ');
}

function stripPhrase(text: string): string {
  const quoted = QUOTED.exec(text);
  if (quoted?.[1]) return quoted[1].trim();
  return text.replace(/[?!.]+$/, '').trim();
}
