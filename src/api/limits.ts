// The server's safety limits, with defaults sized for interactive use in
// GraphiQL and for the benchmark's queries (see bench/api.mjs). Page sizes
// come from the store, which pages every list itself.
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../store/store.js';

export interface Limits {
  /**
   * Largest `first` a list accepts; a larger one is an error, not a silent
   * clamp. The store caps pages at MAX_PAGE_SIZE, so a higher limit has no effect.
   */
  maxPageSize: number;
  /** The page size of a list whose `first` is not given (the store's default); used by the cost estimate. */
  defaultPageSize: number;
  /** Deepest field nesting, counting `edges` and `node`. */
  maxDepth: number;
  /** Highest estimated cost (fields times the page sizes above them). */
  maxCost: number;
  /** Milliseconds an operation may run before it is answered with a TIMEOUT error. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxPageSize: MAX_PAGE_SIZE,
  defaultPageSize: DEFAULT_PAGE_SIZE,
  maxDepth: 12,
  maxCost: 20_000,
  timeoutMs: 10_000,
};
