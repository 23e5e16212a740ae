// `--help` on the command and on every subcommand that exists in src/cli/commands
// exits 0 and prints usage with examples, the options are the same across
// commands, and `--version` prints the package's version, through the built CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

  it.each(SUBCOMMANDS)('%s --help shows an example of the command itself', (name) => {
    const examples = cli([name, '--help']).stdout.split('\nExamples:\n')[1] ?? '';
    expect(examples).toMatch(new RegExp(`^  \\$ (\\S+=\\S+ )*cadregraph ${name} `, 'm'));
  });

  // `identity` works on the graph, not on articles.
  it.each(SUBCOMMANDS.filter((name) => name !== 'identity'))('%s takes the options every command that reads articles shares', (name) => {
    const help = cli([name, '--help']).stdout;
    for (const option of ['-j, --jobs <n>', '--max-bytes <size>', '-q, --quiet', '--json', '-h, --help']) expect(help).toContain(option);
  });
});

describe('cadregraph --version', () => {
  it.each([['--version'], ['-V']])('%s prints the version of the package', (flag) => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli([flag])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('names an unknown command, with status 2', () => {
    const run = cli(['extrct', 'a.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cadregraph: unknown command 'extrct'\n\(Did you mean extract\?\)/);
  });
});
