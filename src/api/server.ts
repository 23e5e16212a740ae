// The GraphQL server: graphql-yoga over the executable schema, with the
// safety limits as small plugins, GraphiQL at /graphql, and unexpected errors
// masked. `createServer` returns the yoga instance, which is a fetch handler
// (tests call `yoga.fetch` without a port) and a Node request listener.
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import type { GraphStore } from '../store/store.js';
import { maskUnexpected } from './errors.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { HealthWatch, useStoreHealth } from './health.js';
import { serverLogger, stderrSink, type LogSink } from './log.js';
import { parseCaches } from './plugins/parse-cache.js';
import { useBadRequest } from './plugins/use-bad-request.js';
import { useHostCheck } from './plugins/use-host-check.js';
import { corsFor, useRequestPolicy } from './plugins/use-http-policy.js';
import { useOperationLimits } from './plugins/use-limits.js';
import { useQueryShapeLimits } from './plugins/use-query-shape.js';
import { useTimeout } from './plugins/use-timeout.js';
import type { ApiContext } from './resolvers/context.js';
import { buildSchema } from './schema.js';

export interface ServerOptions {
  store: GraphStore;
  /** Overrides of the defaults in limits.ts. */
  limits?: Partial<Limits>;
  /**
   * Where to log masked errors (with their stack) and clients' mistakes (one
   * line each): true (the default) for stderr, false for nowhere, or a sink.
   */
  logging?: boolean | LogSink;
  /**
   * Origins (`http://localhost:3000`) whose web pages may read the API from a
   * browser. None by default: a page on any other site gets no
   * Access-Control-Allow-Origin, so it cannot read a local server.
   */
  corsOrigins?: readonly string[];
  /**
   * Host names, besides localhost and IP addresses, that requests may name in
   * their Host header (`graph.example.org`, `.example.org` for its subdomains
   * too, `*` for any). None by default: a page that rebinds its own name to
   * 127.0.0.1 is refused (plugins/use-host-check.ts).
   */
  allowedHosts?: readonly string[];
}

/** What GraphiQL shows on a first visit: a query that answers on any graph, to edit from. */
const GRAPHIQL_FIRST_QUERY = `# Run with the ▶ button or Ctrl-Enter; the Docs pane lists every query.
{
  people(first: 5) {
    totalCount
    edges {
      node {
        id
        name
        positions(first: 3) {
          edges { node { title organization { name } } }
        }
      }
    }
  }
}
`;

const GRAPHQL_ENDPOINT = '/graphql';

export type ApiServer = YogaServerInstance<Record<string, never>, ApiContext>;

/** How often a listening server checks its store, so the log says when it goes down even with no requests. */
const HEALTH_INTERVAL_MS = 10_000;

/** Each server's watch on its store, started by listen(). */
const watches = new WeakMap<ApiServer, HealthWatch>();

export function createServer(options: ServerOptions): ApiServer {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const { store } = options;
  const logging = options.logging ?? true;
  const watch = new HealthWatch(store, logging === false ? undefined : logging === true ? stderrSink : logging);
  const yoga = createYoga<Record<string, never>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    graphiql: { title: 'cadregraph', defaultQuery: GRAPHIQL_FIRST_QUERY },
    // GraphiQL's scripts, styles and editor workers inlined in the page, not
    // loaded from a CDN: it works with no internet (yoga's default page stays
    // blank on "Loading…" then).
    renderGraphiQL,
    landingPage: false,
    cors: corsFor(options.corsOrigins ?? []),
    // Queries come as POST JSON only (use-http-policy.ts); files never.
    multipart: false,
    maxRequestBodySize: limits.maxRequestBytes,
    parserAndValidationCache: parseCaches(),
    logging: loggerFor(logging),
    // GET /health is the store's health (health.ts); yoga's own check, which
    // says only that the process runs, moves to /live.
    healthCheckEndpoint: '/live',
    // Unexpected errors (anything not built by errors.ts or a StoreInputError)
    // reach the client as "Unexpected error." with no stack or original
    // message, even when NODE_ENV=development; yoga logs the original.
    maskedErrors: { isDev: false, maskError: maskUnexpected },
    context: () => ({ store, limits }),
    // Order matters: the cheap checks on the operation's shape reject it
    // before any store call; the timeout then bounds what does run.
    plugins: [
      // A request naming a host the server does not answer to: refused first.
      useHostCheck(options.allowedHosts ?? []),
      // /health, and 503 at once while the store is known to be down.
      useStoreHealth(watch, GRAPHQL_ENDPOINT),
      // A foreign page's form, a GET with a query string: refused before parsing.
      ...useRequestPolicy(),
      // Queries that cannot run answer 400, not 200 with errors.
      useBadRequest(),
      // Tokens while parsing, then aliases, directives and depth while
      // validating: every later step works on a document of bounded size.
      useQueryShapeLimits(limits),
      // Page sizes (a clear error rather than a silent clamp) and the cost
      // of wide pages nested in wide pages, with the variables known.
      useOperationLimits(limits),
      // Executes each operation with code compiled for it (graphql-jit), kept
      // as long as yoga's parse cache keeps its document: a page of 100 items
      // costs a few plain property reads per field instead of the interpreter's
      // walk of the selection for every item.
      useGraphQlJit(),
      // Last, so it wraps only the execution that passed the checks.
      useTimeout(limits.timeoutMs),
    ],
  });
  watches.set(yoga, watch);
  return yoga;
}

function loggerFor(logging: boolean | LogSink): YogaLogger | false {
  if (logging === false) return false;
  return serverLogger(logging === true ? stderrSink : logging);
}

export interface Listening {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Serves the yoga instance over HTTP; port 0 picks a free port. While listening, the store's health is checked every 10 s. */
export function listen(yoga: ApiServer, port: number, host: string): Promise<Listening> {
  const server = createHttpServer(yoga);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const stopWatching = watches.get(yoga)?.every(HEALTH_INTERVAL_MS);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shownHost}:${address.port}${yoga.graphqlEndpoint}`,
        port: address.port,
        server,
        close: () =>
          new Promise<void>((done, fail) => {
            stopWatching?.();
            server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
  });
}
