import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../../../../src/answer/answer.js';
import type { Digest, DigestFigure } from '../../../../src/answer/digest.js';
import { linkCitations } from '../../../../src/reader/link-citations.js';
import { type DigestMessage, renderDigestBlocks } from '../../../../src/render/blocks/render-digest-blocks.js';

describe('renderDigestBlocks', () => {
  it('renders a small digest as one channel message', () => {
    expect(renderDigestBlocks(digestWith([figureRow('over 3,000', 'Zelensky said over 3,000 were killed.')]))).toEqual<
      DigestMessage[]
    >([
      {
        text: 'Verbatim digest · 2024-12-24: 1 new or changed report, 1 new figure, 0 new quotes',
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: 'Verbatim digest · 2024-12-24' } },
          context('Changes since 2024-12-23 · Corpus: 3 reports · 4 figures · 2 quotes'),
          section('*New and changed reports (1)*'),
          section('*Losses triple*\nThe Example Post · 2024-12-23\n> “Zelensky said over 3,000 were killed.”'),
          context('new.txt:10-47', 'https://example.com/new?a=1&amp;b=2'),
          section('*New figures*'),
          section('*North Korean: killed or wounded*'),
          section(
            'Volodymyr Zelensky: over 3,000 killed or wounded, as of Mon 23 Dec 2024 (report date)\n> “Zelensky said *over 3,000* were killed.”',
          ),
          context('_Losses triple_ · The Example Post · 2024-12-23 · new.txt:10-47'),
        ],
      },
    ]);
  });

  it('says "no new reports" in one message on an empty day', () => {
    expect(renderDigestBlocks({ ...digestWith([]), isEmpty: true, reports: [] })).toEqual<DigestMessage[]>([
      {
        text: 'Verbatim digest · 2024-12-24: No new reports since 2024-12-23.',
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: 'Verbatim digest · 2024-12-24' } },
          context('Changes since 2024-12-23 · Corpus: 3 reports · 4 figures · 2 quotes'),
          section('No new reports since 2024-12-23.'),
        ],
      },
    ]);
  });

  it('pages a long digest into messages of at most 50 blocks, never splitting an item', () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      figureRow(`${i + 1},000`, `Officials counted ${i + 1},000 killed.`),
    );
    const messages = renderDigestBlocks(digestWith(rows));
    expect(messages.map((m) => m.blocks.length)).toEqual([50, 49, 31]);
    expect(messages.map((m) => m.text)).toEqual([
      'Verbatim digest · 2024-12-24: 1 new or changed report, 60 new figures, 0 new quotes',
      'Verbatim digest · 2024-12-24 · part 2 of 3',
      'Verbatim digest · 2024-12-24 · part 3 of 3',
    ]);
    expect(messages[0]?.blocks.at(-1)).toEqual(context('Continued in the thread (3 parts)'));
    expect(messages[1]?.blocks[0]).toEqual(context('Verbatim digest · 2024-12-24 · part 2 of 3'));
    const lines = messages
      .flatMap((m) => m.blocks.flatMap(sectionText))
      .map((t) => t.split('\n')[0])
      .filter((t) => t?.startsWith('Volodymyr'));
    expect(lines).toEqual(
      rows.map(
        (row) => `Volodymyr Zelensky: ${row.figure.text} killed or wounded, as of Mon 23 Dec 2024 (report date)`,
      ),
    );
    for (const message of messages) {
      message.blocks.forEach((block, i) => {
        if (sectionText(block)[0]?.startsWith('Volodymyr')) expect(message.blocks[i + 1]?.type).toBe('context');
      });
    }
  });

  it('keeps section texts within 3,000 characters and says when an excerpt is shortened', () => {
    const long = `Officials counted 1,000 killed. ${'And the fighting went on. '.repeat(150)}`;
    const [message] = renderDigestBlocks(digestWith([figureRow('1,000', long)]));
    const texts = (message?.blocks ?? []).flatMap(sectionText);
    expect(Math.max(...texts.map((t) => t.length))).toBe(3000);
    expect(texts.find((t) => t.length === 3000)?.endsWith(' … (shortened: see the cited file)')).toBe(true);
  });

  it('lists at most 10 context elements, the last saying how many more places there are', () => {
    const row = { ...figureRow('1,000', 'Officials counted 1,000 killed.') };
    const also = Array.from({ length: 12 }, (_, i) => excerpt(`echo-${i}.txt`, 0, 'Officials counted 1,000 killed.'));
    const [message] = renderDigestBlocks(digestWith([{ ...row, alsoIn: also }]));
    const last = message?.blocks.at(-1);
    expect(last?.type === 'context' ? last.elements.length : 0).toBe(10);
    expect(JSON.stringify(last)).toContain('…and 4 more places');
  });

  it('escapes &, < and > in every piece of report text', () => {
    const hostile = 'Hey <!channel> and <@U123>, see <https://example.com|click> & more.';
    const base = digestWith([figureRow('<@U123>', hostile)]);
    const report = base.reports[0];
    if (!report) throw new Error('fixture has a report');
    const digest: Digest = {
      ...base,
      reports: [{ ...report, title: '<!here> title', outlet: '<@U9>', lead: excerpt('new.txt', 10, hostile) }],
      figures: base.figures.map((group) => ({ ...group, claimant: '<!everyone>' })),
      quotes: [
        {
          speaker: '<@U1>',
          role: '<!here>',
          quotes: [{ ...excerpt('q.txt', 0, hostile), text: hostile, isCut: false, alsoIn: [] }],
        },
      ],
    };
    const json = JSON.stringify(renderDigestBlocks(digest));
    expect(json).not.toMatch(/<[!@h]/);
    expect(json).toContain('&lt;!channel&gt; and &lt;@U123&gt;, see &lt;https://example.com|click&gt; &amp; more.');
  });
});

describe('renderDigestBlocks and report text that Slack would format', () => {
  it('neutralises mrkdwn, pings, links and invisible controls, and marks every text verbatim', () => {
    const base = digestWith([figureRow('over 3,000', 'Zelensky said over 3,000 were killed.')]);
    const hostile =
      'A *bold* ~strike~ _x_ ```code``` @here @channel <!everyone> #general https://evil.example \u202Edesrever';
    const [report] = base.reports;
    if (!report) throw new Error('fixture has a report');
    const digest: Digest = { ...base, reports: [{ ...report, lead: excerpt('new.txt', 10, hostile) }] };
    const [message] = renderDigestBlocks(digest);
    expect(message?.blocks[3]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: '*Losses triple*\nThe Example Post · 2024-12-23\n> “A ∗bold∗ ∼strike∼ ˍxˍ ˋˋˋcodeˋˋˋ @here @channel &lt;!everyone&gt; #general https://evil.example &lt;U+202E&gt;desrever”',
        verbatim: true,
      },
    });
    const texts = (message?.blocks ?? []).flatMap((block) =>
      block.type === 'section' ? [block.text] : block.type === 'context' ? block.elements : [],
    );
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(text).toMatchObject({ type: 'mrkdwn', verbatim: true });
  });
});

function sectionText(block: KnownBlock): string[] {
  return block.type === 'section' && block.text ? [block.text.text] : [];
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}

function context(...texts: string[]): KnownBlock {
  return { type: 'context', elements: texts.map((text) => ({ type: 'mrkdwn', text, verbatim: true })) };
}

function excerpt(file: string, at: number, sentence: string, mark?: string): Excerpt {
  const start = mark === undefined ? -1 : sentence.indexOf(mark);
  return {
    citation: {
      file,
      start: at,
      end: at + sentence.length,
      sentence,
      title: 'Losses triple',
      date: '2024-12-23',
      outlet: 'The Example Post',
    },
    marks: mark === undefined ? [] : [{ start, end: start + mark.length }],
  };
}

function figureRow(text: string, sentence: string): DigestFigure {
  return {
    ...excerpt('new.txt', 10, sentence, text),
    figure: {
      text,
      value: null,
      valueMax: null,
      qualifier: null,
      bound: 'exact',
      category: 'killed_or_wounded',
      subject: 'north_korean',
      claimant: 'Zelensky',
      attribution: null,
      claimantContext: null,
      date: '2024-12-23',
      dateText: null,
      period: null,
      isRate: false,
    },
    previous: null,
    alsoIn: [],
  };
}

function digestWith(rows: readonly DigestFigure[]): Digest {
  return {
    kind: 'digest',
    date: '2024-12-24',
    since: '2024-12-23',
    isEmpty: false,
    reports: [
      {
        status: 'new',
        file: 'new.txt',
        title: 'Losses triple',
        outlet: 'The Example Post',
        date: '2024-12-23',
        url: 'https://example.com/new?a=1&b=2',
        lead: excerpt('new.txt', 10, rows[0]?.citation.sentence ?? 'Nothing.'),
      },
    ],
    removed: [],
    figures:
      rows.length === 0
        ? []
        : [
            {
              kind: 'casualties',
              category: 'killed_or_wounded',
              subject: 'north_korean',
              subjectLabel: 'North Korean',
              claimant: 'Volodymyr Zelensky',
              figures: rows,
            },
          ],
    quotes: [],
    totals: { reports: 3, figures: 4, quotes: 2 },
    covers: { date: '2024-12-24', reports: {} },
  };
}

describe('renderDigestBlocks with the reader on', () => {
  it('links each citation to the reader and shows the original beside it', () => {
    const digest = digestWith([figureRow('over 3,000', 'Zelensky said over 3,000 were killed.')]);
    const linked = linkCitations(digest, (citation) => ({
      reader: `https://v.example/read?f=${citation.file}&s=${citation.start}`,
      original: 'https://example.com/new?a=1&b=2',
    }));
    const [message] = renderDigestBlocks(linked);
    expect(message?.blocks.slice(4, 5)).toEqual([
      context('<https://v.example/read?f=new.txt&amp;s=10|new.txt:10-47>', 'https://example.com/new?a=1&amp;b=2'),
    ]);
    expect(message?.blocks.at(-1)).toEqual(
      context(
        '_Losses triple_ · The Example Post · 2024-12-23 · <https://v.example/read?f=new.txt&amp;s=10|new.txt:10-47> · <https://example.com/new?a=1&amp;b=2|https://example.com/new?a=1&amp;b=2>',
      ),
    );
  });
});
