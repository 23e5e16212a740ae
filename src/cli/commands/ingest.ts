// `cadregraph ingest PATH...`: extracts articles and merges their graph into Neo4j.
// Connection and credentials are checked first, so a typo costs no extraction work;
// files that cannot be read are listed and the rest is committed.
import { Neo4jConnectionError } from '../../store/neo4j/connect.js';
import { ingest, IngestError, type IngestProgress, type IngestSummary } from '../../ingest/ingest.js';

export const help = `Usage: cadregraph ingest PATH... [--uri URI] [--user USER] [--password PASSWORD] [--batch N]

Extracts officials, positions and events from articles and merges them into Neo4j.
Running it again on the same articles leaves the graph as it is; a run that was cut
short completes when run again.

  PATH               a .txt file, a folder (read recursively), or - for standard input
  --uri URI          Neo4j address; default NEO4J_URI (e.g. bolt://127.0.0.1:7687)
  --user USER        default NEO4J_USER, else neo4j
  --password PASS    default NEO4J_PASSWORD
  --batch N          articles per write transaction batch (default 500)

Progress goes to standard error on a terminal; a summary to standard output.
Exit status: 0 when every file was ingested, 1 when some file failed or Neo4j could
not be used, 2 for a usage error.`;

interface Options {
  paths: string[];
  uri?: string;
  user?: string;
  password?: string;
  batchSize?: number;
}

class UsageError extends Error {}

function parseOptions(argv: string[]): Options {
  const options: Options = { paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--uri') options.uri = value();
    else if (arg === '--user') options.user = value();
    else if (arg === '--password') options.password = value();
    else if (arg === '--batch') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--batch needs a whole number of at least 1');
      options.batchSize = n;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) throw new UsageError('give at least one PATH');
  return options;
}

function progressLine(p: IngestProgress): string {
  return `\r\x1b[Kingest: ${p.read} read, ${p.committed} committed${p.failed ? `, ${p.failed} failed` : ''}`;
}

function summaryText(s: IngestSummary): string {
  return (
    `ingested ${s.articles} article${s.articles === 1 ? '' : 's'} in ${s.seconds.toFixed(1)} s: ` +
    `${s.people} people, ${s.positions} positions, ${s.organizations} organizations, ${s.events} events, ` +
    `${s.relationships} relationships written` +
    (s.failures.length ? `; ${s.failures.length} file(s) failed` : '') +
    '\n'
  );
}

export async function run(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`cadregraph ingest: ${error.message}\n${help}\n`);
    return 2;
  }
  const tty = process.stderr.isTTY === true;
  let lastDraw = 0;
  const onProgress = (p: IngestProgress): void => {
    const now = Date.now();
    if (now - lastDraw < 100) return;
    lastDraw = now;
    process.stderr.write(progressLine(p));
  };
  try {
    const summary = await ingest(options.paths, {
      ...(options.uri ? { uri: options.uri } : {}),
      ...(options.user ? { user: options.user } : {}),
      ...(options.password !== undefined ? { password: options.password } : {}),
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      ...(tty ? { onProgress } : {}),
    });
    if (tty) process.stderr.write('\r\x1b[K');
    for (const f of summary.failures) process.stderr.write(`cadregraph: ${f.path}: ${f.reason}\n`);
    process.stdout.write(summaryText(summary));
    return summary.failures.length > 0 ? 1 : 0;
  } catch (error) {
    if (tty) process.stderr.write('\n');
    if (error instanceof Neo4jConnectionError) {
      process.stderr.write(`cadregraph ingest: ${error.message}\n`);
      return 1;
    }
    if (error instanceof IngestError) {
      for (const f of error.summary.failures) process.stderr.write(`cadregraph: ${f.path}: ${f.reason}\n`);
      process.stderr.write(`cadregraph ingest: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
