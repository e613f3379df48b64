import type { Sentence } from '../../sentences/sentence.js';
import { type NamePhrase, readNamePhrase } from '../people/read-name-phrase.js';
import { skipTimePhrase } from '../words/skip-time-phrase.js';
import { type FigureToken, tokenizeFigureText } from '../words/tokenize-figure-text.js';
import { readInnerSource } from './find-cited-source.js';

/** Who a sentence says is speaking, and where the attribution is written in it. */
export type Attribution = {
  /** Span of the whole attribution in the sentence ("as reported by …", "he said"), relative offsets. */
  readonly start: number;
  readonly end: number;
  /** Offset of the attribution word ("said", "according"), for choosing the nearest. */
  readonly anchor: number;
  /** The claimant as this sentence writes it ("he", "the agency", "Zelensky"). */
  readonly written: string;
  /** As written, or for "he"/"the agency" the name from the nearest earlier sentence; null when unresolved. */
  readonly claimant: string | null;
  readonly type: NamePhrase['type'];
  /** `scope`: "according to X" / "as reported by X", which attribute the whole sentence; `verb`: "X said". */
  readonly form: 'scope' | 'verb';
};

const VERBS = new Set(
  'said says say stated states told tells estimated estimates estimate confirmed confirms confirm reported reports report announced announces claimed claims claim noted notes added adds believes believe believed assessed assesses assess wrote writes posted revealed reveals disclosed discloses indicated indicates indicate suggested suggests suggest suggesting indicating showing estimating claiming saying showed shows show put puts counted warned warns acknowledged admitted alleged recorded calculated cited cites'.split(
    ' ',
  ),
);
const INVERTING = new Set(['said', 'says', 'told', 'wrote', 'added', 'noted']);
/** Verbs that are also nouns: before a comma or a full stop they are the noun ("intelligence reports,"). */
const NOUN_LIKE = new Set([
  'reports',
  'report',
  'claims',
  'claim',
  'estimates',
  'estimate',
  'notes',
  'states',
  'shows',
]);
const AUXILIARY = new Set(
  'has have had also previously earlier reportedly recently later further then now repeatedly publicly separately alone itself first'.split(
    ' ',
  ),
);
const PASSIVE_AFTER = new Set(['killed', 'dead', 'missing', 'wounded', 'injured', 'captured', 'to', 'as']);
const SOURCE_NOUNS = new Set([
  'reports',
  'report',
  'claims',
  'claim',
  'estimates',
  'estimate',
  'accounts',
  'allegations',
  'assessments',
]);
const AMOUNT_START =
  /^\s+(?:(?:more than|over|about|around|at least|some|nearly|almost|up to|as many as|approximately|roughly|an estimated)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a dozen|a hundred|a thousand|dozens|hundreds|thousands|tens)\b)/i;
const INSTITUTION_NOUN = /\b(?:agency|ministry|office|service|department|government|command|institute|military|army)$/i;
const PERSON_NOUN =
  /\b(?:spokesman|spokeswoman|spokesperson|official|president|minister|commander|general|secretary|chief)$/i;
const LOOK_BACK = 3;
/** Participles after a comma that attribute the clause to the sentence's subject. */
const PARTICIPLES = new Set(['saying', 'adding', 'noting', 'claiming', 'stating', 'estimating', 'warning', 'citing']);
const NOT_A_VERB = new Set(
  'of in on at to for from with by about after before since during into over under near than as and or but'.split(' '),
);

/**
 * Finds every attribution in sentence `index`: "according to X", "as reported by X", "X said /
 * estimated / confirmed / reported / announced (that)", "X estimate(s) that", "reports
 * suggest(ing)", and the inverted "…, said X". "he said", "according to him" and "the agency said"
 * are resolved from the nearest earlier sentence (up to three back) that names a fitting
 * claimant: a person for he/she, a body for it and "the agency". Deterministic; in text order.
 */
export function findAttributions(sentences: readonly Sentence[], index: number): Attribution[] {
  const sentence = sentences[index];
  if (sentence === undefined) return [];
  const resolved = findWritten(sentence.text).map((found) => {
    if (found.type !== 'pronoun' && found.type !== 'description') return found;
    // Only "the agency", "the spokesman" and the like point back; "the report" is kept as written.
    const isPointer =
      found.type === 'pronoun' || INSTITUTION_NOUN.test(found.written) || PERSON_NOUN.test(found.written);
    const resolved = isPointer ? resolve(sentences, index, found) : null;
    if (resolved !== null) return { ...found, claimant: resolved.claimant, type: resolved.type };
    return { ...found, claimant: found.type === 'pronoun' ? null : found.written };
  });
  // Nesting takes two verb attributions; the sentence is tokenised once, and only then.
  if (resolved.filter((found) => found.form === 'verb').length < 2) return resolved;
  const tokens = tokenizeFigureText(sentence.text);
  return resolved.filter((inner) => inner.form !== 'verb' || !isNested(tokens, inner, resolved));
}

/**
 * True when `inner` is a source reported inside another attribution: its verb is the one
 * `readInnerSource` reads after the speech verb of a named person or body ("the ministry", a
 * resolved "he"; not bare "officials"): "Kirby said (that) the U.S. believes 3,000 …". The outer
 * speaker makes the claim; the inner one is kept as context by `findCitedSource`.
 */
function isNested(tokens: readonly FigureToken[], inner: Attribution, all: readonly Attribution[]): boolean {
  return all.some((outer) => {
    if (outer === inner || outer.form !== 'verb' || outer.claimant === null || outer.type === 'source') return false;
    const at = tokens.findIndex((t) => t.start === outer.anchor);
    return readInnerSource(tokens, at)?.verb.start === inner.anchor;
  });
}

function findWritten(text: string): Attribution[] {
  const tokens = tokenizeFigureText(text);
  const found: Attribution[] = [];
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (token.lower === 'according' && next?.lower === 'to') {
      pushPhrase(found, text, widenBodyPhrase(tokens, readNamePhrase(tokens, i + 2, 'right')), {
        start: token.start,
        anchor: token.start,
        form: 'scope',
      });
      return;
    }
    if (
      SOURCE_NOUNS.has(token.lower) &&
      ((next?.lower === 'of' && startsAmount(text.slice(next.end))) ||
        // "denied reports that …" (a noun); "officials estimate that …" is the verb, read below.
        (next?.lower === 'that' && readNamePhrase(tokens, i, 'left') === null))
    ) {
      // "reports of 500 deaths", "claims that 3,000 died": the source noun claims the number.
      const phrase = readNamePhrase(tokens, i + 1, 'left');
      pushPhrase(found, text, phrase, {
        start: phrase?.start ?? token.start,
        anchor: token.start,
        end: next.end,
        form: 'verb',
      });
      return;
    }
    if (PARTICIPLES.has(token.lower) && tokens[i - 1]?.text === ',') {
      // "X concurred on Friday, saying …": the participle's subject is the name the sentence opens with.
      const opening = readOpeningName(tokens);
      if (opening !== null)
        pushPhrase(found, text, opening, { start: opening.start, anchor: token.start, form: 'verb' });
      return;
    }
    if (!isAttributionVerb(tokens, i) || (next !== undefined && PASSIVE_AFTER.has(next.lower))) return;
    // "the United States is …": a capitalised verb-like word inside a sentence belongs to a name.
    if (token.start > 0 && /^\p{Lu}/u.test(token.text)) return;
    if (NOUN_LIKE.has(token.lower) && (next === undefined || /^[,.;:)]$/.test(next.text))) return;
    if (next?.lower === 'by') {
      const as = tokens[i - 1]?.lower === 'as' ? tokens[i - 1] : token;
      pushPhrase(found, text, widenBodyPhrase(tokens, readNamePhrase(tokens, i + 2, 'right')), {
        start: as?.start ?? token.start,
        anchor: token.start,
        form: 'scope',
      });
      return;
    }
    let j = skipTimePhrase(tokens, i);
    // "the governor formally raised …": an adverb between the name and its verb.
    while (AUXILIARY.has(tokens[j - 1]?.lower ?? '') || isAdverb(tokens[j - 1])) j -= 1;
    // "officials who have indicated that …": the relative pronoun points at the name before it.
    if (tokens[j - 1]?.lower === 'who') j -= 1;
    // "Reports citing the ministry say …", "Quill, citing intelligence, said …": the speaker is
    // the name before the cited source (kept as context by `readFigureClaim`).
    const outer = skipCitedSource(tokens, j);
    const named =
      readNamePhrase(tokens, outer ?? j, 'left') ??
      (outer === null ? null : readNamePhrase(tokens, j, 'left')) ??
      readStudyPhrase(tokens, j) ??
      (outer === null ? null : readStudyPhrase(tokens, outer)) ??
      readPublisherPhrase(tokens, j);
    const left = readStudyOwner(tokens, named) ?? widenBodyPhrase(tokens, named);
    if (left !== null) {
      pushPhrase(found, text, left, { start: left.start, anchor: token.start, end: token.end, form: 'verb' });
    } else if (INVERTING.has(token.lower) && /^[,"”']$/.test(tokens[i - 1]?.text ?? '')) {
      pushPhrase(found, text, readNamePhrase(tokens, i + 1, 'right'), {
        start: token.start,
        anchor: token.start,
        form: 'verb',
      });
    }
  });
  return found;
}

/** Nouns for a study and the people who make one ("Oslo University professors calculated …"). */
const STUDY_NOUNS = new Set(
  'professors scientists academics economists demographers epidemiologists statisticians analysis study survey review'.split(
    ' ',
  ),
);

/**
 * "Oslo University professors calculated", "A Nordic Radio analysis estimated": when the word
 * before the verb at `at` is a study noun after a name, the name and the noun; else null. A study
 * noun with no name before it ("a study estimated") names no one. A group or a study is a body,
 * so the phrase is typed `institution` whatever the name ("A Nordic Radio" reads as a person).
 */
function readStudyPhrase(tokens: readonly FigureToken[], at: number): NamePhrase | null {
  const noun = tokens[at - 1];
  if (noun === undefined || !STUDY_NOUNS.has(noun.lower)) return null;
  const name = readNamePhrase(tokens, at - 1, 'left');
  if (name === null || name.type === 'pronoun' || name.type === 'description') return null;
  return { start: name.start, end: noun.end, type: 'institution' };
}

/** Verbs by which someone publishes a study ("Oslo researchers published a study estimating …"). */
const PUBLISH_VERBS = new Set(['published', 'released', 'issued', 'conducted', 'produced', 'completed']);
/** Words that tie a study to where it appeared, not to who made it ("a study published in …"). */
const APPEARED = new Set(['published', 'appearing', 'released', 'printed']);

/**
 * "Oslo researchers published a study estimating …": when the words before token `at` are a
 * study noun after a publishing verb, the name phrase before that verb (adverbs and auxiliaries
 * skipped); else null.
 */
function readPublisherPhrase(tokens: readonly FigureToken[], at: number): NamePhrase | null {
  if (!STUDY_NOUNS.has(tokens[at - 1]?.lower ?? '')) return null;
  let k = at - 2;
  while (k >= 0 && /^(?:a|an|the|new|its|their)$/.test(tokens[k]?.lower ?? '')) k -= 1;
  if (!PUBLISH_VERBS.has(tokens[k]?.lower ?? '')) return null;
  while (k > 0 && (AUXILIARY.has(tokens[k - 1]?.lower ?? '') || isAdverb(tokens[k - 1]))) k -= 1;
  const name = readNamePhrase(tokens, k, 'left');
  return name === null || name.type === 'pronoun' || name.type === 'description' ? null : name;
}

/**
 * "a Harvard study published in the Ruritanian Journal estimated": the name read before the verb is
 * where the study appeared; its authors ("Harvard study") make the claim. Null when the phrase is
 * not after "<study noun> published in / by".
 */
function readStudyOwner(tokens: readonly FigureToken[], phrase: NamePhrase | null): NamePhrase | null {
  if (phrase === null) return null;
  const first = tokens.findIndex((t) => t.start === phrase.start);
  if (!/^(?:in|by)$/.test(tokens[first - 1]?.lower ?? '') || !APPEARED.has(tokens[first - 2]?.lower ?? '')) return null;
  return readStudyPhrase(tokens, first - 2);
}

/** Nouns of a body that a possessive name and lower-case words may stand before ("Italy's civil protection agency"). */
const BODY_NOUN =
  /^(?:agency|ministry|office|service|department|government|authority|authorities|police|council|committee|newspaper|institute|center|centre|survey|commission|bureau)$/;
const MAX_BODY_WORDS = 3;

/**
 * Widens a name phrase over the lower-case words of a body's name: "agency" read before "said"
 * becomes "Italy's civil protection agency", and "Italy's" read after "according to" becomes the
 * same, when a possessive name and at most three lower-case words lead to a body noun. Any other
 * phrase comes back as it is.
 */
function widenBodyPhrase(tokens: readonly FigureToken[], phrase: NamePhrase | null): NamePhrase | null {
  if (phrase === null) return null;
  const first = tokens.findIndex((t) => t.start === phrase.start);
  const last = tokens.findIndex((t) => t.end === phrase.end);
  if (BODY_NOUN.test(tokens[first]?.lower ?? '')) {
    for (let k = first - 1; k >= Math.max(0, first - MAX_BODY_WORDS - 1); k -= 1) {
      const token = tokens[k] as FigureToken;
      if (/^\p{Lu}[\p{L}.]*['’]s$/u.test(token.text)) {
        const name = readNamePhrase(tokens, k + 1, 'left');
        return { start: name?.start ?? token.start, end: phrase.end, type: 'institution' };
      }
      if (!isBodyWord(token)) break;
    }
  }
  if (/['’]s$/.test(tokens[last]?.text ?? '')) {
    for (let k = last + 1; k <= last + MAX_BODY_WORDS + 1 && k < tokens.length; k += 1) {
      const token = tokens[k] as FigureToken;
      if (BODY_NOUN.test(token.lower)) return { start: phrase.start, end: token.end, type: 'institution' };
      if (!isBodyWord(token)) break;
    }
  }
  return phrase;
}

/** A lower-case word that may be part of a body's name ("civil", "protection"), not a function word. */
function isBodyWord(token: FigureToken): boolean {
  return (
    token.type === 'word' &&
    /^\p{Ll}+$/u.test(token.text) &&
    !NOT_A_VERB.has(token.lower) &&
    !/^(?:a|an|the)$/.test(token.lower)
  );
}

/** Verbs that change a count ("raised the death toll to …"): an attribution when a toll or count follows. */
const TOLL_VERBS = new Set(['raised', 'revised', 'lowered', 'updated', 'increased', 'upped']);
const TOLL_NOUN = /^(?:toll|count|tally|estimate|figure|number)$/;

/** True when token `i` is an attribution verb: a speech verb, or a toll verb before its toll ("raised the toll"). */
function isAttributionVerb(tokens: readonly FigureToken[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (VERBS.has(token.lower)) return true;
  if (!TOLL_VERBS.has(token.lower)) return false;
  return tokens.slice(i + 1, i + 5).some((t) => TOLL_NOUN.test(t.lower));
}

/** A lower-case manner adverb ("formally", "officially"); "only", "early" and names ending in -ly are not. */
function isAdverb(token: FigureToken | undefined): boolean {
  return (
    token !== undefined && token.type === 'word' && /^\p{Ll}{3,}ly$/u.test(token.text) && !NOT_ADVERB.has(token.lower)
  );
}
const NOT_ADVERB = new Set(['only', 'early', 'family', 'ally', 'rally', 'supply', 'reply', 'apply', 'assembly']);

/** Words that put a cited source between a speaker and its verb ("X, citing Y, said"). */
const CITING = new Set(['citing', 'quoting', 'using']);

/**
 * When the words just before token `at` are a cited source ("citing the ministry", ", citing
 * intelligence,"), the index of the token that ends the speaker before it; else null.
 */
function skipCitedSource(tokens: readonly FigureToken[], at: number): number | null {
  let k = tokens[at - 1]?.text === ',' ? at - 2 : at - 1;
  for (let steps = 0; k >= 0 && steps < MAX_CITED_TOKENS; k -= 1, steps += 1) {
    const token = tokens[k] as FigureToken;
    if (/^[,;:.]$/.test(token.text)) return null;
    if (CITING.has(token.lower)) return tokens[k - 1]?.text === ',' ? k - 1 : k;
  }
  return null;
}
const MAX_CITED_TOKENS = 12;

/** The name a sentence opens with, when a verb follows it ("Dutch Defense Minister Jan Smit agreed, …"). */
function readOpeningName(tokens: readonly FigureToken[]): NamePhrase | null {
  const phrase = readNamePhrase(tokens, 0, 'right');
  if (phrase === null || phrase.type === 'pronoun' || phrase.type === 'description') return null;
  const after = tokens.find((t) => t.start >= phrase.end);
  // "Ahead of his address, …", "Captured on video, …": an opening phrase, not the subject.
  const isPossessive = /['’]s$/.test(tokens.find((t) => t.end === phrase.end)?.text ?? '');
  return after !== undefined && /^\p{Ll}/u.test(after.text) && !NOT_A_VERB.has(after.lower) && !isPossessive
    ? phrase
    : null;
}

function startsAmount(rest: string): boolean {
  return AMOUNT_START.test(rest);
}

function pushPhrase(
  found: Attribution[],
  text: string,
  phrase: NamePhrase | null,
  at: { readonly start: number; readonly anchor: number; readonly end?: number; readonly form: Attribution['form'] },
): void {
  if (phrase === null) return;
  const written = text.slice(phrase.start, phrase.end);
  const span = { start: Math.min(at.start, phrase.start), end: Math.max(at.end ?? phrase.end, phrase.end) };
  found.push({ ...span, anchor: at.anchor, written, claimant: written, type: phrase.type, form: at.form });
}

function resolve(
  sentences: readonly Sentence[],
  index: number,
  found: Attribution,
): { readonly claimant: string; readonly type: NamePhrase['type'] } | null {
  const wanted = wantedTypes(found);
  const noun = found.type === 'description' ? (/(\p{L}+)$/u.exec(found.written)?.[1] ?? '') : '';
  for (let k = index - 1; k >= Math.max(0, index - LOOK_BACK); k -= 1) {
    const earlier = sentences[k];
    if (earlier === undefined) continue;
    const candidates = [...leadingName(earlier.text), ...findWritten(earlier.text)].filter((c) =>
      wanted.includes(c.type),
    );
    const byNoun = candidates.filter((c) => noun !== '' && c.written.toLowerCase().includes(noun.toLowerCase()));
    // "the spokesman" must name a spokesman; "the agency" may be any body ("the NIS … The agency said").
    const fallback = found.type === 'pronoun' || wanted.includes('institution') ? candidates : [];
    const pick = (byNoun.length > 0 ? byNoun : fallback).at(-1);
    if (pick !== undefined) return { claimant: pick.written, type: pick.type };
  }
  return null;
}

function wantedTypes(found: Attribution): readonly NamePhrase['type'][] {
  const written = found.written.toLowerCase();
  if (found.type === 'pronoun') {
    if (/^(?:he|she|him|her)$/.test(written)) return ['person'];
    if (written === 'it') return ['institution'];
    return ['institution', 'source'];
  }
  return INSTITUTION_NOUN.test(written) ? ['institution'] : ['person'];
}

/** "Zelensky has expressed …", "The NIS briefed …": the name a sentence opens with, for a later "he" or "the agency". */
function leadingName(text: string): Attribution[] {
  const tokens: readonly FigureToken[] = tokenizeFigureText(text);
  const phrase = readNamePhrase(tokens, 0, 'right');
  if (phrase === null || (phrase.type !== 'person' && phrase.type !== 'institution')) return [];
  const after = tokens.find((t) => t.start >= phrase.end);
  if (after === undefined || !/^\p{Ll}/u.test(after.text)) return [];
  const written = text.slice(phrase.start, phrase.end);
  return [
    {
      start: phrase.start,
      end: phrase.end,
      anchor: phrase.start,
      written,
      claimant: written,
      type: phrase.type,
      form: 'verb',
    },
  ];
}
