// Answers a query that cannot run (a syntax error, an unknown field, a wrong
// argument type, a body that is not JSON) with HTTP 400 and the message,
// whatever the client accepts. yoga marks these errors 400 but flags them as
// the GraphQL-over-HTTP spec's legacy case, which answers 200 to clients that
// accept only application/json (curl scripts, fetch with that header); this
// clears the flag just before the response is built, so a broken query never
// looks like a success. Errors raised while executing keep their 200.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

interface HttpExtension {
  status?: number;
  spec?: boolean;
}

function isExecutionResult(value: unknown): value is ExecutionResult {
  return typeof value === 'object' && value !== null && 'errors' in value;
}

export function useBadRequest(): Plugin {
  return {
    onResultProcess({ result }) {
      const results: unknown[] = Array.isArray(result) ? result : [result];
      for (const single of results) {
        if (!isExecutionResult(single)) continue;
        for (const error of single.errors ?? []) {
          const http = error.extensions['http'] as HttpExtension | undefined;
          if (http?.status === 400 && http.spec) http.spec = false;
        }
      }
    },
  };
}
