// The project's Neo4j Browser guide and style, served over HTTP on 127.0.0.1 for the
// local Neo4j's Browser: launch.mjs starts this server beside Neo4j and configures
// Browser (browser.post_connect_cmd) to load the style and open the guide on connect.
// Everything comes from the repository, so the guide works with no outside network.
//
// The guide (neo4j-browser/guide.html) holds no Cypher of its own: each
// `<query name="who-chaired"></query>` is replaced by the example parameters and the
// statement of cypher/queries/who-chaired.cypher, as two clickable blocks, so the
// queries keep one home and the tests that check them check the guide too.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GUIDE_TEMPLATE = join(ROOT, 'neo4j-browser', 'guide.html');
export const STYLE_FILE = join(ROOT, 'neo4j-browser', 'style.grass');
export const QUERIES_DIR = join(ROOT, 'cypher', 'queries');

const PARAMS_LINE = /^\/\/\s*(:params\s+\{.*\})\s*$/;
const QUERY_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * One file of cypher/queries: its statement (comment lines and the final semicolon
 * dropped, as a driver or Browser runs it) and its example parameters, the
 * `// :params {…}` line of its header, a command Browser runs as it stands.
 * @param {string} name the file name without `.cypher`
 * @returns {{ name: string, statement: string, params: string | null }}
 */
export function readQuery(name) {
  if (!QUERY_NAME.test(name)) throw new Error(`cypher/queries: "${name}" is not a query file name`);
  const text = readFileSync(join(QUERIES_DIR, `${name}.cypher`), 'utf8');
  const lines = text.split('\n');
  const params = lines.map((l) => PARAMS_LINE.exec(l.trim())?.[1]).find((p) => p !== undefined) ?? null;
  const statement = lines
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .trim()
    .replace(/;$/, '');
  return { name, statement, params };
}

/** The guide's title, as Browser shows it atop the guide. */
export function guideTitle() {
  const title = /<title>([^<]*)<\/title>/.exec(readFileSync(GUIDE_TEMPLATE, 'utf8'))?.[1];
  if (title === undefined) throw new Error(`${GUIDE_TEMPLATE}: no <title>`);
  return title.trim();
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/**
 * The guide as Browser loads it: the template with every `<query>` filled in and
 * `{{origin}}` replaced by the address this server answers on.
 */
export function renderGuide(origin) {
  const template = readFileSync(GUIDE_TEMPLATE, 'utf8')
    .replace(/<!--[\s\S]*?-->\s*/g, '') // notes for maintainers, not for readers
    .replaceAll('{{origin}}', origin);
  return template.replace(/<query name="([^"]*)"><\/query>/g, (_, name) => {
    const { statement, params } = readQuery(name);
    // `pre.runnable` is what Browser makes clickable: a click copies the text into the
    // editor, the play icon it adds runs it.
    const blocks = params === null ? [] : [`<pre class="code runnable" data-query="${name}" data-role="params">${escapeHtml(params)}</pre>`];
    blocks.push(`<pre class="code runnable" data-query="${name}" data-role="statement">${escapeHtml(statement)}</pre>`);
    return blocks.join('\n');
  });
}

const ROUTES = {
  '/guide.html': { type: 'text/html; charset=utf-8', body: renderGuide },
  '/style.grass': { type: 'text/plain; charset=utf-8', body: () => readFileSync(STYLE_FILE, 'utf8') },
};

/**
 * Serves /guide.html and /style.grass on 127.0.0.1 (port 0: any free port), read
 * afresh on every request so that an edited query shows on the next `:guide`.
 * Browser fetches them from its own origin (the Neo4j HTTP port), hence CORS.
 * @param {{ port?: number }} [options]
 */
export function startGuideServer({ port = 0 } = {}) {
  /** @type {string[]} */
  const served = [];
  let origin = '';
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', '*');
    response.setHeader('Cache-Control', 'no-cache');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    const route = ROUTES[path];
    if (!route || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Not found: ${path}\n`);
      return;
    }
    try {
      const body = route.body(origin);
      served.push(path);
      response.writeHead(200, { 'Content-Type': route.type }).end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${path}: ${error.message}\n`);
    }
  });
  return new Promise((done, fail) => {
    server.once('error', (error) =>
      fail(error.code === 'EADDRINUSE' ? new Error(`Browser guide server: port ${port} is in use (set NEO4J_GUIDE_PORT)`) : error),
    );
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
      done({
        origin,
        guideUrl: `${origin}/guide.html`,
        styleUrl: `${origin}/style.grass`,
        served,
        stop: () =>
          new Promise((closed) => {
            server.close(() => closed(undefined));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** What Browser runs once connected: load the style, open the guide in the sidebar. */
export function postConnectCommands(guide) {
  return `style ${guide.styleUrl}; guide ${guide.guideUrl}`;
}
