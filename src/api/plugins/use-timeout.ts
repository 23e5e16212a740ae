// Bounds each operation's execution time: when the time runs out the client
// gets a TIMEOUT error at once instead of waiting. The work already started
// is not interrupted (the store interface takes no cancellation signal), and
// synchronous work that never yields cannot be; the point is that a slow
// query never holds a client, or a proxy's connection, for longer than this.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { timeoutError } from '../errors.js';

export function useTimeout(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(
            () => resolve({ errors: [timeoutError(`the operation took longer than ${ms} ms; ask for less (smaller pages, fewer nested lists, fewer maxHops)`)] }),
            ms,
          );
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
