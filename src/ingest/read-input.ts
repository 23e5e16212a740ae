// Turns the PATH arguments of the commands into articles: files, folders
// (recursive, .txt, in path order) and `-` for standard input. Listing and
// reading are separate steps, so the listing can run ahead on the main thread
// (and be counted for progress) while the extraction workers read the files.
// Each article comes out either decoded or with a one-line reason it cannot be
// used, so one bad file never stops the others. Everything is lazy: a folder of
// thousands of files never sits in memory at once.
import { closeSync, constants, fstatSync, openSync, readSync, type Dirent, type Stats } from 'node:fs';
import { lstat, opendir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { decodeArticleBytes, type Decoded } from './decode.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** What `-` is called in the output. */
export const STDIN_PATH = '-';

/**
 * `article.id`: the file name without its extension, in NFC (macOS file systems
 * give names in NFD), and "stdin" for standard input. Ids are derived here only.
 */
export function articleId(path: string): string {
  if (path === STDIN_PATH) return 'stdin';
  const name = basename(path);
  const ext = extname(name);
  return (ext ? name.slice(0, -ext.length) : name).normalize('NFC');
}

/** One article to read: a file, standard input, or why it cannot be read. */
export type Source =
  | { kind: 'file'; path: string; id: string }
  | { kind: 'stdin'; path: string; id: string }
  | { kind: 'failed'; path: string; id: string; reason: string };

function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

function tooLarge(size: number | null, maxBytes: number): string {
  const limit = `the limit of ${formatSize(maxBytes)} (--max-bytes ${maxBytes})`;
  return size === null
    ? `file too large: more than ${formatSize(maxBytes)}, over ${limit}`
    : `file too large: ${size < 1024 ? formatSize(size) : `${formatSize(size)} (${size} bytes)`}, over ${limit}`;
}

/** One line saying why a file system call failed, without the path (the caller adds it). */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ENOENT': return 'no such file or directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENOTDIR': return 'not a directory';
    case 'EISDIR': return 'is a directory';
    case 'EIO': return 'input/output error';
    case 'EMFILE':
    case 'ENFILE': return 'too many open files';
    default: return `cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

function kindOf(stats: Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** The file read from disk: decoded, or why not; `bytes` is how many were read. */
export type ReadResult = Decoded & { bytes: number };

// Synchronous on purpose: an article is a few kilobytes, and five promise round
// trips through the thread pool per file (open, stat, read, read, close) cost
// more than reading it. Reads at most maxBytes + 1 bytes into a buffer sized
// from fstat, growing only if the file grew (or lies about its size, like /proc
// files). O_NONBLOCK keeps a FIFO put in place of a file from blocking open().
export function readArticleFile(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: fsReason(error), bytes: 0 };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: `cannot read: ${kindOf(stats)}`, bytes: 0 };
    if (stats.size > maxBytes) return { ok: false, reason: tooLarge(stats.size, maxBytes), bytes: 0 };
    let buffer = Buffer.allocUnsafe(stats.size + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(Math.max(buffer.length * 2, 65536), maxBytes + 1));
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const read = readSync(fd, buffer, total, buffer.length - total, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) return { ok: false, reason: tooLarge(null, maxBytes), bytes: total };
    }
    return { ...decodeArticleBytes(buffer.subarray(0, total), path), bytes: total };
  } catch (error) {
    return { ok: false, reason: fsReason(error), bytes: 0 };
  } finally {
    closeSync(fd);
  }
}

/** Reads standard input whole (an article is small), refusing more than maxBytes. */
export async function readStdin(source: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array | { reason: string }> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      chunks.push(bytes);
      total += bytes.length;
      if (total > maxBytes) return { reason: tooLarge(null, maxBytes) };
    }
  } catch (error) {
    return { reason: fsReason(error) };
  }
  return Buffer.concat(chunks, total);
}

async function statOrReason(path: string): Promise<Stats | string> {
  try {
    return await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // A link whose target is gone reads better than "no such file".
      const link = await lstat(path).catch(() => null);
      if (link?.isSymbolicLink()) return 'broken symbolic link';
    }
    return fsReason(error);
  }
}

function isTextFileName(name: string): boolean {
  return extname(name).toLowerCase() === '.txt';
}

function fileSource(path: string, stats: Pick<Stats, 'isFile' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): Source {
  // Refused here, before anyone opens it: opening a FIFO for reading blocks until a writer comes.
  if (!stats.isFile()) return { kind: 'failed', path, id: articleId(path), reason: `cannot read: ${kindOf(stats)}` };
  return { kind: 'file', path, id: articleId(path) };
}

// An entry whose type the folder listing already gives needs no stat of its own;
// links (and file systems that do not report types) are stat'ed to follow them.
async function entrySource(path: string, entry: Dirent): Promise<Source | 'folder'> {
  if (entry.isFile() || entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice()) {
    return fileSource(path, entry);
  }
  const stats = await statOrReason(path);
  if (typeof stats === 'string') return { kind: 'failed', path, id: articleId(path), reason: stats };
  return stats.isDirectory() ? 'folder' : fileSource(path, stats);
}

// Depth first, entries in code-unit order of their names, so the order is
// the same on every machine and locale. Symbolic links to folders are not
// followed (cycles); links named *.txt are read like files. A folder is listed
// whole before its first entry comes out (the order needs every name); it is
// held as the names that matter, a regular file by its name alone, so a folder of
// 100,000 articles costs a few megabytes while it is walked.
async function* walk(dir: string): AsyncGenerator<Source> {
  const entries: Array<string | Dirent> = [];
  try {
    for await (const entry of await opendir(dir, { bufferSize: 256 })) {
      if (entry.isFile() && isTextFileName(entry.name)) entries.push(entry.name);
      else if (entry.isDirectory() || isTextFileName(entry.name)) entries.push(entry);
    }
  } catch (error) {
    yield { kind: 'failed', path: dir, id: articleId(dir), reason: `cannot read folder: ${fsReason(error)}` };
    return;
  }
  const name = (e: string | Dirent): string => (typeof e === 'string' ? e : e.name);
  entries.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, name(entry));
    if (typeof entry === 'string') {
      yield { kind: 'file', path, id: articleId(path) };
    } else if (entry.isDirectory()) {
      yield* walk(path);
    } else {
      const source = await entrySource(path, entry);
      if (source !== 'folder') yield source; // a link to a folder
    }
  }
}

/**
 * The articles named by PATH arguments, in argument order, without reading them.
 * A folder that holds no .txt file is reported too: naming a folder means
 * articles were expected there.
 */
export async function* listSources(paths: readonly string[]): AsyncGenerator<Source> {
  for (const path of paths) {
    if (path === STDIN_PATH) {
      yield { kind: 'stdin', path, id: articleId(path) };
      continue;
    }
    const stats = await statOrReason(path);
    if (typeof stats === 'string') {
      yield { kind: 'failed', path, id: articleId(path), reason: stats };
    } else if (stats.isDirectory()) {
      let found = false;
      for await (const source of walk(path)) {
        found = true;
        yield source;
      }
      if (!found) yield { kind: 'failed', path, id: articleId(path), reason: 'no .txt files in this folder' };
    } else {
      yield fileSource(path, stats);
    }
  }
}

/** How many outcomes listSources will give: the total a progress display shows. */
export async function countSources(paths: readonly string[]): Promise<number> {
  let count = 0;
  for await (const _source of listSources(paths)) count += 1;
  return count;
}
