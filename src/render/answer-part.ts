/**
 * Which part of an answer a message shows. `answer` is the first screen: for `/casualties` and
 * `/troops` the counts and the claims table only. `excerpts` is what "Show excerpts" posts: the
 * cited sentences of every claim (and, when the filter asks, the figures outside the story). Other
 * answers have one part, so both give the same blocks.
 */
export type AnswerPart = 'answer' | 'excerpts';

/** The parts, in the order a reader meets them. */
export const ANSWER_PARTS: readonly AnswerPart[] = ['answer', 'excerpts'];
