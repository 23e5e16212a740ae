// GraphiQL in a real browser with no network but loopback, as on a plane: the
// page loads from the server alone (no CDN), a query typed into it runs, and
// its answer shows in the page. Needs chromium (see test/support/browser.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { listen, type Listening } from '../../src/api/server.js';
import { browserAvailable, launchBrowser, loopbackOnly, type TestBrowser } from '../support/browser.js';
import { goldStore, serverOn } from './helpers.js';

/** The first docs/api.md example, typed as a user would. */
const TYPED = '{ people(search: "le tien nhat") { totalCount edges { node { id name } } } }';

/** The answer pane's text, once it contains `expected`; the editor shows spaces as no-break spaces, so all spacing is made one space. */
async function shownAnswer(page: Page, expected: string): Promise<string> {
  const shown = await page.waitForFunction(
    (wanted) => {
      const text = (document.querySelector('.graphiql-response')?.textContent ?? '').replace(/\s+/g, ' ');
      return text.includes(wanted) ? text : false;
    },
    { timeout: 30_000 },
    expected,
  );
  return (await shown.jsonValue()) as string;
}

describe.runIf(browserAvailable())('GraphiQL offline', () => {
  let server: Listening;
  let chromium: TestBrowser;
  let page: Page;
  let blocked: string[];

  beforeAll(async () => {
    server = await listen(serverOn(await goldStore()), 0, '127.0.0.1');
    chromium = await launchBrowser();
    page = await chromium.browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    blocked = await loopbackOnly(page);
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('loads from the server alone and runs its first query', async () => {
    const started = performance.now();
    const response = await page.goto(server.url, { waitUntil: 'load', timeout: 60_000 });
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('cadregraph');
    await page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });
    process.stdout.write(`  GraphiQL ready in ${(performance.now() - started).toFixed(0)} ms, ${blocked.length} request(s) off this machine blocked\n`);
    expect(blocked).toEqual([]);

    const answered = page.waitForResponse((r) => r.url() === server.url && r.request().method() === 'POST');
    await page.click('.graphiql-execute-button');
    expect((await answered).status()).toBe(200);
    expect(await shownAnswer(page, 'totalCount')).toContain('"totalCount": 21');
  }, 120_000);

  it('runs a query typed into the editor and shows its answer', async () => {
    await page.click('.graphiql-query-editor');
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(TYPED);
    const answered = page.waitForResponse((r) => r.url() === server.url && r.request().method() === 'POST');
    await page.click('.graphiql-execute-button');
    const response = await answered;
    expect(response.request().headers()['content-type']).toBe('application/json');
    expect(await response.json()).toEqual({
      data: { people: { totalCount: 1, edges: [{ node: { id: 'lê tiến nhật|000_db5d0afe82f26a39', name: 'Lê Tiến Nhật' } }] } },
    });
    const shown = await shownAnswer(page, 'Lê Tiến Nhật');
    expect(shown).toContain('"totalCount": 1');
    expect(shown).toContain('"name": "Lê Tiến Nhật"');
    expect(blocked).toEqual([]);
  }, 60_000);
});
