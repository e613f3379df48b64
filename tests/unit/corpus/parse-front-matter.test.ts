import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/corpus/parse-front-matter.js';

describe('parseFrontMatter', () => {
  it('reads title, date, outlet and url and says where the report text starts', () => {
    const text =
      '---\ntitle: Ferry Returns\ndate: 2024-06-14\noutlet: Harbour Gazette\nurl: https://harbour.example/a\n---\nText.';
    expect(parseFrontMatter(text)).toEqual({
      end: text.indexOf('Text.'),
      fields: {
        title: 'Ferry Returns',
        date: '2024-06-14',
        outlet: 'Harbour Gazette',
        url: 'https://harbour.example/a',
      },
      problems: [],
    });
  });

  it('returns no fields and offset 0 when the file has no front matter', () => {
    expect(parseFrontMatter('Ferry Returns\n---\nText.')).toEqual({ end: 0, fields: {}, problems: [] });
  });

  it('ignores other keys, reads quoted values and accepts "..." as the closing line', () => {
    const text = "---\r\nlayout: post\r\ntags: [ferry]\r\ndate: '2024-06-14'\r\n...\r\nText.";
    expect(parseFrontMatter(text)).toEqual({
      end: text.indexOf('Text.'),
      fields: { date: '2024-06-14' },
      problems: [],
    });
  });

  it('reads an empty or null value as "no such value"', () => {
    const text = '---\ndate: null\noutlet:\ntitle: ""\n---\n';
    expect(parseFrontMatter(text)).toEqual({
      end: text.length,
      fields: { title: null, date: null, outlet: null },
      problems: [],
    });
  });

  it('reads an empty front matter as no fields', () => {
    expect(parseFrontMatter('---\n---\nText.')).toEqual({ end: 8, fields: {}, problems: [] });
  });

  it('reports malformed YAML and returns no fields', () => {
    const text = '---\ntitle: [Ferry\n---\nText.';
    expect(parseFrontMatter(text)).toEqual({
      end: text.indexOf('Text.'),
      fields: {},
      problems: [
        'front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1:',
      ],
    });
  });

  it('reports a front matter that is not a set of keys', () => {
    expect(parseFrontMatter('---\n- ferry\n---\nText.')).toEqual({
      end: 16,
      fields: {},
      problems: ['front matter is not a list of "key: value" lines'],
    });
  });

  it('reports a front matter that is never closed and reads the file as text', () => {
    expect(parseFrontMatter('---\ntitle: Ferry\nText.')).toEqual({
      end: 0,
      fields: {},
      problems: ['front matter has no closing "---" line'],
    });
  });

  it.each([
    ['14/06/2024', 'front matter date "14/06/2024" is not a YYYY-MM-DD date'],
    ['2024-02-30', 'front matter date "2024-02-30" is not a YYYY-MM-DD date'],
    ['2024-13-01', 'front matter date "2024-13-01" is not a YYYY-MM-DD date'],
    ['20240614', 'front matter date "20240614" is not a YYYY-MM-DD date'],
    ['[2024]', 'front matter date "2024" is not a YYYY-MM-DD date'],
  ])('reports the bad date %j and keeps the other fields', (date, problem) => {
    const text = `---\ntitle: Ferry\ndate: ${date}\n---\n`;
    expect(parseFrontMatter(text)).toEqual({ end: text.length, fields: { title: 'Ferry' }, problems: [problem] });
  });

  it('reports a url that is not a web address and a title that is not text', () => {
    const text = '---\ntitle: [a, b]\nurl: ftp://harbour.example\noutlet: 2024\n---\n';
    expect(parseFrontMatter(text)).toEqual({
      end: text.length,
      fields: { outlet: '2024' },
      problems: [
        'front matter title is not text: write it as a quoted string',
        'front matter url "ftp://harbour.example" is not an http or https address',
      ],
    });
  });

  it('reports a YAML warning (an unknown tag) as a problem, prints nothing, and keeps the value', async () => {
    const emitted: unknown[] = [];
    const onWarning = (warning: unknown) => emitted.push(warning);
    process.on('warning', onWarning);
    try {
      const text = '---\ntitle: !headline Ferry resumes\n---\nText.';
      expect(parseFrontMatter(text)).toEqual({
        end: text.indexOf('Text.'),
        fields: { title: 'Ferry resumes' },
        problems: ['front matter YAML: Unresolved tag: !headline at line 1, column 8'],
      });
      // process.emitWarning delivers on a later tick.
      await new Promise((done) => setImmediate(done));
    } finally {
      process.off('warning', onWarning);
    }
    expect(emitted).toEqual([]);
  });
});
