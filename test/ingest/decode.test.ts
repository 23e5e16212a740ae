// Decoding articles: every kind of bad bytes gets a clear reason, and decodable
// ones come out as the same text whatever their encoding.
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../src/ingest/decode.js';
import { htmlToText, looksLikeHtml } from '../../src/ingest/html-to-text.js';
import {
  ARTICLE, HEADLINE, HTML_PAGE, binaryBytes, highBytes, toWindows1258, utf16be, utf16le,
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
  it('uses <title> when there is no <h1> and no og:title', () => {
    expect(htmlToText('<html><head><title>Kỳ họp thứ 9</title></head><body><div>Nội dung</div></body></html>'))
      .toBe('Kỳ họp thứ 9\n\nNội dung');
  });

  it('decodes numeric and named entities', () => {
    expect(htmlToText('<p>&#272;&#x1EA1;i &hellip; &eacute; &amp; &nbsp;x</p>')).toBe('Đại … é & x');
  });

  it('takes og:title over a logo in an <h1>, and leaves out menus and breadcrumbs', () => {
    const page = `<html><head><meta property="og:title" content="Kỳ họp thứ 5 HĐND huyện Yên Thành khóa XX">
      <title>Kỳ họp thứ 5 HĐND huyện Yên Thành khóa XX - Cổng thông tin</title></head><body>
      <div id="header"><h1 class="logo"><a href="/">Cổng thông tin huyện</a></h1>
      <ul class="main-menu"><li><a>Trang chủ</a></li><li><a>Tin tức</a></li><li><a>Văn bản</a></li></ul></div>
      <div class="breadcrumb"><a>Trang chủ</a> » <a>Tin tức</a> » <a>Hoạt động HĐND</a></div>
      <div class="content"><h2>Kỳ họp thứ 5 HĐND huyện Yên Thành khóa XX</h2>
      <p>Sáng 3/7, HĐND huyện khai mạc kỳ họp thứ 5.</p></div>
      <div class="footer">Địa chỉ: thị trấn Yên Thành</div></body></html>`;
    expect(htmlToText(page)).toBe('Kỳ họp thứ 5 HĐND huyện Yên Thành khóa XX\n\nSáng 3/7, HĐND huyện khai mạc kỳ họp thứ 5.');
  });

  it("takes the article's <h1> over the site's, and keeps the article's own header with its date", () => {
    const page = `<!DOCTYPE html><html><body><header class="site-header"><h1><a>Báo Tỉnh</a></h1>
      <nav><a>Thời sự</a><a>Chính trị</a></nav></header>
      <main><article><header><h1>Đại hội Đảng bộ xã Minh Tân lần thứ XXV</h1><time>08/05/2020</time></header>
      <p>Đại hội Đảng bộ xã Minh Tân lần thứ XXV, nhiệm kỳ 2020 - 2025 diễn ra ngày 7/5.</p>
      <div class="share"><a>Chia sẻ Facebook</a></div></article>
      <aside><h3>Tin liên quan</h3><a>Hội nghị khác</a></aside></main>
      <footer>Bản quyền thuộc về Báo Tỉnh</footer></body></html>`;
    expect(htmlToText(page)).toBe(
      'Đại hội Đảng bộ xã Minh Tân lần thứ XXV\n\n08/05/2020\n\nĐại hội Đảng bộ xã Minh Tân lần thứ XXV, nhiệm kỳ 2020 - 2025 diễn ra ngày 7/5.',
    );
  });

  it('keeps a page whose whole body sits in one form, and text split by inline tags whole', () => {
    const page = `<html><body><form id="form1"><div class="menu"><a>Giới thiệu</a></div>
      <div id="main"><h1>Hội nghị Ban Thường vụ Huyện ủy</h1><p>Đồng chí <b>Hoàng</b> <i>Văn</i> Nam chủ trì.</p></div></form></body></html>`;
    expect(htmlToText(page)).toBe('Hội nghị Ban Thường vụ Huyện ủy\n\nĐồng chí Hoàng Văn Nam chủ trì.');
  });

  it('recognises pages but not plain articles', () => {
    expect(looksLikeHtml('<!doctype html><p>x</p>')).toBe(true);
    expect(looksLikeHtml('  <div class="a">x</div>')).toBe(true);
    expect(looksLikeHtml(ARTICLE)).toBe(false);
    expect(looksLikeHtml('<3 không phải HTML')).toBe(false);
  });
});
