import type { FigureCategory, Subject } from '../../extract/figure.js';

/** How each figure category is named in Slack (fixed template text). */
export const FIGURE_CATEGORY_LABELS: Readonly<Record<FigureCategory, string>> = {
  killed: 'Killed',
  wounded: 'Wounded',
  killed_or_wounded: 'Killed or wounded',
  captured: 'Captured',
  missing: 'Missing',
  deployed: 'Deployed',
  trained: 'Trained',
  additional: 'Additional troops',
  planned: 'Planned',
};

/** Whose losses or troops a figure is about, as shown in Slack. */
export const SUBJECT_LABELS: Readonly<Record<Subject, string>> = {
  north_korean: 'North Korean',
  russian: 'Russian',
  ukrainian: 'Ukrainian',
  unknown: 'side not stated',
};
