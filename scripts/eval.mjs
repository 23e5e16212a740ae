#!/usr/bin/env node
// `npm run eval`: extracts an article set with the built CLI and scores the
// output with scripts/score.mjs against its gold files.
//
//   npm run eval                                  # fixtures/articles vs fixtures/gold
//   npm run eval -- --articles DIR --gold DIR     # any other article set
//   npm run eval -- --keep out.jsonl              # also keep the extracted lines
//
// Paths are taken relative to the directory npm was started from. Other
// arguments go to the scorer. Exit status: the scorer's, or 1 if extraction
// reported failures (the figures are still printed).
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const userCwd = process.env.INIT_CWD ?? process.cwd();

function parse(argv) {
  const options = { articles: join(root, 'fixtures/articles'), gold: join(root, 'fixtures/gold'), keep: null, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) {
        console.error(`eval: ${arg} needs a value`);
        process.exit(2);
      }
      return resolve(userCwd, v);
    };
    if (arg === '--articles') options.articles = value();
    else if (arg === '--gold') options.gold = value();
    else if (arg === '--keep') options.keep = value();
    else options.rest.push(arg);
  }
  return options;
}

const options = parse(process.argv.slice(2));
const work = mkdtempSync(join(tmpdir(), 'cadregraph-eval-'));
const pred = join(work, 'pred.jsonl');
try {
  const out = openSync(pred, 'w');
  const started = performance.now();
  const extract = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'extract', '--quiet', options.articles], {
    stdio: ['ignore', out, 'inherit'],
  });
  closeSync(out);
  const seconds = (performance.now() - started) / 1000;
  if (extract.error || extract.status === null || extract.status > 1) {
    console.error(`eval: extraction did not run (${extract.error?.message ?? `status ${extract.status}, signal ${extract.signal}`})`);
    process.exit(2);
  }
  console.log(`extracted ${options.articles} in ${seconds.toFixed(2)} s${extract.status === 1 ? ' (some files failed, see above)' : ''}`);
  if (options.keep) copyFileSync(pred, options.keep);

  const scoreArgs = ['--gold', options.gold, '--pred', pred, ...options.rest];
  if (!scoreArgs.includes('--verbose')) scoreArgs.push('--verbose');
  const score = spawnSync(process.execPath, [join(root, 'scripts/score.mjs'), ...scoreArgs], { stdio: 'inherit' });
  const status = score.status ?? 2;
  process.exitCode = status !== 0 ? status : extract.status;
} finally {
  rmSync(work, { recursive: true, force: true });
}
