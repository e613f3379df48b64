import { describe, expect, it } from 'vitest';
import { readReaderSettings } from '../../../src/cli/read-reader-settings.js';

const SECRET = 'a-reader-secret-of-forty-characters-0001';

describe('readReaderSettings', () => {
  it('links with PUBLIC_URL (trailing slash dropped) and READER_SECRET', () => {
    expect(readReaderSettings({ PUBLIC_URL: 'https://v.example/desk/', READER_SECRET: SECRET })).toEqual({
      publicUrl: 'https://v.example/desk',
      secret: SECRET,
    });
  });

  it.each([
    ['nothing set', {}],
    ['no secret', { PUBLIC_URL: 'https://v.example' }],
    ['a short secret', { PUBLIC_URL: 'https://v.example', READER_SECRET: 'short' }],
    ['a URL that is not http', { PUBLIC_URL: 'ftp://v.example', READER_SECRET: SECRET }],
    ['a blank URL', { PUBLIC_URL: '  ', READER_SECRET: SECRET }],
  ])('gives no links with %s', (_, env) => {
    expect(readReaderSettings(env)).toBeNull();
  });
});
