// A real headless browser for tests and for the README's screenshots: Debian's
// chromium (installed by .ci/run) driven by puppeteer-core (which downloads no
// browser of its own), with a fresh profile each launch and a network cut down
// to this machine, so a page that needs the internet fails here as it would on a
// plane. Outside CI a missing chromium skips the browser tests with a note; under
// CI=true it fails them: they must run there.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags that work on a machine with no display, no GPU, no sandbox rights and no internet. */
const FLAGS = [
  // Root in CI containers cannot use chromium's sandbox.
  '--no-sandbox',
  '--disable-gpu',
  // /dev/shm is small in containers; chromium then crashes on large pages.
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether the browser tests can run; throws under CI=true when they cannot. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env['CI'] === 'true') {
    throw new Error(`browser tests: CI=true but there is no chromium at ${CHROMIUM} (apt-get install chromium; .ci/run does)`);
  }
  process.stderr.write(`browser tests skipped: no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)\n`);
  return false;
}

export interface BrowserWindow {
  width: number;
  height: number;
}

/** Neo4j Browser's own default window, the size captions are judged readable at. */
export const DEFAULT_WINDOW: BrowserWindow = { width: 1400, height: 900 };

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** Launches chromium headless with a throwaway profile (removed on close) and the given window. */
export async function launchBrowser(window: BrowserWindow = DEFAULT_WINDOW): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'cadregraph-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    defaultViewport: window,
    args: [...FLAGS, `--window-size=${window.width},${window.height}`],
    timeout: 60_000,
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLocal(request: HTTPRequest): boolean {
  const url = new URL(request.url());
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  return LOOPBACK_HOSTS.has(url.hostname) || url.hostname.startsWith('127.');
}

/**
 * Lets the page reach loopback addresses only; every other request is
 * aborted and its URL added to the returned list, for the test to show.
 */
export async function loopbackOnly(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (isLocal(request)) {
      void request.continue();
    } else {
      blocked.push(request.url());
      void request.abort('internetdisconnected');
    }
  });
  return blocked;
}
