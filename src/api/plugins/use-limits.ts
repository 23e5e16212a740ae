// Three limits checked before execution, on the measured operation
// (measure.ts): page size, depth, cost. Each is its own plugin so server.ts
// can list them, in order, with the reason for each.
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors.js';
import { measureOperation, type MeasureInput, type OperationMeasure } from './measure.js';

type Check = (measure: OperationMeasure) => string | undefined;

function useOperationCheck(defaultPageSize: number, check: Check): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const input: MeasureInput = {
        schema: args.schema,
        document: args.document,
        operationName: args.operationName,
        variableValues: args.variableValues,
      };
      const problem = check(measureOperation(input, defaultPageSize));
      if (problem) setResultAndStopExecution({ errors: [apiError('LIMIT_EXCEEDED', problem)] });
    },
  };
}

/** Rejects any list asked for more than `max` items (or fewer than 0), naming the field. */
export function useMaxPageSize(max: number, defaultPageSize: number): Plugin {
  return useOperationCheck(defaultPageSize, ({ pages }) => {
    const bad = pages.find((page) => page.first > max || page.first < 0 || !Number.isInteger(page.first));
    if (!bad) return undefined;
    return `${bad.coordinate}: first must be an integer from 0 to ${max}, got ${bad.first}`;
  });
}

/** Rejects operations nested deeper than `max` fields (counting `edges` and `node`). */
export function useDepthLimit(max: number, defaultPageSize: number): Plugin {
  return useOperationCheck(defaultPageSize, ({ depth }) =>
    depth > max ? `query depth ${depth} exceeds the maximum of ${max}` : undefined,
  );
}

/** Rejects operations whose estimated cost (fields times page sizes) exceeds `max`. */
export function useCostLimit(max: number, defaultPageSize: number): Plugin {
  return useOperationCheck(defaultPageSize, ({ cost }) =>
    cost > max ? `query cost ${cost} exceeds the maximum of ${max}; ask for smaller pages or fewer nested lists` : undefined,
  );
}
