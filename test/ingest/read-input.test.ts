// Reading and decoding articles: every kind of bad input gets a clear outcome,
// decodable ones come out as the same text, and folders are read in path order.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeArticleBytes, readInputs, type Input } from '../../src/ingest/read-input.js';
import { decodeEntities, htmlToText, looksLikeHtml } from '../../src/ingest/html-to-text.js';
import {
  ARTICLE, HEADLINE, HTML_PAGE, binaryBytes, highBytes, toWindows1258, utf16be, utf16le, writeBadInputFolder,
} from '../cli/bad-inputs.js';

function decodedText(bytes: Uint8Array, path = 'a.txt'): string {
  const result = decodeArticleBytes(bytes, path);
  if (!result.ok) throw new Error(`expected text, got: ${result.reason}`);
  return result.text;
}

describe('decodeArticleBytes', () => {
  it('reads UTF-8 with and without a BOM, as the same text', () => {
    const plain = decodeArticleBytes(Buffer.from(ARTICLE, 'utf8'), 'a.txt');
    const withBom = decodeArticleBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, 'utf8')]), 'a.txt');
    expect(plain).toEqual({ ok: true, text: ARTICLE, encoding: 'utf-8', bom: false, html: false });
    expect(withBom).toEqual({ ok: true, text: ARTICLE, encoding: 'utf-8', bom: true, html: false });
  });

  it('leaves decomposed (NFD) UTF-8 to the extractor, as written', () => {
    expect(decodedText(Buffer.from(ARTICLE.normalize('NFD'), 'utf8'))).toBe(ARTICLE.normalize('NFD'));
  });

  it('turns CRLF and lone CR line ends into \\n', () => {
    expect(decodedText(Buffer.from('Dòng một\r\nDòng hai\rDòng ba', 'utf8'))).toBe('Dòng một\nDòng hai\nDòng ba');
  });

  it.each([
    ['UTF-16 LE with BOM', utf16le(ARTICLE, true), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16be(ARTICLE, true), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16le(ARTICLE, false), 'utf-16le'],
    ['UTF-16 BE without BOM', utf16be(ARTICLE, false), 'utf-16be'],
  ])('decodes %s', (_name, bytes, encoding) => {
    const result = decodeArticleBytes(bytes, 'a.txt');
    expect(result.ok && result.encoding).toBe(encoding);
    expect(result.ok && result.text).toBe(ARTICLE);
  });

  it('decodes Windows-1258 to NFC text with the tone marks on their vowels', () => {
    const sentence = 'Sáng ngày 12/3, Ban Thường vụ Tỉnh ủy Quảng Ngãi họp; bà Phạm Thị Hương, Phó Chủ tịch UBND tỉnh, phát biểu chỉ đạo. Ưu tiên kỷ niệm ngày thành lập.';
    const bytes = toWindows1258(sentence);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = decodeArticleBytes(bytes, 'a.txt');
    expect(result).toEqual({ ok: true, text: sentence, encoding: 'windows-1258', bom: false, html: false });
    expect(decodedText(toWindows1258(ARTICLE))).toBe(ARTICLE);
  });

  it('refuses an 8-bit text that is not Vietnamese, naming the encodings it knows', () => {
    const german = Buffer.from('Grüße aus Köln: Straße, Größe, Maß und Fuß über alles.', 'latin1');
    expect(decodeArticleBytes(german, 'a.txt')).toEqual({
      ok: false, reason: 'unsupported encoding (not UTF-8, UTF-16 or Windows-1258 Vietnamese text)',
    });
  });

  it.each([
    ['NUL bytes', binaryBytes(), 'binary file (contains NUL bytes)'],
    ['bytes that are not UTF-8 nor text in any code page', highBytes(), 'binary file (not valid UTF-8)'],
    ['control characters in valid UTF-8', Buffer.from('\u0001\u0002\u0003\u0004 abc \u0005\u0006', 'utf8'), 'binary file (control characters)'],
  ])('calls %s a binary file', (_name, bytes, reason) => {
    expect(decodeArticleBytes(bytes, 'a.txt')).toEqual({ ok: false, reason });
  });

  it('calls empty and whitespace-only files empty', () => {
    expect(decodeArticleBytes(new Uint8Array(0), 'a.txt')).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeArticleBytes(Buffer.from(' \r\n\t \n'), 'a.txt')).toEqual({ ok: false, reason: 'empty file (whitespace only)' });
    expect(decodeArticleBytes(utf16le('  \n ', true), 'a.txt')).toEqual({ ok: false, reason: 'empty file (whitespace only)' });
  });

  it('reduces an HTML page to its text, headline first', () => {
    const result = decodeArticleBytes(Buffer.from(HTML_PAGE, 'utf8'), 'page.txt');
    expect(result.ok && result.html).toBe(true);
    const lines = decodedText(Buffer.from(HTML_PAGE, 'utf8')).split('\n');
    expect(lines[0]).toBe(HEADLINE);
    expect(lines).toContain('Đồng chí Trần Minh Khoa - Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị & phát biểu khai mạc.');
    expect(lines).toContain('Kỳ họp thứ “7” – Đại biểu');
    const text = lines.join('\n');
    expect(text).not.toMatch(/<|tracking|color: red|quảng cáo|không phải bài/);
    expect(text.match(new RegExp(HEADLINE, 'g'))).toHaveLength(1);
  });

  it('reads a .html file as a page even without a leading tag, and a page without text as empty', () => {
    expect(decodedText(Buffer.from('Tin nhanh <p>Đại hội &amp; Hội nghị</p>'), 'x.html')).toBe('Tin nhanh\n\nĐại hội & Hội nghị');
    expect(decodeArticleBytes(Buffer.from('<html><body><script>x()</script></body></html>'), 'a.txt'))
      .toEqual({ ok: false, reason: 'empty file (HTML page without text)' });
  });
});

describe('htmlToText', () => {
  it('uses <title> when there is no <h1>', () => {
    expect(htmlToText('<html><head><title>Kỳ họp thứ 9</title></head><body><div>Nội dung</div></body></html>'))
      .toBe('Kỳ họp thứ 9\n\nNội dung');
  });

  it('decodes numeric and common named entities and keeps unknown ones', () => {
    expect(decodeEntities('&#272;&#x1EA1;i &hellip; &eacute; &bogus; &#0;')).toBe('Đại … é &bogus; \uFFFD');
  });

  it('recognises pages but not plain articles', () => {
    expect(looksLikeHtml('<!doctype html><p>x</p>')).toBe(true);
    expect(looksLikeHtml('  <div class="a">x</div>')).toBe(true);
    expect(looksLikeHtml(ARTICLE)).toBe(false);
    expect(looksLikeHtml('<3 không phải HTML')).toBe(false);
  });
});

async function collect(paths: string[], options: Parameters<typeof readInputs>[1]): Promise<Input[]> {
  const out: Input[] = [];
  for await (const input of readInputs(paths, options)) out.push(input);
  return out;
}

describe('readInputs', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'cadregraph-read-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives every input of a mixed folder its outcome, in path order, and skips other extensions', async () => {
    const folder = join(dir, 'mixed');
    const expected = writeBadInputFolder(folder);
    const inputs = await collect([folder], { maxBytes: 20 * 1024 * 1024 });
    expect(inputs.map((i) => i.path)).toEqual(expected.map((e) => join(folder, e.name)));
    inputs.forEach((input, n) => {
      const want = expected[n];
      if (want?.id) {
        expect(input.ok, `${input.path}: ${input.ok ? '' : input.reason}`).toBe(true);
        expect(input.id).toBe(want.id);
        expect(input.ok && input.text.includes('Ban Chấp hành Đảng bộ huyện')).toBe(true);
      } else {
        expect(input.ok).toBe(false);
        expect(!input.ok && input.reason).toMatch(want?.reason ?? /never/);
      }
    });
  });

  it('refuses a file over --max-bytes, naming its size and the limit', async () => {
    const path = join(dir, 'small-limit.txt');
    writeFileSync(path, ARTICLE);
    const size = Buffer.byteLength(ARTICLE);
    const [input] = await collect([path], { maxBytes: 100 });
    expect(input).toMatchObject({ path, ok: false, reason: `file too large: ${size} bytes, over the limit of 100 bytes (--max-bytes 100)` });
  });

  it('reports a missing path and a folder without articles, and goes on', async () => {
    const empty = join(dir, 'no-articles');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.md'), 'not an article');
    const good = join(dir, 'good.txt');
    writeFileSync(good, ARTICLE);
    const inputs = await collect([join(dir, 'missing.txt'), empty, good], { maxBytes: 1 << 20 });
    expect(inputs.map((i) => (i.ok ? i.id : i.reason))).toEqual(['no such file or directory', 'no .txt files in this folder', 'good']);
  });

  it('reads - from the given stream as the article "stdin", within the limit', async () => {
    // Chunks cut inside a multi-byte character, as pipes deliver them.
    const bytes = Buffer.from(ARTICLE, 'utf8');
    const [ok] = await collect(['-'], { maxBytes: 1 << 20, stdin: Readable.from([bytes.subarray(0, 1), bytes.subarray(1, 40), bytes.subarray(40)]) });
    expect(ok).toMatchObject({ path: '-', id: 'stdin', ok: true, text: ARTICLE });
    const [big] = await collect(['-'], { maxBytes: 64, stdin: Readable.from([Buffer.from(ARTICLE)]) });
    expect(big).toMatchObject({ path: '-', id: 'stdin', ok: false, reason: 'file too large: more than 64 bytes, over the limit of 64 bytes (--max-bytes 64)' });
  });
});
