import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/corpus/parse-report.js';
import type { Block, BlockKind, Report } from '../../../src/corpus/report.js';

function readFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/reports/${name}`, import.meta.url), 'utf8');
}

/** The block whose text is `content`, located in `text` (the expectation names the text, not offsets). */
function blockOf(text: string, kind: BlockKind, content: string): Block {
  const start = text.indexOf(content);
  if (start === -1) throw new Error(`Cannot find "${content}" in the fixture`);
  return { kind, start, end: start + content.length };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('parseReport', () => {
  it('drops site chrome, the copy-date banner, link lines and the author bio, and reads the metadata', () => {
    const text = readFixture('corpus-site-chrome.txt');
    expect(parseReport('asia/corpus-site-chrome.txt', text, 900, 'abc')).toEqual({
      id: 'asia/corpus-site-chrome',
      file: 'asia/corpus-site-chrome.txt',
      title: 'Flooding Closes Mountain Pass as Relief Convoys Wait',
      date: '2025-03-02',
      outlet: 'example-news.org',
      url: 'https://www.example-news.org/asia/flooding-pass',
      text,
      blocks: [
        blockOf(text, 'dateline', '2 March 2025'),
        blockOf(text, 'title', 'Flooding Closes Mountain Pass as Relief Convoys Wait'),
        blockOf(text, 'body', 'Heavy rain cut the only road to three valley towns on Sunday, officials said.'),
        blockOf(
          text,
          'body',
          'The regional transport office said crews would need at least four days to clear the debris. "We have never seen water move this fast," said engineer Mara Lind.',
        ),
      ],
      bytes: 900,
      hash: 'abc',
    } satisfies Report);
  });

  it('drops a teaser list of other stories at the end', () => {
    const text = readFixture('corpus-teaser-list.txt');
    expect(parseReport('corpus-teaser-list.txt', text, text.length).blocks).toEqual([
      blockOf(text, 'title', 'Harbour Workers Vote to End Strike'),
      blockOf(text, 'body', 'Dock workers voted on Friday to return to work after a two-week stoppage.'),
      blockOf(text, 'body', 'The union said the new contract raises pay by 6% over three years.'),
    ]);
  });

  it('keeps each hard-wrapped paragraph as one body block', () => {
    const text = readFixture('corpus-hard-wrapped.txt');
    const paragraphs = text.trimEnd().split('\n\n');
    expect(parseReport('corpus-hard-wrapped.txt', text, text.length).blocks).toEqual([
      blockOf(text, 'title', 'Wind Farm Plan Approved After Long Review'),
      ...paragraphs.slice(1).map((paragraph) => blockOf(text, 'body', paragraph)),
    ]);
  });

  it('makes each line its own body block when paragraphs are separated by single line breaks', () => {
    const text = readFixture('corpus-single-newlines.txt');
    expect(parseReport('corpus-single-newlines.txt', text, text.length)).toEqual({
      id: 'corpus-single-newlines',
      file: 'corpus-single-newlines.txt',
      title: null,
      date: null,
      outlet: null,
      url: null,
      text,
      blocks: text.split('\n').map((line) => blockOf(text, 'body', line)),
      bytes: text.length,
      hash: sha256(text),
    } satisfies Report);
  });

  it('lets the front matter override the metadata found in the text and keeps it out of the blocks', () => {
    const text = readFixture('corpus-front-matter.txt');
    expect(parseReport('corpus-front-matter.txt', text, text.length, 'h')).toEqual({
      id: 'corpus-front-matter',
      file: 'corpus-front-matter.txt',
      title: 'Council Backs Bus Budget',
      date: '2024-05-08',
      outlet: 'City Herald',
      url: 'https://herald.example.com/budget',
      text,
      blocks: [
        blockOf(text, 'title', 'Budget Vote Ends Long Debate'),
        blockOf(text, 'dateline', '9 May 2024'),
        blockOf(text, 'body', 'The council approved the budget late on Wednesday.'),
      ],
      bytes: text.length,
      hash: 'h',
    } satisfies Report);
  });

  it('uses the metadata found in the text when the front matter is malformed', () => {
    const text = '---\ndate: 14/06/2024\n---\nFerry Service Returns Today\n\n14 June 2024\n\nThe ferry is back.';
    const { id, title, date } = parseReport('ferry.md', text, text.length, 'h');
    expect({ id, title, date }).toEqual({ id: 'ferry', title: 'Ferry Service Returns Today', date: '2024-06-14' });
  });

  it('reads a Markdown heading as the title and drops later headings', () => {
    const text = '# Ferry Service Returns\n\nThe ferry is back.\n\n## Timetable\n\nBoats leave every hour.\n';
    expect(parseReport('notes/ferry.md', text, text.length, 'h')).toEqual({
      id: 'notes/ferry',
      file: 'notes/ferry.md',
      title: 'Ferry Service Returns',
      date: null,
      outlet: null,
      url: null,
      text,
      blocks: [
        blockOf(text, 'title', '# Ferry Service Returns'),
        blockOf(text, 'body', 'The ferry is back.'),
        blockOf(text, 'body', 'Boats leave every hour.'),
      ],
      bytes: text.length,
      hash: 'h',
    } satisfies Report);
  });

  it('says the date is unknown rather than taking one from the body or the copy-date banner', () => {
    const text = 'Today : Jun 15, 2024\nFerry Service Returns\n\nThe ferry returned on 13 June 2024.';
    expect(parseReport('ferry.txt', text, text.length, 'h').date).toEqual(null);
  });

  it('gives a report with no body no body block', () => {
    const text = 'Loading…\nPost a comment';
    expect(parseReport('empty.txt', text, text.length, 'h').blocks).toEqual([]);
  });

  it('makes every block an exact slice without surrounding white space', () => {
    const text = readFixture('corpus-site-chrome.txt');
    for (const { start, end } of parseReport('a.txt', text, text.length).blocks) {
      expect(text.slice(start, end)).toEqual(text.slice(start, end).trim());
    }
  });
});
