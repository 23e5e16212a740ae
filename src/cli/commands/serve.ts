// `cadregraph serve [PATH...]`: the GraphQL API over HTTP, with GraphiQL at
// /graphql. With NEO4J_URI set it serves the Neo4j graph; without, it extracts
// the articles under PATH (default: the package's fixtures/articles) into the
// embedded in-memory store, so a newcomer needs nothing but Node.
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer, listen } from '../../api/server.js';
import { GraphBuilder } from '../../graph/build.js';
import { extractArticles } from '../../ingest/articles.js';
import { createMemoryStore } from '../../store/memory/store.js';
import type { GraphStore } from '../../store/store.js';

export const help = `Usage: cadregraph serve [--port 4000] [--host 127.0.0.1] [PATH...]

Serves the GraphQL API; open http://HOST:PORT/graphql for GraphiQL.

  --port N       the port to listen on (default 4000; 0 picks a free one)
  --host H       the address to listen on (default 127.0.0.1, this machine only)
  PATH           .txt articles or folders of them (read recursively), extracted
                 into an in-memory graph; default: the fixtures/articles folder
                 that ships with cadregraph

With NEO4J_URI set (and NEO4J_USER, NEO4J_PASSWORD), the API serves the graph in
Neo4j instead (fill it with 'cadregraph ingest') and PATH is not allowed.
Stop with Ctrl-C.`;

/** fixtures/articles at the package root: two levels above src/cli/commands and dist/cli/commands. */
export const DEFAULT_ARTICLES = fileURLToPath(new URL('../../../fixtures/articles', import.meta.url));

class UsageError extends Error {}

interface Options {
  port: number;
  host: string;
  paths: string[];
}

function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { port: { type: 'string', default: '4000' }, host: { type: 'string', default: '127.0.0.1' } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const port = Number(parsed.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port expects a port number from 0 to 65535, got '${parsed.values.port}'`);
  }
  return { port, host: parsed.values.host, paths: parsed.positionals };
}

/** Extracts every readable article under `paths` into a new in-memory store; files that fail are reported and skipped. */
async function memoryStoreFrom(paths: string[], stderr: NodeJS.WritableStream): Promise<{ store: GraphStore; articles: number }> {
  const builder = new GraphBuilder();
  for await (const article of extractArticles(paths)) {
    // One article the extractor cannot handle should not keep the others from being served.
    if (article.ok) builder.add(article.record);
    else stderr.write(`cadregraph: ${article.path}: ${article.reason}\n`);
  }
  const store = createMemoryStore();
  await store.write(builder.batch());
  return { store, articles: builder.articles };
}

/**
 * The Neo4j store, loaded only when asked for so the embedded path never loads
 * the driver. It checks the server and credentials and says plainly what is wrong.
 */
async function neo4jStore(): Promise<GraphStore> {
  const { createNeo4jStore } = await import('../../store/neo4j/store.js');
  return createNeo4jStore();
}

export async function run(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`cadregraph serve: ${error.message}\n${help}\n`);
    return 2;
  }
  const useNeo4j = Boolean(process.env['NEO4J_URI']);
  if (useNeo4j && options.paths.length > 0) {
    process.stderr.write('cadregraph serve: PATH is for the in-memory graph; unset NEO4J_URI to use it\n');
    return 2;
  }

  let store: GraphStore;
  let source: string;
  if (useNeo4j) {
    store = await neo4jStore();
    source = `Neo4j at ${process.env['NEO4J_URI']}`;
  } else {
    const paths = options.paths.length > 0 ? options.paths : [DEFAULT_ARTICLES];
    const loaded = await memoryStoreFrom(paths, process.stderr);
    store = loaded.store;
    source = `an in-memory graph of ${loaded.articles} article${loaded.articles === 1 ? '' : 's'}`;
  }

  const listening = await listen(createServer({ store }), options.port, options.host);
  process.stdout.write(`cadregraph: serving ${source}\ncadregraph: GraphQL API and GraphiQL at ${listening.url}\n`);

  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  await listening.close();
  await store.close();
  return 0;
}
