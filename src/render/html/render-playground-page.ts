import { escapeHtml } from './escape-html.js';
import { renderHtmlPage } from './render-html-page.js';

/** What the playground shows: the question asked (empty before the first) and the answer's HTML, if any. */
export type PlaygroundView = {
  readonly question: string;
  /** The answer rendered as HTML (escaped by its renderer), or null before a question is asked. */
  readonly answerHtml: string | null;
  /** Example questions offered as links, e.g. `/casualties killed`. */
  readonly examples: readonly string[];
};

/**
 * The playground: a plain HTML form (GET `/?q=…`, so it works without JavaScript and every answer
 * has a link of its own), example questions, then the answer. The question is escaped, in the
 * input and in the links. Deterministic.
 */
export function renderPlaygroundPage(view: PlaygroundView): string {
  const examples = view.examples
    .map((example) => `<a href="/?q=${escapeHtml(encodeURIComponent(example))}">${escapeHtml(example)}</a>`)
    .join(' · ');
  const body = [
    '<header>',
    '<h1>Verbatim</h1>',
    '<p class="meta">Answers from the reports in verbatim, cited excerpts, never generated text. The same answers as in Slack; every citation opens the report at its sentence.</p>',
    '</header>',
    '<form method="get" action="/" role="search">',
    `<input type="search" name="q" aria-label="Question" placeholder="how many were killed, and who says so?" value="${escapeHtml(view.question)}">`,
    '<button type="submit">Ask</button>',
    '</form>',
    `<p class="meta">Try: ${examples}</p>`,
    view.answerHtml === null ? '' : `<main>\n${view.answerHtml}\n</main>`,
  ].filter((line) => line !== '');
  const title = view.question === '' ? 'Verbatim' : `${view.question} · Verbatim`;
  return renderHtmlPage({ title, body: body.join('\n') });
}
