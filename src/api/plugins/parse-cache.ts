// yoga keeps the documents it parsed (and the parse errors) keyed by the
// query text, up to 1,024 of each for an hour, whatever their size: distinct
// large queries (a long comment is one token) held hundreds of megabytes. These
// caches are bounded by the total length of the texts they keep instead.
import { LRUCache } from 'lru-cache';
import type { DocumentNode } from 'graphql';
import type { YogaServerOptions } from 'graphql-yoga';

type CacheOptions = Exclude<YogaServerOptions<Record<string, never>, Record<string, never>>['parserAndValidationCache'], boolean | undefined>;

/** Keeps at most `maxChars` characters of query text (an entry larger than that is not kept). */
function boundedByText<T extends object>(maxChars: number): LRUCache<string, T> {
  return new LRUCache<string, T>({ maxSize: maxChars, sizeCalculation: (_value, key) => Math.max(1, key.length), ttl: 3_600_000 });
}

export function parseCaches(): CacheOptions {
  return {
    documentCache: boundedByText<DocumentNode>(8_000_000),
    errorCache: boundedByText<object>(2_000_000),
  };
}
