import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../../../src/answer/answer.js';
import { renderCitationMenu } from '../../../../src/render/blocks/render-citation-menu.js';
import { renderClaimsBlocks } from '../../../../src/render/blocks/render-claims-blocks.js';
import { makeFigureRow, makeFiguresAnswer } from '../../../support/slack-answer-fixtures.js';

function sectionTexts(units: ReturnType<typeof renderClaimsBlocks>): string[] {
  return units.flat().map((block) => (block.type === 'section' ? (block.text?.text ?? '') : `[${block.type}]`));
}

describe('renderClaimsBlocks', () => {
  it('opens with one line per claim: figure, period, claimant, resolved date, title linked to the reader', () => {
    const linked: FigureRow = {
      ...makeFigureRow('Officials said 1,000 soldiers died in a week.', {
        text: '1,000',
        claimant: 'John *Kirby*',
        period: 'in a week',
        date: '2024-12-27',
        dateText: null,
      }),
    };
    const withLink: FigureRow = {
      ...linked,
      citation: {
        ...linked.citation,
        title: 'Weekly <update>',
        link: { reader: 'https://r.example/read?a=1&b=2', original: null },
      },
    };
    const plain = makeFigureRow('A governor said about 300 soldiers were killed.', { claimant: null });
    const units = renderClaimsBlocks(makeFiguresAnswer([withLink, plain]));
    expect(sectionTexts(units)).toEqual([
      '[header]',
      '*Killed · North Korean*',
      '• *1,000* in a week · John\u00a0∗Kirby∗ · Fri 27 Dec 2024 (report date) · <https://r.example/read?a=1&amp;b=2|Weekly &lt;update&gt;>',
      '• *about 300* · claimant not stated · Sat 4 Jan 2025 (written “January 4”) · Field Notes From the Front',
    ]);
    // Each claim carries its citation menu: the file and offsets of its sentence, nothing else.
    const menus = units
      .flat()
      .flatMap((block) => (block.type === 'section' && block.accessory ? [block.accessory] : []));
    expect(menus).toEqual([renderCitationMenu(withLink.citation), renderCitationMenu(plain.citation)]);
    expect(menus[1]).toMatchObject({
      type: 'overflow',
      options: [
        { value: `c:${plain.citation.start}-${plain.citation.end}:${plain.citation.file}` },
        { value: `q:${plain.citation.start}-${plain.citation.end}:${plain.citation.file}` },
      ],
    });
  });

  it('pages a long group between lines, the heading only once', () => {
    const rows = Array.from({ length: 20 }, (_, i) => makeFigureRow(`They said ${i + 1} died.`, { text: `${i + 1}` }));
    const units = renderClaimsBlocks(makeFiguresAnswer(rows));
    expect(units).toHaveLength(2);
    // The first unit: the table's header, the group heading and 15 claims; the second: the other 5, no heading.
    expect(units.map((unit) => unit.length)).toEqual([17, 5]);
    expect(sectionTexts([units[1] ?? []])[0]?.startsWith('• *16*')).toBe(true);
  });

  it('gives no units when there are no figures', () => {
    expect(renderClaimsBlocks(makeFiguresAnswer([]))).toEqual([]);
  });
});
