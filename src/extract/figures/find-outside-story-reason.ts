import type { SideLexicon } from '../sides/side-lexicon.js';

/** What `findOutsideStoryReason` reads beside the sentence. */
export type OutsideStoryContext = {
  /** The report's publication date (ISO, YYYY-MM-DD), or null when the report does not say. */
  readonly reportDate: string | null;
  /** The corpus's story words and outside words (`buildSideLexicon`). */
  readonly lexicon: Pick<SideLexicon, 'storyWords' | 'outsideWords'>;
};

/** How many calendar years before the report a named year must be for its event to be another one. */
export const OUTSIDE_STORY_MIN_YEARS = 2;

/** A year from 1900 to 2099 as a whole word. */
const YEAR = /\b(19|20)\d\d\b/g;
/** Words before a year that make it the start of something still running ("since 2015", "the war, which began in 2015"). */
const RUNNING_SINCE =
  /\b(?:since|from|began|begun|started|starting|beginning|erupted|broke\s+out|through|until)(?:\s+(?:in|on|early|late|mid|the|of|\d{1,2},?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?))*\s*$/i;

/**
 * Why a figure's sentence is about an event outside the corpus's story, or null when nothing says so.
 * Two general rules, precision first:
 * 1. **An earlier year.** The sentence names a year at least `OUTSIDE_STORY_MIN_YEARS` calendar
 *    years before the report's date ("deaths blamed on Hurricane Katrina in 2005" in a 2018
 *    report; "the attacks in November 2015" in 2017), unless the year starts something still
 *    running ("since 2015", "the war, which began in 2015"). The reason is "names 2005, 13 years
 *    before the report".
 * 2. **An outside word.** The corpus settings' `outside_words` occur in the sentence and none of
 *    its story words do. The reason is "names <the word as written>".
 *
 * Without a report date only rule 2 applies. Pure and deterministic.
 *
 * @example
 * findOutsideStoryReason('Katrina killed 1,833 people in 2005.', { reportDate: '2018-09-01', lexicon }); // 'names 2005, 13 years before the report'
 */
export function findOutsideStoryReason(sentence: string, context: OutsideStoryContext): string | null {
  const reportYear = context.reportDate === null ? null : Number(context.reportDate.slice(0, 4));
  if (reportYear !== null && Number.isFinite(reportYear)) {
    for (const match of sentence.matchAll(YEAR)) {
      const year = Number(match[0]);
      const gap = reportYear - year;
      if (gap < OUTSIDE_STORY_MIN_YEARS) continue;
      if (RUNNING_SINCE.test(sentence.slice(Math.max(0, match.index - 40), match.index))) continue;
      return `names ${year}, ${gap} years before the report`;
    }
  }
  const { outsideWords, storyWords } = context.lexicon;
  if (outsideWords === null) return null;
  const outside = outsideWords.exec(sentence);
  if (outside === null || (storyWords?.test(sentence) ?? false)) return null;
  return `names ${outside[0]}`;
}
