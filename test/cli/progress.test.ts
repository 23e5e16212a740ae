// The progress display on a terminal: a bar with count, total, rate and time
// left, failures written above it, a note (a retry) shown after the figures, and
// nothing left on the line when it stops. A stream that says it is a terminal
// stands in for one.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

function fakeTerminal(): { stream: NodeJS.WriteStream; text: () => string } {
  let written = '';
  const stream = new Writable({ write(chunk: Buffer, _encoding, done) { written += chunk.toString(); done(); } }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY: true, columns: 200, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, text: () => written };
}

describe('Progress on a terminal', () => {
  it('draws a bar with count, rate and time left, logs above it and clears it at the end', () => {
    const terminal = fakeTerminal();
    const progress = new Progress({ command: 'ingest', unit: 'files', total: 40, quiet: false, stream: terminal.stream });
    progress.advance(10, 50_000);
    progress.log('cadregraph: a.txt: empty file\n');
    progress.status('3 committed');
    progress.warn('Neo4j write failed (connection refused); retrying in 2.0 s, attempt 2, giving up after 30 s');
    progress.stop();
    const text = terminal.text();
    expect(text).toContain('cadregraph: a.txt: empty file\n');
    expect(text).toMatch(/ingest █+░+ 10\/40 files \(25%\), [\d.]+ files\/s, [\d.]+ MB\/s, (?:[\d.]+ s|\d+ min \d+ s|\d+ h \d+ min) elapsed, [^,]+ left/);
    expect(text).toContain(' left, 3 committed (Neo4j write failed (connection refused); retrying in 2.0 s, attempt 2, giving up after 30 s)');
  });

  it('writes nothing when quiet', () => {
    const terminal = fakeTerminal();
    const progress = new Progress({ command: 'extract', unit: 'files', total: 5, quiet: true, stream: terminal.stream });
    progress.advance(5);
    progress.log('ignored by nobody\n');
    progress.stop();
    expect(terminal.text()).toBe('ignored by nobody\n');
  });
});
