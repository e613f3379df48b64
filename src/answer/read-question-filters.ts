import type { FigureKind } from '../extract/figures/figure.js';
import { STOP_WORDS } from '../search/stop-words.js';
import { readDatePhrases } from './read-date-phrases.js';
import { readFigureIntent } from './read-figure-intent.js';

/**
 * What a free question asked for, each part a filter of its answer. Plain data; every string
 * lower-cased as written in the question (no side or speaker is resolved here: the answer does
 * that against the corpus).
 */
export type QuestionFilters = {
  /** Casualty or troop figures (`readFigureIntent`), or null. */
  readonly kind: FigureKind | null;
  /** Figure category words ("killed", "wounded", "captured", …). */
  readonly categories: readonly string[];
  /** Whose losses or troops ("north korean", "puerto ricans", "ukraine's" → "ukraine"). */
  readonly sides: readonly string[];
  /** Who makes the claim ("according to X", "did X say", "X claimed"), or null. */
  readonly claimant: string | null;
  /** Places after "in" ("in Logar" → "logar"). */
  readonly places: readonly string[];
  /** Date phrases ("in september", "since july 20", "last week", "since 2024-12-01"). */
  readonly dates: readonly string[];
  /** Amounts as written ("12,000"). */
  readonly numbers: readonly string[];
  /** The other words that say what it is about. */
  readonly topics: readonly string[];
  /** "What did X say about Y": Y as written, else null. */
  readonly about: string | null;
  /** A yes/no question ("has Ukraine captured any …?"): answered from the figures of that category. */
  readonly isYesNo: boolean;
};

/**
 * Whose losses, by the form of the words alone (the corpus's sides are read by `parseFigureFilter`):
 * a demonym-like word before a people noun ("russian soldiers", "north korean troops", "houthi
 * rebels"), a plural demonym ("syrians", "Puerto Ricans": a capitalised word before it is part of
 * the name), or a possessive before losses ("ukraine's losses").
 */
const SIDE_WORD =
  /\b((?:(?:north|south|east|west|central)\s+)?\p{L}+(?:an|ian|ese|ish|i))s?(?=\s+(?:soldiers|troops|forces|civilians|fighters|militants|rebels|police|people|casualties|losses|dead|deaths)\b)|\b((?:(?:north|south|east|west|central)\s+)?(?:\p{L}+ians?|\p{L}+ans))\b|\b(\p{L}+)['’]s\s+(?=losses|casualties|dead|troops|forces|soldiers)/giu;
/** A plural demonym of two capitalised words ("Puerto Ricans", "Sri Lankans"): one side. */
const TWO_WORD_SIDE = /\b(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}*(?:ians?|ans|ese))\b/gu;
/** The doer of a yes/no question ("has Ukraine captured …"): not whose losses, not a filter. */
const DOER =
  /^\s*(?:has|have|had|did|does|do|is|are|was|were)\s+((?:\p{L}[\p{L}.'’-]*\s+){1,3}?)(?=\S+\s+(?:any|anyone|anybody|some)\b)/iu;
/** The capitalised subject of a troop question's verb ("did North Korea send", "has Russia deployed"). */
const SENDER = /\b(?:did|has|have|had|does|do|will|is|are|was|were)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(?=\p{Ll})/u;
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
/** A claimant, by the three forms a question names one in; the first that matches wins. */
const CLAIMANT_FORMS: readonly RegExp[] = [
  /\baccording to\s+(?:the\s+)?(.+?)(?=\s+(?:in|since|after|before|until|during|on|last|about|and|or)\b|[?,.!;]|$)/iu,
  /\b(?:did|does|do|has|have|had)\s+(?:the\s+)?(.+?)\s+(?:say|said|claim|claimed|report|reported|estimate|estimated|count|counted|put|confirm|confirmed)\b/iu,
  /(?:^\s*|[,;]\s*)(?:the\s+)?(?!(?:Who|What|Which|How|When|Where|Why|Has|Have|Did|Does|Is|Are|Was|Were)\b)(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s+(?:claimed|claims|said|says|estimated|estimates|reported|reports|confirmed)\b/u,
];
/** A place: "in" and one to three capitalised words ("in Puerto Rico", "in the Manchester Arena attack"). */
const PLACE = /\bin\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/gu;
/** A place written in lower case: "in" and one word ("in aleppo"). */
const PLACE_WORD = /\bin\s+(\p{Ll}{3,})\b/gu;
const MONTH_WORDS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const AMOUNT = /(?<![\p{L}\p{N}.,-])(\d{1,3}(?:,\d{3})+|\d{3,})(?![\p{L}\p{N}]|[.,]\d)/gu;
/** "and who says so?", "according to whom": asks for the claimant, filters nothing. */
const WHO_SAYS =
  /,?\s*(?:and\s+)?(?:who|which sources?)\s+(?:says?|said|claims?)\s+(?:so|that|it)\b|,?\s*according to whom\b/giu;
/** Words that only frame a figure question ("how many people were"). */
const FRAME_WORDS = new Set(
  (
    'how many much number numbers total figure figures amount estimate estimates toll count ' +
    'people persons soldiers troops troop forces civilians fighters men women children personnel units ' +
    'rebels militants insurgents militias militiamen come comes ' +
    'still right true correct accurate really actually else latest current official exact ' +
    'cite cites cited mention mentions mentioned quote quotes quoted give gave given ' +
    'far now yet ever already so far get got say says said claim claimed claims according whom ' +
    'after before since during until ' +
    // The event every report of a story is about frames the question; as a filter it would only remove.
    'war wars conflict fighting attack attacks battle violence crisis incident ' +
    'reportedly reported report reports were was been being has have had do does did is are'
  ).split(' '),
);

/**
 * Reads the filters a free question carries, by fixed rules on its words: the figure intent
 * (`readFigureIntent`), whose losses (`SIDE_WORD`), the claimant ("according to X", "did X say",
 * "X claimed"), places ("in <Capitalised Name>", "in <word>"), date phrases (`readDatePhrases`), amounts
 * ("12,000", "1500": thousands separators or three digits), and the topic words left over once the
 * words that only frame a question ("how many people were", stop words) are dropped. A question
 * starting with has/have/did/does/is/are/was/were and asking for figures is a yes/no question.
 *
 * Deterministic and total; nothing is resolved against a corpus here.
 *
 * @example
 * readQuestionFilters('how many North Korean troops were killed in Kursk according to Kirby?');
 * // { kind: 'casualties', categories: ['killed'], sides: ['north korean'], claimant: 'kirby',
 * //   places: ['kursk'], dates: [], numbers: [], topics: [], about: null, isYesNo: false }
 */
export function readQuestionFilters(question: string): QuestionFilters {
  let rest = ` ${question.replace(/\s+/g, ' ').replace(WHO_SAYS, ' ').trim()} `;
  const intent = readFigureIntent(rest);
  let claimant: string | null = null;
  for (const form of intent.kind === null ? CLAIMANT_FORMS.slice(0, 1) : CLAIMANT_FORMS) {
    const match = form.exec(rest);
    if (!match?.[1]) continue;
    claimant = match[1].toLowerCase().trim();
    rest = rest.replace(match[0], match[0].startsWith(',') ? ', ' : ' ');
    break;
  }
  const dated = readDatePhrases(rest.toLowerCase(), null);
  rest = blankPhrases(rest, dated.phrases);
  const places: string[] = [];
  rest = rest.replace(PLACE, (phrase, name: string) => {
    const words = name.split(' ');
    const end = words.findIndex((word) => MONTH_WORDS.test(word) && word.length <= 9);
    const kept = end === -1 ? words : words.slice(0, end);
    if (kept.length === 0) return phrase;
    places.push(kept.join(' ').toLowerCase());
    return ` ${words.slice(kept.length).join(' ')} `;
  });
  rest = rest.replace(PLACE_WORD, (phrase, word: string) => {
    if (STOP_WORDS.has(word) || FRAME_WORDS.has(word) || intent.words.includes(word)) return phrase;
    places.push(word);
    return ' ';
  });
  const numbers = [...rest.matchAll(AMOUNT)].map((match) => match[1] ?? '');
  rest = rest.replace(AMOUNT, ' ');
  const sides: string[] = [];
  const doer = intent.kind === 'casualties' ? DOER.exec(rest) : null;
  if (doer?.[1]) rest = rest.replace(doer[1], ' ');
  // Who sends troops is whose troops they are ("how many soldiers has North Korea deployed").
  const sender = intent.kind === 'troops' ? SENDER.exec(rest) : null;
  if (sender?.[1]) {
    sides.push(sender[1].trim().toLowerCase());
    rest = rest.replace(sender[1], ' ');
  }
  for (const match of rest.matchAll(TWO_WORD_SIDE)) sides.push((match[1] ?? '').toLowerCase());
  rest = rest.replace(TWO_WORD_SIDE, ' ');
  const intentWords = new Set(intent.words);
  const isPlain = (word: string) =>
    /^\p{L}+$/u.test(word) && !STOP_WORDS.has(word) && !FRAME_WORDS.has(word) && !intentWords.has(word);
  for (const match of rest.matchAll(SIDE_WORD)) {
    let side = (match[1] ?? match[2] ?? match[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
    // A plural demonym keeps a plain word before it: "puerto ricans" is one name, "many syrians" is not.
    const before = /(\p{L}+)\s+$/u.exec(rest.slice(0, match.index))?.[1]?.toLowerCase() ?? '';
    if (match[2] !== undefined && !side.includes(' ') && isPlain(before)) {
      side = `${before} ${side}`;
      rest = `${rest.slice(0, match.index - before.length - 1)}  ${' '.repeat(before.length)}${rest.slice(match.index)}`;
    }
    if (side !== '' && !NOT_SIDES.has(side) && !sides.includes(side)) sides.push(side);
  }
  rest = rest.replace(SIDE_WORD, (whole, _a, _b, possessive) =>
    possessive ? whole.replace(/^\p{L}+['’]s/u, ' ') : ' ',
  );
  const topics = rest
    .toLowerCase()
    .replace(/\bcall(?:s|ed|ing)?\s+up\b|\bdeath\s+toll\b/g, ' ')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((word) => word !== '' && !STOP_WORDS.has(word.replace(/['’]/g, '')) && !FRAME_WORDS.has(word))
    .filter((word) => !intentWords.has(word) && !/^\d+$/.test(word));
  return {
    kind: intent.kind,
    categories: intent.categories,
    sides,
    claimant,
    places,
    dates: dated.phrases.map((phrase) => phrase.trim()),
    numbers,
    topics: [...new Set(topics)],
    about: null,
    isYesNo: intent.kind !== null && /^\s*(?:has|have|had|did|does|do|is|are|was|were)\b/i.test(question),
  };
}

/** Blanks each phrase (found in the lower-cased text) out of the text as written. */
function blankPhrases(text: string, phrases: readonly string[]): string {
  let out = text;
  for (const phrase of phrases) {
    const at = out.toLowerCase().indexOf(phrase);
    if (at !== -1) out = `${out.slice(0, at)} ${out.slice(at + phrase.length)}`;
  }
  return out;
}
