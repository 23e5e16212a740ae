// What the commands print besides their data: one-line errors naming a file,
// summaries as text or as one JSON object, and the number and time formats they
// share. A file name is data from the user's disk: a newline or an escape
// sequence in it must neither break the one-line format nor reach the terminal.

// C0 controls, DEL, C1 controls (0x9B is CSI on some terminals), line and
// paragraph separators, and bidirectional overrides that reorder what is shown.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_TEST = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  switch (c) {
    case '\n': return '\\n';
    case '\r': return '\\r';
    case '\t': return '\\t';
    default: return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  }
}

/** A file name as shown on one line: as it is, or in double quotes with escapes when it holds control characters. */
export function displayPath(path: string): string {
  if (!UNSAFE_TEST.test(path)) return path;
  return `"${path.replace(/["\\]/g, (c) => `\\${c}`).replace(UNSAFE, escapeChar)}"`;
}

/** Free text (a reason, a message from the system) with its control characters escaped. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** Why `cadregraph` could not use a file, on one line. */
export function errorLine(path: string, reason: string): string {
  return `cadregraph: ${displayPath(path)}: ${oneLine(reason)}\n`;
}

/** A note on one input that is not a failure: "cadregraph: PATH: warning: …". */
export function warningLine(path: string, note: string): string {
  return `cadregraph: ${displayPath(path)}: warning: ${oneLine(note)}\n`;
}

const NUMBER = new Intl.NumberFormat('en-US');

/** 35440 → "35,440". */
export function count(n: number): string {
  return NUMBER.format(n);
}

/** "1 article", "2 articles". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count(n)} ${n === 1 ? singular : pluralForm}`;
}

/** 83 → "1 min 23 s", 7.4 → "7.4 s", 5000 → "1 h 23 min". */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** 1234567 → "1.2 MB" (10^6 bytes, as the benchmarks count). */
export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;
}

/** Throughput of input: "3.8 MB/s". */
export function megabytesPerSecond(bytes: number, seconds: number): string {
  const rate = bytes / 1e6 / Math.max(seconds, 1e-3);
  return `${rate.toFixed(rate < 1 ? 2 : 1)} MB/s`;
}

export interface SummaryOutput {
  /** One JSON object instead of text. */
  json?: boolean | undefined;
  /** Print nothing (a --json summary is still printed: it was asked for). */
  quiet?: boolean | undefined;
  /** Where the summary goes: stdout, or stderr when stdout carries the data. */
  stream: NodeJS.WritableStream;
}

/** Prints a command's summary as text lines or as one JSON object. */
export function printSummary(output: SummaryOutput, text: () => string, data: () => object): void {
  if (output.json) output.stream.write(JSON.stringify(data()) + '\n');
  else if (!output.quiet) output.stream.write(text());
}
