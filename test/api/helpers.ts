// Shared by the API tests: the embedded store built from the gold records
// (so answers do not depend on extraction quality), and a one-call client
// that talks to the yoga instance in process, without a port.
import type { ArticleRecord } from '../../src/extract/contract.js';
import { buildGraph } from '../../src/graph/build.js';
import { createServer, type ApiServer, type ServerOptions } from '../../src/api/server.js';
import { openEmbeddedStore } from '../../src/store/embedded/store.js';
import type { GraphStore } from '../../src/store/store.js';
import { loadGold } from '../graph/gold.js';

/**
 * Gold files carry no evidence sentences; these are written for the tests so
 * that `evidence { quote }` has something to show.
 */
const QUOTES: Readonly<Record<string, string>> = {
  'Lê Tiến Nhật': 'Đồng chí Lê Tiến Nhật, Thành ủy viên, Bí thư Huyện ủy chủ trì hội nghị.',
};

export function goldRecords(): ArticleRecord[] {
  return loadGold().map((record) => ({
    ...record,
    people: record.people.map((person) => {
      const quote = QUOTES[person.name];
      return quote ? { ...person, evidence: [quote] } : person;
    }),
  }));
}

export async function goldStore(): Promise<GraphStore> {
  const store = openEmbeddedStore();
  await store.write(buildGraph(goldRecords()));
  return store;
}

export function serverOn(store: GraphStore, options: Omit<ServerOptions, 'store'> = {}): ApiServer {
  return createServer({ logging: false, ...options, store });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  /** The response body as text, to check what it does not contain. */
  raw: string;
}

/** POSTs one operation to the in-process server. */
export async function query<T = Record<string, unknown>>(
  yoga: ApiServer,
  source: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: source, variables }),
  });
  const raw = await response.text();
  return { status: response.status, raw, ...(JSON.parse(raw) as Omit<GraphQLResponse<T>, 'status' | 'raw'>) };
}

/** The value at a dotted path ("people.edges.0.node.id") of a response's data, or undefined. */
export function at(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Like `at`, for a value the test needs as a string (an id, a cursor); fails loudly otherwise. */
export function text(value: unknown, path: string): string {
  const found = at(value, path);
  if (typeof found !== 'string') throw new Error(`expected a string at ${path}, got ${JSON.stringify(found)}`);
  return found;
}

/** The names of a connection's nodes (`{ edges { node { name } } }`). */
export function names(connection: unknown): string[] {
  const edges = at(connection, 'edges');
  if (!Array.isArray(edges)) throw new Error(`expected a connection, got ${JSON.stringify(connection)}`);
  return edges.map((edge: unknown) => text(edge, 'node.name'));
}
