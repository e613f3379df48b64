import type { FigureGroup } from '../answer/answer.js';

/**
 * What a figure group's claims measure beyond side and category, as a fixed-template suffix for
 * its heading: " · civilian · in Gaza", " · in Kherson", or "" when its figures say neither.
 * `toText` is applied to the words taken from a report (mrkdwn in Slack blocks, nothing in plain
 * text). Deterministic.
 *
 * @example
 * describeGroupScope({ place: 'Gaza', population: null, … }, (s) => s); // ' · in Gaza'
 */
export function describeGroupScope(
  group: Pick<FigureGroup, 'place' | 'population'>,
  toText: (text: string) => string,
): string {
  const population = group.population == null ? '' : ` · ${group.population}`;
  const place = group.place == null ? '' : ` · in ${toText(group.place)}`;
  return `${population}${place}`;
}
