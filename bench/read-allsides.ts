// Reads the AllSides articles shared with the project (never copied into the repo) and turns each
// one into a Verbatim report, the way a desk would save it: YAML front matter with the article's
// title, date, outlet and URL, then the body with its paragraphs separated by blank lines.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseReport } from '../src/corpus/parse-report.js';
import type { Report } from '../src/corpus/report.js';

/** The shared data folder, relative to the repository: ../shared/data/. */
export const DATA_DIR = fileURLToPath(new URL('../../shared/data/', import.meta.url));
export const ALLSIDES_FILES = ['allsides-00', 'allsides-01', 'allsides-02', 'allsides-03'].map(
  (name) => `${DATA_DIR}allsides-news/${name}.jsonl.gz`,
);
/** The last 500 articles of allsides-03 are held back: their titles are the benchmark queries. */
export const HELD_BACK = 500;

/** One AllSides article as stored in the JSON lines. */
export type Article = {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly date: string;
  readonly url: string;
  readonly text: string;
};

/** True when the shared data folder holds the AllSides files. */
export function hasAllSides(): boolean {
  return ALLSIDES_FILES.every((file) => existsSync(file));
}

/** Every article, in file order, split into the indexed ones and the 500 held back. */
export function readAllSides(): { readonly indexed: Article[]; readonly heldBack: Article[] } {
  const all = ALLSIDES_FILES.flatMap((file) => readJsonLines(file));
  return { indexed: all.slice(0, all.length - HELD_BACK), heldBack: all.slice(all.length - HELD_BACK) };
}

/** Every article, in file order (37,554). */
export function readAllArticles(): Article[] {
  return ALLSIDES_FILES.flatMap((file) => readJsonLines(file));
}

/** The first `count` articles in file order, reading only the files needed. */
export function readArticles(count: number): Article[] {
  const articles: Article[] = [];
  for (const file of ALLSIDES_FILES) {
    if (articles.length >= count) break;
    articles.push(...readJsonLines(file).slice(0, count - articles.length));
  }
  return articles;
}

function readJsonLines(file: string): Article[] {
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Article);
}

/**
 * The report file a desk would save for an article: front matter (title, date when it is an ISO
 * date, outlet, url; values written as JSON strings, which YAML reads as double-quoted scalars),
 * then the body with each newline-separated paragraph followed by a blank line.
 */
export function articleToText(article: Article): string {
  const lines = ['---', `title: ${JSON.stringify(article.title)}`];
  if (/^\d{4}-\d{2}-\d{2}$/.test(article.date)) lines.push(`date: ${article.date}`);
  if (article.source !== '') lines.push(`outlet: ${JSON.stringify(article.source)}`);
  if (/^https?:\/\//.test(article.url)) lines.push(`url: ${JSON.stringify(article.url)}`);
  lines.push('---', '');
  const body = article.text
    .split('\n')
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  return `${lines.join('\n')}\n${body}\n`;
}

/** The article as a report, cleaned by `parseReport` exactly as the same file in the corpus folder would be. */
export function articleToReport(article: Article): Report {
  const text = articleToText(article);
  return parseReport(`${article.id}.txt`, text, Buffer.byteLength(text));
}
