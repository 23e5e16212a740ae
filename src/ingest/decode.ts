// Decoding the bytes of one article: UTF-8 (with or without BOM), UTF-16 (with or
// without BOM), Windows-1258, and HTML pages reduced to their text. Pure: no I/O,
// so tests and benchmarks can call it on bytes they made, and the extraction
// workers call it on the files they read.
import iconv from 'iconv-lite';
import { htmlToText, looksLikeHtml } from './html-to-text.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; bom: boolean; html: boolean }
  | { ok: false; reason: string };

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
