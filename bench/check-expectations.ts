// The pure half of `npm run eval`: the dev set's shape (zod) and the check of one answer against one
// question's expectations. No file system, no clock: the same answer and question give the same verdict.
import { z } from 'zod';
import type { Answer, Excerpt, FigureGroup, QuoteRow } from '../src/answer/answer.js';

/** The labels a careful journalist gives the figure row that cites a sentence. */
const LabelsSchema = z
  .object({
    /** The side key or its display label ("puerto_rican", "Puerto Rican"), compared case-insensitively. */
    side: z.string().min(1).optional(),
    /** A figure category ("killed", "wounded", "deployed", …). */
    category: z.string().min(1).optional(),
    /** Words of the claimant as written ("Garcia Padilla"), or null when the figure is unattributed. */
    claimant: z.string().min(1).nullable().optional(),
    /** Words of a quote row's speaker as the answer names it ("Kirby"), or null for "speaker not identified". */
    speaker: z.string().min(1).nullable().optional(),
  })
  .strict();

/** A citation, by report (file name without extension) and a substring of the exact sentence text. */
const CitationKeySchema = z
  .object({
    report: z.string().min(1),
    text: z.string().min(1),
    /** Narrows the key to the figure rows whose amount, as written, contains this ("20 million"). */
    figure: z.string().min(1).optional(),
  })
  .strict();

const ExpectedCitationSchema = CitationKeySchema.extend({ labels: LabelsSchema.optional() }).strict();

export const DevQuestionSchema = z
  .object({
    id: z.string().min(1),
    ask: z.string().min(1),
    /** Why these are the right citations, in the annotator's words. */
    note: z.string().optional(),
    mustCite: z.array(ExpectedCitationSchema).default([]),
    mustNotCite: z.array(CitationKeySchema).default([]),
    /** The answer's kind ("figures", "speaker-quotes", "not-quoted", "no-match", …), when it matters. */
    kind: z.string().min(1).optional(),
    /** Words the plain-text rendering must contain ("No quotes by"), compared with squashed quote marks. */
    mustSay: z.array(z.string().min(1)).default([]),
    /** Words the plain-text rendering must not contain ("exact match"). */
    mustNotSay: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .refine(
    (question) =>
      question.mustCite.length +
        question.mustNotCite.length +
        question.mustSay.length +
        question.mustNotSay.length +
        (question.kind === undefined ? 0 : 1) >
      0,
    {
      message:
        'a question expects something (a citation, a kind or words) or forbids one: none would pass whatever the answer',
    },
  );

/** Where a story's reports come from: an AllSides article id, or a file of the news-topical folder. */
const DevArticleSchema = z.union([
  z.object({ allsides: z.string().min(1) }).strict(),
  z.object({ newsTopical: z.string().min(1) }).strict(),
]);

const DevStorySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The corpus folder's `verbatim.yml`, as text; none when the story is left to inference. */
    settings: z.string().optional(),
    /** Or a `verbatim.yml` of the repository to use, by path from the repository root ("seeds/verbatim.yml"). */
    settingsFile: z
      .string()
      .regex(/^[\w.-]+(\/[\w.-]+)*$/)
      .refine((path) => path.split('/').every((part) => part !== '.' && part !== '..'), 'stays inside the repository')
      .optional(),
    articles: z.array(DevArticleSchema).min(1),
    questions: z.array(DevQuestionSchema).min(1),
  })
  .strict();

export const DevSetSchema = z
  .object({
    stories: z
      .array(
        DevStorySchema.refine((story) => story.settings === undefined || story.settingsFile === undefined, {
          message: 'a story has settings or a settingsFile, not both',
        }),
      )
      .min(1),
  })
  .strict();

/**
 * One file of the dev set. `eval/dev-set.json` and every `eval/dev-set/*.json` are parts; a story id
 * that appears in several parts is one story: its articles and questions are joined, in file order.
 */
export const DevSetPartSchema = z
  .object({
    stories: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          settings: z.string().optional(),
          settingsFile: z.string().optional(),
          articles: z.array(DevArticleSchema).default([]),
          questions: z.array(DevQuestionSchema).default([]),
        })
        .strict(),
    ),
  })
  .strict();

/** Joins dev-set parts into one dev set and validates it (a story's settings are given once at most). */
export function mergeDevSetParts(parts: readonly unknown[]): DevSet {
  const stories = new Map<string, Record<string, unknown> & { articles: unknown[]; questions: unknown[] }>();
  for (const part of parts) {
    for (const story of DevSetPartSchema.parse(part).stories) {
      const known = stories.get(story.id);
      if (known === undefined) {
        stories.set(story.id, { ...story, articles: [...story.articles], questions: [...story.questions] });
        continue;
      }
      for (const key of ['settings', 'settingsFile'] as const) {
        if (story[key] === undefined) continue;
        if (known[key] !== undefined) throw new Error(`story ${story.id}: ${key} given in two dev-set files`);
        known[key] = story[key];
      }
      const seen = new Set(known.articles.map((article) => JSON.stringify(article)));
      known.articles.push(...story.articles.filter((article) => !seen.has(JSON.stringify(article))));
      known.questions.push(...story.questions);
    }
  }
  return DevSetSchema.parse({ stories: [...stories.values()] });
}

export type Labels = z.infer<typeof LabelsSchema>;
export type CitationKey = z.infer<typeof CitationKeySchema>;
export type DevQuestion = z.infer<typeof DevQuestionSchema>;
export type DevStory = z.infer<typeof DevStorySchema>;
export type DevSet = z.infer<typeof DevSetSchema>;

/** One cited sentence of an answer, with the figure facts of the row that cites it, if any. */
export type CitedSentence = {
  readonly file: string;
  readonly sentence: string;
  readonly figure: {
    readonly text: string;
    readonly side: string;
    readonly sideLabel: string;
    readonly category: string;
    readonly claimant: string | null;
  } | null;
  /** For a quote row: its speaker as the answer names it (null when not identified); undefined otherwise. */
  readonly speaker?: string | null;
};

/** Right and labelled counts for one label kind. */
export type LabelTally = { readonly right: number; readonly total: number };

/** The verdict on one question. */
export type QuestionVerdict = {
  readonly pass: boolean;
  /** Why it failed, one line each, in expectation order; empty when it passed. */
  readonly reasons: readonly string[];
  readonly labels: {
    readonly side: LabelTally;
    readonly category: LabelTally;
    readonly claimant: LabelTally;
    readonly speaker: LabelTally;
  };
};

/** The label kinds the eval tallies, in print order. */
export const LABEL_KINDS = ['side', 'category', 'claimant', 'speaker'] as const;

/** Every sentence an answer cites, in answer order (figure rows with their facts). */
export function listCitedSentences(answer: Answer): CitedSentence[] {
  const plain = (excerpt: Excerpt): CitedSentence => ({
    file: excerpt.citation.file,
    sentence: excerpt.citation.sentence,
    figure: null,
  });
  const quoted = (row: QuoteRow): CitedSentence => ({ ...plain(row), speaker: row.quote.speaker });
  switch (answer.kind) {
    case 'figures':
      return [...answer.primary, ...answer.others].flatMap((group) => listGroupSentences(group));
    case 'results':
      return answer.results.flatMap((result) => [result, ...(result.more ?? [])]).map(plain);
    case 'speaker-quotes':
      return [...answer.quotes, ...answer.paraphrases].map(quoted);
    case 'several-speakers':
      return answer.speakers.flatMap((person) => [...person.quotes, ...person.paraphrases]).map(quoted);
    case 'phrase-quotes':
      return answer.quotes.map(quoted);
    case 'not-quoted':
      return answer.mentions.map(plain);
    default:
      return [];
  }
}

function listGroupSentences(group: FigureGroup): CitedSentence[] {
  return group.rows.flatMap((row) => {
    const figure = {
      text: row.figure.text,
      side: group.subject,
      sideLabel: group.subjectLabel,
      category: row.figure.category,
      claimant: row.figure.claimant,
    };
    return [row, ...row.alsoIn].map((excerpt) => ({
      file: excerpt.citation.file,
      sentence: excerpt.citation.sentence,
      figure,
    }));
  });
}

/**
 * Checks an answer against a question's expectations: its kind, must-cite (with labels), must-not-cite,
 * and the words its plain-text rendering (`text`) must and must not say.
 */
export function checkExpectations(answer: Answer, question: DevQuestion, text = ''): QuestionVerdict {
  const cited = listCitedSentences(answer);
  const reasons: string[] = [];
  const tally = { side: [0, 0], category: [0, 0], claimant: [0, 0], speaker: [0, 0] };
  if (question.kind !== undefined && answer.kind !== question.kind)
    reasons.push(`kind: want ${question.kind}, got ${answer.kind}`);
  for (const expected of question.mustCite) {
    const hits = cited.filter((sentence) => matchesKey(sentence, expected));
    if (hits.length === 0) {
      reasons.push(`missing ${describeKey(expected)}`);
      continue;
    }
    const labels = expected.labels;
    if (labels === undefined) continue;
    const figures = hits.flatMap((hit) => (hit.figure === null ? [] : [hit.figure]));
    if (labels.side !== undefined) {
      const want = labels.side.toLowerCase();
      const right = figures.some((f) => f.side.toLowerCase() === want || f.sideLabel.toLowerCase() === want);
      count(
        tally.side,
        right,
        reasons,
        `side of ${describeKey(expected)}: want "${labels.side}", got ${listValues(figures.map((f) => f.sideLabel))}`,
      );
    }
    if (labels.category !== undefined) {
      const right = figures.some((f) => f.category === labels.category);
      count(
        tally.category,
        right,
        reasons,
        `category of ${describeKey(expected)}: want ${labels.category}, got ${listValues(figures.map((f) => f.category))}`,
      );
    }
    if (labels.speaker !== undefined) {
      const want = labels.speaker;
      const speakers = hits.flatMap((hit) => (hit.speaker === undefined ? [] : [hit.speaker]));
      const right = speakers.some((s) =>
        want === null ? s === null : s?.toLowerCase().includes(want.toLowerCase()) === true,
      );
      count(
        tally.speaker,
        right,
        reasons,
        `speaker of ${describeKey(expected)}: want ${want === null ? 'not identified' : `"${want}"`}, got ${speakers.length === 0 ? 'no quote row' : [...new Set(speakers.map((s) => s ?? 'not identified'))].map((s) => `"${s}"`).join(', ')}`,
      );
    }
    if (labels.claimant !== undefined) {
      const want = labels.claimant;
      const right = figures.some((f) =>
        want === null ? f.claimant === null : f.claimant?.toLowerCase().includes(want.toLowerCase()) === true,
      );
      count(
        tally.claimant,
        right,
        reasons,
        `claimant of ${describeKey(expected)}: want ${want === null ? 'unattributed' : `"${want}"`}, got ${listValues(figures.map((f) => f.claimant ?? 'unattributed'))}`,
      );
    }
  }
  for (const forbidden of question.mustNotCite) {
    if (cited.some((sentence) => matchesKey(sentence, forbidden))) reasons.push(`cites ${describeKey(forbidden)}`);
  }
  const said = squash(text).toLowerCase();
  for (const words of question.mustSay)
    if (!said.includes(squash(words).toLowerCase())) reasons.push(`does not say "${words}"`);
  for (const words of question.mustNotSay)
    if (said.includes(squash(words).toLowerCase())) reasons.push(`says "${words}"`);
  const toTally = ([right, total]: number[]): LabelTally => ({ right: right ?? 0, total: total ?? 0 });
  return {
    pass: reasons.length === 0,
    reasons,
    labels: {
      side: toTally(tally.side),
      category: toTally(tally.category),
      claimant: toTally(tally.claimant),
      speaker: toTally(tally.speaker),
    },
  };
}

function count(tally: number[], right: boolean, reasons: string[], reason: string): void {
  tally[1] = (tally[1] ?? 0) + 1;
  if (right) tally[0] = (tally[0] ?? 0) + 1;
  else reasons.push(reason);
}

function matchesKey(sentence: CitedSentence, key: CitationKey): boolean {
  const stem = sentence.file.replace(/\.[^./]+$/, '');
  if (stem !== key.report && !stem.endsWith(`/${key.report}`)) return false;
  if (!squash(sentence.sentence).includes(squash(key.text))) return false;
  return key.figure === undefined || (sentence.figure?.text.includes(key.figure) ?? false);
}

function squash(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"');
}

function describeKey(key: CitationKey): string {
  return `${key.report}: "${key.text}"${key.figure === undefined ? '' : ` (figure "${key.figure}")`}`;
}

function listValues(values: readonly string[]): string {
  return values.length === 0 ? 'no figure row' : [...new Set(values)].map((value) => `"${value}"`).join(', ');
}
