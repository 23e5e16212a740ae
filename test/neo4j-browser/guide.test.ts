// Neo4j Browser as a reader meets it, in a real chromium against the throwaway Neo4j
// of the test setup: log in, the project's style and guide load on connect with every
// request to another host refused, the guide's first query runs from its play icon,
// and the canvas shows each event with the body that held it and its date.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'puppeteer-core';
import { buildGraph } from '../../src/graph/build.js';
import { createNeo4jStore, type Neo4jStore } from '../../src/store/neo4j/store.js';
import { STYLE_FILE, guideTitle, readQuery } from '../../scripts/neo4j/browser-guide.mjs';
import { loadGold } from '../graph/gold.js';
import { browserAvailable, launchBrowser, loopbackOnly, type TestBrowser } from '../support/browser.js';
import { drawnNodes, guideBlocks, logIn, runGuideQuery, turnGuideTo } from '../support/neo4j-browser.js';
import { emptyDatabase, neo4jServer, testDriver } from '../support/neo4j.js';

const server = neo4jServer();
if (process.env['CI'] === 'true' && server !== null && !server.browserUrl) {
  throw new Error('Neo4j Browser tests: CI=true but the test Neo4j serves no Browser (is NEO4J_URI set?)');
}
const skip = server === null || !server.browserUrl || !browserAvailable();

/** The fill colour the project's style gives a label. */
function styleColor(label: string): string {
  const grass = readFileSync(STYLE_FILE, 'utf8');
  const rule = new RegExp(`node\\.${label}\\s*\\{([^}]*)\\}`).exec(grass)?.[1] ?? '';
  const color = /(?:^|\s)color:\s*(#[0-9A-Fa-f]{6})/.exec(rule)?.[1];
  if (color === undefined) throw new Error(`style.grass: no color for node.${label}`);
  return color.toUpperCase();
}


const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const pageText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText);

describe.skipIf(skip)('Neo4j Browser with the project guide and style', () => {
  let driver: Driver;
  let store: Neo4jStore;
  let chromium: TestBrowser;

  beforeAll(async () => {
    driver = testDriver();
    await emptyDatabase(driver);
    store = await createNeo4jStore(server ?? {});
    await store.write(buildGraph(loadGold()));
    chromium = await launchBrowser();
  });
  afterAll(async () => {
    await chromium?.close();
    await emptyDatabase(driver);
    await store.close();
    await driver.close();
  });

  it('logs in, loads style and guide offline, and the first query shows each event with its body and date', async () => {
    const page = await chromium.browser.newPage();
    const blocked = await loopbackOnly(page);
    // On connect, Browser runs `:style URL` and `:guide URL` (browser.post_connect_cmd).
    await logIn(page, { browserUrl: server?.browserUrl ?? '', uri: server?.uri ?? '', user: server?.user ?? '', password: server?.password ?? '' }, guideTitle());
    await page.waitForFunction((url: string) => document.body.innerText.includes(`:style ${url}`), { timeout: 30_000 }, server?.styleUrl ?? '');
    expect(await pageText(page)).not.toMatch(/Hostname is not allowed|Could not parse grass/);

    // The guide's first query is the query file's, parameters and statement.
    const first = readQuery(await turnGuideTo(page, null));
    expect(await guideBlocks(page, first.name)).toEqual({ params: first.params, statement: first.statement });
    await runGuideQuery(page, first.name);

    // What it should draw, from the database: each event the body held, with its date.
    const params = (await driver.executeQuery(`RETURN ${first.params?.replace(/^:params\s+/, '')} AS p`)).records[0]?.get('p') as Record<string, unknown>;
    const { records } = await driver.executeQuery(
      'MATCH (:Person)-[:CHAIRED]->(e:Event)-[:ORGANIZED_BY]->(o:Organization) WHERE o.name = $organization ' +
        'RETURN DISTINCT o.name AS body, toString(e.date) AS date',
      params,
    );
    expect(records.length).toBeGreaterThan(0);

    // The canvas: people and events in the style's colours, each event captioned with body and date.
    await page.waitForFunction((n: number) => document.querySelectorAll('[data-testid=frame] svg g.node').length > n, {}, records.length);
    const nodes = await drawnNodes(page);
    expect(nodes.filter((n) => n.fill === styleColor('Person')).length).toBeGreaterThan(0);
    const events = nodes.filter((n) => n.fill === styleColor('Event'));
    expect(events).toHaveLength(records.length);
    for (const record of records) {
      const shows = new RegExp(`${escapeRegExp(String(record.get('body')))}.*${escapeRegExp(String(record.get('date')))}`);
      expect(events.map((e) => e.caption)).toContainEqual(expect.stringMatching(shows));
    }

    // Nothing left this machine: Browser's web fonts, analytics and feedback widget are
    // refused by the page policy before any request; the guide and style came from 127.0.0.1.
    expect(blocked).toEqual([]);
  }, 240_000);
});
