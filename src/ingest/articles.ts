// The one read-and-extract stream behind `extract`, `ingest`, `export` and `serve`:
// PATH arguments in, one outcome per article out, in input order: either its
// contract record (or its JSON line) or the one-line reason it could not be used
// (unreadable, undecodable, or the extractor failed on it). One bad file never
// stops the others.
//
// With jobs > 1, worker threads (a tinypool pool) read, decode, extract and
// serialise batches of articles while the calling thread lists the files and
// consumes the outcomes. At most a few batches per worker are in flight and
// the consumer pulls: a slow consumer (a full stdout pipe, a busy Neo4j) holds
// the workers back, so memory stays flat however many articles there are.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { ArticleRecord } from '../extract/contract.js';
import { runArticleTask, type ArticleFormat, type ArticleFormats, type ArticleTask, type TaskOutcome } from './extract-task.js';
import type { WorkerBatch } from './extract-worker.js';
import { DEFAULT_MAX_BYTES, listSources, readStdin, type Source } from './read-input.js';

export interface ExtractArticlesOptions {
  /** Files larger than this are refused without being read. Default 20 MiB. */
  maxBytes?: number;
  /** Where `-` reads from; process.stdin unless given. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Extraction threads: 1 (the default) extracts on the calling thread, more starts worker threads. */
  jobs?: number;
  /** How many articles are coming, when known: a handful of articles starts fewer workers. */
  total?: number;
}

interface Origin {
  path: string;
  id: string;
  /** Bytes read from the file (0 when it could not be read). */
  bytes: number;
}

/** An extracted article with its graph key (article-key.ts: a digest of its text), or why it failed. */
export type ExtractedArticle = Origin & ({ ok: true; key: string; record: ArticleRecord } | { ok: false; reason: string });
/** An extracted article as one line of JSON (output only: no graph key), or why it failed. */
export type ExtractedJson = Origin & ({ ok: true; json: string } | { ok: false; reason: string });

type Outcome<T> = Origin & ({ ok: true; value: T } | { ok: false; reason: string });

/** Articles per message to a worker: enough to make the message's cost small beside the work. */
const ARTICLES_PER_BATCH = 8;
/** Batches queued per worker, so none waits while the consumer handles the oldest. */
const BATCHES_PER_WORKER = 3;

function outcome<T>(task: Pick<ArticleTask, 'path' | 'id'>, result: TaskOutcome<T>): Outcome<T> {
  return result.ok
    ? { path: task.path, id: task.id, bytes: result.bytes, ok: true, value: result.value }
    : { path: task.path, id: task.id, bytes: result.bytes, ok: false, reason: result.reason };
}

/** A source ready for extraction (standard input read here, on the calling thread), or its failure. */
async function prepare<T>(source: Source, options: ExtractArticlesOptions, maxBytes: number): Promise<ArticleTask | Outcome<T>> {
  if (source.kind === 'failed') return { path: source.path, id: source.id, bytes: 0, ok: false, reason: source.reason };
  if (source.kind === 'file') return { path: source.path, id: source.id };
  const bytes = await readStdin(options.stdin ?? process.stdin, maxBytes);
  if (bytes instanceof Uint8Array) return { path: source.path, id: source.id, bytes };
  return { path: source.path, id: source.id, bytes: 0, ok: false, reason: bytes.reason };
}

function isOutcome<T>(prepared: ArticleTask | Outcome<T>): prepared is Outcome<T> {
  return 'ok' in prepared;
}

function workerFile(): string {
  const file = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
  if (!existsSync(file)) throw new Error(`extraction workers need ${file}: build the project (npm run build) or extract with one job`);
  return file;
}

/** The threads a stream with these options extracts on (1: the calling thread). */
export function extractionThreads(options: ExtractArticlesOptions): number {
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  return options.total === undefined ? jobs : Math.min(jobs, Math.ceil(options.total / ARTICLES_PER_BATCH));
}

/** Extraction on this thread runs in promise jobs only; every few articles it lets timers and I/O (a Neo4j write, a progress line) run. */
const ARTICLES_BETWEEN_YIELDS = 16;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function* onThisThread<F extends ArticleFormat>(paths: readonly string[], options: ExtractArticlesOptions, format: F): AsyncGenerator<Outcome<ArticleFormats[F]>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let done = 0;
  for await (const source of listSources(paths)) {
    const prepared = await prepare<ArticleFormats[F]>(source, options, maxBytes);
    yield isOutcome(prepared) ? prepared : outcome(prepared, runArticleTask(prepared, maxBytes, format));
    if (++done % ARTICLES_BETWEEN_YIELDS === 0) await yieldToEventLoop();
  }
}

async function* onWorkers<F extends ArticleFormat>(
  paths: readonly string[],
  options: ExtractArticlesOptions,
  format: F,
  threads: number,
): AsyncGenerator<Outcome<ArticleFormats[F]>> {
  type Result = Outcome<ArticleFormats[F]>;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const pool = new Tinypool({ filename: workerFile(), minThreads: threads, maxThreads: threads });
  // Outcomes in input order: each slot is a worker batch or a failure known at once.
  const slots: Promise<Result[]>[] = [];
  let tasks: ArticleTask[] = [];
  const send = (): void => {
    if (tasks.length === 0) return;
    const sent = tasks;
    tasks = [];
    const batch: WorkerBatch<F> = { tasks: sent, maxBytes, format };
    slots.push(
      (pool.run(batch) as Promise<TaskOutcome<ArticleFormats[F]>[]>).then(
        (results) => results.map((result, i) => outcome(sent[i] ?? { path: '', id: '' }, result)),
        // A worker that died (out of memory, a crash) costs its batch, not the run.
        (error: unknown) => sent.map((task) => outcome(task, { ok: false, bytes: 0, reason: `extraction failed: the worker stopped (${error instanceof Error ? error.message : String(error)})` })),
      ),
    );
  };
  const sources = listSources(paths);
  let listed = false;
  try {
    for (;;) {
      while (!listed && slots.length < threads * BATCHES_PER_WORKER) {
        const next = await sources.next();
        if (next.done) {
          listed = true;
          send();
          break;
        }
        const prepared = await prepare<ArticleFormats[F]>(next.value, options, maxBytes);
        if (isOutcome(prepared)) {
          send();
          slots.push(Promise.resolve([prepared]));
        } else {
          tasks.push(prepared);
          if (tasks.length >= ARTICLES_PER_BATCH) send();
        }
      }
      const oldest = slots.shift();
      if (oldest === undefined) break;
      yield* await oldest;
    }
  } finally {
    await sources.return(undefined);
    await pool.destroy();
  }
}

function outcomes<F extends ArticleFormat>(paths: readonly string[], options: ExtractArticlesOptions, format: F): AsyncGenerator<Outcome<ArticleFormats[F]>> {
  const threads = extractionThreads(options);
  return threads > 1 ? onWorkers(paths, options, format, threads) : onThisThread(paths, options, format);
}

/** Reads, decodes and extracts every article named by `paths`, lazily and in order. */
export async function* extractArticles(paths: readonly string[], options: ExtractArticlesOptions = {}): AsyncGenerator<ExtractedArticle> {
  for await (const o of outcomes(paths, options, 'record')) {
    yield o.ok ? { path: o.path, id: o.id, bytes: o.bytes, ok: true, key: o.value.key, record: o.value.record } : o;
  }
}

/** The same stream, each record already serialised as one line of JSON (by the worker that extracted it). */
export async function* extractArticlesAsJson(paths: readonly string[], options: ExtractArticlesOptions = {}): AsyncGenerator<ExtractedJson> {
  for await (const o of outcomes(paths, options, 'json')) {
    yield o.ok ? { path: o.path, id: o.id, bytes: o.bytes, ok: true, json: o.value } : o;
  }
}
