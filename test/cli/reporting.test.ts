// What the commands say besides their data, through the built CLI: progress
// lines when standard error is a file, summaries as text and as JSON, --quiet,
// ids of files named in NFD, and file names with newlines or escape sequences
// kept on one line and away from the terminal.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/extract/contract.js';
import { displayPath, errorLine } from '../../src/cli/report.js';
import { ARTICLE } from './bad-inputs.js';

const MAIN = resolve(import.meta.dirname, '../../dist/cli/main.js');

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'cadregraph-reporting-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with standard error sent to a file, as a log or a CI job has it. */
function runWithStderrFile(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const errPath = join(dir, `stderr-${Math.random().toString(36).slice(2)}.txt`);
  const err = openSync(errPath, 'w');
  try {
    const run = spawnSync(process.execPath, [MAIN, ...args], {
      stdio: ['ignore', 'pipe', err],
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...env },
    });
    return { status: run.status, stdout: run.stdout, stderr: readFileSync(errPath, 'utf8') };
  } finally {
    closeSync(err);
  }
}

function folderOf(name: string, count: number): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (let i = 0; i < count; i++) writeFileSync(join(folder, `${String(i).padStart(4, '0')}.txt`), ARTICLE.replace('lần thứ 7', `lần thứ ${i + 1}`));
  return folder;
}

describe('progress when standard error is not a terminal', () => {
  it('writes a plain line with count, total, rate and time left every interval, then the summary', () => {
    const folder = folderOf('progress', 120);
    const run = runWithStderrFile(['extract', '--jobs', '1', folder], { CADREGRAPH_PROGRESS_SECONDS: '0.01' });
    expect(run.status).toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    const progress = lines.filter((l) => l.includes(' elapsed, '));
    expect(progress.length).toBeGreaterThan(0);
    for (const line of progress) {
      expect(line).toMatch(/^cadregraph extract: [\d,]+\/120 files \(\d+%\), [\d.]+ files\/s, [\d.]+ MB\/s, (?:[\d.]+ s|\d+ min \d+ s|\d+ h \d+ min) elapsed, (\?|[\d.]+ s|\d+ min \d+ s) left$/);
    }
    // No terminal control sequences in a file.
    expect(run.stderr).not.toMatch(/\x1b/);
    expect(lines.at(-1)).toMatch(/^cadregraph extract: 120 articles extracted in (?:[\d.]+ s|\d+ min \d+ s|\d+ h \d+ min) \([\d.]+ MB\/s, 1 thread\)$/);
  });

  it('writes nothing but failures with --quiet', () => {
    const folder = folderOf('quiet', 40);
    writeFileSync(join(folder, 'empty.txt'), '');
    const run = runWithStderrFile(['extract', '--quiet', '--jobs', '1', folder], { CADREGRAPH_PROGRESS_SECONDS: '0.05' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`cadregraph: ${join(folder, 'empty.txt')}: empty file\n`);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(40);
  });
});

describe('--json summaries', () => {
  it('extract: one JSON object as the last line of standard error, failures included', () => {
    const folder = folderOf('json-extract', 20);
    writeFileSync(join(folder, 'blank.txt'), '  \n');
    const run = runWithStderrFile(['extract', '--json', '--jobs', '2', folder]);
    expect(run.status).toBe(1);
    const summary = JSON.parse(run.stderr.trimEnd().split('\n').at(-1) ?? '') as Record<string, unknown>;
    expect(summary).toMatchObject({
      command: 'extract',
      articles: 20,
      failed: 1,
      failures: [{ path: join(folder, 'blank.txt'), reason: 'empty file (whitespace only)' }],
      threads: 2,
    });
    expect(summary['bytes']).toBe(readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0));
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(20);
  });

  it('export --out: the summary on standard output, counting what the file holds', () => {
    const folder = folderOf('json-export', 3);
    const out = join(dir, 'graph.json');
    const run = runWithStderrFile(['export', '--format', 'json', '--out', out, '--json', folder]);
    expect(run.status).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8')) as { nodes: { label: string }[]; edges: unknown[] };
    const summary = JSON.parse(run.stdout) as { nodes: Record<string, number>; relationships: number; articles: number; bytes: number };
    expect(summary.articles).toBe(3);
    expect(summary.nodes['total']).toBe(graph.nodes.length);
    expect(summary.nodes['Person']).toBe(graph.nodes.filter((n) => n.label === 'Person').length);
    expect(summary.relationships).toBe(graph.edges.length);
    expect(summary.bytes).toBe(readFileSync(out).length);
  });

  it('export --out: a text summary naming the file, when not asked for JSON', () => {
    const folder = folderOf('text-export', 2);
    const out = join(dir, 'graph.cypher');
    const run = runWithStderrFile(['export', '-f', 'cypher', '-o', out, folder]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^cadregraph export: 2 articles → \\d+ nodes \\(\\d+ people, \\d+ events, \\d+ bodies\\) and \\d+ relationships, [\\d.]+ MB of cypher in ${out.replace(/[.]/g, '\\.')}, in [\\d.]+ s\\n$`));
  });
});

describe('serve start-up', () => {
  it('shows progress while it extracts, then says it is ready, as JSON when asked', async () => {
    const folder = folderOf('serve', 30);
    const env: NodeJS.ProcessEnv = { ...process.env, CADREGRAPH_PROGRESS_SECONDS: '0.01' };
    delete env['NEO4J_URI'];
    const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0', '--jobs', '1', '--json', folder], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      await new Promise<void>((ready, fail) => {
        const timer = setInterval(() => {
          if (stderr.includes('"command":"serve"')) {
            clearInterval(timer);
            ready();
          }
        }, 50);
        child.once('exit', (code) => fail(new Error(`serve exited with ${code}: ${stderr}`)));
      });
    } finally {
      child.kill('SIGTERM');
    }
    const lines = stderr.trimEnd().split('\n');
    expect(lines.some((l) => /^cadregraph serve: [\d,]+\/30 files \(\d+%\)/.test(l))).toBe(true);
    const summary = JSON.parse(lines.at(-1) ?? '') as { url: string; articles: number; failed: number };
    expect(summary).toMatchObject({ articles: 30, failed: 0 });
    expect(stdout).toContain(`GraphQL API and GraphiQL at ${summary.url}`);
  }, 60_000);
});

describe('file names', () => {
  it('gives a file named in NFD the id in NFC', () => {
    const folder = join(dir, 'nfd');
    mkdirSync(folder);
    const name = 'Đại hội Đảng bộ quận Hoàn Kiếm';
    writeFileSync(join(folder, `${name.normalize('NFD')}.txt`), ARTICLE);
    const run = runWithStderrFile(['extract', '--quiet', folder]);
    expect(run.status).toBe(0);
    const record = JSON.parse(run.stdout) as ArticleRecord;
    expect(record.article.id).toBe(name.normalize('NFC'));
    expect(record.article.id).not.toBe(name.normalize('NFD'));
  });

  it('keeps a newline and an escape sequence in a file name on one line, escaped', () => {
    const folder = join(dir, 'odd-names');
    mkdirSync(folder);
    const odd = 'bad\nname \x1b[31mred\x1b[0m \u202eevil.txt';
    writeFileSync(join(folder, odd), '');
    writeFileSync(join(folder, 'good.txt'), ARTICLE);
    const run = runWithStderrFile(['extract', '--quiet', folder]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`cadregraph: "${folder}/bad\\nname \\x1b[31mred\\x1b[0m \\u202eevil.txt": empty file\n`);
    expect(run.stderr).not.toMatch(/\x1b|\u202e/);
  });

  it('quotes and escapes only names that need it', () => {
    expect(displayPath('articles/Hội nghị.txt')).toBe('articles/Hội nghị.txt');
    expect(displayPath('a"b\\\tc')).toBe('"a\\"b\\\\\\tc"');
    expect(displayPath('x\u0085y\u2028z')).toBe('"x\\x85y\\u2028z"');
    expect(errorLine('a\rb.txt', 'cannot read (EBUSY: \x1b]0;title\x07)')).toBe('cadregraph: "a\\rb.txt": cannot read (EBUSY: \\x1b]0;title\\x07)\n');
  });
});
