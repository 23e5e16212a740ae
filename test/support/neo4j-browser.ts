// Neo4j Browser driven as a user drives it, shared by its test and by the script that
// takes the README's screenshots: log in through the connect form, turn the guide's
// pages, run a query from its play icons, read the captions the canvas draws.
import type { Page } from 'puppeteer-core';

export interface BrowserLogin {
  /** Neo4j Browser's address, e.g. http://127.0.0.1:7474/browser/ */
  browserUrl: string;
  /** The Bolt URI Browser connects to. */
  uri: string;
  user: string;
  password: string;
}

/** Logs in through the connect form and waits for the guide Browser opens on connect. */
export async function logIn(page: Page, login: BrowserLogin, guideTitle: string): Promise<void> {
  await page.goto(login.browserUrl, { waitUntil: 'domcontentloaded' });
  // Locators, not element handles: Browser may render the form again while it starts
  // (a handle taken before then is detached), and a locator finds the field again and
  // waits until it is visible and stable before acting.
  const field = (selector: string) => page.locator(selector).setTimeout(60_000);
  await field('input[data-testid=boltaddress]').fill(new URL(login.uri).host);
  await field('input[data-testid=username]').fill(login.user);
  await field('input[data-testid=password]').fill(login.password);
  await field('button[data-testid=connect]').click();
  await page.waitForFunction((t: string) => document.body.innerText.includes(t), { timeout: 90_000 }, guideTitle);
}

/**
 * Turns the guide to the page that shows the query `name` (the first query of the
 * guide when null) and returns that query's name. Guide pages show their queries as
 * `pre.runnable` blocks marked with data-query (see scripts/neo4j/browser-guide.mjs).
 */
export async function turnGuideTo(page: Page, name: string | null): Promise<string> {
  await page.evaluate(() => document.querySelector<HTMLElement>('[data-testid=pagination-1]')?.click());
  for (let turn = 0; turn < 20; turn++) {
    const shown = await page.evaluate((wanted: string | null) => {
      const blocks = [...document.querySelectorAll('pre.runnable[data-query]')].map((e) => e.getAttribute('data-query'));
      return blocks.find((b) => wanted === null || b === wanted) ?? null;
    }, name);
    if (shown !== null) return shown;
    const turned = await page.evaluate(() => {
      const next = document.querySelector<HTMLButtonElement>('button[data-testid=guideNextSlide]');
      if (next === null || next.disabled) return false;
      next.click();
      return true;
    });
    if (!turned) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the guide has no page with the query ${name ?? '(any)'}`);
}

/** The guide's blocks for one query as shown: its `:params` line (or null) and its statement. */
export async function guideBlocks(page: Page, name: string): Promise<{ params: string | null; statement: string }> {
  return page.evaluate((n: string) => {
    const text = (role: string): string | null =>
      document.querySelector(`pre.runnable[data-query="${n}"][data-role="${role}"]`)?.textContent?.trim() ?? null;
    return { params: text('params'), statement: text('statement') ?? '' };
  }, name);
}

/** Runs a query of the guide's current page from its play icons: its parameters first, then the statement. */
export async function runGuideQuery(page: Page, name: string): Promise<void> {
  for (const role of ['params', 'statement']) {
    const icon = await page.$(`pre.runnable[data-query="${name}"][data-role="${role}"] i.fa-play-circle-o`);
    if (icon === null) {
      if (role === 'params') continue;
      throw new Error(`the guide shows no play icon for ${name}`);
    }
    const frames = await page.$$eval('[data-testid=frame]', (els) => els.length);
    await icon.click();
    await page.waitForFunction((n: number) => document.querySelectorAll('[data-testid=frame]').length > n, { timeout: 30_000 }, frames);
  }
  await page.waitForSelector('[data-testid=frame] svg g.node text.caption', { timeout: 60_000 });
}

export interface DrawnNode {
  /** The circle's fill, upper case (#4C8EDA): the label's colour in the style. */
  fill: string;
  /** The caption's lines joined with spaces, as drawn (cut with … where it does not fit). */
  caption: string;
}

/** The nodes of the newest graph frame, with their fill and caption. */
export async function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.$eval('[data-testid=frame]', (frame) =>
    [...frame.querySelectorAll('svg g.node')].map((g) => ({
      fill: (g.querySelector('circle.b-outline')?.getAttribute('fill') ?? '').toUpperCase(),
      caption: [...g.querySelectorAll('text.caption')].map((t) => t.textContent?.trim() ?? '').join(' '),
    })),
  );
}
