import { describe, expect, it } from 'vitest';
import {
  buildSentenceIndex,
  findReportsHoldingTerms,
  findSentencesHoldingTerms,
  loadSentenceIndex,
  type SentenceIndex,
  searchSentences,
  serializeSentenceIndex,
  suggestTerms,
} from '../../../src/search/sentence-index.js';
import { buildTestReport, loadTestReport, type TestReport } from '../../support/build-test-corpus.js';
import { TEST_ALIASES } from '../../support/test-lexicon.js';

const FIXTURES = ['search-allies', 'search-strike', 'search-troops', 'search-weather'].map((name) =>
  loadTestReport(name),
);

function buildIndex(parts: readonly TestReport[]): SentenceIndex {
  return buildSentenceIndex(
    parts.map((part) => part.report),
    parts.flatMap((part) => part.sentences),
    { aliases: TEST_ALIASES },
  );
}

const INDEX = buildIndex(FIXTURES);

/** [sentence id, score] of every hit. */
function rank(index: SentenceIndex, query: string): [string, number][] {
  return searchSentences(index, query).hits.map((hit) => [hit.sentenceId, hit.score]);
}

function ids(index: SentenceIndex, query: string): string[] {
  return searchSentences(index, query).hits.map((hit) => hit.sentenceId);
}

describe('buildSentenceIndex', () => {
  it('counts the sentences and reports it indexed', () => {
    expect([INDEX.sentenceCount, INDEX.reportCount]).toEqual([18, 4]);
  });

  it('gives the same ranking whatever order the reports and sentences come in', () => {
    const reversed = buildSentenceIndex(
      FIXTURES.map((part) => part.report).reverse(),
      FIXTURES.flatMap((part) => part.sentences).reverse(),
      { aliases: TEST_ALIASES },
    );
    for (const query of ['storm shadow missiles', 'harbour', 'North Korea', 'misile strike']) {
      expect(searchSentences(reversed, query)).toEqual(searchSentences(INDEX, query));
    }
  });
});

describe('searchSentences', () => {
  it('ranks reports by score and cites each by its best sentence, with the matched terms and marks', () => {
    expect(searchSentences(INDEX, 'storm shadow missiles')).toEqual({
      terms: ['Storm Shadow', 'missiles'],
      skippedTerms: [],
      total: 2,
      hits: [
        {
          sentenceId: 'search-strike#0',
          reportId: 'search-strike',
          score: 4.762498,
          matchedTerms: ['Storm Shadow', 'missiles'],
          marks: [
            { start: 22, end: 34 },
            { start: 35, end: 43 },
          ],
        },
        {
          sentenceId: 'search-allies#0',
          reportId: 'search-allies',
          score: 1.031548,
          matchedTerms: ['missiles'],
          marks: [{ start: 71, end: 79 }],
        },
      ],
    });
  });

  it('ranks reports holding more query terms first', () => {
    expect(rank(INDEX, 'Zelensky missiles')).toEqual([
      ['search-allies#0', 3.96523],
      ['search-strike#0', 1.905537],
    ]);
  });

  it('cites the sentence holding the most query terms, then the rarest, then the earliest', () => {
    const index = buildIndex([
      buildTestReport('a', 'Drones flew.\nA drone hit the depot.\nThe depot burned.\nA drone hit the port.'),
      buildTestReport('b', 'Drones flew.\nDrones flew again.\nRain fell.'),
    ]);
    expect(ids(index, 'drone depot')).toEqual(['a#1', 'b#0']);
    expect(ids(index, 'depot')).toEqual(['a#1']);
    expect(ids(index, 'drone port')).toEqual(['a#3', 'b#0']);
  });

  it('breaks a tie in score by report id', () => {
    const index = buildIndex([
      buildTestReport('b', 'The harbour reopened on Friday.'),
      buildTestReport('a', 'The harbour reopened on Friday.'),
    ]);
    expect(rank(index, 'harbour')).toEqual([
      ['a#0', 0.273482],
      ['b#0', 0.273482],
    ]);
  });

  it.each<[string, string[]]>([
    ['DPRK', ['search-troops#0']],
    ['Pyongyang', ['search-troops#0']],
    ['North Koreans', ['search-troops#0']],
    ['Zelenskii', ['search-allies#0']],
    ['Kursk Oblast', ['search-strike#0', 'search-allies#1', 'search-troops#0']],
    ['SCALP', ['search-strike#0']],
    ['Kim Jong Un', ['search-troops#4']],
    ['US', ['search-allies#2', 'search-troops#3']],
    ['U.S.', ['search-allies#2', 'search-troops#3']],
    ['America', ['search-allies#2', 'search-troops#3']],
  ])('finds every spelling of an alias from "%s"', (query, expected) => {
    expect(ids(INDEX, query)).toEqual(expected);
  });

  it('treats a lower-case "us" as the stop word, not the country', () => {
    expect(searchSentences(INDEX, 'us')).toEqual({ terms: [], skippedTerms: [], total: 0, hits: [] });
  });

  it('finds a misspelt word the index does not know, and names it as asked', () => {
    expect(searchSentences(INDEX, 'misiles').hits.map((hit) => [hit.sentenceId, hit.matchedTerms, hit.marks])).toEqual([
      ['search-strike#0', ['misiles'], [{ start: 35, end: 43 }]],
      ['search-allies#0', ['misiles'], [{ start: 71, end: 79 }]],
    ]);
  });

  it('never expands a word the index knows, so a near spelling cannot outrank it', () => {
    expect(ids(INDEX, 'storm')).toEqual(['search-strike#0', 'search-weather#0']);
  });

  it('weighs a fuzzy match below an exact match of equal rarity', () => {
    const index = buildIndex([
      buildTestReport('a', 'A storm hit the coast.'),
      buildTestReport('b', 'A missile hit the coast.'),
    ]);
    const [exact, fuzzy] = searchSentences(index, 'misile storm').hits;
    expect([exact?.sentenceId, fuzzy?.sentenceId]).toEqual(['a#0', 'b#0']);
    expect((exact?.score ?? 0) > (fuzzy?.score ?? 0)).toBe(true);
  });

  it('ranks a report whose title matches above one whose title does not', () => {
    const index = buildIndex([
      buildTestReport('a', 'A drone hit the depot.'),
      buildTestReport('b', '# Drone attack\nA drone hit the depot.'),
    ]);
    expect(ids(index, 'drone')).toEqual(['b#0', 'a#0']);
  });

  it("adds the title field's weight to a query term the title holds", () => {
    const index = buildIndex([
      buildTestReport('a', '# Drone strikes\nThe depot burned.'),
      buildTestReport('b', '# Weekly notes\nThe depot burned.'),
    ]);
    const [withTitle, without] = searchSentences(index, 'drone depot').hits;
    expect([withTitle?.sentenceId, without?.sentenceId]).toEqual(['a#0', 'b#0']);
    expect((withTitle?.score ?? 0) > 2 * (without?.score ?? 0)).toBe(true);
  });

  it("scores a report as the sum of its query terms' scores, with no factor for how many it holds", () => {
    const index = buildIndex([
      buildTestReport('a', 'A drone hit the depot.'),
      buildTestReport('b', 'A drone flew.'),
      buildTestReport('c', 'The depot burned.'),
    ]);
    const scoreOf = (query: string) => searchSentences(index, query).hits.find((hit) => hit.reportId === 'a')?.score;
    expect(scoreOf('drone depot')).toBeCloseTo((scoreOf('drone') ?? 0) + (scoreOf('depot') ?? 0), 5);
  });

  it("counts a title's words among the body's, so that only the title field's own weight sets a title apart", () => {
    const index = buildIndex([
      buildTestReport('a', '# Drone\nThe drone flew.'),
      buildTestReport('b', 'Drone.\nThe drone flew.'),
      buildTestReport('c', 'The depot burned.'),
    ]);
    const scores = (titleWeight: number) =>
      searchSentences(index, 'drone', { tuning: { titleWeight } }).hits.map((hit) => [hit.reportId, hit.score]);
    const [withTitle, withSentence] = scores(1e-9);
    expect(withTitle?.[1]).toBe(withSentence?.[1]);
    expect(scores(0.25).map(([id]) => id)).toEqual(['a', 'b']);
  });

  it('never returns a report that matches through its title alone', () => {
    expect(ids(INDEX, 'quiet')).toEqual([]);
  });

  it('skips the most common query terms when scoring them would pass the posting budget, never the rarest', () => {
    const index = buildIndex([
      buildTestReport('a', 'Troops crossed the river.'),
      buildTestReport('b', 'Troops crossed the bridge.'),
      buildTestReport('c', 'Troops rested by the river.'),
      buildTestReport('d', 'The bridge was repaired.'),
    ]);
    const search = (query: string, postingBudget: number) => {
      const outcome = searchSentences(index, query, { tuning: { postingBudget } });
      return [outcome.skippedTerms, outcome.hits.map((hit) => hit.sentenceId)];
    };
    expect(search('troops river bridge', 4)).toEqual([['troops'], ['d#0', 'a#0', 'b#0', 'c#0']]);
    expect(search('troops river bridge', 2)).toEqual([
      ['troops', 'bridge'],
      ['a#0', 'c#0'],
    ]);
    expect(search('troops', 1)).toEqual([[], ['a#0', 'b#0', 'c#0']]);
    expect(search('troops river bridge', 7)).toEqual([[], ['a#0', 'b#0', 'c#0', 'd#0']]);
  });

  it('returns the requested page and the total', () => {
    const outcome = searchSentences(INDEX, 'Kursk Oblast', { offset: 1, limit: 1 });
    expect([outcome.total, outcome.hits.map((hit) => hit.sentenceId)]).toEqual([3, ['search-allies#1']]);
  });

  it('returns no hits past the last one', () => {
    expect(searchSentences(INDEX, 'harbour', { offset: 5, limit: 5 })).toEqual({
      terms: ['harbour'],
      skippedTerms: [],
      total: 2,
      hits: [],
    });
  });

  it.each(['', 'the of and', '?!'])('gives no terms and no hits for "%s"', (query) => {
    expect(searchSentences(INDEX, query)).toEqual({ terms: [], skippedTerms: [], total: 0, hits: [] });
  });

  it('names the terms even when nothing matches', () => {
    expect(searchSentences(INDEX, 'packers touchdown')).toEqual({
      terms: ['packers', 'touchdown'],
      skippedTerms: [],
      total: 0,
      hits: [],
    });
  });
});

describe('suggestTerms', () => {
  it.each<[string[], string[]]>([
    [['storn'], ['Storm', 'stork']],
    [['troups'], ['troops']],
    [['sodiers'], ['soldiers']],
    [['packers', 'touchdown'], ['package']],
    [['xyz'], []],
    [['the'], []],
    [['kursk'], []],
    [['storm'], []],
    [[], []],
  ])('suggests for %j: %j', (terms, expected) => {
    expect(suggestTerms(INDEX, terms)).toEqual(expected);
  });

  it('orders suggestions by distance, then frequency, then spelling, up to `limit`', () => {
    const index = buildIndex([
      buildTestReport('a', 'Troops moved.\nTroops rested.\nTroops left.\nTrips ended.\nTrips began.\nTropes bored.'),
      buildTestReport('b', 'Taps ran.\nTaps ran.\nTaps ran.\nTaps ran.\nTaps ran.\nStrop cut.'),
    ]);
    expect(suggestTerms(index, ['trops'], { limit: 5 })).toEqual(['Troops', 'Trips', 'Strop', 'Tropes', 'Taps']);
    expect(suggestTerms(index, ['trops'], { limit: 2 })).toEqual(['Troops', 'Trips']);
  });
});

describe('serializeSentenceIndex', () => {
  it('gives an index that loadSentenceIndex restores with the same results', () => {
    const reports = FIXTURES.map((part) => part.report);
    const sentences = FIXTURES.flatMap((part) => part.sentences);
    const loaded = loadSentenceIndex(serializeSentenceIndex(INDEX), reports, sentences, TEST_ALIASES);
    for (const query of ['storm shadow missiles', 'DPRK', 'misile strike', 'quiet']) {
      expect(searchSentences(loaded, query)).toEqual(searchSentences(INDEX, query));
    }
    expect(suggestTerms(loaded, ['storn'])).toEqual(['Storm', 'stork']);
  });

  it('serialises the same index to the same text', () => {
    expect(serializeSentenceIndex(buildIndex(FIXTURES))).toEqual(serializeSentenceIndex(INDEX));
  });
});

describe('loadSentenceIndex', () => {
  it('refuses an index built for other sentences', () => {
    const json = serializeSentenceIndex(INDEX);
    expect(() => loadSentenceIndex(json, [], [])).toThrow(
      'Cannot load the sentence index: it was built for 18 sentences and 4 reports, not 0 and 0',
    );
  });

  it('refuses another version', () => {
    expect(() => loadSentenceIndex('{"version":0}', [], [])).toThrow(
      'Cannot load the sentence index: version 0 is not 7',
    );
  });
});

describe('findReportsHoldingTerms', () => {
  const index = buildIndex([
    buildTestReport('a', 'A car bomb hit the gate.\nNine people were wounded.'),
    buildTestReport('b', 'A bomb hit the market.'),
    buildTestReport('c', 'A car bomb hit the bridge.'),
  ]);

  it('finds the reports asked about whose sentences, together, hold every term', () => {
    expect([...findReportsHoldingTerms(index, new Set(['a', 'b']), ['car', 'bomb', 'wound'])]).toEqual(['a']);
    expect([...findReportsHoldingTerms(index, new Set(['a', 'b', 'c']), ['bomb'])]).toEqual(['a', 'b', 'c']);
  });

  it('finds none for a term the index does not know', () => {
    expect([...findReportsHoldingTerms(index, new Set(['a', 'b', 'c']), ['bomb', 'tank'])]).toEqual([]);
  });
});

describe('findSentencesHoldingTerms', () => {
  const index = buildIndex([
    buildTestReport('a', 'A car bomb hit the gate.\nNine people were wounded.\nThe bomb squad came.'),
    buildTestReport('b', 'A bomb hit the market.'),
  ]);

  it('gives the ordinals of the report’s sentences holding any of the terms, in order', () => {
    expect(findSentencesHoldingTerms(index, 'a', new Set(['bomb']))).toEqual([0, 2]);
    expect(findSentencesHoldingTerms(index, 'a', new Set(['wound', 'squad']))).toEqual([1, 2]);
    expect(findSentencesHoldingTerms(index, 'b', new Set(['bomb', 'wound']))).toEqual([0]);
  });

  it('gives none for an unknown term or report', () => {
    expect(findSentencesHoldingTerms(index, 'a', new Set(['tank']))).toEqual([]);
    expect(findSentencesHoldingTerms(index, 'z', new Set(['bomb']))).toEqual([]);
  });
});
