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
  '*Killed · Peruvian · in Zamora*',
  "Claims range from *30* (Peru's army) to *80* (Ecuadorian officials)",
  "• *about 6* a day · Peru's Defence Minister Carlos Vela · Mon 5 May 2025 (report date) · Lima Disputes the Toll",
  '• *35* · Vela · Mon 5 May 2025 (report date) · Lima Disputes the Toll',
  '• *80* · Ecuadorian officials · Sun 4 May 2025 (report date) · Quito Gives Its Own Count',
  "• *30* · Peru's army · Fri 2 May 2025 (report date) · Clashes Spread Along the Ridge",
];

/** The Peruvian group's excerpts. */
const PERUVIAN_EXCERPTS = [
  '*Killed · Peruvian · in Zamora*',
  "Claims range from *30* (Peru's army) to *80* (Ecuadorian officials)",
  "“Peru's Defence Minister Carlos Vela said *about 6* Peruvian soldiers were killed a day in Zamora.”",
  "*about 6* · claimed by Peru's Defence Minister Carlos Vela · as of Mon 5 May 2025 (report date) · a day · a rate",
  'Lima Disputes the Toll · Pacific Daily · 2025-05-05 · lima-statement.txt:113-208',
  '“Vela said *35* Peruvian soldiers were killed in Zamora.”',
  '*35* · claimed by Vela · as of Mon 5 May 2025 (report date)',
  'Lima Disputes the Toll · Pacific Daily · 2025-05-05 · lima-statement.txt:210-263',
  '“Ecuadorian officials claimed *80* Peruvian soldiers were killed in Zamora.”',
  '*80* · claimed by Ecuadorian officials · as of Sun 4 May 2025 (report date)',
  'Quito Gives Its Own Count · Andes Wire · 2025-05-04 · quito-briefing.txt:116-188',
  "“Peru's army said *30* Peruvian soldiers were killed in Zamora.”",
  "*30* · claimed by Peru's army · as of Fri 2 May 2025 (report date)",
  'Clashes Spread Along the Ridge · Valley Courier · 2025-05-02 · ridge-clashes.txt:231-291',
];

/**
 * The whole answer to a bare `/casualties`, as the Slack blocks say it. Each side is under its own
 * label with its claimants; Zamora and Loja are two groups; the spreads set totals against totals
 * only (not the Red Cross's count over a week, the part "including 5 officers" or the rate "a
 * day"); the 1995 war's toll is outside the story and left out.
 */
const ALL_SIDES = [
  'Casualty figures',
  '*9* figures from *4* reports',
  'Claims at a glance',
  '*Killed · Ecuadorian · in Loja*',
  '• *12* · Ibarra · Sun 4 May 2025 (report date) · Quito Gives Its Own Count',
  '*Killed · Ecuadorian · in Zamora*',
  "Claims range from *45* (Ecuador's Defence Ministry) to *60* (General Rosa Ibarra)",
  '• *20* Over the past week · the Red Cross · Tue 6 May 2025 (report date) · An Old Border Returns',
  '• *60* · General Rosa Ibarra · Sun 4 May 2025 (report date) · Quito Gives Its Own Count',
  "• *45* · Ecuador's Defence Ministry · Fri 2 May 2025 (report date) · Clashes Spread Along the Ridge",
  "• *5* · Ecuador's Defence Ministry · Fri 2 May 2025 (report date) · Clashes Spread Along the Ridge",
  ...PERUVIAN_CLAIMS,
  'Excerpts',
  '*Killed · Ecuadorian · in Loja*',
  '“Ibarra said *12* Ecuadorian soldiers were killed in Loja, a quieter part of the front.”',
  '*12* · claimed by Ibarra · as of Sun 4 May 2025 (report date)',
  'Quito Gives Its Own Count · Andes Wire · 2025-05-04 · quito-briefing.txt:262-346',
  '*Killed · Ecuadorian · in Zamora*',
  "Claims range from *45* (Ecuador's Defence Ministry) to *60* (General Rosa Ibarra)",
  '“Over the past week, *20* Ecuadorian soldiers were killed in Zamora, the Red Cross said.”',
  '*20* · claimed by the Red Cross · as of Tue 6 May 2025 (report date) · Over the past week',
  'An Old Border Returns · Valley Courier · 2025-05-06 · history-note.txt:193-278',
  '“General Rosa Ibarra said *60* Ecuadorian soldiers were killed in Zamora.”',
  '*60* · claimed by General Rosa Ibarra · as of Sun 4 May 2025 (report date)',
  'Quito Gives Its Own Count · Andes Wire · 2025-05-04 · quito-briefing.txt:190-260',
  "“Ecuador's Defence Ministry said *45* Ecuadorian soldiers were killed in Zamora, including 5 officers.”",
  "*45* · claimed by Ecuador's Defence Ministry · as of Fri 2 May 2025 (report date)",
  'Clashes Spread Along the Ridge · Valley Courier · 2025-05-02 · ridge-clashes.txt:130-229',
  "“Ecuador's Defence Ministry said 45 Ecuadorian soldiers were killed in Zamora, including *5* officers.”",
  "*5* · claimed by Ecuador's Defence Ministry · as of Fri 2 May 2025 (report date)",
  'Clashes Spread Along the Ridge · Valley Courier · 2025-05-02 · ridge-clashes.txt:130-229',
  ...PERUVIAN_EXCERPTS,
  'Share in channel',
  ':+1:',
  ':-1:',
].join('\n');

/** The Peruvian figures alone, as asked with `filter`. */
function peruvianAlone(filter: string): string {
  return [
    'Casualty figures',
    `*4* figures from *3* reports · filter “${filter}”`,
    'Claims at a glance',
    ...PERUVIAN_CLAIMS,
    'Excerpts',
    ...PERUVIAN_EXCERPTS,
    'Share in channel',
    ':+1:',
    ':-1:',
  ].join('\n');
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
