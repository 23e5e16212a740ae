// The duplicate check of an ingest run: which articles (keys of their text) it has
// read, and for a text read again, the file it was read from first. Per article a
// run keeps two fingerprints in typed arrays (its key and its path); the path
// itself only until its batch is committed, after which the store's Article node
// lists it (with any other file of the same text, from this run or earlier ones).

import type { GraphStore } from '../store/store.js';
import { FingerprintFlags } from './fingerprints.js';

const READ = 1;

export class ReadArticles {
  private readonly keys = new FingerprintFlags();
  private readonly paths = new FingerprintFlags();
  /** Key → first file, for the articles of the batch being built, and of the batch being written. */
  private building = new Map<string, string>();
  private writing = new Map<string, string>();

  constructor(private readonly store: Pick<GraphStore, 'article'>) {}

  /** Notes an article read; for a text read before in this run, says the file read first (else null). */
  async read(key: string, path: string): Promise<string | null> {
    if ((this.keys.mark(key, READ) & READ) === 0) {
      this.building.set(key, path);
      this.paths.mark(path, READ);
      return null;
    }
    return this.building.get(key) ?? this.writing.get(key) ?? (await this.committedFirst(key, path));
  }

  /** The batch built so far is being written. */
  batchTaken(): void {
    this.writing = this.building;
    this.building = new Map();
  }

  /** The batch being written is committed: its Article nodes list their files. */
  batchCommitted(): void {
    this.writing = new Map();
  }

  /** A file of the stored article read in this run (records given as such have none: their id stands for it). */
  private async committedFirst(key: string, path: string): Promise<string> {
    const stored = (await this.store.article(key))?.paths ?? [];
    return stored.find((p) => p !== path && (this.paths.get(p) & READ) !== 0) ?? path;
  }
}
