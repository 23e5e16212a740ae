// Extracting one article, the same code whether it runs on the main thread
// (--jobs 1) or in an extraction worker: read the file (or take the bytes the
// caller read from standard input), decode, extract, and hand back either the
// contract record with its graph key or its JSON line, so a worker also does the
// serialising.
import type { ArticleRecord } from '../extract/contract.js';
import { extractArticle } from '../extract/index.js';
import { articleKey } from './article-key.js';
import { decodeArticleBytes } from './decode.js';
import { readArticleFile, type ReadResult } from './read-input.js';

/** One article to extract: a file to read, or bytes already read (standard input). */
export interface ArticleTask {
  path: string;
  id: string;
  bytes?: Uint8Array;
}

/**
 * What a task hands back: the record with the article's graph key (article-key.ts, derived
 * from the text it read), or the record as one line of JSON. JSON lines are output only,
 * never built into a graph, so they go without the key (a digest of the whole text).
 */
export interface ArticleFormats {
  record: { record: ArticleRecord; key: string };
  json: string;
}
export type ArticleFormat = keyof ArticleFormats;

export type TaskOutcome<T> = { ok: true; value: T; bytes: number } | { ok: false; reason: string; bytes: number };

/** Why the extractor failed on an article, on one line. */
export function extractionFailure(error: unknown): string {
  return `extraction failed: ${error instanceof Error ? error.message : String(error)}`;
}

export function runArticleTask<F extends ArticleFormat>(task: ArticleTask, maxBytes: number, format: F): TaskOutcome<ArticleFormats[F]> {
  const read: ReadResult = task.bytes === undefined
    ? readArticleFile(task.path, maxBytes)
    : { ...decodeArticleBytes(task.bytes, task.path), bytes: task.bytes.length };
  if (!read.ok) return { ok: false, reason: read.reason, bytes: read.bytes };
  try {
    const record = extractArticle(read.text, { id: task.id });
    const value = (format === 'json' ? JSON.stringify(record) : { record, key: articleKey(read.text) }) as ArticleFormats[F];
    return { ok: true, value, bytes: read.bytes };
  } catch (error) {
    // An extractor bug on one article must not cost the others.
    return { ok: false, reason: extractionFailure(error), bytes: read.bytes };
  }
}
