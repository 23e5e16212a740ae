// Public entry of the extraction layer: article text in, contract record out.
// Pure: no I/O; decoding bytes to text is the caller's job (src/ingest/read-input.ts).
import type { ArticleRecord } from './contract.js';
import { runPipeline } from './pipeline.js';

export type { ArticleRecord } from './contract.js';

export interface ExtractOptions {
  /** article.id: the file name without extension, or "stdin". */
  id: string;
}

export function extractArticle(text: string, options: ExtractOptions): ArticleRecord {
  return runPipeline(text, options.id);
}
