import { describe, expect, it } from 'vitest';
import { renderCitationText, renderExcerptText } from '../../../../src/render/text/render-citation-text.js';
import { makeCitation, makeExcerpt } from '../../../support/slack-answer-fixtures.js';

describe('renderCitationText', () => {
  it('gives title, outlet, date and file:start-end, and says what is unknown', () => {
    expect(renderCitationText(makeCitation('Hello.', { title: null, outlet: null, date: null }))).toBe(
      '(untitled) · outlet unknown · undated · field-notes.txt:100-106',
    );
  });

  it('adds the reader link, and the original where there is one, when the citation is linked', () => {
    const reader = 'https://v.example/read?report=field-notes&start=100&end=106&sig=abc#s100-106';
    expect(renderCitationText(makeCitation('Hello.', { link: { reader, original: 'https://o.example/1' } }))).toBe(
      `Field Notes From the Front · Test Gazette · 2025-01-05 · field-notes.txt:100-106 · ${reader} · original: https://o.example/1`,
    );
    expect(renderCitationText(makeCitation('Hello.', { link: { reader, original: null } }))).toBe(
      `Field Notes From the Front · Test Gazette · 2025-01-05 · field-notes.txt:100-106 · ${reader}`,
    );
  });
});

describe('renderExcerptText', () => {
  it('quotes the sentence with its marks, then the citation on the next line', () => {
    expect(renderExcerptText(makeExcerpt('A\nB 300.', '300'))).toBe(
      '  “A B **300**.”\n    — Field Notes From the Front · Test Gazette · 2025-01-05 · field-notes.txt:100-108',
    );
  });
});
