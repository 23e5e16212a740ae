// The store's health as the server sees it. /health answers from a fresh
// check: 200 when the store can answer, 503 with the reason when it cannot
// (Neo4j stopped, unreachable, silent). While the store is known to be down,
// queries are answered 503 at once instead of each waiting out its timeout;
// a "down" older than RECHECK_MS is checked again first, so the server
// notices at once when the store is back. A query that fails unexpectedly or
// times out triggers a check. The log says when the store goes down and when
// it is back: once each, not once per request.
import type { Plugin } from 'graphql-yoga';
import type { GraphStore, StoreHealth } from '../store/store.js';
import type { ApiErrorCode } from './errors.js';
import type { LogSink } from './log.js';

/** How long a "down" is trusted before queries check again. */
const RECHECK_MS = 2_000;

/** Errors that may mean the store went away: worth a health check. */
const SUSPICIOUS: ReadonlySet<string> = new Set(['INTERNAL_SERVER_ERROR', 'TIMEOUT']);

interface Checked extends StoreHealth {
  at: number;
}

export class HealthWatch {
  private last: Checked | undefined;
  private running: Promise<Checked> | undefined;

  constructor(
    private readonly store: GraphStore,
    private readonly log: LogSink | undefined,
  ) {}

  /** Checks the store now (one check at a time: callers meanwhile share it). */
  check(): Promise<Checked> {
    this.running ??= this.store
      .health()
      .catch((error: unknown): StoreHealth => ({ ok: false, detail: error instanceof Error ? error.message : String(error) }))
      .then((health) => this.record({ ...health, at: Date.now() }))
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  /** The reason the store cannot answer, or undefined when it can (or was never found down); waits for a check under way. */
  async down(): Promise<string | undefined> {
    let known = this.running ? await this.running : this.last;
    if (known === undefined || known.ok) return undefined;
    if (Date.now() - known.at > RECHECK_MS) known = await this.check();
    return known.ok ? undefined : known.detail;
  }

  /** Checks every `ms` until the returned function is called (the timer never keeps the process alive). */
  every(ms: number): () => void {
    const timer = setInterval(() => void this.check(), ms);
    timer.unref();
    return () => clearInterval(timer);
  }

  private record(next: Checked): Checked {
    const before = this.last;
    if (!next.ok && (before === undefined || before.ok || before.detail !== next.detail)) {
      this.log?.(`cadregraph serve: the graph store cannot answer: ${next.detail}`);
    } else if (next.ok && before !== undefined && !before.ok) {
      this.log?.(`cadregraph serve: the graph store answers again: ${next.detail}`);
    }
    this.last = next;
    return next;
  }
}

function jsonResponse(fetchAPI: { Response: typeof Response }, status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/** /health, and queries answered 503 while the store is down. */
export function useStoreHealth(watch: HealthWatch, graphqlEndpoint: string): Plugin {
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname === '/health') {
        return watch.check().then((health) => {
          endResponse(jsonResponse(fetchAPI, health.ok ? 200 : 503, { status: health.ok ? 'ok' : 'unavailable', store: health.detail }));
        });
      }
      if (url.pathname !== graphqlEndpoint || request.method !== 'POST') return undefined;
      return watch.down().then((reason) => {
        if (reason === undefined) return;
        const error = { message: 'the graph store cannot answer now; see /health or the server log', extensions: { code: 'UNAVAILABLE' satisfies ApiErrorCode } };
        endResponse(jsonResponse(fetchAPI, 503, { errors: [error] }, { 'retry-after': String(RECHECK_MS / 1000) }));
      });
    },
    onResultProcess({ result }) {
      const results = Array.isArray(result) ? result : [result];
      const failed = results.some((single) =>
        'errors' in single ? (single.errors ?? []).some((error) => SUSPICIOUS.has(String(error.extensions?.['code']))) : false,
      );
      if (failed) void watch.check();
    },
  };
}
