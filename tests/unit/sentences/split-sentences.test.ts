import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/corpus/parse-report.js';
import type { Block, BlockKind, Report } from '../../../src/corpus/report.js';
import type { Sentence } from '../../../src/sentences/sentence.js';
import { splitSentences } from '../../../src/sentences/split-sentences.js';

type Triple = [text: string, start: number, end: number];

const SEEDS_DIR = new URL('../../../seeds/', import.meta.url);
const GOLD_FILE = new URL('../../fixtures/gold/seeds-gold.json', import.meta.url);
const GOLD_KINDS = [
  'casualties',
  'casualties_vague',
  'troops',
  'troops_vague',
  'distractors',
  'reported_speech',
  'quotes',
] as const;

describe('splitSentences', () => {
  it.each<[string, string, Triple[]]>([
    [
      'abbreviations',
      'Gen. Kim met U.S. and U.K. envoys on Dec. 5 at 9 a.m. in Washington. No. 2 official Sen. Park came too.',
      [
        ['Gen. Kim met U.S. and U.K. envoys on Dec. 5 at 9 a.m. in Washington.', 0, 68],
        ['No. 2 official Sen. Park came too.', 69, 103],
      ],
    ],
    [
      'titles and company names',
      'Mr. Lee met Lt. Col. Han and Rep. Cho on Main St. in Seoul. Acme Inc. and Beta Corp. signed, vs. two rivals, etc. as planned.',
      [
        ['Mr. Lee met Lt. Col. Han and Rep. Cho on Main St. in Seoul.', 0, 59],
        ['Acme Inc. and Beta Corp. signed, vs. two rivals, etc. as planned.', 60, 125],
      ],
    ],
    [
      'an ambiguous abbreviation before a sentence starter',
      'Troops reached the U.S. The talks ended at 5 p.m. He left.',
      [
        ['Troops reached the U.S.', 0, 23],
        ['The talks ended at 5 p.m.', 24, 49],
        ['He left.', 50, 58],
      ],
    ],
    [
      'initials',
      'John F. Kirby spoke. J. R. R. Tolkien wrote it. Plan B. The end.',
      [
        ['John F. Kirby spoke.', 0, 20],
        ['J. R. R. Tolkien wrote it.', 21, 47],
        ['Plan B.', 48, 55],
        ['The end.', 56, 64],
      ],
    ],
    [
      'decimals',
      'Hackers stole 48.2 billion yen. Support rose 3.5% in 2024. Prices fell.',
      [
        ['Hackers stole 48.2 billion yen.', 0, 31],
        ['Support rose 3.5% in 2024.', 32, 58],
        ['Prices fell.', 59, 71],
      ],
    ],
    [
      'ellipses',
      'It’s not surprising...that now they lose. It grows on a daily basis… [and] more come. ... And then it ended. We waited… Nothing came.',
      [
        ['It’s not surprising...that now they lose.', 0, 41],
        ['It grows on a daily basis… [and] more come.', 42, 85],
        ['... And then it ended.', 86, 108],
        ['We waited…', 109, 119],
        ['Nothing came.', 120, 133],
      ],
    ],
    [
      'a missing space after a full stop',
      'They left.Next day they came back. See www.rfa.org for U.S.-led talks on No.1 issues.',
      [
        ['They left.', 0, 10],
        ['Next day they came back.', 10, 34],
        ['See www.rfa.org for U.S.-led talks on No.1 issues.', 35, 85],
      ],
    ],
    [
      'a quotation with an attribution in lower case',
      '"We will fight." he said. “This is a sign of weakness,” he stated. "Go home." She left.',
      [
        ['"We will fight." he said.', 0, 25],
        ['“This is a sign of weakness,” he stated.', 26, 66],
        ['"Go home."', 67, 77],
        ['She left.', 78, 87],
      ],
    ],
    [
      'a quotation of several sentences',
      'Kim said: "We are ready. We will win." Then he left. He said "we are ready. Nobody came.',
      [
        ['Kim said: "We are ready. We will win."', 0, 38],
        ['Then he left.', 39, 52],
        ['He said "we are ready.', 53, 75],
        ['Nobody came.', 76, 88],
      ],
    ],
    [
      'a closing quote before a missing space',
      'He said “go.”Then he left.',
      [
        ['He said “go.”', 0, 13],
        ['Then he left.', 13, 26],
      ],
    ],
    [
      'closing quotes and brackets',
      'He left (for good.) Then “it ended.” Done.',
      [
        ['He left (for good.)', 0, 19],
        ['Then “it ended.”', 20, 36],
        ['Done.', 37, 42],
      ],
    ],
    [
      'question and exclamation marks',
      'Why? Because! "Really?" he asked.',
      [
        ['Why?', 0, 4],
        ['Because!', 5, 13],
        ['"Really?" he asked.', 14, 33],
      ],
    ],
    [
      'a hard-wrapped paragraph',
      'The troops crossed the\nborder at night. Officials\nconfirmed it.',
      [
        ['The troops crossed the\nborder at night.', 0, 39],
        ['Officials\nconfirmed it.', 40, 63],
      ],
    ],
    [
      'list items and a label line',
      'Key points:\n- troops deployed\n- 3,000 killed\n1. First item\n2) Second item',
      [
        ['Key points:', 0, 11],
        ['- troops deployed', 12, 29],
        ['- 3,000 killed', 30, 44],
        ['1. First item', 45, 58],
        ['2) Second item', 59, 73],
      ],
    ],
    [
      'headings and a dateline glued in one block',
      'World News\n23 December 2024\nKim Meets Putin\nThe talks began.',
      [
        ['World News', 0, 10],
        ['23 December 2024', 11, 27],
        ['Kim Meets Putin', 28, 43],
        ['The talks began.', 44, 60],
      ],
    ],
    [
      'blank lines between paragraphs',
      'First paragraph without a stop\n\nSecond paragraph.\r\n\r\nThird.',
      [
        ['First paragraph without a stop', 0, 30],
        ['Second paragraph.', 32, 49],
        ['Third.', 53, 59],
      ],
    ],
    [
      'an abbreviation at the end of a line',
      'Troops reached the U.S.\nOfficials said so. Gen.\nKim spoke.',
      [
        ['Troops reached the U.S.', 0, 23],
        ['Officials said so.', 24, 42],
        ['Gen.\nKim spoke.', 43, 58],
      ],
    ],
  ])('splits %s', (_case, text, expected) => {
    expect(toTriples(splitSentences(buildReport(text)))).toEqual(expected);
  });

  it('numbers sentences across body blocks, skips title and dateline blocks and never crosses a block', () => {
    const text = 'Kim Meets Putin\n\n23 December 2024\n\nThey met. Talks began\n\nin Moscow. Both left.';
    const report = buildReport(text, [
      { kind: 'title', start: 0, end: 15 },
      { kind: 'dateline', start: 17, end: 33 },
      { kind: 'body', start: 35, end: 56 },
      { kind: 'body', start: 58, end: 79 },
    ]);
    expect(splitSentences(report)).toEqual([
      { id: 'r#0', reportId: 'r', ordinal: 0, block: 2, start: 35, end: 44, text: 'They met.' },
      { id: 'r#1', reportId: 'r', ordinal: 1, block: 2, start: 45, end: 56, text: 'Talks began' },
      { id: 'r#2', reportId: 'r', ordinal: 2, block: 3, start: 58, end: 68, text: 'in Moscow.' },
      { id: 'r#3', reportId: 'r', ordinal: 3, block: 3, start: 69, end: 79, text: 'Both left.' },
    ]);
  });

  it('returns no sentences for a report without body text', () => {
    const text = 'Headline\n\n  \n';
    const report = buildReport(text, [
      { kind: 'title', start: 0, end: 8 },
      { kind: 'body', start: 8, end: text.length },
    ]);
    expect(splitSentences(report)).toEqual([]);
  });

  it('gives sentences that slice back exactly, trimmed, in order and covering every non-space character', () => {
    fc.assert(
      fc.property(messyText(), fc.array(fc.nat(), { maxLength: 6 }), blockKinds(), (text, cuts, kinds) => {
        const report = buildReport(text, buildBlocks(text.length, cuts, kinds));
        checkInvariants(report, splitSentences(report));
      }),
      { numRuns: 500 },
    );
  });

  it('gives sentences that slice back exactly on arbitrary unicode and lone surrogates', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }).map((codePoint) => String.fromCodePoint(codePoint)),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('. ', '.', '\n', ' ', '"'),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), (parts) => {
        const report = buildReport(parts.join(''));
        checkInvariants(report, splitSentences(report));
      }),
      { numRuns: 200 },
    );
  });
});

describe('splitSentences on the seed reports', () => {
  const seeds = readdirSync(SEEDS_DIR)
    .filter((file) => /\.(?:txt|md)$/.test(file))
    .sort()
    .map((file) => {
      const bytes = readFileSync(new URL(file, SEEDS_DIR));
      const report = parseReport(file, bytes.toString('utf8'), bytes.length);
      return { file, report, sentences: splitSentences(report) };
    });

  it('reads all five seeds', () => {
    expect(seeds.map((seed) => seed.file)).toHaveLength(5);
  });

  it.each(seeds.map((seed) => [seed.file, seed] as const))(
    'gives sentences of %s that slice back exactly',
    (_file, seed) => {
      checkInvariants(seed.report, seed.sentences);
      expect(seed.sentences.length).toBeGreaterThan(5);
    },
  );

  it('keeps an ellipsis inside a quotation within one sentence', () => {
    const phrase = 'It’s not surprising...that now North Korean soldiers are suffering losses on the battlefield.”';
    expect(sentencesContaining(phrase)).toHaveLength(1);
  });

  it('keeps a sentence that starts with U.S. whole', () => {
    const sentence =
      'U.S. officials reported North Korea has sent at least 10,000 troops, indicating they are not only engaged but also largely embedded within Russian units.';
    expect(sentencesContaining(sentence).map((found) => found.text)).toEqual([sentence]);
  });

  it('gives every gold sentence that lies in a body block as exactly one sentence', () => {
    const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as {
      files: Record<string, Partial<Record<(typeof GOLD_KINDS)[number], { sentence: string }[]>>>;
    };
    const missing: string[] = [];
    let inBody = 0;
    for (const seed of seeds) {
      const entries = GOLD_KINDS.flatMap((kind) => gold.files[seed.file]?.[kind] ?? []);
      const texts = new Set(seed.sentences.map((sentence) => sentence.text));
      for (const { sentence } of entries) {
        if (!isInBody(seed.report, sentence)) continue;
        inBody++;
        if (!texts.has(sentence)) missing.push(sentence);
      }
    }
    expect(missing).toEqual([]);
    expect(inBody).toBeGreaterThanOrEqual(40);
  });

  function sentencesContaining(phrase: string): Sentence[] {
    const seed = seeds.find((candidate) => candidate.report.text.includes(phrase));
    if (seed === undefined) throw new Error(`no seed contains "${phrase}"`);
    const at = seed.report.text.indexOf(phrase);
    return seed.sentences.filter((sentence) => sentence.start < at + phrase.length && sentence.end > at);
  }
});

function buildReport(text: string, blocks: readonly Block[] = [{ kind: 'body', start: 0, end: text.length }]): Report {
  return { id: 'r', file: 'r.txt', title: null, date: null, outlet: null, url: null, text, blocks, bytes: 0, hash: '' };
}

function toTriples(sentences: readonly Sentence[]): Triple[] {
  return sentences.map((sentence) => [sentence.text, sentence.start, sentence.end]);
}

function isInBody(report: Report, sentence: string): boolean {
  const at = report.text.indexOf(sentence);
  return report.blocks.some((block) => block.kind === 'body' && block.start <= at && at + sentence.length <= block.end);
}

function checkInvariants(report: Report, sentences: readonly Sentence[]): void {
  let previousEnd = -1;
  sentences.forEach((sentence, index) => {
    const block = report.blocks[sentence.block];
    expect(sentence.ordinal).toBe(index);
    expect(sentence.id).toBe(`${report.id}#${index}`);
    expect(report.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentence.text.trim()).toBe(sentence.text);
    expect(sentence.text.length).toBeGreaterThan(0);
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(block?.kind).toBe('body');
    expect(sentence.start).toBeGreaterThanOrEqual(block?.start ?? Number.NaN);
    expect(sentence.end).toBeLessThanOrEqual(block?.end ?? Number.NaN);
    previousEnd = sentence.end;
  });
  const covered = new Uint8Array(report.text.length);
  for (const sentence of sentences) covered.fill(1, sentence.start, sentence.end);
  for (const block of report.blocks) {
    if (block.kind !== 'body') continue;
    for (let at = block.start; at < block.end; at++) {
      if (covered[at] === 1 || /\s/.test(report.text[at] ?? '')) continue;
      expect.fail(`character ${at} (${JSON.stringify(report.text[at])}) is in no sentence`);
    }
  }
}

/** Text built from the pieces that make sentence splitting hard, plus arbitrary strings. */
function messyText(): fc.Arbitrary<string> {
  const pieces = fc.constantFrom(
    ...[
      '.',
      '!',
      '?',
      '…',
      '...',
      '. ',
      '? ',
      '."',
      '.”',
      '.)',
      ' "',
      '"',
      '“',
      '”',
      '‘',
      '’',
      "'",
      '(',
      ')',
      '[',
      ']',
    ],
    ...[
      '\n',
      '\n\n',
      '\r\n',
      '\r',
      ' \n ',
      '\u2028',
      '\u2029',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\ufeff',
      ':',
      ',',
      '- ',
      '* ',
      '1. ',
    ],
    ...[
      'U.S.',
      'Gen.',
      'Dr.',
      'F.',
      'e.g.',
      'etc.',
      'No.',
      'Dec.',
      'a.m.',
      '3.5',
      'www.rfa.org',
      'The',
      'the',
      'He',
      'he said',
    ],
    ...['Kim', 'World News', 'ü', 'É', '😀', '\ud83d', 'x'],
  );
  return fc
    .array(fc.oneof({ arbitrary: pieces, weight: 4 }, { arbitrary: fc.string({ maxLength: 6 }), weight: 1 }), {
      maxLength: 60,
    })
    .map((parts) => parts.join(''));
}

function blockKinds(): fc.Arbitrary<BlockKind[]> {
  return fc.array(fc.constantFrom<BlockKind>('body', 'body', 'title', 'dateline'), { minLength: 7, maxLength: 7 });
}

/** Ordered, non-overlapping blocks cut at the given points, with gaps between some of them. */
function buildBlocks(length: number, cuts: readonly number[], kinds: readonly BlockKind[]): Block[] {
  const points = [...new Set([0, length, ...cuts.map((cut) => cut % (length + 1))])].sort((a, b) => a - b);
  const blocks: Block[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index] ?? 0;
    const end = points[index + 1] ?? 0;
    const gap = index % 3 === 2 && end - start > 1 ? 1 : 0;
    blocks.push({ kind: kinds[index] ?? 'body', start: start + gap, end });
  }
  return blocks;
}
