import type { QuestionFilters } from './read-question-filters.js';

/**
 * Writes a free question's filters as the `/casualties` or `/troops` filter they amount to, in the
 * filter language `parseFigureFilter` reads, so the answer shows what was searched: category
 * words, date phrases, amounts, whose losses, then "about <topic words>", "in <place>" and
 * "according to <claimant>" (last, as each reads to the end of its phrase). Pure.
 *
 * @example
 * buildFigureFilterText(readQuestionFilters('how many North Korean troops were killed in Kursk according to Kirby?'));
 * // 'killed north korean in kursk according to kirby'
 */
export function buildFigureFilterText(filters: QuestionFilters): string {
  return [
    ...filters.categories,
    ...filters.dates,
    ...filters.numbers,
    ...filters.sides,
    ...(filters.topics.length === 0 ? [] : [`about ${filters.topics.join(' ')}`]),
    ...filters.places.map((place) => `in ${place}`),
    ...(filters.claimant === null ? [] : [`according to ${filters.claimant}`]),
  ].join(' ');
}
