import { describe, expect, it } from 'vitest';
import { renderConvertedText } from '../../../../src/corpus/formats/render-converted-text.js';

describe('renderConvertedText', () => {
  it('writes front matter with the metadata and origin, then the title and one paragraph per line', () => {
    const text = renderConvertedText(
      {
        title: 'Quay: "Cracks" Found',
        byline: null,
        outlet: 'Pier Post',
        date: '2024-12-23',
        url: 'https://pier.example/quay',
        paragraphs: ['Inspectors found 3 cracked bollards.', 'Repairs start in January.'],
      },
      { original: 'quay.pdf', sha256: 'a'.repeat(64) },
    );
    expect(text).toBe(
      [
        '---',
        'title: \'Quay: "Cracks" Found\'',
        'date: 2024-12-23',
        'outlet: Pier Post',
        'url: https://pier.example/quay',
        'byline: null',
        'original: quay.pdf',
        `original_sha256: ${'a'.repeat(64)}`,
        'content_sha256: 5c0ec964848330f17eaa9443d65aa158876b34ece6d74890ca76fa931b077027',
        '---',
        'Quay: "Cracks" Found',
        '',
        'Inspectors found 3 cracked bollards.',
        '',
        'Repairs start in January.',
        '',
      ].join('\n'),
    );
  });
});
