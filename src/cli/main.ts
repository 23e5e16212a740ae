#!/usr/bin/env node
// The `cadregraph` command. One commander program parses every subcommand, so
// options are spelled, checked and explained the same way everywhere, and the
// help is generated from the definitions it documents. Exit status: 0 success,
// 1 when some input or Neo4j failed, 2 for a usage error.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { exportCommand } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { identityCommand } from './commands/identity.js';
import { ingestCommand } from './commands/ingest.js';
import { serveCommand } from './commands/serve.js';
import { DEFAULT_JUDGEMENTS_FILE } from '../ingest/judgements.js';
import { oneLine } from './report.js';

/** The package's version: package.json sits two levels above src/cli and dist/cli. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const USAGE_ERROR = 2;

/** commander's error text without its "error: " prefix, each line with its control characters escaped. */
function safeLines(text: string): string {
  return text.replace(/^error: /, '').trimEnd().split('\n').map(oneLine).join('\n');
}

function program(): Command {
  const root = new Command('cadregraph')
    .usage('<command> [options]')
    .description('Builds a knowledge graph of Vietnamese officials, bodies and meetings from news articles.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .helpCommand('help [command]', 'print the help of a command')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  $ cadregraph extract articles/ > facts.jsonl\n' +
        '  $ NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=… cadregraph ingest articles/\n' +
        '  $ cadregraph export --format cypher --out graph.cypher articles/\n' +
        '  $ cadregraph serve articles/\n' +
        '  $ cadregraph identity doubts\n' +
        "\nRun 'cadregraph <command> --help' for a command's options.",
    )
    .showSuggestionAfterError(true)
    .showHelpAfterError("Run 'cadregraph --help' for the commands.")
    .exitOverride();
  for (const command of [extractCommand(), ingestCommand(), exportCommand(), serveCommand(), identityCommand(DEFAULT_JUDGEMENTS_FILE)]) {
    for (const c of [command, ...command.commands]) {
      const name = c === command ? c.name() : `${command.name()} ${c.name()}`;
      c.helpOption('-h, --help', 'print this help')
        .showHelpAfterError(`Run 'cadregraph ${name} --help' for usage.`)
        .exitOverride()
        .configureOutput({ outputError: (text, write) => write(`cadregraph ${name}: ${safeLines(text)}\n`) });
    }
    root.addCommand(command);
  }
  root.configureOutput({ outputError: (text, write) => write(`cadregraph: ${safeLines(text)}\n`) });
  return root;
}

async function main(argv: string[]): Promise<void> {
  const root = program();
  if (argv.length === 0) {
    root.outputHelp({ error: true });
    process.exitCode = USAGE_ERROR;
    return;
  }
  try {
    await root.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // --help and --version end parsing through an "error" that is none.
    const done = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
    process.exitCode = done ? 0 : USAGE_ERROR;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`cadregraph: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
  process.exitCode = 1;
});
