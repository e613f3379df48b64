// Measures two NLP packages, compromise and wink-nlp (with wink-eng-lite-web-model), against
// Verbatim's hand-written reading of names and numbers (docs/nlp.md). Not a gate and not a
// dependency: the packages are installed for the run only
//   npm install --no-save compromise@14.17.0 wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1
//   npx tsx bench/nlp-compare.ts            (add --misses to list the names each reader misses)
// Gold: the seeds' gold claimants and quote speakers (tests/fixtures/gold/seeds-gold.json) and the
// dev set's claimant labels (eval/dev-set.json and eval/dev-set/*.json), whose sentences are read
// from ../shared/data/ at run time; the number words are the forms docs/figures.md lists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../src/corpus/parse-report.js';
import { findMentions } from '../src/extract/people/find-mentions.js';
import { parseNumber } from '../src/extract/words/parse-number.js';
import { splitSentences } from '../src/sentences/split-sentences.js';
import { articleToText, hasAllSides, readAllArticles } from './read-allsides.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** A sentence and the name of whoever makes its claim or speaks its quote, as written. */
type NameCase = { readonly source: string; readonly report: string; readonly sentence: string; readonly name: string };
/** Finds the person and body names in a sentence, as spans of text. */
type NameReader = (sentence: string) => string[];

/** Bare source nouns a gold file keeps as the wording of an unattributed claim: not names. */
const BARE_SOURCES = /^(?:reports?|claims?|estimates?|officials|sources|figures)$/i;

/** Number forms news reports write, with their values (docs/figures.md, "Numbers as written"). */
const NUMBER_CASES: readonly (readonly [string, number])[] = [
  ['3,000', 3000],
  ['600,000', 600000],
  ['1.5 million', 1500000],
  ['three thousand', 3000],
  ['Ten thousand', 10000],
  ['thirty-five', 35],
  ['one hundred and fifty', 150],
  ['3 thousand', 3000],
  ['27-hundred', 2700],
  ['15-thousand', 15000],
  ['four-thousand-100', 4100],
  ['a dozen', 12],
  ['two dozen', 24],
  ['eleven', 11],
  ['nine hundred', 900],
  ['twelve thousand', 12000],
  ['2.4 million', 2400000],
  ['forty', 40],
  ['seventy-two', 72],
  ['1,200', 1200],
];

const compromise = await loadPackage('compromise');
const winkNlp = await loadPackage('wink-nlp');
const winkModel = await loadPackage('wink-eng-lite-web-model');
if (compromise === null || winkNlp === null || winkModel === null) {
  console.log(
    'Install the packages for this run first: npm install --no-save compromise@14.17.0 wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1',
  );
  process.exit(0);
}
type CompromiseDoc = {
  people(): { out(format: 'array'): string[] };
  organizations(): { out(format: 'array'): string[] };
  numbers(): { get(): unknown[] };
};
const nlp = compromise as (text: string) => CompromiseDoc;
type WinkDoc = {
  tokens(): { out(what: unknown): string[] };
  entities(): { out(what: unknown): string[] };
};
const wink = (
  winkNlp as (model: unknown) => {
    readDoc(text: string): WinkDoc;
    its: { readonly value: unknown; readonly pos: unknown };
  }
)(winkModel);

const readers: Record<string, NameReader> = {
  'hand-written (findMentions)': (sentence) =>
    findMentions(sentence)
      .filter((mention) => mention.kind !== 'pronoun' && /\p{Lu}/u.test(mention.text))
      .map((mention) => mention.text),
  'compromise (people + organizations)': (sentence) => {
    const doc = nlp(sentence);
    return [...doc.people().out('array'), ...doc.organizations().out('array')];
  },
  'wink-nlp (runs of PROPN tokens)': (sentence) => readProperNounRuns(sentence),
};

const cases = [...readSeedGold(), ...readDevSetClaimants()];
console.log(`Name cases: ${cases.length} (${countBy(cases, (c) => c.source)})`);
for (const [label, read] of Object.entries(readers)) {
  const started = performance.now();
  const score = scoreNames(cases, read);
  const ms = performance.now() - started;
  console.log(
    `${label}: recall ${percent(score.found, cases.length)} (${score.found}/${cases.length}), ` +
      `precision ${percent(score.relevant, score.spans)} (${score.relevant}/${score.spans} spans name someone the gold names in that report), ` +
      `${ms.toFixed(0)} ms; same output read again in reverse order: ${isDeterministic(cases, read)}`,
  );
}

if (process.argv.includes('--misses')) {
  for (const [label, read] of Object.entries(readers)) {
    const missed = cases.filter((c) => !read(c.sentence).some((span) => words(span).includes(headWord(c.name))));
    console.log(`\n${label} misses:\n${missed.map((c) => `  ${c.name} ← ${c.sentence}`).join('\n')}`);
  }
}

console.log(`\nNumber forms: ${NUMBER_CASES.length}`);
const numberReaders: Record<string, (text: string) => number | null> = {
  'hand-written (parseNumber)': parseNumber,
  'compromise (numbers().get())': (text) => {
    const values = nlp(text).numbers().get();
    return values.length === 1 && typeof values[0] === 'number' ? values[0] : null;
  },
};
for (const [label, read] of Object.entries(numberReaders)) {
  const wrong = NUMBER_CASES.filter(([text, value]) => read(text) !== value);
  console.log(
    `${label}: ${NUMBER_CASES.length - wrong.length}/${NUMBER_CASES.length} right; wrong: ${wrong.map(([text]) => `"${text}" → ${read(text)}`).join(', ') || 'none'}`,
  );
}
const whole = NUMBER_CASES.filter(([text]) => {
  const entities = wink.readDoc(`Officials said ${text} soldiers were killed.`).entities().out(wink.its.value);
  return entities.includes(text);
});
console.log(
  `wink-nlp (entities, span only: it gives no value): ${whole.length}/${NUMBER_CASES.length} forms found whole as one entity`,
);

async function loadPackage(name: string): Promise<unknown> {
  try {
    const loaded = (await import(name)) as { readonly default?: unknown };
    return loaded.default ?? loaded;
  } catch {
    return null;
  }
}

function readProperNounRuns(sentence: string): string[] {
  const doc = wink.readDoc(sentence);
  const words = doc.tokens().out(wink.its.value);
  const tags = doc.tokens().out(wink.its.pos);
  const runs: string[] = [];
  let run: string[] = [];
  words.forEach((word, i) => {
    if (tags[i] === 'PROPN') run.push(word);
    else {
      if (run.length > 0) runs.push(run.join(' '));
      run = [];
    }
  });
  if (run.length > 0) runs.push(run.join(' '));
  return runs;
}

/**
 * Recall: the cases where some span holds the gold name's head word (its last capitalised word:
 * "Zelensky", "Ministry"). Precision (a lower bound): the spans that hold the head word of a name
 * the gold gives in the same report.
 */
function scoreNames(all: readonly NameCase[], read: NameReader) {
  const headsOfReport = new Map<string, Set<string>>();
  for (const c of all) {
    const heads = headsOfReport.get(c.report) ?? new Set<string>();
    heads.add(headWord(c.name));
    headsOfReport.set(c.report, heads);
  }
  let found = 0;
  let spans = 0;
  let relevant = 0;
  for (const c of all) {
    const found_ = read(c.sentence).map((span) => words(span));
    if (found_.some((span) => span.includes(headWord(c.name)))) found++;
    spans += found_.length;
    const heads = headsOfReport.get(c.report) ?? new Set<string>();
    relevant += found_.filter((span) => span.some((word) => heads.has(word))).length;
  }
  return { found, spans, relevant };
}

function isDeterministic(all: readonly NameCase[], read: NameReader): boolean {
  // Read again in reverse order: a reader that keeps state between calls would answer differently.
  const forward = all.map((c) => read(c.sentence));
  const backward = [...all].reverse().map((c) => read(c.sentence));
  return JSON.stringify(forward) === JSON.stringify(backward.reverse());
}

function headWord(name: string): string {
  const capitalised = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  return (capitalised.at(-1) ?? name.split(/\s+/).at(-1) ?? '').toLowerCase().replace(/['’]s$/, '');
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,]+/)
    .map((word) => word.replace(/['’]s$/, '').replace(/[.,;:]+$/, ''))
    .filter(Boolean);
}

function readSeedGold(): NameCase[] {
  type GoldEntry = { readonly claimant?: unknown; readonly speaker_as_written?: unknown; readonly sentence?: unknown };
  type GoldFile = Record<string, readonly GoldEntry[]>;
  const gold = JSON.parse(readFileSync(join(REPO, 'tests/fixtures/gold/seeds-gold.json'), 'utf8')) as {
    readonly files: Record<string, GoldFile>;
  };
  return Object.entries(gold.files).flatMap(([file, entries]) =>
    ['casualties', 'troops', 'quotes'].flatMap((key) =>
      (entries[key] ?? []).flatMap((entry) => {
        const name = entry.claimant ?? entry.speaker_as_written;
        const sentence = entry.sentence;
        if (typeof name !== 'string' || typeof sentence !== 'string' || !isName(name)) return [];
        return [{ source: 'seeds gold', report: file, sentence, name }];
      }),
    ),
  );
}

function readDevSetClaimants(): NameCase[] {
  if (!hasAllSides()) {
    console.log('No shared data (../shared/data/allsides-news): the dev-set cases are skipped.');
    return [];
  }
  type Question = {
    readonly mustCite?: readonly {
      readonly report: string;
      readonly text: string;
      readonly labels?: { readonly claimant?: string | null };
    }[];
  };
  const parts = [
    join(REPO, 'eval/dev-set.json'),
    ...(existsSync(join(REPO, 'eval/dev-set'))
      ? readdirSync(join(REPO, 'eval/dev-set'))
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => join(REPO, 'eval/dev-set', name))
      : []),
  ];
  const wanted = parts.flatMap((part) => {
    const set = JSON.parse(readFileSync(part, 'utf8')) as { readonly stories: readonly { questions: Question[] }[] };
    return set.stories.flatMap((story) =>
      story.questions.flatMap((question) =>
        (question.mustCite ?? []).flatMap((cite) => {
          const name = cite.labels?.claimant;
          return typeof name === 'string' && isName(name) ? [{ ...cite, name }] : [];
        }),
      ),
    );
  });
  const ids = new Set(wanted.map((cite) => cite.report));
  const articles = new Map(
    readAllArticles().flatMap((article) => (ids.has(article.id) ? [[article.id, article]] : [])),
  );
  const seen = new Set<string>();
  return wanted.flatMap((cite) => {
    const article = articles.get(cite.report);
    if (article === undefined || seen.has(`${cite.report}|${cite.text}|${cite.name}`)) return [];
    seen.add(`${cite.report}|${cite.text}|${cite.name}`);
    const text = articleToText(article);
    const report = parseReport(`${article.id}.txt`, text, Buffer.byteLength(text));
    const sentence = splitSentences(report).find((s) => s.text.includes(cite.text));
    return sentence === undefined
      ? []
      : [{ source: 'dev-set claimants', report: cite.report, sentence: sentence.text, name: cite.name }];
  });
}

/**
 * A gold claimant or speaker that is a name to find in its sentence: not a bare source noun
 * capitalised at the start of a sentence ("Reports"), and not an annotator's note of a pronoun
 * resolved from another sentence ("He (… previous sentence)").
 */
function isName(name: string): boolean {
  return /\p{Lu}/u.test(name) && !name.includes('(') && !BARE_SOURCES.test(name);
}

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`;
}
