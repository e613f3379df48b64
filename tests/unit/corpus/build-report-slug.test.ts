import { describe, expect, it } from 'vitest';
import { buildReportSlug } from '../../../src/corpus/build-report-slug.js';

describe('buildReportSlug', () => {
  it.each([
    ['Dock workers strike at Northport harbour', 'x', 'dock-workers-strike-at-northport-harbour'],
    ['Café owners: “We’ll stay open”', 'x', 'cafe-owners-we-ll-stay-open'],
    [null, 'Briefing 12.pdf', 'briefing-12-pdf'],
    ['¡¿…?!', 'https://pier.example/quay', 'https-pier-example-quay'],
    [null, '', 'report'],
    [
      'A very long headline about the harbour dredging plan that goes on and on past sixty characters',
      'x',
      'a-very-long-headline-about-the-harbour-dredging-plan-that',
    ],
  ])('makes %j (fallback %j) into %j', (title, fallback, expected) => {
    expect(buildReportSlug(title, fallback)).toBe(expected);
  });
});
