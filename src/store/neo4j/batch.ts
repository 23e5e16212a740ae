// Batching of the Neo4j store's per-node reads with DataLoader: calls of the same
// shape (the same statement and the same page window) made in the same tick go to
// Neo4j as one query over all their keys. GraphQL resolves every item of a list
// in the same tick, so a selection such as `people { positions { ... } }` costs one
// query per level, never one per person; concurrent requests share batches too.
// Nothing is cached: each batch reads the database as it is.
import DataLoader from 'dataloader';

export class Batches {
  private readonly open = new Map<string, DataLoader<string, unknown>>();

  /**
   * The value for `key`, fetched with the other keys of this shape in the same tick.
   * `fetch` receives distinct keys and returns what it found; keys it did not find get `missing`.
   */
  load<T>(shape: string, key: string, fetch: (keys: string[]) => Promise<ReadonlyMap<string, T>>, missing: T): Promise<T> {
    let loader = this.open.get(shape) as DataLoader<string, T> | undefined;
    if (loader === undefined) {
      const batch = new DataLoader<string, T>(
        async (keys) => {
          // Dispatched: later calls of this shape start the next batch.
          if (this.open.get(shape) === batch) this.open.delete(shape);
          const found = await fetch([...new Set(keys)]);
          return keys.map((k) => (found.has(k) ? (found.get(k) as T) : missing));
        },
        { cache: false },
      );
      loader = batch;
      this.open.set(shape, batch as DataLoader<string, unknown>);
    }
    return loader.load(key);
  }
}
