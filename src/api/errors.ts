// The API's expected errors: one factory, a few codes. Anything thrown that is
// not built here (a store bug, a lost Neo4j connection) is unexpected and the
// server masks it (see server.ts); these pass through with their message.
import { GraphQLError, Source } from 'graphql';
import { maskError } from 'graphql-yoga';
import { StoreInputError } from '../store/store.js';

export type ApiErrorCode =
  /** An argument is malformed or names nothing (a bad cursor, an unknown organization). */
  | 'BAD_USER_INPUT'
  /** The operation asks for more than the server allows (page size, depth, cost). */
  | 'LIMIT_EXCEEDED'
  /** The operation ran longer than the per-request timeout. */
  | 'TIMEOUT'
  /** The store cannot answer now (Neo4j stopped or unreachable); /health says why. */
  | 'UNAVAILABLE'
  /** The request names a host the server does not answer to (DNS rebinding defence; plugins/use-host-check.ts). */
  | 'FORBIDDEN_HOST';

/**
 * An error the client caused and can fix; the message names the operation or
 * argument, what was expected and what came.
 *
 * @example apiError('BAD_USER_INPUT', 'whoChaired(organization): no organization "Huyện ủy X"')
 */
export function apiError(code: ApiErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * An error that stands for the whole operation, which gave no data: its HTTP
 * status is the answer's, whatever media type the client accepts (yoga reads
 * `extensions.http` for the status and leaves it out of the answer).
 */
function operationError(code: ApiErrorCode, message: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/**
 * An operation refused before it runs: HTTP 400, like a query that does not validate.
 *
 * @example limitError('query cost 32771 exceeds the maximum of 20000')
 */
export function limitError(message: string): GraphQLError {
  return operationError('LIMIT_EXCEEDED', message, 400);
}

/** An operation that ran out of time: HTTP 504, the server gave up waiting on its store. */
export function timeoutError(message: string): GraphQLError {
  return operationError('TIMEOUT', message, 504);
}

/**
 * The server's error masking (yoga's maskedErrors.maskError): a store's
 * StoreInputError (a bad cursor, a bad date) is the client's to fix and keeps
 * its message; a GraphQLError built on purpose passes through; anything else
 * becomes `message` ("Unexpected error.") with no stack, even in development.
 */
export function maskUnexpected(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof StoreInputError) {
    const located = error instanceof GraphQLError ? error : undefined;
    return keepLocations(
      error,
      new GraphQLError(original.message, {
        nodes: located?.nodes ?? null,
        path: located?.path ?? null,
        extensions: { code: 'BAD_USER_INPUT' satisfies ApiErrorCode },
      }),
    );
  }
  return keepLocations(error, maskError(error, message, false));
}

/**
 * The compiled executor (graphql-jit) locates an error by line and column but
 * keeps no nodes, and yoga rebuilds every error from its nodes, or else from a
 * source and positions. A masked error with neither gets a source of
 * blank lines reaching the same lines and columns (about the query's size at
 * most), so they survive every rebuild.
 */
function keepLocations(error: unknown, masked: Error): Error {
  const locations = error instanceof GraphQLError ? error.locations : undefined;
  if (!(masked instanceof GraphQLError) || masked.nodes !== undefined || masked.source !== undefined) return masked;
  if (locations === undefined || locations.length === 0) return masked;
  const widths = new Map<number, number>();
  for (const { line, column } of locations) widths.set(line, Math.max(widths.get(line) ?? 0, column));
  const lastLine = Math.max(...widths.keys());
  const lines: string[] = [];
  const starts: number[] = [];
  let at = 0;
  for (let line = 1; line <= lastLine; line++) {
    const width = widths.get(line) ?? 0;
    starts[line] = at;
    lines.push(' '.repeat(width));
    at += width + 1;
  }
  return new GraphQLError(masked.message, {
    source: new Source(lines.join('\n')),
    positions: locations.map(({ line, column }) => (starts[line] ?? 0) + column - 1),
    path: masked.path ?? null,
    originalError: masked.originalError,
    extensions: masked.extensions,
  });
}
