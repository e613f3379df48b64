import { describe, expect, it } from 'vitest';
import { createSentenceLookup } from '../../../src/index/create-sentence-lookup.js';
import { buildSentenceId, type Sentence } from '../../../src/sentences/sentence.js';

function sentence(reportId: string, ordinal: number): Sentence {
  const start = ordinal * 10;
  return {
    id: buildSentenceId(reportId, ordinal),
    reportId,
    ordinal,
    block: 0,
    start,
    end: start + 9,
    text: 'Text here',
  };
}

// As the splitter gives them: each report's sentences in ordinal order, one report after another.
const IN_ORDER = [
  sentence('a', 0),
  sentence('a', 1),
  sentence('a', 2),
  sentence('x#y', 0),
  sentence('x#y', 1),
  sentence('b', 0),
];
// Out of order, a report without its first sentences, and an id that is not `${reportId}#${ordinal}`.
const ANY_ORDER = [
  sentence('a', 2),
  sentence('b', 0),
  sentence('a', 0),
  sentence('c', 3),
  sentence('c', 4),
  sentence('a', 1),
  { ...sentence('d', 1), id: 'd#01' },
];
const ASKED = [
  'a#0',
  'a#1',
  'a#2',
  'a#3',
  'a#-1',
  'a#1.0',
  'a#01',
  'a#',
  'a',
  'x#y#1',
  'x#y',
  'b#0',
  'c#3',
  'c#4',
  'd#01',
  'd#1',
  'zz#0',
  '',
];

describe.each([
  ['in splitter order', IN_ORDER],
  ['in any order', ANY_ORDER],
])('createSentenceLookup, sentences %s', (_name, sentences) => {
  const map = new Map(sentences.map((s) => [s.id, s]));
  const lookup = createSentenceLookup(sentences);

  it('gets and has what a map of the sentences by id gets and has', () => {
    expect(ASKED.map((id) => lookup.get(id))).toEqual(ASKED.map((id) => map.get(id)));
    expect(ASKED.map((id) => lookup.has(id))).toEqual(ASKED.map((id) => map.has(id)));
    expect(sentences.every((s) => lookup.get(s.id) === s)).toBe(true);
  });

  it('has the size and iteration order of that map', () => {
    expect(lookup.size).toBe(map.size);
    expect([...lookup]).toEqual([...map]);
    expect([...lookup.entries()]).toEqual([...map.entries()]);
    expect([...lookup.keys()]).toEqual([...map.keys()]);
    expect([...lookup.values()]).toEqual([...map.values()]);
    const seen: string[] = [];
    lookup.forEach((value, key, whole) => {
      expect([value, whole]).toEqual([map.get(key), lookup]);
      seen.push(key);
    });
    expect(seen).toEqual([...map.keys()]);
  });
});
