// Progress of a long run on standard error: on a terminal, a bar (cli-progress)
// with the count, rate and time left, redrawn in place; elsewhere (a log file, a
// CI job) a plain line every few seconds, so a long run is never silent and a
// log is not flooded. Lines written through `log` (a file that failed) appear
// above the bar without breaking it.
import cliProgress from 'cli-progress';
import { count, duration } from './report.js';

export interface ProgressOptions {
  /** "extract", "ingest"… the first word of every line. */
  command: string;
  /** What is counted: "files", "articles". */
  unit: string;
  total: number;
  /** No progress at all. */
  quiet: boolean;
  stream?: NodeJS.WriteStream;
}

/** Seconds between progress lines when standard error is not a terminal. */
export function plainIntervalSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env['CADREGRAPH_PROGRESS_SECONDS']);
  return Number.isFinite(value) && value > 0 ? value : 5;
}

interface State {
  value: number;
  bytes: number;
  /** Shown after the figures: "1,500 committed". */
  status: string | null;
  /** Shown after the status until cleared: "retrying…". */
  warning: string | null;
}

export class Progress {
  private readonly state: State = { value: 0, bytes: 0, status: null, warning: null };
  private readonly started = performance.now();
  private readonly stream: NodeJS.WriteStream;
  private readonly bars: cliProgress.MultiBar | null = null;
  private readonly bar: cliProgress.SingleBar | null = null;
  private readonly timer: NodeJS.Timeout | null = null;
  private readonly intervalMs = plainIntervalSeconds() * 1000;
  private lastLine = performance.now();

  constructor(private readonly options: ProgressOptions) {
    this.stream = options.stream ?? process.stderr;
    if (options.quiet) return;
    if (this.stream.isTTY) {
      this.bars = new cliProgress.MultiBar({
        stream: this.stream,
        format: () => this.line(true),
        clearOnComplete: true,
        hideCursor: true,
        fps: 8,
      });
      this.bar = this.bars.create(options.total, 0);
    } else {
      // Checked on every advance (extraction on this thread may keep timers from
      // running for a while) and by a timer (a run waiting on Neo4j advances nothing).
      this.timer = setInterval(() => this.plainLineIfDue(), this.intervalMs);
      this.timer.unref();
    }
  }

  private plainLineIfDue(): void {
    const now = performance.now();
    if (now - this.lastLine < this.intervalMs) return;
    this.lastLine = now;
    this.stream.write(this.line(false) + '\n');
  }

  /** `n` more items done, `bytes` more bytes read. */
  advance(n: number, bytes = 0): void {
    this.state.value += n;
    this.state.bytes += bytes;
    this.bar?.update(this.state.value);
    if (this.timer) this.plainLineIfDue();
  }

  /** A figure shown after the others until replaced: "1,500 committed". */
  status(text: string): void {
    this.state.status = text;
    this.bar?.update(this.state.value);
  }

  /**
   * Something the user must know at once (a retry): shown after the figures
   * until cleared (null), and written as its own line when there is no bar.
   */
  warn(text: string | null): void {
    this.state.warning = text;
    this.bar?.update(this.state.value);
    if (text !== null && this.timer !== null) this.stream.write(`cadregraph ${this.options.command}: ${text}\n`);
  }

  /** Writes a whole line (ending in \n) without breaking the bar. */
  log(line: string): void {
    if (this.bars) this.bars.log(line);
    else this.stream.write(line);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    // The bar writes logged lines on its next redraw: draw once more so none is lost.
    this.bars?.update();
    this.bars?.stop();
  }

  private line(terminal: boolean): string {
    const { value, bytes, status, warning } = this.state;
    const { total, unit, command } = this.options;
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? value / seconds : 0;
    const share = total > 0 ? Math.min(1, value / total) : 0;
    const left = rate > 0 ? duration((total - value) / rate) : '?';
    const figures =
      `${count(value)}/${count(total)} ${unit} (${(share * 100).toFixed(0)}%), ` +
      `${rate.toFixed(rate < 10 ? 1 : 0)} ${unit}/s, ${(bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(1)} MB/s, ` +
      `${duration(seconds)} elapsed, ${left} left` +
      (status ? `, ${status}` : '') +
      (warning ? ` (${warning})` : '');
    if (!terminal) return `cadregraph ${command}: ${figures}`;
    const width = 24;
    const done = Math.round(share * width);
    return `${command} ${'█'.repeat(done)}${'░'.repeat(width - done)} ${figures}`;
  }
}
