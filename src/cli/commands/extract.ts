// `cadregraph extract PATH...`: articles in, one contract record per article
// out (JSON Lines, or a text summary). A file that cannot be read, decoded or
// extracted costs one line on stderr and exit status 1; the others go on.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ArticleRecord } from '../../extract/contract.js';
import { extractArticles } from '../../ingest/articles.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read-input.js';
import { formatArticleText } from '../format-text.js';

export const help = `Usage: cadregraph extract PATH... [--format json|text] [--max-bytes N]

Extracts officials, their positions, and meeting events from Vietnamese news articles.

  PATH               a .txt file, a folder (read recursively: its .txt files, in path
                     order), or - for standard input (article id "stdin")
  --format json      JSON Lines on standard output, one line per article, in input
                     order (docs/extraction-contract.md); the default
  --format text      a readable summary: one block per article
  --max-bytes N      refuse files larger than N bytes without reading them
                     (suffixes K, M, G allowed; default 20M)

Files may be UTF-8 (with or without BOM), UTF-16 or Windows-1258; HTML pages are
reduced to their text. A file that cannot be used is reported on standard error as
'cadregraph: PATH: REASON' and skipped; the exit status is 1 if any file failed,
else 0 (2 for a usage error).`;

type Format = 'json' | 'text';

interface Options {
  paths: string[];
  format: Format;
  maxBytes: number;
}

class UsageError extends Error {}

/** "20971520", "512K", "20M", "1G" (powers of 1024) → bytes. */
export function parseByteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!match || match[1] === undefined) throw new UsageError(`--max-bytes expects a size such as 20M or 1048576, got '${value}'`);
  const unit = (match[2] ?? '').toLowerCase();
  const bytes = Math.floor(Number(match[1]) * (unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1));
  if (bytes < 1) throw new UsageError(`--max-bytes must be at least 1 byte, got '${value}'`);
  return bytes;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { paths: [], format: 'json', maxBytes: DEFAULT_MAX_BYTES };
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      options.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string => {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      return value;
    };
    if (name === '--format') {
      const format = takeValue();
      if (format !== 'json' && format !== 'text') throw new UsageError(`--format is json or text, got '${format}'`);
      options.format = format;
    } else if (name === '--max-bytes') {
      options.maxBytes = parseByteSize(takeValue());
    } else {
      throw new UsageError(`unknown option '${arg}'`);
    }
  }
  if (options.paths.length === 0) throw new UsageError('no PATH given (a file, a folder, or - for standard input)');
  return options;
}

// Buffers output into large writes and waits when the pipe is full, so a slow
// reader holds back extraction instead of letting output pile up in memory.
// A reader that goes away (`| head`) ends the run quietly.
class OutputBuffer {
  private pending: string[] = [];
  private size = 0;
  private failure: Error | null = null;
  closed = false;

  // On a terminal each article shows as soon as it is extracted.
  constructor(private readonly out: Writable, private readonly batchChars = 65536) {
    out.on('error', (error: NodeJS.ErrnoException) => {
      this.closed = true;
      if (error.code !== 'EPIPE') this.failure = error;
    });
  }

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= this.batchChars) await this.flush();
  }

  private check(): void {
    if (this.failure) throw new Error(`cannot write the output: ${this.failure.message}`);
  }

  async flush(): Promise<void> {
    this.check();
    if (this.pending.length === 0 || this.closed) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.out.write(chunk) && !this.closed) {
      // once() rejects when 'error' comes first; the listener above has
      // already recorded it, so waiting simply ends.
      await Promise.race([once(this.out, 'drain'), once(this.out, 'close')]).catch(() => undefined);
      this.check();
    }
  }
}

/** Why `cadregraph` could not use a file, on one line. */
export function errorLine(path: string, reason: string): string {
  const oneLine = (s: string): string => s.replace(/[\r\n]+/g, ' ');
  return `cadregraph: ${oneLine(path)}: ${oneLine(reason)}\n`;
}

export async function run(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`cadregraph extract: ${error.message}\nRun 'cadregraph extract --help' for usage.\n`);
    return 2;
  }
  const out = new OutputBuffer(process.stdout, process.stdout.isTTY ? 1 : 65536);
  const render = options.format === 'json'
    ? (record: ArticleRecord): string => JSON.stringify(record) + '\n'
    : (record: ArticleRecord): string => formatArticleText(record) + '\n\n';
  let failed = 0;
  for await (const article of extractArticles(options.paths, { maxBytes: options.maxBytes })) {
    if (out.closed) break;
    if (!article.ok) {
      failed++;
      process.stderr.write(errorLine(article.path, article.reason));
      continue;
    }
    await out.write(render(article.record));
  }
  await out.flush();
  return failed > 0 ? 1 : 0;
}
