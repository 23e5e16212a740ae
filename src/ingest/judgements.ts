// The judgements file: who is (not) who, as users decided with `cadregraph
// identity same|different`. One JSON object per line, appended as judgements are
// made; for one pair of mentions the last line wins, so a user can change their
// mind. Every ingest applies the file, so later articles never undo a judgement.
//
//   {"a":"nguyễn văn hùng|3f2a…","b":"nguyễn văn hùng|9b1c…","same":false,"at":"2026-01-15T10:00:00.000Z","note":"…"}

import { appendFile, readFile } from 'node:fs/promises';
import type { Judgement } from '../graph/identity/index.js';

/** Where judgements are kept unless a command is told otherwise. */
export const DEFAULT_JUDGEMENTS_FILE = 'cadregraph-judgements.jsonl';

export interface RecordedJudgement extends Judgement {
  /** When it was recorded (ISO time). */
  at: string;
  note?: string;
}

/** A judgements file that cannot be read as one: names the file and the line. */
export class JudgementsFileError extends Error {
  override name = 'JudgementsFileError';
}

function parseLine(line: string, file: string, n: number): RecordedJudgement {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new JudgementsFileError(`${file}:${n}: expected a JSON object per line, got ${JSON.stringify(line.slice(0, 60))}`);
  }
  const v = value as Record<string, unknown>;
  if (typeof v !== 'object' || v === null || typeof v['a'] !== 'string' || typeof v['b'] !== 'string' || typeof v['same'] !== 'boolean') {
    throw new JudgementsFileError(`${file}:${n}: expected {"a": mention id, "b": mention id, "same": true or false}`);
  }
  return { a: v['a'], b: v['b'], same: v['same'], at: typeof v['at'] === 'string' ? v['at'] : '', ...(typeof v['note'] === 'string' ? { note: v['note'] } : {}) };
}

/** The judgements of a file, the last per pair; none when the file does not exist. */
export async function readJudgements(file: string): Promise<RecordedJudgement[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new JudgementsFileError(`${file}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const byPair = new Map<string, RecordedJudgement>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const j = parseLine(line, file, i + 1);
    byPair.set([j.a, j.b].sort().join('\u0000'), j);
  });
  return [...byPair.values()];
}

/** Appends a judgement (creating the file). */
export async function recordJudgement(file: string, judgement: Judgement, note?: string): Promise<RecordedJudgement> {
  const recorded: RecordedJudgement = { ...judgement, at: new Date().toISOString(), ...(note ? { note } : {}) };
  await appendFile(file, `${JSON.stringify(recorded)}\n`, 'utf8');
  return recorded;
}
