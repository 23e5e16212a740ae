// The heap bound `ingest` runs under. V8 lets a thread's heap grow to several times
// what survives a full collection before it collects, so a long ingest's RSS grows
// with the corpus though little of it is live. `ingest` therefore runs its work in a
// child Node process started with --max-old-space-size (the --heap option) and
// --max-semi-space-size, unless this process is that child already, the user bounded
// the heap through node's flags or NODE_OPTIONS, or --heap 0 asks for V8's default.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/** The main thread's old-space bound, in MB, that ingest runs under unless told otherwise. */
export const DEFAULT_HEAP_MB = 512;

/** Every thread's young-generation bound, in MB, that goes with it. */
export const SEMI_SPACE_MB = 8;

/** Set in the child's environment: the bound it was started under. */
const CHILD_MARK = 'CADREGRAPH_HEAP_MB';

const OLD_SPACE_FLAG = /(?:^|\s)--max[-_]old[-_]space[-_]size(?:=|\s|$)/;

/** The node flags that bound the heap at `mb`. */
export function heapFlags(mb: number): string[] {
  return [`--max-old-space-size=${mb}`, `--max-semi-space-size=${SEMI_SPACE_MB}`];
}

export interface HeapContext {
  /** process.execArgv: node's own flags. */
  execArgv: readonly string[];
  env: NodeJS.ProcessEnv;
}

/**
 * Whether to run again under a bound: null to go on in this process (it runs under
 * the bound already, none is wanted, or the user chose one through node's flags and
 * --heap was not given), else the flags to start the child with.
 */
export function heapPlan(mb: number, explicit: boolean, context: HeapContext): string[] | null {
  if (mb === 0) return null;
  if (context.env[CHILD_MARK] === String(mb)) return null;
  const userBound = context.execArgv.some((a) => OLD_SPACE_FLAG.test(a)) || OLD_SPACE_FLAG.test(context.env['NODE_OPTIONS'] ?? '');
  if (userBound && !explicit) return null;
  return heapFlags(mb);
}

/** This process's heap limit (old and young generations), in MB, as V8 reports it. */
export function heapLimitMb(): number {
  return Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
}

/**
 * Runs this same command line again in a child process under `flags`, standard
 * streams shared, SIGINT, SIGTERM and SIGHUP passed on; resolves to its exit status
 * (128 + the signal's number when a signal ended it).
 */
export async function runUnderBound(flags: readonly string[], mb: number): Promise<number> {
  const script = process.argv[1];
  if (script === undefined) throw new Error('cadregraph: cannot run again under a heap bound: no script path in process.argv');
  const child = spawn(process.execPath, [...process.execArgv, ...flags, script, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [CHILD_MARK]: String(mb) },
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const pass = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  for (const s of signals) process.on(s, pass);
  try {
    return await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve(code ?? 128 + (signal === null ? 0 : constants.signals[signal])));
    });
  } finally {
    for (const s of signals) process.off(s, pass);
  }
}
