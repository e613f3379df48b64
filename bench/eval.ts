// npm run eval: the dev-set measurement loop (docs/quality.md). Reads the annotated dev set from
// eval/dev-set.json and the articles from ../shared/data/ at run time (never copied into the repo),
// builds one corpus per story in a temp folder, asks every question through `answerQuestion` as the
// CLI does, and prints pass or fail per question with the reason, then label accuracy. A measurement,
// not a gate: it exits 0 whatever the pass rate, and when the shared data is absent.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerQuestion } from '../src/answer/answer-question.js';
import { parseQuestion } from '../src/answer/parse-question.js';
import { CORPUS_SETTINGS_FILE } from '../src/corpus/corpus-settings.js';
import { loadOrBuildCorpusIndex } from '../src/index/load-or-build-corpus-index.js';
import { renderAnswerText } from '../src/render/text/render-answer-text.js';
import {
  checkExpectations,
  type DevStory,
  LABEL_KINDS,
  type LabelTally,
  mergeDevSetParts,
} from './check-expectations.js';
import { type Article, articleToText, DATA_DIR, hasAllSides, readAllArticles } from './read-allsides.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DEV_SET = join(REPO, 'eval/dev-set.json');
/** More parts of the dev set, one file per annotation batch, read in name order after DEV_SET. */
const DEV_SET_PARTS = join(REPO, 'eval/dev-set/');
const NEWS_TOPICAL = `${DATA_DIR}news-topical/realtimeqa_public/`;

async function main(): Promise<void> {
  if (!hasAllSides() || !existsSync(NEWS_TOPICAL)) {
    console.log(`No shared data at ${DATA_DIR} (allsides-news and news-topical): nothing to measure.`);
    return;
  }
  const devSet = mergeDevSetParts(listDevSetFiles().map((file) => JSON.parse(readFileSync(file, 'utf8'))));
  const wanted = new Set(
    devSet.stories.flatMap((story) => story.articles.flatMap((a) => ('allsides' in a ? [a.allsides] : []))),
  );
  const articles = new Map(
    readAllArticles()
      .filter((a) => wanted.has(a.id))
      .map((a) => [a.id, a] as const),
  );
  const work = mkdtempSync(join(tmpdir(), 'verbatim-eval-'));
  const totals = { side: [0, 0], category: [0, 0], claimant: [0, 0], speaker: [0, 0] };
  let passed = 0;
  let asked = 0;
  try {
    for (const story of devSet.stories) {
      const corpus = writeStoryCorpus(story, articles, join(work, story.id));
      const { index } = await loadOrBuildCorpusIndex(corpus, { cacheDir: join(work, 'cache') });
      console.log(`\n## ${story.id} (${story.articles.length} reports, ${story.questions.length} questions)\n`);
      for (const question of story.questions) {
        const answer = answerQuestion(parseQuestion(question.ask), index);
        const verdict = checkExpectations(answer, question, renderAnswerText(answer));
        asked += 1;
        if (verdict.pass) passed += 1;
        console.log(`${verdict.pass ? 'PASS' : 'FAIL'}  ${question.id}  ${question.ask}`);
        for (const reason of verdict.reasons) console.log(`      ${reason}`);
        for (const kind of LABEL_KINDS) add(totals[kind], verdict.labels[kind]);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\nQuestions passed: ${passed} / ${asked} (${percent(passed, asked)})`);
  for (const kind of LABEL_KINDS) {
    const [right = 0, total = 0] = totals[kind];
    console.log(`Label accuracy, ${kind}: ${right} / ${total} (${percent(right, total)})`);
  }
}

/** The dev set's files: DEV_SET, then the parts folder's JSON files in name order. */
function listDevSetFiles(): string[] {
  const parts = existsSync(DEV_SET_PARTS)
    ? readdirSync(DEV_SET_PARTS)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(DEV_SET_PARTS, name))
    : [];
  return [DEV_SET, ...parts];
}

/** Writes the story's reports (and its `verbatim.yml`) into `dir`; returns `dir`. */
function writeStoryCorpus(story: DevStory, articles: ReadonlyMap<string, Article>, dir: string): string {
  mkdirSync(dir, { recursive: true });
  if (story.settings !== undefined) writeFileSync(join(dir, CORPUS_SETTINGS_FILE), story.settings);
  if (story.settingsFile !== undefined)
    writeFileSync(join(dir, CORPUS_SETTINGS_FILE), readFileSync(join(REPO, story.settingsFile)));
  for (const source of story.articles) {
    if ('allsides' in source) {
      const article = articles.get(source.allsides);
      if (article === undefined) throw new Error(`No AllSides article "${source.allsides}" (story ${story.id})`);
      writeFileSync(join(dir, `${article.id}.txt`), articleToText(article));
    } else {
      writeFileSync(join(dir, basename(source.newsTopical)), readFileSync(join(NEWS_TOPICAL, source.newsTopical)));
    }
  }
  return dir;
}

function add(total: number[], tally: LabelTally): void {
  total[0] = (total[0] ?? 0) + tally.right;
  total[1] = (total[1] ?? 0) + tally.total;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`;
}

main().catch((error: unknown) => {
  console.error(`Cannot run the eval: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
