import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LoadedCorpus, loadCorpus } from '../../../src/corpus/load-corpus.js';
import type { Report } from '../../../src/corpus/report.js';

type GoldFile = {
  readonly meta: { readonly title: string | null };
  readonly distractors?: readonly { readonly sentence: string; readonly kind: string }[];
};
type Gold = { readonly files: Readonly<Record<string, GoldFile>> };

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));
const GOLD: Gold = JSON.parse(readFileSync(new URL('../../fixtures/gold/seeds-gold.json', import.meta.url), 'utf8'));

/** Page furniture, copy-date banner, link line and bio phrases that must never be in the body. */
const NOT_REPORT_TEXT = [
  'Loading Now',
  'Post Comment',
  'Related Sources',
  'Original Source',
  'Today :',
  'is a distinguished journalist',
];

let corpus: LoadedCorpus;
beforeAll(async () => {
  corpus = await loadCorpus(SEEDS);
});

function bodyTexts(report: Report): string[] {
  return report.blocks
    .filter((block) => block.kind === 'body')
    .map((block) => report.text.slice(block.start, block.end));
}

describe('loadCorpus on the seed corpus', () => {
  it('loads the five seed reports without warnings', () => {
    expect({ files: corpus.reports.map((report) => report.file), warnings: corpus.warnings }).toEqual({
      files: Object.keys(GOLD.files).sort(),
      warnings: [],
    });
  });

  it('takes the gold headline as the title, and no chrome where the gold has none', () => {
    for (const report of corpus.reports) {
      const goldTitle = GOLD.files[report.file]?.meta.title ?? null;
      if (goldTitle !== null)
        expect({ file: report.file, title: report.title }).toEqual({ file: report.file, title: goldTitle });
      else
        expect(
          report.title === null ||
            (report.title.split(' ').length >= 4 && !/loading|comment|today/i.test(report.title)),
        ).toBe(true);
    }
  });

  it('dates seed 001 from its dateline, not its copy-date banner, and leaves the others undated', () => {
    expect(Object.fromEntries(corpus.reports.map((report) => [report.file.slice(0, 3), report.date]))).toEqual({
      '000': null,
      '001': '2024-12-23',
      '002': null,
      '003': null,
      '004': null,
    });
  });

  it('keeps chrome, the copy-date banner, link lines and the author bio out of every body block', () => {
    const found = corpus.reports.flatMap((report) =>
      bodyTexts(report).flatMap((body) => NOT_REPORT_TEXT.filter((phrase) => body.includes(phrase))),
    );
    expect(found).toEqual([]);
  });

  it('keeps the teaser list and banner distractors of seed 001 out of every body block', () => {
    const report = corpus.reports.find((candidate) => candidate.file.startsWith('001_'));
    const distractors = GOLD.files[report?.file ?? '']?.distractors ?? [];
    const bodies = report ? bodyTexts(report) : [];
    expect(distractors.length).toBeGreaterThan(0);
    expect(distractors.filter(({ sentence }) => bodies.some((body) => body.includes(sentence)))).toEqual([]);
  });

  it('keeps the headline and the dateline out of every body block', () => {
    const leaks = corpus.reports.flatMap((report) =>
      bodyTexts(report).filter(
        (body) => (report.title !== null && body.includes(report.title)) || body.includes('23 December 2024\n'),
      ),
    );
    expect(leaks).toEqual([]);
  });

  it('gives every report ordered, non-overlapping blocks that are exact trimmed slices', () => {
    for (const report of corpus.reports) {
      let previousEnd = 0;
      for (const block of report.blocks) {
        const slice = report.text.slice(block.start, block.end);
        expect({ ordered: block.start >= previousEnd, trimmed: slice === slice.trim(), empty: slice === '' }).toEqual({
          ordered: true,
          trimmed: true,
          empty: false,
        });
        previousEnd = block.end;
      }
    }
  });
});
