// Options shared by the commands, defined once so that every command spells,
// parses and explains them the same way (commander builds the help from these).
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../ingest/read-input.js';

/** "20971520", "512K", "20M", "1G" (powers of 1024) → bytes. */
export function parseByteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!match || match[1] === undefined) throw new InvalidArgumentError(`expected a size such as 20M or 1048576, got '${value}'`);
  const unit = (match[2] ?? '').toLowerCase();
  const bytes = Math.floor(Number(match[1]) * (unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1));
  if (bytes < 1) throw new InvalidArgumentError(`expected at least 1 byte, got '${value}'`);
  return bytes;
}

/** A whole number from `min` up. */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}, got '${value}'`);
    }
    return n;
  };
}

/** What every command that reads articles accepts. */
export interface ReadingOptions {
  jobs: number;
  maxBytes: number;
}

/** What every command accepts about its own output on stderr. */
export interface ReportingOptions {
  quiet?: boolean;
  json?: boolean;
}

function readingOptions(): Option[] {
  return [
    new Option('-j, --jobs <n>', 'extraction threads')
      .argParser(wholeNumber(1, 256))
      .default(availableParallelism(), 'the number of cores'),
    new Option('--max-bytes <size>', 'refuse files larger than this without reading them (suffixes K, M, G)')
      .argParser(parseByteSize)
      .default(DEFAULT_MAX_BYTES, '20M'),
  ];
}

function reportingOptions(): Option[] {
  return [
    new Option('-q, --quiet', 'no progress and no summary (files that fail are still listed)'),
    new Option('--json', 'the summary as one JSON object, for scripts (the last line of its stream)'),
  ];
}

/** The help text below the options: notes, then examples. */
function helpFooter(examples: readonly string[], notes: string): string {
  return `\n${notes}\n\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}`;
}

/**
 * Finishes a command that reads articles: the shared options, notes and examples
 * below the options, and the action, whose result is the exit status.
 */
export function articleCommand<O extends ReadingOptions & ReportingOptions>(
  command: Command,
  help: { examples: readonly string[]; notes: string },
  run: (paths: string[], options: O) => Promise<number>,
): Command {
  for (const option of [...readingOptions(), ...reportingOptions()]) command.addOption(option);
  return command
    .addHelpText('after', helpFooter(help.examples, help.notes))
    .action(async (paths: string[], options: O) => {
      process.exitCode = await run(paths, options);
    });
}

export const PATH_HELP =
  'PATH is a .txt file, a folder (read recursively: its .txt files, in path order), or -\n' +
  'for standard input (article id "stdin"). Files may be UTF-8 (with or without BOM),\n' +
  'UTF-16 or Windows-1258; HTML pages are reduced to their text. A file that cannot be\n' +
  "used costs one line on standard error, 'cadregraph: PATH: REASON', and the others go on.\n" +
  'Progress goes to standard error: a bar on a terminal, else a line every 5 seconds\n' +
  '(CADREGRAPH_PROGRESS_SECONDS). Exit status: 0 when every file was used, 1 when some\n' +
  'failed, 2 for a usage error.';
