// What the server writes to its log. A client's own mistake (a bad cursor, a
// bad date) is one line: nothing is wrong with the server, and a stack trace
// per bad request would bury the lines that matter. An unexpected error (a
// store bug, a lost database) is written whole, with its stack, since the
// client was told only "Unexpected error." and the operator needs the rest.
import { GraphQLError } from 'graphql';
import type { YogaLogger } from 'graphql-yoga';
import { StoreInputError } from '../store/store.js';

/** Where log text goes: one call per entry, without a trailing newline. */
export type LogSink = (text: string) => void;

export const stderrSink: LogSink = (text) => {
  process.stderr.write(`${text}\n`);
};

/** Control characters (a newline in a search string, an escape sequence) shown escaped, so an entry stays one line. */
export function oneLine(text: string): string {
  return text.replace(/\p{Cc}/gu, (char) => JSON.stringify(char).slice(1, -1));
}

/** The message of an error the client caused and can fix, or undefined for any other error. */
function clientMistake(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError) || !(error.originalError instanceof StoreInputError)) return undefined;
  const where = error.path ? ` (at ${error.path.join('.')})` : '';
  return oneLine(`${error.message}${where}`);
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** yoga's logger interface over a sink: warnings and errors only (yoga's debug and info are its own chatter). */
export function serverLogger(sink: LogSink): YogaLogger {
  const write = (label: string) => (...args: unknown[]) => sink(`cadregraph serve: ${label}${args.map(describe).join(' ')}`);
  const error = write('unexpected error: ');
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: write('warning: '),
    error: (...args: unknown[]) => {
      const mistake = args.length === 1 ? clientMistake(args[0]) : undefined;
      if (mistake === undefined) error(...args);
      else sink(`cadregraph serve: refused: ${mistake}`);
    },
  };
}
