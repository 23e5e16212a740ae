// Starts the local Neo4j (LocalNeo4j.java) as a child process and resolves once
// Bolt accepts connections. Used by `npm run neo4j`, the test setup and benches.
// With HTTP on, Neo4j Browser comes with the project's guide and style, served by
// browser-guide.mjs from this process.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postConnectCommands, startGuideServer } from './browser-guide.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = resolve(HERE, '..', '..');
const POM = join(HERE, 'pom.xml');
const JAVA_SOURCE = join(HERE, 'LocalNeo4j.java');
const CACHE_DIR = join(PROJECT_ROOT, '.neo4j');
const CLASSPATH_FILE = join(CACHE_DIR, 'classpath.txt');

/** True when `java` and `mvn` can be run (the launcher needs both). */
export function hasJavaAndMaven() {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    execFileSync('mvn', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The launcher's classpath, from Maven once and then from .neo4j/classpath.txt
 * (recomputed when pom.xml is newer than the cache).
 */
export function resolveClasspath({ quiet = true } = {}) {
  if (existsSync(CLASSPATH_FILE) && statSync(CLASSPATH_FILE).mtimeMs >= statSync(POM).mtimeMs) {
    const cached = readFileSync(CLASSPATH_FILE, 'utf8').trim();
    if (cached.split(':').every((jar) => existsSync(jar))) return cached;
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  execFileSync('mvn', [...(quiet ? ['-q'] : []), '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`], {
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
  });
  return readFileSync(CLASSPATH_FILE, 'utf8').trim();
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function canConnect(port) {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); done(true); });
    socket.once('error', () => done(false));
  });
}

/**
 * Starts Neo4j and waits for Bolt. With HTTP on (httpPort not 0), also the guide
 * server on guidePort (0 or absent: any free port), and Browser loads the style and
 * opens the guide once connected.
 * @param {{port?: number, httpPort?: number, guidePort?: number, dataDir?: string, password: string,
 *          heap?: string, timeoutMs?: number, log?: (line: string) => void}} options
 * @returns {Promise<{uri: string, user: string, password: string, httpUrl: string|null,
 *          guideUrl: string|null, styleUrl: string|null, startMs: number, stop: () => Promise<void>}>}
 * @example
 *   const neo = await startNeo4j({ port: 0, httpPort: 0, dataDir: tmp, password: 'secret-123' });
 *   ... neo.uri ...
 *   await neo.stop();
 */
export async function startNeo4j(options) {
  const { password, heap = '1g', timeoutMs = 180_000, log = () => {} } = options;
  if (!password || password.length < 8) throw new Error('startNeo4j: a password of at least 8 characters is required');
  const port = options.port || (await freePort());
  const httpPort = options.httpPort === undefined ? 7474 : options.httpPort;
  const dataDir = resolve(options.dataDir ?? join(CACHE_DIR, 'data'));
  const classpath = resolveClasspath();
  const started = Date.now();
  const guide = httpPort > 0 ? await startGuideServer({ port: options.guidePort ?? 0 }) : null;
  const browserFlags = guide ? ['--browser-post-connect', postConnectCommands(guide)] : [];
  const child = spawn(
    'java',
    [`-Xmx${heap}`, '-XX:+UseG1GC', '-cp', classpath, JAVA_SOURCE,
      '--bolt-port', String(port), '--http-port', String(httpPort), '--data-dir', dataDir, ...browserFlags, '--stop-on-stdin-eof'],
    { env: { ...process.env, NEO4J_PASSWORD: password }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk) => {
    const text = chunk.toString();
    output = (output + text).slice(-8000);
    for (const line of text.split('\n')) if (line.trim()) log(line);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));

  let ready = false;
  let failure = null;
  exited.then(({ code, signal }) => { if (!ready) failure = `exited with ${signal ?? code}`; });
  while (!ready && !failure) {
    if (Date.now() - started > timeoutMs) failure = `did not accept Bolt connections within ${timeoutMs} ms`;
    else if (output.includes('LocalNeo4j ready') && (await canConnect(port))) ready = true;
    else await new Promise((r) => setTimeout(r, 200));
  }
  if (!ready) {
    child.kill('SIGKILL');
    await guide?.stop();
    throw new Error(`Local Neo4j ${failure}; its output:\n${output}`);
  }

  let stopping = null;
  const stop = () => {
    stopping ??= (async () => {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
      await guide?.stop();
    })();
    return stopping;
  };
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password,
    httpUrl: httpPort > 0 ? `http://127.0.0.1:${httpPort}/browser/` : null,
    guideUrl: guide?.guideUrl ?? null,
    styleUrl: guide?.styleUrl ?? null,
    guideRequests: guide?.served ?? [],
    startMs: Date.now() - started,
    pid: child.pid,
    stop,
  };
}
