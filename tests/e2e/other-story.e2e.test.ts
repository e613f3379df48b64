import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { collectBlockText } from '../support/expected-slack-reply.js';
import { createManualClock } from '../support/manual-clock.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

/** Four short hand-written reports of another story than the seeds, with its own `verbatim.yml`. */
const OTHER_STORY_DIR = fileURLToPath(new URL('../fixtures/corpora/other-story', import.meta.url));

let app: TestApp | null = null;
let stateRoot: string | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
  if (stateRoot !== null) await rm(stateRoot, { recursive: true, force: true });
  stateRoot = null;
});

/** Starts the whole bot as `npm start` does, on the other story's folder (its settings file read from there). */
async function startOtherStoryBot(): Promise<TestApp> {
  stateRoot = await mkdtemp(join(tmpdir(), 'verbatim-other-story-'));
  return startTestApp({
    transport: 'http',
    corpusDir: OTHER_STORY_DIR,
    bot: {
      clock: createManualClock(Date.UTC(2025, 4, 10, 12)),
      env: { STATE_DIR: join(stateRoot, 'state'), CACHE_DIR: join(stateRoot, 'cache') },
    },
  });
}

/** The Peruvian group in the claims table: Zamora, a spread of the three totals (30 to 80), the rate beside them. */
const PERUVIAN_CLAIMS = [
  '*Killed · Peruvian · combatants · in Zamora*',
  "Claims range from *30* (Peru's army) to *80* (Ecuadorian officials)",
  "• *about 6* a day · Peru's\u00a0Defence\u00a0Minister\u00a0Carlos\u00a0Vela · Mon 5 May 2025 (report date) · Lima Disputes the Toll",
  '• *35* · Vela · Mon 5 May 2025 (report date) · Lima Disputes the Toll',
  '• *80* · Ecuadorian\u00a0officials · Sun 4 May 2025 (report date) · Quito Gives Its Own Count',
  "• *30* · Peru's\u00a0army · Fri 2 May 2025 (report date) · Clashes Spread Along the Ridge",
];

/**
 * The whole first screen of a bare `/casualties`, as the Slack blocks say it (claims; the excerpts
 * follow on "Show excerpts"). Each side is under its own
 * label with its claimants; Zamora and Loja are two groups; the spreads set totals against totals
 * only (not the Red Cross's count over a week, the part "including 5 officers" or the rate "a
 * day"); the 1995 war's toll is outside the story and left out. Nine claims of two sides: the
 * count line adds up each side's, and the "Narrow it" line offers the two sides.
 */
const ALL_SIDES = withCitationMenus([
  'Casualty figures',
  '*9* figures from *4* reports',
  'Ecuadorian: 5 killed · Peruvian: 4 killed',
  'Narrow it: add a side (ecuadorian, peruvian), e.g. /casualties ecuadorian',
  'Claims at a glance',
  '*Killed · Ecuadorian · combatants · in Loja*',
  '• *12* · Ibarra · Sun 4 May 2025 (report date) · Quito Gives Its Own Count',
  '*Killed · Ecuadorian · combatants · in Zamora*',
  "Claims range from *45* (Ecuador's Defence Ministry) to *60* (General Rosa Ibarra)",
  '• *20* Over the past week · the\u00a0Red\u00a0Cross · Tue 6 May 2025 (report date) · An Old Border Returns',
  '• *60* · General\u00a0Rosa\u00a0Ibarra · Sun 4 May 2025 (report date) · Quito Gives Its Own Count',
  "• *45* · Ecuador's\u00a0Defence\u00a0Ministry · Fri 2 May 2025 (report date) · Clashes Spread Along the Ridge",
  "• *5* · Ecuador's\u00a0Defence\u00a0Ministry · Fri 2 May 2025 (report date) · Clashes Spread Along the Ridge",
  ...PERUVIAN_CLAIMS,
  'Show excerpts',
  'Share in channel',
  ':+1:',
  ':-1:',
]).join('\n');

/** The Peruvian figures alone, as asked with `filter`. */
function peruvianAlone(filter: string): string {
  return withCitationMenus([
    'Casualty figures',
    `*4* figures from *3* reports · filter “${filter}”`,
    'Claims at a glance',
    ...PERUVIAN_CLAIMS,
    'Show excerpts',
    'Share in channel',
    ':+1:',
    ':-1:',
  ]).join('\n');
}

/** Each claim line is followed by its citation menu's two choices. */
function withCitationMenus(lines: readonly string[]): string[] {
  return lines.flatMap((line) =>
    line.startsWith('• ') ? [line, 'Copy citation', 'Copy excerpt and citation'] : [line],
  );
}

async function askText(command: string, text: string): Promise<string> {
  if (app === null) throw new Error('The bot is not started');
  const ack = await app.command(command, text);
  expect(ack.status).toBe(200);
  return collectBlockText((ack.body as { readonly blocks: readonly unknown[] }).blocks);
}

describe('/casualties on a corpus of another story', () => {
  it('lists each side under its own label with claimants, and spreads of comparable claims only', async () => {
    app = await startOtherStoryBot();
    const text = await askText('/casualties', '');
    expect(text).toBe(ALL_SIDES);
  }, 120_000);

  it('keeps one side alone when asked by its demonym or its country name', async () => {
    app = await startOtherStoryBot();
    const byDemonym = await askText('/casualties', 'peruvian');
    const byCountry = await askText('/casualties', 'Peru');
    expect(byDemonym).toBe(peruvianAlone('peruvian'));
    expect(byCountry).toBe(peruvianAlone('Peru'));
  }, 120_000);
});
