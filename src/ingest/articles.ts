// The one read-and-extract stream behind `extract`, `ingest`, `export` and `serve`:
// PATH arguments in, one outcome per article out, in input order: either its
// contract record or the one-line reason it could not be used (unreadable,
// undecodable, or the extractor failed on it). One bad file never stops the others.
import type { ArticleRecord } from '../extract/contract.js';
import { extractArticle } from '../extract/index.js';
import { DEFAULT_MAX_BYTES, readInputs, type ReadOptions } from './read-input.js';

export type ExtractedArticle =
  | { ok: true; path: string; id: string; record: ArticleRecord }
  | { ok: false; path: string; id: string; reason: string };

export interface ExtractArticlesOptions extends Partial<ReadOptions> {}

/** Why the extractor failed on an article, on one line. */
export function extractionFailure(error: unknown): string {
  return `extraction failed: ${error instanceof Error ? error.message : String(error)}`;
}

/** Reads, decodes and extracts every article named by `paths`, lazily and in order. */
export async function* extractArticles(paths: readonly string[], options: ExtractArticlesOptions = {}): AsyncGenerator<ExtractedArticle> {
  const read: ReadOptions = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, ...(options.stdin ? { stdin: options.stdin } : {}) };
  for await (const input of readInputs(paths, read)) {
    if (!input.ok) {
      yield { ok: false, path: input.path, id: input.id, reason: input.reason };
      continue;
    }
    try {
      yield { ok: true, path: input.path, id: input.id, record: extractArticle(input.text, { id: input.id }) };
    } catch (error) {
      // An extractor bug on one article must not cost the others.
      yield { ok: false, path: input.path, id: input.id, reason: extractionFailure(error) };
    }
  }
}
