import { QUOTE_MASK } from './mask-quote-spans.js';

/**
 * How a speech verb attaches to its speaker:
 * - `finite`: "said", "told reporters", "pointed out": the speaker is its subject ("Kirby said")
 *   or follows it ("said Kirby").
 * - `participle`: "saying", "adding", "remarking": the speaker is the subject of the clause.
 * - `naming`: "called", "described … as": attributes a short quoted phrase ("called it a “trap”").
 * - `according`: "according to X", "as reported by X": the speaker follows.
 */
export type SpeechVerbKind = 'finite' | 'participle' | 'naming' | 'according';

/** A speech verb found in a text, with offsets into it. */
export type SpeechVerb = {
  readonly kind: SpeechVerbKind;
  readonly start: number;
  readonly end: number;
  /** The verb as written, lowercased ("pointed out"). */
  readonly verb: string;
  /** True when the verb also introduces reported speech without quote marks ("Kirby noted that …"). */
  readonly isReporting: boolean;
};

const REPORTING = verbList(`
  said, says, stated, states, noted, notes, emphasized, emphasised, emphasizes, emphasises, stressed, stresses,
  explained, explains, added, adds, warned, warns, claimed, claims, argued, argues, insisted, insists, asserted,
  asserts, mentioned, acknowledged, acknowledges, admitted, told, tells, estimated, estimates, suggested,
  suggests, indicated, indicates, confirmed, confirms, pointed out, points out, highlighted, underscored,
  remarked, reported, revealed, disclosed, announced, declared, maintained, contended, alleged, predicted,
  cautioned, conceded, reiterated, assessed, wrote, writes, observed, recalled
`);
const FINITE_ONLY = verbList(`
  say, remarks, continued, continues, concluded, replied, responded, answered, asked, commented, posted, tweeted,
  vowed, urged, quipped, affirmed, shouted, lamented, complained, criticized, criticised, went on, praised,
  praises, hailed, lauded, thanked, condemned, denounced, accused, slammed, blasted, dismissed, rejected,
  promised, pledged, spoke, speaks, joked
`);
const PARTICIPLES = verbList(`
  saying, adding, noting, remarking, stressing, warning, writing, stating, explaining, emphasizing, emphasising,
  claiming, insisting, declaring, arguing, pointing out, recalling, observing, telling, asking, urging, answering,
  replying, describing, calling
`);
const NAMING = verbList(`
  called, calls, dubbed, described, describes, termed, labelled, labeled, branded
`);
const ACCORDING = verbList(`
  according to, as reported by, as stated by
`);

const KIND_OF: ReadonlyMap<string, SpeechVerbKind> = new Map([
  ...[...REPORTING, ...FINITE_ONLY].map((verb): [string, SpeechVerbKind] => [verb, 'finite']),
  ...PARTICIPLES.map((verb): [string, SpeechVerbKind] => [verb, 'participle']),
  ...NAMING.map((verb): [string, SpeechVerbKind] => [verb, 'naming']),
  ...ACCORDING.map((verb): [string, SpeechVerbKind] => [verb, 'according']),
]);
const REPORTING_SET: ReadonlySet<string> = new Set(REPORTING);
const ALTERNATION = [...KIND_OF.keys()]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map((verb) => verb.replace(/ /g, '\\s+'))
  .join('|');
const VERB_AT = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${ALTERNATION})(?![\\p{L}\\p{N}'’-])`, 'iuy');
/** A character the verb boundaries test: a verb can only start where a run of them starts. */
const RUN_CHAR_AT = /[\p{L}\p{N}'’-]/uy;
/** The first word of every verb ("pointed" of "pointed out"): a run in plain ASCII that is not one holds no verb. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...KIND_OF.keys()].map((verb) => verb.split(' ')[0] as string));
/** The first word of every verb by its length and first three letters ("as" by its two). */
const VERB_PREFIXES: ReadonlySet<number> = new Set([...FIRST_WORDS].map((word) => prefixKey(word, 0, word.length)));
const FIRST_WORD_LENGTHS = {
  min: Math.min(...[...FIRST_WORDS].map((word) => word.length)),
  max: Math.max(...[...FIRST_WORDS].map((word) => word.length)),
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range
const NON_ASCII = /[^\x00-\x7f]/;

/** The text before a word ends inside a sentence: a word or a comma, then a space. */
const MID_SENTENCE = /[\p{L}\p{N},]\s+$/u;

/**
 * Finds the speech verbs in `text.slice(from, to)`, in text order, longest form first at each
 * place ("pointed out" before "pointed"). Case is ignored where a sentence may begin with one
 * ("According to …"), but a capitalised word after a word or a comma is part of a name ("the
 * Federated States") and is passed over. Returns `[]` when there are none. Pure.
 */
export function findSpeechVerbs(text: string, from = 0, to = text.length): SpeechVerb[] {
  const slot = textSlot(text);
  let all = SCANNED_TEXTS[slot] === text ? SCANNED_VERBS[slot] : undefined;
  if (all === undefined) {
    all = scanVerbs(text, 0, text.length);
    SCANNED_TEXTS[slot] = text;
    SCANNED_VERBS[slot] = all;
  }
  // Callers read one paragraph many times (mentions, each quote, each sentence): the verbs of the
  // whole text, cut to the range, are the verbs of the range unless the range cuts a word or a verb.
  if (cutsWord(text, from) || cutsWord(text, to)) return scanVerbs(text, from, to);
  const verbs: SpeechVerb[] = [];
  for (const verb of all) {
    if (verb.end <= from || verb.start >= to) continue;
    if (verb.start < from || verb.end > to) return scanVerbs(text, from, to);
    verbs.push(verb);
  }
  return verbs;
}

/**
 * The verbs of the texts read last (a report's paragraphs), memoised in a table of slots chosen
 * by `textSlot`: a text met again is found without hashing all of it, as a Map would.
 */
const SCANNED_SLOTS = 512;
const SCANNED_TEXTS: (string | undefined)[] = new Array(SCANNED_SLOTS).fill(undefined);
const SCANNED_VERBS: (readonly SpeechVerb[] | undefined)[] = new Array(SCANNED_SLOTS).fill(undefined);

/** A slot for a text from its length and sixteen of its characters, spread over it. */
function textSlot(text: string): number {
  let hash = text.length;
  const step = Math.max(1, text.length >> 4);
  for (let at = 0; at < text.length; at += step) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return (hash ^ (hash >>> 15)) & (SCANNED_SLOTS - 1);
}
const RUN_CHAR = /[\p{L}\p{N}'’\uD800-\uDFFF-]/u;

/** True when `at` falls inside a run of word characters, where a range would read a different word. */
function cutsWord(text: string, at: number): boolean {
  return at > 0 && at < text.length && RUN_CHAR.test(text[at - 1] as string) && RUN_CHAR.test(text[at] as string);
}

function scanVerbs(text: string, from: number, to: number): SpeechVerb[] {
  const verbs: SpeechVerb[] = [];
  const slice = text.slice(from, to);
  let after = 0;
  let at = 0;
  while (at < slice.length) {
    // Plain ASCII and the quote mask (a quarter of a masked paragraph) are told apart inline: this
    // loop sees every character of every paragraph.
    const code = slice.charCodeAt(at);
    const width = code < 128 ? (ASCII_RUN_CHARS[code] as number) : code === MASK_CODE ? 0 : runCharWidth(slice, at);
    if (width === 0) {
      at += 1;
      continue;
    }
    const runStart = at;
    at += width;
    while (at < slice.length) {
      const next = slice.charCodeAt(at);
      const nextWidth =
        next < 128 ? (ASCII_RUN_CHARS[next] as number) : next === MASK_CODE ? 0 : runCharWidth(slice, at);
      if (nextWidth === 0) break;
      at += nextWidth;
    }
    // Only a run that is, case-insensitively, the first word of a verb can start one (case folding
    // keeps the length); the anchored pattern then decides exactly as a scan of the whole slice would.
    const length = at - runStart;
    if (runStart < after || length < FIRST_WORD_LENGTHS.min || length > FIRST_WORD_LENGTHS.max) continue;
    if (!hasVerbPrefix(slice, runStart, length, code)) continue;
    const run = slice.slice(runStart, at);
    if (!FIRST_WORDS.has(run.toLowerCase()) && !NON_ASCII.test(run)) continue;
    VERB_AT.lastIndex = runStart;
    const match = VERB_AT.exec(slice);
    if (!match) continue;
    after = match.index + match[0].length;
    const verb = match[0].toLowerCase().replace(/\s+/g, ' ');
    const kind = KIND_OF.get(verb) ?? 'finite';
    const start = from + match.index;
    // A capital inside a sentence is a name, not a verb: "the Federated States", "Human Rights Watch Says".
    if (/^\p{Lu}/u.test(match[0]) && MID_SENTENCE.test(text.slice(Math.max(0, start - 3), start))) continue;
    verbs.push({ kind, start, end: start + match[0].length, verb, isReporting: REPORTING_SET.has(verb) });
  }
  return verbs;
}

/** False when the run's first three characters (two for a run of two) are plain ASCII and begin no verb, case aside. */
function hasVerbPrefix(text: string, at: number, length: number, first: number): boolean {
  // `prefixKey`, unrolled: the run has two characters at least, and its first is known.
  const second = text.charCodeAt(at + 1);
  const third = length > 2 ? text.charCodeAt(at + 2) : 0;
  if (first >= 128 || second >= 128 || third >= 128) return true;
  let key = Math.min(length, 15) * 128 * 128 + (first | 32) * 128 + (second | 32);
  if (length > 2) key = key * 128 + (third | 32);
  return VERB_PREFIXES.has(key);
}

/**
 * A run's length (up to 15) and its first three characters as one number, -1 when one of them is
 * not ASCII; `| 32` lowercases a letter and keeps digits, "'" and "-".
 */
function prefixKey(text: string, at: number, length: number): number {
  const count = Math.min(3, length);
  let key = Math.min(length, 15);
  for (let i = 0; i < count; i++) {
    const code = text.charCodeAt(at + i);
    if (code >= 128) return -1;
    key = key * 128 + (code | 32);
  }
  return key;
}

/** `QUOTE_MASK` (U+FFFC), no word character. */
const MASK_CODE = QUOTE_MASK.charCodeAt(0);
/** 1 for the ASCII characters of `RUN_CHAR_AT` (letters, digits, "'" and "-"), else 0. */
const ASCII_RUN_CHARS = Uint8Array.from({ length: 128 }, (_, code) => runCharWidth(String.fromCharCode(code), 0));

/** How many code units the word character at `at` takes (`[\p{L}\p{N}'’-]`), 0 when it is none. */
function runCharWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) {
    const isWordChar =
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 39 ||
      code === 45;
    return isWordChar ? 1 : 0;
  }
  if (code === 0x2019) return 1;
  // Outside the surrogates one code unit is one character: its class is looked up, not matched
  // (a masked paragraph is a quarter U+FFFC).
  if (code < 0xd800 || code > 0xdfff) return isBmpRunChar(code) ? 1 : 0;
  RUN_CHAR_AT.lastIndex = at;
  return RUN_CHAR_AT.exec(text)?.[0].length ?? 0;
}

/** Whether each code unit outside the surrogates matches `RUN_CHAR_AT`: 0 not known yet, 1 yes, 2 no. */
const BMP_RUN_CHARS = new Uint8Array(0x10000);

function isBmpRunChar(code: number): boolean {
  let known = BMP_RUN_CHARS[code] as number;
  if (known === 0) {
    RUN_CHAR_AT.lastIndex = 0;
    known = RUN_CHAR_AT.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_RUN_CHARS[code] = known;
  }
  return known === 1;
}

/** The verbs of a comma-separated list (kept as text so the lists stay compact). */
function verbList(list: string): string[] {
  return list
    .split(',')
    .map((verb) => verb.trim().replace(/\s+/g, ' '))
    .filter((verb) => verb !== '');
}
