// `--help` on the command and on every subcommand that exists in src/cli/commands
// exits 0 and prints usage, through the built CLI (dist/).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = join(ROOT, 'dist/cli/main.js');

// Subcommands land one module at a time; each one present gets checked.
const SUBCOMMANDS = readdirSync(join(ROOT, 'src/cli/commands'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(MAIN)) throw new Error('dist/ is not built: run `npx tsc -p tsconfig.build.json` (npm test does it)');
  const result = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cadregraph --help', () => {
  it('lists the commands and exits 0', () => {
    const run = cli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: cadregraph <command>/);
    for (const name of SUBCOMMANDS) expect(run.stdout).toContain(`  ${name} `);
  });

  it('includes extract among the subcommands found', () => {
    expect(SUBCOMMANDS).toContain('extract');
  });

  it.each(SUBCOMMANDS.flatMap((name) => [[name, '--help'], [name, '-h']]))('%s %s prints its usage and exits 0', (name, flag) => {
    const run = cli([name, flag]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: cadregraph ${name}\\b`));
  });
});
