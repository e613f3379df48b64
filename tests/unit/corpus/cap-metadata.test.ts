import { describe, expect, it } from 'vitest';
import { capMetadata, METADATA_LIMITS } from '../../../src/corpus/cap-metadata.js';

const NONE = { title: null, date: null, outlet: null, url: null };

describe('capMetadata', () => {
  it('keeps every field at or under its limit as it is, with no problem', () => {
    const fields = {
      title: 't'.repeat(300),
      date: '2024-12-23',
      outlet: 'o'.repeat(200),
      url: `https://example.org/${'u'.repeat(2048 - 20)}`,
    };
    expect(fields.url).toHaveLength(2048);
    expect(capMetadata(fields)).toEqual({ fields, problems: [] });
    expect(capMetadata(NONE)).toEqual({ fields: NONE, problems: [] });
  });

  it('cuts a long title and outlet to the limit, ending in an ellipsis, and says so once per field', () => {
    const { fields, problems } = capMetadata({ ...NONE, title: 'Troops '.repeat(150_000), outlet: 'X'.repeat(201) });
    expect(fields).toEqual({
      ...NONE,
      title: `${'Troops '.repeat(42)}Troop…`,
      outlet: `${'X'.repeat(199)}…`,
    });
    expect(fields.title).toHaveLength(METADATA_LIMITS.title);
    expect(problems).toEqual([
      'title is too long: 1050000 characters, more than the limit of 300; cut to 300',
      'outlet is too long: 201 characters, more than the limit of 200; cut to 200',
    ]);
  });

  it('never cuts inside a surrogate pair', () => {
    // Code units 298–299 are the first emoji's pair: cutting at 299 would split it.
    const title = `${'a'.repeat(298)}😀😀`;
    expect(capMetadata({ ...NONE, title }).fields.title).toBe(`${'a'.repeat(298)}…`);
  });

  it('leaves out a url or date over its limit instead of cutting it, since a cut one would be wrong', () => {
    const url = `https://example.org/${'a'.repeat(3000)}`;
    expect(capMetadata({ ...NONE, url, date: '2024-12-23T00:00:00Z' })).toEqual({
      fields: NONE,
      problems: [
        'date is too long: 20 characters, more than the limit of 10; left out',
        'url is too long: 3020 characters, more than the limit of 2048; left out',
      ],
    });
  });
});
