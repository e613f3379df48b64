import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { QuoteRow } from '../../src/answer/answer.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { parseQuestion } from '../../src/answer/parse-question.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { loadCorpusSettings } from '../../src/corpus/load-corpus-settings.js';
import { isSamePerson } from '../../src/extract/people/is-same-person.js';
import { buildCorpusIndex } from '../../src/index/build-corpus-index.js';

type GoldQuote = {
  readonly id: string;
  readonly file: string;
  readonly speaker: string;
  readonly quote: string;
  readonly quote_marks: string;
  readonly sentence: string;
  readonly required: boolean;
};
type GoldReportedSpeech = {
  readonly id: string;
  readonly file: string;
  readonly sentence: string;
  readonly speaker: string;
};
type Gold = {
  readonly files: Readonly<
    Record<string, { readonly quotes: readonly GoldQuote[]; readonly reported_speech: readonly GoldReportedSpeech[] }>
  >;
};

const GOLD = JSON.parse(readFileSync(new URL('../fixtures/gold/seeds-gold.json', import.meta.url), 'utf8')) as Gold;
const QUOTES = Object.values(GOLD.files).flatMap((file) => file.quotes);
const REQUIRED = QUOTES.filter((quote) => quote.required);
const UNQUOTED_SENTENCES = new Set(
  QUOTES.filter((quote) => quote.quote_marks === 'none').map((quote) => quote.sentence),
);
const REPORTED = Object.values(GOLD.files)
  .flatMap((file) => file.reported_speech)
  .filter((speech) => !UNQUOTED_SENTENCES.has(speech.sentence));

const { reports } = await loadCorpus(fileURLToPath(new URL('../../seeds/', import.meta.url)));
const { settings } = await loadCorpusSettings(fileURLToPath(new URL('../../seeds/', import.meta.url)));
const INDEX = buildCorpusIndex(reports, { settings });

/** Case, quote marks, spacing and punctuation ignored. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function ask(text: string) {
  return answerQuestion(parseQuestion(text), INDEX);
}

function listsQuote(rows: readonly QuoteRow[], gold: GoldQuote): boolean {
  return rows.some(
    (row) => row.citation.file === gold.file && normalise(row.quote.text).includes(normalise(gold.quote)),
  );
}

/** Five consecutive words from the middle of the quote (all of it when shorter). */
function middlePhrase(quote: string): string {
  const words = quote.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length <= 5) return words.join(' ');
  const from = Math.floor((words.length - 5) / 2);
  return words.slice(from, from + 5).join(' ');
}

describe('seeds gold: quotes', () => {
  it.each(
    REQUIRED.flatMap((gold) => [gold.speaker, gold.speaker.split(' ').at(-1) ?? ''].map((asked) => ({ gold, asked }))),
  )('/who-said $asked lists $gold.id under its speaker', ({ gold, asked }) => {
    const answer = ask(`/who-said ${asked}`);
    expect(answer.kind).toBe('speaker-quotes');
    if (answer.kind !== 'speaker-quotes') return;
    expect(isSamePerson(answer.speaker.name, gold.speaker)).toBe(true);
    expect(listsQuote(answer.quotes, gold)).toBe(true);
  });

  it.each(REQUIRED.map((gold) => ({ gold, phrase: middlePhrase(gold.quote) })))(
    '/who-said "$phrase" finds $gold.id and its speaker',
    ({ gold, phrase }) => {
      const answer = ask(`/who-said ${phrase}`);
      expect(answer.kind === 'phrase-quotes' && answer.match).toBe('exact');
      if (answer.kind !== 'phrase-quotes') return;
      const row = answer.quotes.find((candidate) => listsQuote([candidate], gold));
      expect(row?.quote.speaker != null && isSamePerson(row.quote.speaker, gold.speaker)).toBe(true);
    },
  );

  it.each(REPORTED)('never shows reported speech $id as a direct quote', (speech) => {
    const report = INDEX.reports.find((candidate) => candidate.file === speech.file);
    const at = report?.text.indexOf(speech.sentence) ?? -1;
    expect(at).toBeGreaterThanOrEqual(0);
    const inside = INDEX.quotes.filter(
      (quote) =>
        quote.direct && quote.reportId === report?.id && quote.start >= at && quote.end <= at + speech.sentence.length,
    );
    expect(inside).toEqual([]);
  });
});
