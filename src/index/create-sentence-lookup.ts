import type { Sentence } from '../sentences/sentence.js';

/**
 * The corpus's sentences by id, as a read-only map that holds no entry per sentence
 * (docs/benchmarks.md, "Memory of the index"): a sentence id is `${reportId}#${ordinal}` and a
 * report's sentences follow each other in ordinal order, so the sentence is found at its report's
 * first position plus its ordinal. A map of 1.5 M entries held about 54 MB at full scale; this
 * holds one number per report. A sentence that does not sit where its id says (none does when
 * the sentences come from the splitter) is kept in a small map of its own, so every sentence is
 * found whatever the order. Reads as `new Map(sentences.map((s) => [s.id, s]))` does: same
 * `get`, `has`, `size` (the ids are distinct) and the same iteration order.
 */
export function createSentenceLookup(sentences: readonly Sentence[]): ReadonlyMap<string, Sentence> {
  return new SentenceLookup(sentences);
}

class SentenceLookup implements ReadonlyMap<string, Sentence> {
  readonly #sentences: readonly Sentence[];
  /** Report id → the position of its sentence of ordinal 0 (of its first sentence when it has none). */
  readonly #firstOfReport = new Map<string, number>();
  /** The sentences that are not where their id says. */
  readonly #elsewhere = new Map<string, Sentence>();

  constructor(sentences: readonly Sentence[]) {
    this.#sentences = sentences;
    sentences.forEach((sentence, at) => {
      if (!this.#firstOfReport.has(sentence.reportId))
        this.#firstOfReport.set(sentence.reportId, at - sentence.ordinal);
      if (this.#find(sentence.id) !== sentence) this.#elsewhere.set(sentence.id, sentence);
    });
  }

  get size(): number {
    return this.#sentences.length;
  }

  get(id: string): Sentence | undefined {
    return this.#find(id) ?? this.#elsewhere.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  forEach(callback: (value: Sentence, key: string, map: ReadonlyMap<string, Sentence>) => void): void {
    for (const sentence of this.#sentences) callback(sentence, sentence.id, this);
  }

  *entries(): MapIterator<[string, Sentence]> {
    for (const sentence of this.#sentences) yield [sentence.id, sentence];
  }

  *keys(): MapIterator<string> {
    for (const sentence of this.#sentences) yield sentence.id;
  }

  *values(): MapIterator<Sentence> {
    yield* this.#sentences;
  }

  [Symbol.iterator](): MapIterator<[string, Sentence]> {
    return this.entries();
  }

  /** The sentence at the position the id names, when it is the one with that id. */
  #find(id: string): Sentence | undefined {
    const hash = id.lastIndexOf('#');
    if (hash < 0) return undefined;
    const reportId = id.slice(0, hash);
    const ordinal = Number(id.slice(hash + 1));
    const first = this.#firstOfReport.get(reportId);
    if (first === undefined || !Number.isInteger(ordinal) || ordinal < 0) return undefined;
    const sentence = this.#sentences[first + ordinal];
    return sentence?.id === id ? sentence : undefined;
  }
}
