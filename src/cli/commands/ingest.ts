// `cadregraph ingest PATH...`: extracts articles and merges their graph into Neo4j,
// or with --graph FILE into a graph file that `cadregraph serve --graph FILE` opens.
// Connection and credentials are checked first, so a typo costs no extraction work;
// files that cannot be read are listed and the rest is committed. The summary
// says what was new to the graph and what it already held.
import { Command, Option } from 'commander';
import type { NodeLabel } from '../../graph/model.js';
import { extractionThreads } from '../../ingest/articles.js';
import type { IngestSummary, NewAndExisting } from '../../ingest/ingest.js';
import type { WriteRetry } from '../../store/neo4j/write.js';
import type { GraphStore } from '../../store/store.js';
import { DEFAULT_JUDGEMENTS_FILE } from '../../ingest/judgements.js';
import { ArticleRun } from '../article-run.js';
import { DEFAULT_HEAP_MB, heapLimitMb, heapPlan, runUnderBound, SEMI_SPACE_MB } from '../heap.js';
import { articleCommand, PATH_HELP, wholeNumber, type ReadingOptions, type ReportingOptions } from '../options.js';
import { count, duration, megabytesPerSecond, oneLine, plural, printSummary } from '../report.js';

interface IngestCommandOptions extends ReadingOptions, ReportingOptions {
  uri?: string;
  user?: string;
  password?: string;
  graph?: string;
  batch: number;
  judgements: string;
  /** The heap bound in MB (heap.ts); undefined: the default, unless node's flags set one. */
  heap?: number;
}

/** How the summary names each kind of node, in the order it lists them. */
const NAMES: readonly [NodeLabel, string, string][] = [
  ['Article', 'article', 'articles'],
  ['Person', 'person', 'people'],
  ['Mention', 'mention', 'mentions'],
  ['Event', 'event', 'events'],
  ['Organization', 'body', 'bodies'],
  ['Position', 'office', 'offices'],
  ['Place', 'place', 'places'],
];

function tallyLine(summary: IngestSummary, side: keyof NewAndExisting): string {
  const parts = NAMES.map(([label, one, many]) => plural(summary.nodes[label][side], one, many));
  return [...parts, plural(summary.relationships[side], 'fact')].join(', ');
}

function summaryText(summary: IngestSummary, threads: number): string {
  const failed = summary.failures.length;
  return (
    `cadregraph ingest: ${plural(summary.articles, 'article')} ingested in ${duration(summary.seconds)} ` +
    `(${megabytesPerSecond(summary.bytes, summary.seconds)}, ${plural(threads, 'extraction thread')})` +
    (failed > 0 ? `; ${plural(failed, 'file')} failed` : '') +
    '\n' +
    `  new:                  ${tallyLine(summary, 'new')}\n` +
    `  already in the graph: ${tallyLine(summary, 'existing')}\n`
  );
}

function summaryJson(summary: IngestSummary, threads: number): object {
  const side = (which: keyof NewAndExisting) => ({
    ...Object.fromEntries(NAMES.map(([label, , many]) => [many, summary.nodes[label][which]])),
    facts: summary.relationships[which],
  });
  return {
    command: 'ingest',
    articles: summary.articles,
    failed: summary.failures.length,
    failures: summary.failures,
    new: side('new'),
    existing: side('existing'),
    bytes: summary.bytes,
    seconds: Number(summary.seconds.toFixed(3)),
    threads,
    heapLimitMb: heapLimitMb(),
  };
}

function retryNote(retry: WriteRetry): string {
  return (
    `Neo4j write failed (${oneLine(retry.reason)}); retrying in ${duration(retry.waitMs / 1000)}, ` +
    `attempt ${retry.attempt}, giving up after ${duration(retry.giveUpAfterMs / 1000)}`
  );
}

/**
 * The graph file to write to, opened after checking its disk has room for the
 * input; a string says why not (it names the file and points to Neo4j). Loaded
 * only for --graph, so ingesting into Neo4j loads no SQLite.
 */
async function graphFile(file: string, paths: string[]): Promise<GraphStore | string> {
  const { checkRoom, GraphFileError } = await import('../../store/embedded/database.js');
  const { openEmbeddedStore } = await import('../../store/embedded/store.js');
  try {
    await checkRoom(file, paths);
    return openEmbeddedStore({ file });
  } catch (error) {
    if (error instanceof GraphFileError) return error.message;
    throw error;
  }
}

/** The flags to run this command again under (heap.ts), or null to run it here. */
function childFlags(heap: number | undefined): string[] | null {
  return heapPlan(heap ?? DEFAULT_HEAP_MB, heap !== undefined, { execArgv: process.execArgv, env: process.env });
}

async function run(paths: string[], options: IngestCommandOptions): Promise<number> {
  const flags = childFlags(options.heap);
  if (flags !== null) return runUnderBound(flags, options.heap ?? DEFAULT_HEAP_MB);
  const { ingest, IngestError } = await import('../../ingest/ingest.js');
  const { readJudgements, JudgementsFileError } = await import('../../ingest/judgements.js');
  let judgements: Awaited<ReturnType<typeof readJudgements>>;
  try {
    judgements = await readJudgements(options.judgements);
  } catch (error) {
    if (!(error instanceof JudgementsFileError)) throw error;
    process.stderr.write(`cadregraph ingest: ${oneLine(error.message)}\n`);
    return 1;
  }
  const { Neo4jConnectionError } = await import('../../store/neo4j/connect.js');
  const graph = options.graph === undefined ? null : await graphFile(options.graph, paths);
  if (typeof graph === 'string') {
    process.stderr.write(`cadregraph ingest: ${oneLine(graph)}\n`);
    return 1;
  }
  const articles = await ArticleRun.start('ingest', paths, options.quiet);
  const threads = extractionThreads({ jobs: options.jobs, total: articles.total });
  let read = 0;
  let committed = 0;
  try {
    const summary = await ingest(paths, {
      ...(graph !== null ? { store: graph } : {}),
      ...(options.uri ? { uri: options.uri } : {}),
      ...(options.user ? { user: options.user } : {}),
      ...(options.password !== undefined ? { password: options.password } : {}),
      batchSize: options.batch,
      judgements,
      jobs: options.jobs,
      maxBytes: options.maxBytes,
      total: articles.total,
      onProgress: (p) => {
        if (p.read > read) articles.progress.advance(p.read - read, p.bytes - articles.bytes);
        read = p.read;
        articles.bytes = p.bytes;
        articles.progress.status(`${count(p.committed)} committed`);
        // A commit after retries: the trouble has passed.
        if (p.committed > committed) articles.progress.warn(null);
        committed = p.committed;
      },
      onFailure: (f) => articles.fail(f.path, f.reason),
      onDuplicate: (d) => articles.duplicate(d.path, d.first),
      onRetry: (retry) => {
        // Said even with --quiet: a run that waits 30 s must not look frozen.
        if (options.quiet) process.stderr.write(`cadregraph ingest: ${retryNote(retry)}\n`);
        else articles.progress.warn(retryNote(retry));
      },
    });
    articles.stop();
    printSummary({ json: options.json, quiet: options.quiet, stream: process.stdout }, () => summaryText(summary, threads), () => summaryJson(summary, threads));
    return summary.failures.length > 0 ? 1 : 0;
  } catch (error) {
    articles.stop();
    if (error instanceof Neo4jConnectionError) {
      process.stderr.write(`cadregraph ingest: ${oneLine(error.message)}\n`);
      return 1;
    }
    if (error instanceof IngestError) {
      process.stderr.write(`cadregraph ingest: ${oneLine(error.message)}\n`);
      printSummary({ json: options.json, quiet: options.quiet, stream: process.stdout }, () => summaryText(error.summary, threads), () => summaryJson(error.summary, threads));
      return 1;
    }
    throw error;
  } finally {
    await graph?.close();
  }
}

const HELP = {
  examples: [
    'NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=secret cadregraph ingest articles/',
    'cadregraph ingest --uri neo4j+s://xxxx.databases.neo4j.io --user neo4j articles/',
    'cadregraph ingest --json --quiet corpus/ > summary.json',
    'cadregraph ingest --graph corpus.graph corpus/ && cadregraph serve --graph corpus.graph',
  ],
  notes:
    `${PATH_HELP}\nThe summary (what was new, what the graph already held) goes to standard output.\n` +
    'A write that fails for a passing reason (Neo4j restarting) is retried for up to 30 s,\nand each retry is shown.',
};

export function ingestCommand(): Command {
  const command = new Command('ingest')
    .summary('extract and write the graph to Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)')
    .description(
      'Extracts officials, positions and events from articles and merges them into Neo4j, or with --graph into a graph file. ' +
        'Running it again on the same articles leaves the graph as it is; a run that was cut ' +
        'short completes when run again. Extraction runs while the previous batch is written.',
    )
    .argument('<PATH...>', 'articles: files, folders, or - for standard input')
    .addOption(
      new Option(
        '--graph <file>',
        "write to this graph file (created if missing, added to if not) instead of Neo4j, even with NEO4J_URI set; serve it with 'cadregraph serve --graph FILE'",
      ),
    )
    .addOption(new Option('--uri <uri>', 'Neo4j address, e.g. bolt://127.0.0.1:7687').env('NEO4J_URI'))
    .addOption(new Option('--user <user>', 'Neo4j user (default neo4j)').env('NEO4J_USER'))
    .addOption(new Option('--password <password>', 'Neo4j password').env('NEO4J_PASSWORD'))
    .addOption(new Option('--batch <n>', 'articles per write transaction batch').argParser(wholeNumber(1)).default(500))
    .addOption(
      new Option(
        '--heap <mb>',
        `runs under this heap bound, in MB (node's --max-old-space-size, with --max-semi-space-size=${SEMI_SPACE_MB}), in a child process; ` +
          `0: V8's default (default: ${DEFAULT_HEAP_MB}, unless node's flags or NODE_OPTIONS set --max-old-space-size)`,
      ).argParser(wholeNumber(0)),
    )
    .addOption(new Option('--judgements <file>', "who is (not) who, as recorded by 'cadregraph identity'; applied if it exists").default(DEFAULT_JUDGEMENTS_FILE));
  command.hook('preAction', graphOrNeo4j);
  return articleCommand<IngestCommandOptions>(command, HELP, run);
}

/**
 * --graph with a Neo4j option on the command line is a usage error. Neo4j settings
 * from the environment give way to an explicit --graph, with a notice when
 * NEO4J_URI names a server (an empty NEO4J_URI counts as unset).
 */
function graphOrNeo4j(command: Command): void {
  const file = command.getOptionValue('graph') as string | undefined;
  if (file === undefined) return;
  for (const option of command.options.filter((o) => ['uri', 'user', 'password'].includes(o.attributeName()))) {
    if (command.getOptionValueSource(option.attributeName()) === 'cli') {
      command.error(`error: option '--graph <file>' cannot be used with option '${option.flags}'`, { code: 'commander.conflictingOption' });
    }
  }
  const uri = command.getOptionValue('uri') as string | undefined;
  // Said once: by the process that does the work, not by the one that starts it under the heap bound.
  if (childFlags(command.getOptionValue('heap') as number | undefined) !== null) return;
  if (uri) process.stderr.write(`cadregraph ingest: writing to the graph file ${file} (--graph), not to Neo4j at ${uri} (NEO4J_URI)\n`);
}
