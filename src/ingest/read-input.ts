// Turns the PATH arguments of the commands into article texts, one at a
// time: files, folders (recursive, .txt, in path order) and `-` for stdin.
// Each input comes out either decoded (UTF-8, UTF-16, Windows-1258, HTML pages
// reduced to text) or as a one-line reason it cannot be used, so one bad file
// never stops the others. Inputs are yielded lazily, so a folder of thousands
// of files never sits in memory at once.
import { lstat, open, opendir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, extname, join } from 'node:path';
import iconv from 'iconv-lite';
import { htmlToText, looksLikeHtml } from './html-to-text.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; bom: boolean; html: boolean }
  | { ok: false; reason: string };

/** One article to extract, or why it cannot be. */
export type Input = { path: string; id: string } & Decoded;

export interface ReadOptions {
  /** Files larger than this are refused without being read. */
  maxBytes: number;
  /** Where `-` reads from; process.stdin unless given. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// Characters that do not occur in text: controls other than tab/newline/CR/FF,
// private use, noncharacters, and U+FFFD (what the UTF-16 decoder makes of lone
// surrogates). Literal ranges on purpose: \p{...} classes cost ten times more
// and this runs on every article.
const ODD = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uE000-\uF8FF\uFFFD-\uFFFF]/g;

function oddShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return 0;
  return (sample.match(ODD)?.length ?? 0) / sample.length;
}

// Letters of the Vietnamese alphabet beyond ASCII (after NFC), and the subset that
// no other Latin-script language uses; a decode that yields other letters, or
// leftover combining marks, was not Vietnamese Windows-1258.
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
const VIETNAMESE_ONLY = /[ăđơưạ-ỹ]/iu;

function plausibleVietnamese(text: string): boolean {
  let nonAsciiLetters = 0;
  let vietnamese = 0;
  let vietnameseOnly = 0;
  let other = 0;
  for (const ch of text.length > 65536 ? text.slice(0, 65536) : text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (/\p{L}/u.test(ch)) {
      nonAsciiLetters++;
      if (VIETNAMESE_LETTER.test(ch)) vietnamese++;
      if (VIETNAMESE_ONLY.test(ch)) vietnameseOnly++;
    } else if (!/[\s\u2010-\u2027\u00a0-\u00bf\u00d7\u00f7]/u.test(ch)) {
      other++; // combining marks left over by NFC, odd symbols
    }
  }
  return nonAsciiLetters > 0 && vietnamese >= 0.97 * nonAsciiLetters && vietnameseOnly > 0
    && other <= 0.01 * nonAsciiLetters && oddShare(text) < 0.001;
}

function asciiTextShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536);
  let text = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if ((b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d) text++;
  }
  return n === 0 ? 0 : text / n;
}

// UTF-16 without a BOM shows up as NUL bytes in the high half of the many
// ASCII and Latin-1 characters: every other byte, always at the same parity.
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > 0.3 * pairs && evenNul < 0.02 * pairs) return 'utf-16le';
  if (evenNul > 0.3 * pairs && oddNul < 0.02 * pairs) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  const body = bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
}

// Windows (and pasted) text comes with CRLF or lone CR; the extractor sees lines ending in \n.
function toLines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function finish(text: string, encoding: Encoding, bom: boolean, path: string): Decoded {
  let result = toLines(text);
  let html = false;
  if (looksLikeHtml(result) || /\.x?html?$/i.test(path)) {
    html = true;
    result = htmlToText(result);
    if (!/\S/.test(result)) return { ok: false, reason: 'empty file (HTML page without text)' };
  }
  if (!/\S/.test(result)) return { ok: false, reason: 'empty file (whitespace only)' };
  return { ok: true, text: result, encoding, bom, html };
}

/**
 * Decodes the bytes of one article. Pure: no I/O, so tests and benchmarks can
 * call it on bytes they made. `path` is only a hint: a .html/.htm name is
 * read as a page even when it does not start with a tag.
 *
 * @example
 * decodeArticleBytes(Buffer.from('\uFEFFHội nghị', 'utf8'), 'a.txt')
 * // { ok: true, text: 'Hội nghị', encoding: 'utf-8', bom: true, html: false }
 */
export function decodeArticleBytes(bytes: Uint8Array, path: string): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeUtf8(bytes.subarray(3), true, path);
  if (b0 === 0xff && b1 === 0xfe) return checkedUtf16(bytes.subarray(2), 'utf-16le', true, path);
  if (b0 === 0xfe && b1 === 0xff) return checkedUtf16(bytes.subarray(2), 'utf-16be', true, path);
  if (bytes.includes(0)) {
    const guess = utf16WithoutBom(bytes);
    if (guess) return checkedUtf16(bytes, guess, false, path);
    return { ok: false, reason: 'binary file (contains NUL bytes)' };
  }
  return decodeUtf8(bytes, false, path);
}

function checkedUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean, path: string): Decoded {
  const text = decodeUtf16(bytes, encoding);
  if (oddShare(text) > 0.001) {
    return { ok: false, reason: `binary file (not readable as ${encoding.toUpperCase()} text)` };
  }
  return finish(text, encoding, bom, path);
}

function decodeUtf8(bytes: Uint8Array, bom: boolean, path: string): Decoded {
  let text: string | null = null;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = null;
  }
  if (text !== null) {
    if (oddShare(text) > 0.001) return { ok: false, reason: 'binary file (control characters)' };
    return finish(text, 'utf-8', bom, path);
  }
  // Not UTF-8: the legacy Vietnamese code page writes tone marks as combining
  // characters, which NFC puts back on their vowels.
  const legacy = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258').normalize('NFC');
  if (plausibleVietnamese(legacy)) return finish(legacy, 'windows-1258', false, path);
  // Text in any 8-bit code page (TCVN3, VNI, Latin-1...) is still mostly ASCII
  // letters and spaces; binary data is not.
  if (asciiTextShare(bytes) < 0.6) return { ok: false, reason: 'binary file (not valid UTF-8)' };
  return { ok: false, reason: 'unsupported encoding (not UTF-8, UTF-16 or Windows-1258 Vietnamese text)' };
}

/** `article.id`: the file name without its extension. */
export function articleId(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

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

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

// Reads at most maxBytes + 1 bytes into a buffer sized from stat, growing it
// only if the file grew since (or lies about its size, like /proc files), so
// nothing can exhaust memory and a normal file costs one read.
async function readBounded(path: string, maxBytes: number): Promise<Decoded> {
  const handle = await open(path, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, reason: `cannot read: ${kindOf(stats)}` };
    if (stats.size > maxBytes) return { ok: false, reason: tooLarge(stats.size, maxBytes) };
    let buffer = Buffer.allocUnsafe(stats.size + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(Math.max(buffer.length * 2, 65536), maxBytes + 1));
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { ok: false, reason: tooLarge(null, maxBytes) };
    }
    return decodeArticleBytes(buffer.subarray(0, total), path);
  } finally {
    await handle.close();
  }
}

async function readFileInput(path: string, maxBytes: number, stats: Stats): Promise<Input> {
  const id = articleId(path);
  // Checked before open(): opening a FIFO for reading blocks until a writer comes.
  if (!stats.isFile()) return { path, id, ok: false, reason: `cannot read: ${kindOf(stats)}` };
  if (stats.size > maxBytes) return { path, id, ok: false, reason: tooLarge(stats.size, maxBytes) };
  try {
    return { path, id, ...(await readBounded(path, maxBytes)) };
  } catch (error) {
    return { path, id, ok: false, reason: fsReason(error) };
  }
}

async function readStdin(source: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Input> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    chunks.push(bytes);
    total += bytes.length;
    if (total > maxBytes) return { path: '-', id: 'stdin', ok: false, reason: tooLarge(null, maxBytes) };
  }
  return { path: '-', id: 'stdin', ...decodeArticleBytes(Buffer.concat(chunks, total), '-') };
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

// Depth first, entries in code-unit order of their names, so the order is
// the same on every machine and locale. Symbolic links to folders are not
// followed (cycles); links named *.txt are read like files.
async function* walk(dir: string, maxBytes: number): AsyncGenerator<Input> {
  let names: { name: string; isDir: boolean }[];
  try {
    const handle = await opendir(dir);
    names = [];
    for await (const entry of handle) names.push({ name: entry.name, isDir: entry.isDirectory() });
  } catch (error) {
    yield { path: dir, id: articleId(dir), ok: false, reason: `cannot read folder: ${fsReason(error)}` };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, isDir } of names) {
    const path = join(dir, name);
    if (isDir) {
      yield* walk(path, maxBytes);
    } else if (isTextFileName(name)) {
      const stats = await statOrReason(path);
      if (typeof stats === 'string') yield { path, id: articleId(path), ok: false, reason: stats };
      else if (stats.isDirectory()) continue; // a link to a folder
      else yield await readFileInput(path, maxBytes, stats);
    }
  }
}

/**
 * The articles named by PATH arguments, in argument order, each decoded or
 * with the reason it cannot be. A folder that holds no .txt file is reported
 * too: naming a folder means articles were expected there.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions): AsyncGenerator<Input> {
  for (const path of paths) {
    if (path === '-') {
      try {
        yield await readStdin(options.stdin ?? process.stdin, options.maxBytes);
      } catch (error) {
        yield { path, id: 'stdin', ok: false, reason: fsReason(error) };
      }
      continue;
    }
    const stats = await statOrReason(path);
    if (typeof stats === 'string') {
      yield { path, id: articleId(path), ok: false, reason: stats };
    } else if (stats.isDirectory()) {
      let found = false;
      for await (const input of walk(path, options.maxBytes)) {
        found = true;
        yield input;
      }
      if (!found) yield { path, id: articleId(path), ok: false, reason: 'no .txt files in this folder' };
    } else {
      yield await readFileInput(path, options.maxBytes, stats);
    }
  }
}
