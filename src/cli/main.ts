#!/usr/bin/env node
// The `cadregraph` command: dispatches to one module per subcommand.
// Each command module exports `help` (its --help text) and `run(argv)`,
// which resolves to the process exit status.
import type { Command } from './command.js';

const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: () => import('./commands/extract.js'),
  ingest: () => import('./commands/ingest.js'),
  export: () => import('./commands/export.js'),
  serve: () => import('./commands/serve.js'),
};

const USAGE = `Usage: cadregraph <command> [options]

Commands:
  extract PATH...   extract officials, positions and events as JSON Lines
  ingest PATH...    extract and write the graph to Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)
  export PATH...    write the graph as Cypher, JSON or GraphML without Neo4j
  serve [PATH...]   serve the GraphQL API (Neo4j when NEO4J_URI is set, else an in-memory graph)

Run 'cadregraph <command> --help' for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`cadregraph: unknown command '${name}'\n${USAGE}\n`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help + '\n');
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`cadregraph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
