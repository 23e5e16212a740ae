// The limits that need the schema and the variables, checked before execution
// on the measured operation (measure.ts, measured once per request): page
// size and estimated cost. graphql-armor has no page-size-aware cost (see
// use-query-shape.ts), so this one is ours.
import type { Plugin } from 'graphql-yoga';
import { limitError } from '../errors.js';
import type { Limits } from '../limits.js';
import { measureOperation, type OperationMeasure } from './measure.js';

type Check = (measure: OperationMeasure) => string | undefined;

/** A fragment that spreads itself; validation refuses it first, this is the measure's own guard. */
const noCycle: Check = ({ cycle }) => (cycle === undefined ? undefined : `fragment ${cycle} spreads itself`);

/** Rejects any list asked for more than `max` items (or fewer than 0), naming the field. */
function pageSizeAtMost(max: number): Check {
  return ({ pages }) => {
    const bad = pages.find((page) => page.first > max || page.first < 0 || !Number.isInteger(page.first));
    if (!bad) return undefined;
    return `${bad.coordinate}: first must be an integer from 0 to ${max}, got ${bad.first}`;
  };
}

/** Rejects operations whose estimated cost (fields times page sizes) exceeds `max`. */
function costAtMost(max: number): Check {
  return ({ cost }) => {
    if (cost <= max) return undefined;
    const shown = Number.isSafeInteger(cost) ? String(cost) : `above ${Number.MAX_SAFE_INTEGER}`;
    return `query cost ${shown} exceeds the maximum of ${max}; ask for smaller pages or fewer nested lists`;
  };
}

export function useOperationLimits(limits: Pick<Limits, 'maxPageSize' | 'defaultPageSize' | 'maxCost'>): Plugin {
  const checks: Check[] = [noCycle, pageSizeAtMost(limits.maxPageSize), costAtMost(limits.maxCost)];
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const measure = measureOperation(
        { schema: args.schema, document: args.document, operationName: args.operationName, variableValues: args.variableValues },
        limits.defaultPageSize,
      );
      for (const check of checks) {
        const problem = check(measure);
        if (problem) {
          setResultAndStopExecution({ errors: [limitError(problem)] });
          return;
        }
      }
    },
  };
}
