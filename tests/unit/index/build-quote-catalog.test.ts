import { describe, expect, it } from 'vitest';
import { buildSpeakerDirectory } from '../../../src/extract/people/build-speaker-directory.js';
import { extractQuotes } from '../../../src/extract/quotes/extract-quotes.js';
import { buildQuoteCatalog, findPhraseCandidates } from '../../../src/index/build-quote-catalog.js';
import { findQuoteWordGroups } from '../../../src/index/build-quote-word-index.js';
import { buildQuoteReport } from '../../support/build-quote-report.js';

const BUILT = [
  buildQuoteReport(
    [
      'Harbour Master Lena Ostrova inspected the dock on Monday.',
      '“The cranes are too old,” she said, “and the pier is sinking.”',
      'Ostrova noted that repairs would start in May.',
    ],
    { id: 'a', date: '2024-04-01' },
  ),
  buildQuoteReport(['“Nobody warned the fishermen about the storm,” said Piet Halvorsen, a skipper.'], {
    id: 'b',
    date: '2024-04-03',
  }),
  buildQuoteReport(['“The storm wrecked three boats,” Ostrova told reporters.'], { id: 'c' }),
];
const REPORTS = BUILT.map((built) => built.report);
const QUOTES = BUILT.flatMap((built) => extractQuotes(built.report, built.sentences));
const SPEAKERS = buildSpeakerDirectory(QUOTES);
const CATALOG = buildQuoteCatalog(REPORTS, QUOTES, SPEAKERS);

function describeGroup(index: number): string {
  const group = CATALOG.groups[index];
  return group ? `${group.parts[0]?.reportId}:${group.direct ? 'direct' : 'paraphrase'}:${group.parts.length}` : 'none';
}

describe('buildQuoteCatalog', () => {
  it('groups the parts of a split quote and orders groups newest report first, undated last', () => {
    expect(CATALOG.groups.map((_, index) => describeGroup(index))).toEqual([
      'b:direct:1',
      'a:direct:2',
      'a:paraphrase:1',
      'c:direct:1',
    ]);
  });

  it('lists each speaker’s groups in catalog order', () => {
    const ostrova = SPEAKERS.speakers.find((speaker) => speaker.name === 'Lena Ostrova');
    expect((CATALOG.bySpeaker.get(ostrova?.key ?? '') ?? []).map(describeGroup)).toEqual([
      'a:direct:2',
      'a:paraphrase:1',
      'c:direct:1',
    ]);
  });

  it('indexes only the words of direct quotes', () => {
    expect([
      Array.from(findQuoteWordGroups(CATALOG.directWords, 'cranes')),
      Array.from(findQuoteWordGroups(CATALOG.directWords, 'repairs')),
    ]).toEqual([[1], []]);
  });
});

describe('findPhraseCandidates', () => {
  it.each([
    ['every word of the phrase, for an exact match', 'the storm', [0, 3]],
    ['a phrase split over two parts', 'too old and the pier', [1]],
    ['enough near words when no quote holds them all', 'storms wrecked ships', [3]],
    ['a typo in a long word', 'fishermen warnd', [0]],
    ['nothing for words no quote holds', 'tax reform', []],
    ['nothing for a phrase without words', '“ … ”', []],
  ])('finds %s', (_name, phrase, expected) => {
    expect(findPhraseCandidates(CATALOG, phrase)).toEqual(expected);
  });
});
