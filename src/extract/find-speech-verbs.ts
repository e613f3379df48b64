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
const VERB = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${ALTERNATION})(?![\\p{L}\\p{N}'’-])`, 'giu');

/** The text before a word ends inside a sentence: a word or a comma, then a space. */
const MID_SENTENCE = /[\p{L}\p{N},]\s+$/u;

/**
 * Finds the speech verbs in `text.slice(from, to)`, in text order, longest form first at each
 * place ("pointed out" before "pointed"). Case is ignored where a sentence may begin with one
 * ("According to …"), but a capitalised word after a word or a comma is part of a name ("the
 * Federated States") and is passed over. Returns `[]` when there are none. Pure.
 */
export function findSpeechVerbs(text: string, from = 0, to = text.length): SpeechVerb[] {
  const verbs: SpeechVerb[] = [];
  for (const match of text.slice(from, to).matchAll(VERB)) {
    const verb = match[0].toLowerCase().replace(/\s+/g, ' ');
    const kind = KIND_OF.get(verb) ?? 'finite';
    const start = from + match.index;
    // A capital inside a sentence is a name, not a verb: "the Federated States", "Human Rights Watch Says".
    if (/^\p{Lu}/u.test(match[0]) && MID_SENTENCE.test(text.slice(Math.max(0, start - 3), start))) continue;
    verbs.push({ kind, start, end: start + match[0].length, verb, isReporting: REPORTING_SET.has(verb) });
  }
  return verbs;
}

/** The verbs of a comma-separated list (kept as text so the lists stay compact). */
function verbList(list: string): string[] {
  return list
    .split(',')
    .map((verb) => verb.trim().replace(/\s+/g, ' '))
    .filter((verb) => verb !== '');
}
