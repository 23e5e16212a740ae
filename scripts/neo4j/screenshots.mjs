// `npm run screenshots`: regenerates the README's pictures of Neo4j Browser with the
// project's style (docs/browser-*.png). It starts a throwaway local Neo4j, ingests
// fixtures/articles with the CLI, logs into Browser in Debian's chromium at Browser's
// default window (1400×900), runs three of the guide's queries from their play
// icons and photographs each result full-window. Needs what the Neo4j tests need
// (Java 17, Maven) plus chromium (CHROMIUM_PATH to point elsewhere), and Node 24
// (the browser helpers are TypeScript, run by Node's type stripping).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { freePort, PROJECT_ROOT, startNeo4j } from './launch.mjs';
import { guideTitle } from './browser-guide.mjs';
import { DEFAULT_WINDOW, launchBrowser, loopbackOnly } from '../../test/support/browser.ts';
import { logIn, runGuideQuery, turnGuideTo } from '../../test/support/neo4j-browser.ts';

const PICTURES = [
  { query: 'chairing', file: 'docs/browser-chairing.png', what: 'who chaired the meetings of a body' },
  { query: 'career-graph', file: 'docs/browser-career.png', what: "an official's career" },
  { query: 'shortest-connection', file: 'docs/browser-connection.png', what: 'how two officials are connected' },
];
// Time for Browser's force layout to settle before a picture is taken.
const LAYOUT_MS = 4000;

const cli = join(PROJECT_ROOT, 'dist', 'cli', 'main.js');
if (!existsSync(cli)) throw new Error('screenshots: run `npm run build` first (npm run screenshots does)');

const base = existsSync('/dev/shm') ? '/dev/shm' : undefined;
const dataDir = await mkdtemp(join(base ?? (await import('node:os')).tmpdir(), 'cadregraph-shots-'));
const password = randomBytes(12).toString('hex');
let neo;
let chromium;
try {
  neo = await startNeo4j({ port: 0, httpPort: await freePort(), guidePort: 0, dataDir, password, timeoutMs: 600_000 });
  execFileSync('node', [cli, 'ingest', join(PROJECT_ROOT, 'fixtures', 'articles')], {
    env: { ...process.env, NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: password },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  chromium = await launchBrowser(DEFAULT_WINDOW);
  const page = await chromium.browser.newPage();
  const blocked = await loopbackOnly(page);
  await logIn(page, { browserUrl: neo.httpUrl, uri: neo.uri, user: neo.user, password }, guideTitle());
  for (const picture of PICTURES) {
    await turnGuideTo(page, picture.query);
    await runGuideQuery(page, picture.query);
    // Full window: the result frame in full screen, zoomed to fit it, without the
    // overview panel over the right of the canvas.
    await page.click('[data-testid=frame] button[title=Fullscreen]');
    // Browser remembers the panel folded: only the first picture finds it open.
    await page.evaluate(() =>
      document.querySelector('[data-testid=frame] button[aria-label="Collapse the node properties display"]')?.dispatchEvent(new MouseEvent('click', { bubbles: true })),
    );
    await new Promise((r) => setTimeout(r, LAYOUT_MS));
    await page.click('[data-testid=frame] button[aria-label=zoom-to-fit]');
    await new Promise((r) => setTimeout(r, 1000));
    await page.screenshot({ path: join(PROJECT_ROOT, picture.file) });
    process.stdout.write(`${picture.file}: ${picture.what}\n`);
    await page.click('[data-testid=frame] button[title="Close fullscreen"]');
  }
  if (blocked.length > 0) throw new Error(`screenshots: Browser tried to reach other hosts: ${blocked.join(', ')}`);
} finally {
  await chromium?.close();
  await neo?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
