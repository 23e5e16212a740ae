// The server's safety limits, with defaults sized for interactive use in
// GraphiQL and for the benchmark's queries (see bench/api.mjs). Page sizes
// come from the store, which pages every list itself.
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../store/store.js';

export interface Limits {
  /** Largest request body, in bytes (413 above): a query within maxTokens is a few kilobytes. */
  maxRequestBytes: number;
  /**
   * Most tokens (names, punctuation, values) a query may have; the parser
   * stops counting there. It bounds every later check's work and the parser's
   * own nesting. GraphiQL's introspection query has under 200; the examples
   * in docs/api.md under 100.
   */
  maxTokens: number;
  /** Most aliases in an operation (fragments counted each time they are spread). */
  maxAliases: number;
  /** Most directives (`@include`, `@skip`) in an operation. */
  maxDirectives: number;
  /**
   * Largest `first` a list accepts; a larger one is an error, not a silent
   * clamp. The store caps pages at MAX_PAGE_SIZE, so a higher limit has no effect.
   */
  maxPageSize: number;
  /** The page size of a list whose `first` is not given (the store's default); used by the cost estimate. */
  defaultPageSize: number;
  /** Deepest field nesting, counting `edges` and `node`; fragments add no level of their own. */
  maxDepth: number;
  /** Highest estimated cost (fields times the page sizes above them). */
  maxCost: number;
  /** Milliseconds an operation may run before it is answered with a TIMEOUT error. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxRequestBytes: 1_000_000,
  maxTokens: 1_000,
  maxAliases: 30,
  maxDirectives: 20,
  maxPageSize: MAX_PAGE_SIZE,
  defaultPageSize: DEFAULT_PAGE_SIZE,
  maxDepth: 12,
  maxCost: 20_000,
  timeoutMs: 10_000,
};
