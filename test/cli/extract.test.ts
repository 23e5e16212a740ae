// `cadregraph extract` end to end, through the built CLI (dist/, made by
// `npm test` or `npx tsc -p tsconfig.build.json`): bad inputs cost one line on
// stderr each, the other files are still extracted, and the exit status says
// whether anything failed. Only the shape of the records is checked here; what
// the extractor finds is tested in test/extract.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/extract/contract.js';
import { ARTICLE, writeBadInputFolder, type Expected } from './bad-inputs.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = join(ROOT, 'dist/cli/main.js');

interface Run { status: number | null; stdout: string; stderr: string }

function cli(args: string[], options: { input?: string | Buffer; uid?: number; gid?: number } = {}): Run {
  const result = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 20_000, ...options });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function records(stdout: string): ArticleRecord[] {
  return stdout.split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as ArticleRecord);
}

function expectContractShape(record: ArticleRecord): void {
  expect(Object.keys(record).sort()).toEqual(['article', 'events', 'people']);
  expect(typeof record.article.id).toBe('string');
  expect(record.article.title === null || typeof record.article.title === 'string').toBe(true);
  expect(Array.isArray(record.events) && Array.isArray(record.people)).toBe(true);
}

let dir: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/commands/extract.js'))) {
    throw new Error('dist/ is not built: run `npx tsc -p tsconfig.build.json` (npm test does it)');
  }
  dir = mkdtempSync(join(tmpdir(), 'cadregraph-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cadregraph extract', () => {
  it('extracts the good files of a folder of bad inputs, one error line per bad file, status 1', () => {
    const folder = join(dir, 'mixed');
    const expected: Expected[] = writeBadInputFolder(folder);
    const run = cli(['extract', '--quiet', folder]);
    expect(run.status).toBe(1);

    const good = expected.filter((e) => e.id);
    const lines = records(run.stdout);
    expect(lines.map((r) => r.article.id)).toEqual(good.map((e) => e.id));
    lines.forEach(expectContractShape);

    const bad = expected.filter((e) => e.reason);
    const errors = run.stderr.split('\n').filter((line) => line.length > 0);
    expect(errors).toHaveLength(bad.length);
    errors.forEach((line, n) => {
      const want = bad[n];
      const prefix = `cadregraph: ${join(folder, want?.name ?? '')}: `;
      expect(line.startsWith(prefix), line).toBe(true);
      expect(line.slice(prefix.length)).toMatch(want?.reason ?? /never/);
    });
  });

  it('exits 0 with nothing on stderr when every file is read, in the order of the arguments', () => {
    const a = join(dir, 'z-first.txt');
    const b = join(dir, 'a-second.txt');
    writeFileSync(a, ARTICLE);
    writeFileSync(b, ARTICLE.replace('Nghi Lộc', 'Quỳnh Lưu'));
    const run = cli(['extract', '--quiet', a, b]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(records(run.stdout).map((r) => r.article.id)).toEqual(['z-first', 'a-second']);
  });

  it('refuses a file over --max-bytes, naming size and limit, and extracts the smaller one', () => {
    const folder = join(dir, 'limit');
    mkdirSync(folder);
    writeFileSync(join(folder, 'long.txt'), ARTICLE.repeat(4));
    writeFileSync(join(folder, 'short.txt'), ARTICLE.slice(0, 200));
    const size = Buffer.byteLength(ARTICLE.repeat(4));
    const run = cli(['extract', '--quiet', '--max-bytes', '1K', folder]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`cadregraph: ${join(folder, 'long.txt')}: file too large: ${(size / 1024).toFixed(1)} KB (${size} bytes), over the limit of 1.0 KB (--max-bytes 1024)\n`);
    expect(records(run.stdout).map((r) => r.article.id)).toEqual(['short']);
  });

  it('reads standard input as the article "stdin"', () => {
    const run = cli(['extract', '--quiet', '-'], { input: ARTICLE });
    expect(run.status).toBe(0);
    expect(records(run.stdout).map((r) => r.article.id)).toEqual(['stdin']);
    const empty = cli(['extract', '-q', '-'], { input: '' });
    expect(empty).toMatchObject({ status: 1, stdout: '', stderr: 'cadregraph: -: empty file\n' });
  });

  it('prints one readable block per article with --format text', () => {
    const a = join(dir, 'text-a.txt');
    const b = join(dir, 'text-b.txt');
    writeFileSync(a, ARTICLE);
    writeFileSync(b, ARTICLE);
    const run = cli(['extract', '--format=text', a, b]);
    expect(run.status).toBe(0);
    const blocks = run.stdout.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^text-a: .*\n {2}published: .* {3}author: /);
    expect(blocks[1]).toMatch(/^text-b: /);
  });

  it('stops quietly with status 0 when the reader of its output goes away (| head -1)', async () => {
    const folder = join(dir, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 3000; i++) writeFileSync(join(folder, `${String(i).padStart(4, '0')}.txt`), ARTICLE);
    const child = spawn(process.execPath, [MAIN, 'extract', folder], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CADREGRAPH_PROGRESS_SECONDS: '600' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it.each([
    [[], /^cadregraph extract: missing required argument 'PATH'\nRun 'cadregraph extract --help' for usage.\n$/],
    [['--format', 'xml', 'a.txt'], /argument 'xml' is invalid. Allowed choices are json, text/],
    [['--max-bytes', 'lots', 'a.txt'], /--max-bytes <size>' argument 'lots' is invalid. expected a size such as 20M/],
    [['--max-bytes'], /option '--max-bytes <size>' argument missing/],
    [['--jobs', '0', 'a.txt'], /expected a whole number from 1 to 256, got '0'/],
    [['--verbose', 'a.txt'], /unknown option '--verbose'/],
  ])('exits 2 on the usage error %j', (args, message) => {
    const run = cli(['extract', ...args]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  // chmod 000 does not stop root, so as root the CLI runs as the unprivileged
  // user "nobody" (65534), for whom it does.
  it('reports a file and a folder it may not read as "permission denied"', () => {
    const folder = join(dir, 'locked-case');
    mkdirSync(join(folder, 'locked'), { recursive: true });
    writeFileSync(join(folder, 'good.txt'), ARTICLE);
    writeFileSync(join(folder, 'locked', 'hidden.txt'), ARTICLE);
    writeFileSync(join(folder, 'secret.txt'), ARTICLE);
    chmodSync(join(folder, 'locked'), 0o000);
    chmodSync(join(folder, 'secret.txt'), 0o000);
    chmodSync(dir, 0o755);
    const asRoot = process.getuid?.() === 0;
    const run = cli(['extract', '--quiet', folder], asRoot ? { uid: 65534, gid: 65534 } : {});
    chmodSync(join(folder, 'locked'), 0o755);
    expect(run.stderr).toBe(
      `cadregraph: ${join(folder, 'locked')}: cannot read folder: permission denied\n` +
        `cadregraph: ${join(folder, 'secret.txt')}: permission denied\n`,
    );
    expect(run.status).toBe(1);
    expect(records(run.stdout).map((r) => r.article.id)).toEqual(['good']);
  });
});
