// `serve --cors-origin`: the allow-list of the API's cross-origin policy from the
// command line, through the built CLI. Listed origins may read answers; others
// get no Access-Control-Allow-Origin; a value that is not an origin is refused
// before anything starts, with the option named. `--allowed-host` likewise for
// the Host names answered (DNS rebinding defence).
import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = resolve(import.meta.dirname, '../../dist/cli/main.js');
const ARTICLES = resolve(import.meta.dirname, '../../fixtures/articles');
const QUERY = JSON.stringify({ query: '{ __typename }' });

function environment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['NEO4J_URI'];
  return env;
}

/** Starts serve with the given extra arguments and resolves its URL once it listens. */
async function serving(args: string[]): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0', '--jobs', '1', '--quiet', ...args, ARTICLES], { env: environment() });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((ready, fail) => {
    const timer = setInterval(() => {
      const found = /GraphiQL at (\S+)/.exec(stdout);
      if (found?.[1] !== undefined) {
        clearInterval(timer);
        ready(found[1]);
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      fail(new Error(`serve exited with ${code}: ${stderr}`));
    });
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

async function originSeenBy(url: string, origin: string): Promise<string | null> {
  const answer = await fetch(url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: QUERY });
  expect(answer.status).toBe(200);
  return answer.headers.get('access-control-allow-origin');
}

describe('serve --cors-origin', () => {
  it('lets each listed origin read answers and no other', async () => {
    const server = await serving(['--cors-origin', 'http://localhost:3000', '--cors-origin', 'https://newsroom.example']);
    try {
      expect(await originSeenBy(server.url, 'http://localhost:3000')).toBe('http://localhost:3000');
      expect(await originSeenBy(server.url, 'https://newsroom.example')).toBe('https://newsroom.example');
      expect(await originSeenBy(server.url, 'http://localhost:3001')).toBeNull();
    } finally {
      server.stop();
    }
  }, 60_000);

  it('without the option, no origin may read answers', async () => {
    const server = await serving([]);
    try {
      expect(await originSeenBy(server.url, 'http://localhost:3000')).toBeNull();
    } finally {
      server.stop();
    }
  }, 60_000);

  it('refuses a value that is not an origin, naming the option, before it starts', () => {
    const run = spawnSync(process.execPath, [MAIN, 'serve', '--cors-origin', 'localhost:3000'], { encoding: 'utf8', env: environment(), timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("option '--cors-origin <origin>' argument 'localhost:3000' is invalid");
    expect(run.stderr).toContain('expected an origin such as "http://localhost:3000"');
  });
});

describe('serve --allowed-host', () => {
  it('refuses a value that is not a host name, naming the option, before it starts', () => {
    const run = spawnSync(process.execPath, [MAIN, 'serve', '--allowed-host', 'http://graph.example.org'], { encoding: 'utf8', env: environment(), timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("option '--allowed-host <name>' argument 'http://graph.example.org' is invalid");
    expect(run.stderr).toContain('expected a host name such as "graph.example.org"');
  });

  it('answers a listed name and refuses another over the socket', async () => {
    const server = await serving(['--allowed-host', 'graph.newsroom.example']);
    try {
      const port = new URL(server.url).port;
      const status = (host: string) =>
        new Promise<number>((done, fail) => {
          const sent = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { host: `${host}:${port}`, 'content-type': 'application/json' } }, (answer) => {
            answer.resume();
            done(answer.statusCode ?? 0);
          });
          sent.on('error', fail);
          sent.end(QUERY);
        });
      expect(await status('graph.newsroom.example')).toBe(200);
      expect(await status('localhost')).toBe(200);
      expect(await status('attacker.example')).toBe(403);
    } finally {
      server.stop();
    }
  }, 60_000);
});
