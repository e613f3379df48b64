import { describe, expect, it } from 'vitest';
import { buildSpeakerDirectory } from '../../../src/extract/people/build-speaker-directory.js';
import { extractQuotes } from '../../../src/extract/quotes/extract-quotes.js';
import { assembleCorpusIndex } from '../../../src/index/assemble-corpus-index.js';
import { buildSentenceIndex } from '../../../src/search/sentence-index.js';
import { buildQuoteReport } from '../../support/build-quote-report.js';

const { report, sentences } = buildQuoteReport(
  ['“The ferry will run again in May,” said Harbour Master Lena Ostrova.'],
  {
    id: 'ferry',
  },
);
const quotes = extractQuotes(report, sentences);

describe('assembleCorpusIndex', () => {
  it('keeps the parts and derives the look-up maps and the quote catalog from them', () => {
    const index = assembleCorpusIndex({
      reports: [report],
      sentences,
      search: buildSentenceIndex([report], sentences),
      figures: [],
      quotes,
      speakers: buildSpeakerDirectory(quotes),
      fingerprint: 'f',
    });
    expect([...index.reportsById.keys()]).toEqual(['ferry']);
    expect([...index.sentencesById.keys()]).toEqual(['ferry#0']);
    expect(index.quoteCatalog.groups.map((group) => group.parts.map((part) => part.text))).toEqual([
      ['The ferry will run again in May'],
    ]);
    expect([index.quotes, index.fingerprint]).toEqual([quotes, 'f']);
  });
});
