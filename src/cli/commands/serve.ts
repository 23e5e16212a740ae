// `cadregraph serve [PATH...]`: the GraphQL API over HTTP, with GraphiQL at
// /graphql. With NEO4J_URI set it serves the Neo4j graph; with --graph FILE it
// opens a graph file that `cadregraph ingest --graph FILE` built (no extraction at
// start, however many articles it holds); otherwise it extracts the articles under
// PATH (default: the package's fixtures/articles) into an in-memory embedded graph,
// so a newcomer needs nothing but Node. Start-up shows the extraction's progress,
// so a large folder does not look like a hang.
import { once } from 'node:events';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { Command, InvalidArgumentError, Option } from 'commander';
import { checkedOrigin } from '../../api/origins.js';
import { checkedHostEntry, hostName } from '../../api/plugins/use-host-check.js';
import type { Listening } from '../../api/server.js';
import type { GraphStore } from '../../store/store.js';
import { buildGraphWithProgress, InputBudgetError } from '../article-run.js';
import { articleCommand, wholeNumber, type ReadingOptions, type ReportingOptions } from '../options.js';
import { duration, megabytes, oneLine, plural, printSummary } from '../report.js';

/** fixtures/articles at the package root: two levels above src/cli/commands and dist/cli/commands. */
export const DEFAULT_ARTICLES = fileURLToPath(new URL('../../../fixtures/articles', import.meta.url));

interface ServeOptions extends ReadingOptions, ReportingOptions {
  port: number;
  host: string;
  corsOrigin: string[];
  allowedHost: string[];
  graph?: string;
  workers: number;
}

interface Loaded {
  store: GraphStore;
  source: string;
  articles: number;
  failed: number;
  seconds: number;
}

/**
 * Bytes of memory an in-memory graph takes per byte of article text at its peak
 * (extraction, the built graph and the in-memory database together): `serve` on
 * 10,000 generated articles (bench/corpus.mjs, 75 MB) peaked at 1,121 MB of RSS.
 * The basis of the refusal below.
 */
const MEMORY_BYTES_PER_TEXT_BYTE = 15;

/** Bytes of articles an in-memory graph may take in this process: three quarters of the heap, the rest for serving. */
export function inMemoryBudget(): number {
  return Math.floor((getHeapStatistics().heap_size_limit * 0.75) / MEMORY_BYTES_PER_TEXT_BYTE);
}

function tooLarge(bytes: number, budget: number, exact: boolean): string {
  return (
    `${exact ? '' : 'more than '}${megabytes(bytes)} of articles is more than an in-memory graph holds in this process ` +
    `(about ${megabytes(budget)} at most); build a graph file once with 'cadregraph ingest --graph FILE PATH...' ` +
    "and serve it with 'cadregraph serve --graph FILE', or for a corpus this size use Neo4j " +
    "(set NEO4J_URI, run 'cadregraph ingest PATH...', then 'cadregraph serve')"
  );
}

/**
 * Extracts every readable article under `paths` into a new in-memory store; files
 * that fail are listed and skipped. Input the heap cannot hold is refused before
 * any work when its size is known, else as soon as it is read past the budget.
 */
async function memoryStoreFrom(paths: string[], options: ServeOptions): Promise<Loaded | string> {
  const { inputBytes } = await import('../../store/embedded/database.js');
  const { openEmbeddedStore } = await import('../../store/embedded/store.js');
  const budget = inMemoryBudget();
  const bytes = await inputBytes(paths);
  if (bytes > budget) return tooLarge(bytes, budget, true);
  let built: Awaited<ReturnType<typeof buildGraphWithProgress>>;
  try {
    built = await buildGraphWithProgress('serve', paths, { ...options, budget });
  } catch (error) {
    if (error instanceof InputBudgetError) return tooLarge(error.bytes, budget, false);
    throw error;
  }
  const { articles, builder } = built;
  const store = openEmbeddedStore();
  await store.write(builder.withPeople());
  return {
    store,
    source: `an in-memory graph of ${plural(builder.articles, 'article')}`,
    articles: builder.articles,
    failed: articles.failures.length,
    seconds: articles.seconds,
  };
}

/** Opens a graph file that ingest built; a string says plainly why not (missing, not a graph file). */
async function graphFile(file: string): Promise<Loaded | string> {
  const started = performance.now();
  const { GraphFileError } = await import('../../store/embedded/database.js');
  const { openEmbeddedStore } = await import('../../store/embedded/store.js');
  try {
    const store = openEmbeddedStore({ file, create: false });
    const articles = store.articleCount();
    return { store, source: `the graph file ${file} (${plural(articles, 'article')})`, articles, failed: 0, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    if (error instanceof GraphFileError) return error.message;
    throw error;
  }
}

/**
 * The Neo4j store, loaded only when asked for so the embedded path never loads
 * the driver. It checks the server and credentials and says plainly what is wrong.
 */
async function neo4jStore(): Promise<Loaded> {
  const started = performance.now();
  const { createNeo4jStore } = await import('../../store/neo4j/store.js');
  const store = await createNeo4jStore();
  return { store, source: `Neo4j at ${process.env['NEO4J_URI']}`, articles: (await store.counts()).nodes.Article, failed: 0, seconds: (performance.now() - started) / 1000 };
}

async function run(paths: string[], options: ServeOptions): Promise<number> {
  const useNeo4j = Boolean(process.env['NEO4J_URI']);
  if (useNeo4j && (paths.length > 0 || options.graph !== undefined)) {
    process.stderr.write('cadregraph serve: PATH and --graph are for the embedded graph; unset NEO4J_URI to use them\n');
    return 2;
  }
  if (options.workers > 1 && !useNeo4j && options.graph === undefined) {
    process.stderr.write(
      "cadregraph serve: --workers serves a graph file or Neo4j; an in-memory graph lives in one process (build a graph file with 'cadregraph ingest --graph FILE PATH...' and serve it with --graph FILE)\n",
    );
    return 2;
  }
  if (options.graph !== undefined && paths.length > 0) {
    process.stderr.write(`cadregraph serve: --graph serves a graph file as it is; add articles to it with 'cadregraph ingest --graph ${options.graph} PATH...'\n`);
    return 2;
  }
  const loaded = useNeo4j
    ? await neo4jStore()
    : options.graph !== undefined
      ? await graphFile(options.graph)
      : await memoryStoreFrom(paths.length > 0 ? paths : [DEFAULT_ARTICLES], options);
  if (typeof loaded === 'string') {
    process.stderr.write(`cadregraph serve: ${oneLine(loaded)}\n`);
    return 1;
  }
  const { isServeWorker } = await import('../../api/workers.js');
  if (isServeWorker) return serveAsWorker(loaded, options);
  if (options.workers > 1) return serveOnPool(loaded, options);
  const listening = await listenOn(loaded, options);
  printListening(loaded, listening.url, options);
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  await listening.close();
  await loaded.store.close();
  return 0;
}

async function listenOn(loaded: Loaded, options: ServeOptions): Promise<Listening> {
  const { createServer, listen } = await import('../../api/server.js');
  return listen(createServer({ store: loaded.store, corsOrigins: options.corsOrigin, allowedHosts: allowedHosts(options) }), options.port, options.host);
}

function printListening(loaded: Loaded, url: string, options: ServeOptions, workers = 1): void {
  // The URL is printed even with --quiet: it is what the user came for.
  process.stdout.write(`cadregraph: serving ${loaded.source}${workers > 1 ? ` from ${workers} processes` : ''}\ncadregraph: GraphQL API and GraphiQL at ${url}\n`);
  printSummary(
    { json: options.json, quiet: options.quiet, stream: process.stderr },
    () => `cadregraph serve: ready in ${duration(loaded.seconds)}` + (loaded.failed > 0 ? `; ${plural(loaded.failed, 'file')} failed` : '') + '\n',
    () => ({ command: 'serve', url, articles: loaded.articles, failed: loaded.failed, seconds: Number(loaded.seconds.toFixed(3)), workers }),
  );
}

/**
 * --workers N: the store was opened here only to check it (a missing graph file, a
 * Neo4j that does not answer: said once, before any fork); each worker opens its own.
 */
async function serveOnPool(loaded: Loaded, options: ServeOptions): Promise<number> {
  await loaded.store.close();
  const started = performance.now();
  const { serveOnWorkers } = await import('../../api/workers.js');
  let pool;
  try {
    pool = await serveOnWorkers(options.workers, (line) => process.stderr.write(`cadregraph serve: ${line}\n`));
  } catch (error) {
    process.stderr.write(`cadregraph serve: ${oneLine((error as Error).message)}\n`);
    return 1;
  }
  printListening({ ...loaded, seconds: loaded.seconds + (performance.now() - started) / 1000 }, pool.url, options, options.workers);
  const reason = await pool.stopped;
  if (reason === null) return 0;
  process.stderr.write(`cadregraph serve: stopped: ${oneLine(reason)}\n`);
  return 1;
}

/** In a process that serveOnPool forked: serve until told to stop; the primary prints the URL. */
async function serveAsWorker(loaded: Loaded, options: ServeOptions): Promise<number> {
  const { workerDone, workerListening } = await import('../../api/workers.js');
  const listening = await listenOn(loaded, options);
  await workerListening(listening);
  await listening.close();
  await loaded.store.close();
  workerDone();
  return 0;
}

/** Collects repeated --cors-origin values, each checked as an origin. */
function origins(value: string, previous: string[]): string[] {
  try {
    return [...previous, checkedOrigin(value)];
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** Collects repeated --allowed-host values, each checked as a host name. */
function hostEntries(value: string, previous: string[]): string[] {
  try {
    return [...previous, checkedHostEntry(value)];
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** The --allowed-host names, and the --host address itself when it is a name. */
function allowedHosts(options: ServeOptions): string[] {
  const listenedName = hostName(options.host);
  return listenedName === undefined || isIP(listenedName) !== 0 ? options.allowedHost : [...options.allowedHost, listenedName];
}

function port(value: string): number {
  try {
    return wholeNumber(0, 65535)(value);
  } catch {
    throw new InvalidArgumentError(`expects a port number from 0 to 65535, got '${value}'`);
  }
}

const HELP = {
  examples: [
    'cadregraph serve',
    'cadregraph serve --port 4001 my-articles/',
    'cadregraph serve --cors-origin http://localhost:3000   # a web app there may read the API',
    'cadregraph serve --host 0.0.0.0 --allowed-host graph.newsroom.example   # behind that name on the network',
    'cadregraph ingest --graph corpus.graph corpus/ && cadregraph serve --graph corpus.graph',
    'NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=secret cadregraph serve',
  ],
  notes: "Start-up progress and a 'ready' line go to standard error; the URL to standard output.",
};

export function serveCommand(): Command {
  const command = new Command('serve')
    .summary('serve the GraphQL API (Neo4j when NEO4J_URI is set, else a graph file or an in-memory graph)')
    .description(
      'Serves the GraphQL API; open http://HOST:PORT/graphql for GraphiQL. ' +
        "With NEO4J_URI set (and NEO4J_USER, NEO4J_PASSWORD) it serves the graph in Neo4j (fill it with 'cadregraph ingest') and PATH is not allowed. Stop with Ctrl-C.",
    )
    .argument('[PATH...]', `articles extracted into an in-memory graph (default: ${DEFAULT_ARTICLES})`)
    .addOption(new Option('-p, --port <n>', 'the port to listen on (0 picks a free one)').argParser(port).default(4000))
    .addOption(new Option('--host <address>', 'the address to listen on (127.0.0.1: this machine only)').default('127.0.0.1'))
    .addOption(
      new Option('--cors-origin <origin>', 'let web pages of this origin read answers (repeatable)')
        .argParser(origins)
        .default([], 'none'),
    )
    .addOption(
      new Option('--allowed-host <name>', 'answer requests naming this host, besides localhost and IP addresses (repeatable; .example.org for its subdomains; * for any)')
        .argParser(hostEntries)
        .default([], 'none'),
    )
    .addOption(
      new Option('--workers <n>', 'processes answering requests, each with its own store connection (a graph file or Neo4j only): up to one per core')
        .argParser(wholeNumber(1, 64))
        .default(1),
    )
    .addOption(new Option('--graph <file>', "a graph file built by 'cadregraph ingest --graph FILE PATH...': opens in a moment, however many articles it holds"));
  return articleCommand<ServeOptions>(command, HELP, run);
}
