// Bounds each operation's execution time. The result is answered with a
// TIMEOUT error when the time runs out; the operation's AbortSignal (in the
// context as `signal`) is aborted so a store can stop a query it still runs.
// Synchronous work that never yields (a long in-memory loop) cannot be
// interrupted; the embedded store's calls are short by construction.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors.js';

export interface TimeoutContext {
  /** Aborted when the operation's time is up. */
  signal?: AbortSignal;
}

export function useTimeout(ms: number): Plugin<TimeoutContext> {
  return {
    onExecute({ executeFn, setExecuteFn, extendContext }) {
      const controller = new AbortController();
      extendContext({ signal: controller.signal });
      setExecuteFn(async (args) => {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            controller.abort(new Error(`operation timed out after ${ms} ms`));
            resolve({ errors: [apiError('TIMEOUT', `the operation took longer than ${ms} ms and was stopped`)] });
          }, ms);
        });
        try {
          return await Promise.race([Promise.resolve(executeFn(args)), timedOut]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
