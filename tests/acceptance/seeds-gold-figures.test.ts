import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Excerpt, FigureRow } from '../../src/answer/answer.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { parseQuestion } from '../../src/answer/parse-question.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { loadCorpusSettings } from '../../src/corpus/load-corpus-settings.js';
import { buildCorpusIndex } from '../../src/index/build-corpus-index.js';

type GoldFigure = {
  readonly id: string;
  readonly file: string;
  readonly sentence: string;
  readonly number: string | null;
  readonly value: number | null;
  readonly value_max?: number | null;
  readonly category: string;
  readonly subject: string;
  readonly claimant: string | null;
  /** "unattributed (reports)" when no person or body makes the claim, else the claimant's name. */
  readonly claimant_canonical: string;
  readonly required: boolean;
};
type GoldDistractor = {
  readonly id: string;
  readonly file: string;
  readonly sentence: string;
  readonly number: string;
  readonly must_not_appear_in: readonly string[];
};
type GoldFile = {
  readonly casualties: readonly GoldFigure[];
  readonly troops: readonly GoldFigure[];
  readonly distractors: readonly GoldDistractor[];
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GOLD = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/gold/seeds-gold.json'), 'utf8')) as {
  readonly files: Readonly<Record<string, GoldFile>>;
};
const FILES = Object.values(GOLD.files);
const REQUIRED = (['casualties', 'troops'] as const).flatMap((command) =>
  FILES.flatMap((file) => file[command].filter((figure) => figure.required).map((figure) => ({ command, figure }))),
);
const DISTRACTORS = FILES.flatMap((file) =>
  file.distractors.flatMap((distractor) =>
    distractor.must_not_appear_in
      .filter((command): command is 'casualties' | 'troops' => command === 'casualties' || command === 'troops')
      .map((command) => ({ command, distractor })),
  ),
);
/** The gold's category and subject names where they differ from ours. */
const CATEGORY: Readonly<Record<string, string>> = { deaths: 'killed', casualties_unspecified: 'killed_or_wounded' };
const SUBJECT: Readonly<Record<string, string>> = { other: 'unknown' };

const answers = new Map<string, Answer>();

beforeAll(async () => {
  const { reports } = await loadCorpus(resolve(ROOT, 'seeds'));
  // The story's knowledge (sides, aliases, story words) is the seeds' settings file, not code.
  const { settings } = await loadCorpusSettings(resolve(ROOT, 'seeds'));
  const index = buildCorpusIndex(reports, { settings });
  for (const command of ['casualties', 'troops'])
    answers.set(command, answerQuestion(parseQuestion(`/${command}`), index));
});

describe('/casualties and /troops on the seeds', () => {
  it.each(
    REQUIRED.map(({ command, figure }) => [`${command} ${figure.id} "${figure.number}"`, command, figure] as const),
  )('lists the required figure %s with its value, category, subject and claimant', (_name, command, figure) => {
    const found = findFigure(answers.get(command), figure.sentence, figure.number ?? '');
    expect(found, `no row cites "${figure.sentence}" with "${figure.number}"`).not.toBeNull();
    const facts = found?.figure;
    expect(
      {
        value: facts?.value,
        category: facts?.category,
        subject: facts?.subject,
        claimantAgrees: agreesWithClaimant(figure.claimant, facts?.claimant ?? facts?.attribution ?? null),
        // Gold "unattributed (reports)": no claimant, the wording kept beside it.
        unattributedAgrees: !figure.claimant_canonical.startsWith('unattributed') || facts?.claimant === null,
      },
      `gold claimant "${figure.claimant}" (${figure.claimant_canonical}), ours "${facts?.claimant}" / "${facts?.attribution}"`,
    ).toEqual({
      value: figure.value,
      category: CATEGORY[figure.category] ?? figure.category,
      subject: SUBJECT[figure.subject] ?? figure.subject,
      claimantAgrees: true,
      unattributedAgrees: true,
    });
    if (figure.value_max !== undefined && figure.value_max !== null) expect(facts?.valueMax).toBe(figure.value_max);
  });

  it.each(
    DISTRACTORS.map(
      ({ command, distractor }) => [`${command} ${distractor.id} "${distractor.number}"`, command, distractor] as const,
    ),
  )('never shows the distractor %s as a figure', (_name, command, distractor) => {
    expect(findFigure(answers.get(command), distractor.sentence, distractor.number)).toBeNull();
  });
});

/** The row (or a place it also cites) whose sentence holds the gold sentence and whose mark holds the number. */
function findFigure(answer: Answer | undefined, sentence: string, number: string): FigureRow | null {
  if (answer === undefined || answer.kind !== 'figures') return null;
  const wanted = normalise(sentence);
  for (const row of [...answer.primary, ...answer.others].flatMap((group) => group.rows)) {
    for (const excerpt of [row as Excerpt, ...row.alsoIn]) {
      if (!normalise(excerpt.citation.sentence).includes(wanted)) continue;
      const marked = excerpt.marks.map((mark) => excerpt.citation.sentence.slice(mark.start, mark.end));
      if (marked.some((text) => normalise(text).includes(normalise(number)))) return row;
    }
  }
  return null;
}

/**
 * The gold claimant as written (for an unattributed figure, the source wording: "reports"), case-insensitively, inside ours or ours inside it. The gold may add
 * context from a neighbouring sentence in parentheses; the words in parentheses may match instead.
 */
function agreesWithClaimant(gold: string | null, ours: string | null): boolean {
  if (gold === null || ours === null) return gold === ours;
  const inside = /\(([^)]*)\)/.exec(gold)?.[1] ?? '';
  const mine = normalise(ours);
  return [gold, inside]
    .map(normalise)
    .filter((candidate) => candidate !== '')
    .some((candidate) => mine.includes(candidate) || candidate.includes(mine));
}

function normalise(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}
