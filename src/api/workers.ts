// Serving from several processes: `cadregraph serve --workers N` on a graph file or
// Neo4j. One Node process answers one request at a time, so with ten clients asking
// a page of 100 holders each waits behind the nine others; N processes on N cores
// answer N at once. Node's cluster module forks the same command N times; the
// primary accepts connections and hands each to a worker in turn (round robin), so
// keep-alive clients spread evenly. Each worker opens its own store (a SQLite
// connection to the graph file, or a Neo4j driver) and keeps its own caches.
//
// The primary serves nothing itself: it waits until every worker listens, replaces
// a worker that dies while serving, and on SIGINT/SIGTERM (or a worker's clean
// exit, which only a stop request causes) stops them all. A worker
// that fails before it listens (a store that will not open) stops the whole server:
// starting it again would fail the same way.
import cluster, { type Worker } from 'node:cluster';
import { once } from 'node:events';
import type { Listening } from './server.js';

/** True in a process that `serveOnWorkers` forked: it must serve, not fork again. */
export const isServeWorker = cluster.isWorker;

export interface WorkerPool {
  /** The endpoint every worker answers on (one port, shared). */
  url: string;
  /** Resolves when the pool stops: on SIGINT or SIGTERM, or when it cannot go on (the reason, else null). */
  stopped: Promise<string | null>;
}

interface ListeningMessage {
  listening: string;
}

function isListening(message: unknown): message is ListeningMessage {
  return typeof message === 'object' && message !== null && typeof (message as ListeningMessage).listening === 'string';
}

/** A worker's description for the log: its number and how it ended. */
function ended(worker: Worker, code: number | null, signal: string | null): string {
  return `worker ${worker.id} (pid ${worker.process.pid}) exited ${signal === null ? `with status ${code}` : `on ${signal}`}`;
}

/**
 * In the primary: forks `count` copies of this command and resolves once all of
 * them listen. `log` receives one line per event worth a line (a worker replaced).
 * Rejects, after stopping the others, when a worker exits before listening.
 */
export async function serveOnWorkers(count: number, log: (line: string) => void): Promise<WorkerPool> {
  if (!cluster.isPrimary) throw new Error('serveOnWorkers: call it in the primary process; workers call workerListening');
  let stopping = false;
  const workers = new Set<Worker>();
  let settle: (reason: string | null) => void = () => {};
  const stopped = new Promise<string | null>((resolve) => (settle = resolve));

  const stopAll = async (reason: string | null): Promise<void> => {
    if (stopping) return;
    stopping = true;
    const exits = [...workers].filter((w) => !w.isDead()).map((w) => once(w, 'exit'));
    for (const w of workers) if (!w.isDead()) w.process.kill('SIGTERM');
    await Promise.all(exits);
    settle(reason);
  };

  const fork = (): Promise<string> => {
    const worker = cluster.fork();
    workers.add(worker);
    return new Promise((resolve, reject) => {
      let listening = false;
      worker.on('message', (message: unknown) => {
        if (!isListening(message)) return;
        listening = true;
        resolve(message.listening);
      });
      worker.once('exit', (code: number | null, signal: string | null) => {
        workers.delete(worker);
        if (stopping) return;
        if (!listening) {
          reject(new Error(`${ended(worker, code, signal)} before it listened`));
          return;
        }
        // A worker ends cleanly only when told to stop (Ctrl-C reaches every process
        // of the terminal's group, maybe before the primary's own handler runs): stop.
        if (code === 0) {
          void stopAll(null);
          return;
        }
        log(`${ended(worker, code, signal)} while serving; starting another`);
        fork().catch((error: Error) => void stopAll(error.message));
      });
    });
  };

  let urls: string[];
  try {
    urls = await Promise.all(Array.from({ length: count }, fork));
  } catch (error) {
    await stopAll((error as Error).message);
    throw error;
  }
  const signalled = () => void stopAll(null);
  process.once('SIGINT', signalled);
  process.once('SIGTERM', signalled);
  void stopped.then(() => {
    process.off('SIGINT', signalled);
    process.off('SIGTERM', signalled);
  });
  return { url: urls[0] ?? '', stopped };
}

/**
 * In a worker: tells the primary it listens, then resolves when it should stop
 * (SIGINT, SIGTERM, or the primary gone: a worker never outlives its primary).
 * Call workerDone once the server and store are closed.
 */
export async function workerListening(listening: Listening): Promise<void> {
  process.send?.({ listening: listening.url } satisfies ListeningMessage);
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM'), once(process, 'disconnect')]);
}

/** In a worker that has closed its server and store: lets the process end (the channel to the primary would keep it alive). */
export function workerDone(): void {
  if (process.connected) process.disconnect();
}
