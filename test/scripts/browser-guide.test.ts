// The Browser guide as served: every query it names exists in cypher/queries/ and
// comes with its example parameters, the Cypher is escaped as text, and the server
// answers Browser's cross-origin fetches for the guide and the style.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GUIDE_TEMPLATE,
  QUERIES_DIR,
  STYLE_FILE,
  guideTitle,
  postConnectCommands,
  readQuery,
  renderGuide,
  startGuideServer,
  type GuideServer,
} from '../../scripts/neo4j/browser-guide.mjs';

const QUERY_FILES = readdirSync(QUERIES_DIR)
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => f.replace(/\.cypher$/, ''));

describe('cypher/queries', () => {
  it.each(QUERY_FILES)('%s has a statement and a `:params` example line', (name) => {
    const q = readQuery(name);
    expect(q.statement).toMatch(/^(MATCH|CALL|OPTIONAL MATCH|WITH)\b/);
    expect(q.statement).not.toMatch(/;\s*$/);
    expect(q.params).toMatch(/^:params \{.+\}$/);
  });

  it('refuses a name that is not a file of the folder', () => {
    expect(() => readQuery('../schema')).toThrow(/not a query file name/);
  });
});

describe('the guide', () => {
  const html = renderGuide('http://127.0.0.1:7475');

  it('has a title and slides, and no placeholder or maintainer note left', () => {
    expect(guideTitle()).toMatch(/cadregraph/);
    expect(html).toContain(`<title>${guideTitle()}</title>`);
    expect(html.match(/<slide>/g)?.length).toBeGreaterThanOrEqual(5);
    expect(html).not.toMatch(/<query|<!--|\{\{/);
    expect(html).toContain(':style http://127.0.0.1:7475/style.grass');
  });

  it('shows every query it names as its file says, parameters first, Cypher escaped as text', () => {
    const named = [...readFileSync(GUIDE_TEMPLATE, 'utf8').replace(/<!--[\s\S]*?-->/g, '').matchAll(/<query name="([^"]+)"><\/query>/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThanOrEqual(6);
    for (const name of named) {
      const q = readQuery(name);
      const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(html).toContain(
        `<pre class="code runnable" data-query="${name}" data-role="params">${escape(q.params ?? '')}</pre>\n` +
          `<pre class="code runnable" data-query="${name}" data-role="statement">${escape(q.statement)}</pre>`,
      );
    }
    expect(html).toContain('-[:CHAIRED]-&gt;');
    expect([...new Set(named)].sort(), 'every file of cypher/queries has its page').toEqual([...QUERY_FILES].sort());
  });

  it('asks the questions of the project', () => {
    for (const question of ['Who chaired what', 'Office holders at a date', "An official's career", 'How two officials are connected', 'A body across the 2025 reform', 'One name, several officials']) {
      expect(html).toContain(question);
    }
  });
});

describe('the guide server', () => {
  let guide: GuideServer;
  beforeAll(async () => {
    guide = await startGuideServer({ port: 0 });
  });
  afterAll(async () => {
    await guide.stop();
  });

  it('serves the guide and the style to another origin, and only them', async () => {
    const page = await fetch(guide.guideUrl, { headers: { origin: 'http://127.0.0.1:7474' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('access-control-allow-origin')).toBe('*');
    expect(await page.text()).toBe(renderGuide(guide.origin));
    const style = await fetch(guide.styleUrl);
    expect(await style.text()).toBe(readFileSync(STYLE_FILE, 'utf8'));
    // Browser's fetch sends no-cache headers, so it asks first.
    const preflight = await fetch(guide.guideUrl, { method: 'OPTIONS', headers: { 'access-control-request-headers': 'pragma,cache-control' } });
    expect(preflight.status).toBe(204);
    expect((await fetch(`${guide.origin}/../package.json`)).status).toBe(404);
    expect((await fetch(`${guide.origin}/cypher/schema.cypher`)).status).toBe(404);
    expect(guide.served).toEqual(['/guide.html', '/style.grass']);
  });

  it('tells Browser to load the style, then open the guide', () => {
    expect(postConnectCommands(guide)).toBe(`style ${guide.styleUrl}; guide ${guide.guideUrl}`);
  });
});
