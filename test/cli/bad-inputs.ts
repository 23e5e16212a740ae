// Inputs for the reading and CLI tests: one short article written for these
// tests, the same article in other encodings and as an HTML page, and a folder
// holding every kind of bad input next to good ones.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export const ARTICLE = [
  'Chính trị',
  '',
  'Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ huyện Nghi Lộc khóa XXV',
  'Ngày đăng 14/03/2024 | 09:15',
  '',
  'Ngày 13/3, Ban Chấp hành Đảng bộ huyện Nghi Lộc khóa XXV, nhiệm kỳ 2020 - 2025 tổ chức hội nghị lần thứ 7.',
  '',
  'Đồng chí Trần Minh Khoa - Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị; bà Lê Thị Hòa, Phó Bí thư Thường trực Huyện ủy, trình bày báo cáo.',
  '',
  'Minh Anh',
  '',
].join('\n');

/** The headline, which the placeholder extractor and any real one both report as the article title. */
export const HEADLINE = 'Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ huyện Nghi Lộc khóa XXV';

export function utf16le(text: string, bom: boolean): Buffer {
  return Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
}

export function utf16be(text: string, bom: boolean): Buffer {
  return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), Buffer.from(text, 'utf16le').swap16()]);
}

/**
 * The bytes a Windows-1258 editor writes: the code page has precomposed letters
 * for the vowel shapes (â ê ô ă ơ ư) but tone marks only as combining characters.
 */
export function toWindows1258(text: string): Buffer {
  const shaped = text
    .normalize('NFD')
    .replace(/([aeouAEOU])([\u0300\u0301\u0303\u0309\u0323]?)([\u0302\u0306\u031B])/g, (_m, base: string, tone: string, shape: string) =>
      (base + shape).normalize('NFC') + tone);
  return iconv.encode(shaped, 'windows1258');
}

export const HTML_PAGE = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${HEADLINE} - Cổng thông tin</title>
<style>p { color: red }</style><script>var tracking = "Bí thư giả";</script></head>
<body><nav><a href="/">Trang chủ</a></nav>
<h1>${HEADLINE}</h1>
<p>Ngày đăng 14/03/2024 | 09:15</p>
<p>Đồng chí <b>Trần Minh Khoa</b> - Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị &amp; phát biểu&nbsp;khai mạc.</p>
<!-- quảng cáo --><script type="text/javascript">document.write("<p>không phải bài</p>")</script>
<p>Kỳ họp thứ &#8220;7&#8221; &ndash; &#x110;&#x1ea1;i bi&#7875;u</p>
</body></html>`;

/** Bytes that are no text at all: a PNG signature followed by pseudo-random bytes with NULs. */
export function binaryBytes(): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
  let x = 12345;
  for (let i = 8; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = x >> 16;
  }
  return bytes;
}

/** Pseudo-random bytes 0x80-0xFF and ASCII letters: not UTF-8, not text in any code page. */
export function highBytes(): Buffer {
  const bytes = Buffer.alloc(2048);
  let x = 777;
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = i % 3 === 0 ? 0x61 + ((x >> 16) % 26) : 0x80 + ((x >> 16) % 128);
  }
  return bytes;
}

export interface Expected {
  /** File name inside the folder. */
  name: string;
  /** For an input that must be extracted: the id it gets. */
  id?: string;
  /** For an input that must fail: a fragment of the one-line reason. */
  reason?: RegExp;
}

/**
 * A folder with good and bad inputs; returns what each must become, in the
 * order the reader visits them (names in code-unit order). Tests run as root,
 * where chmod 000 does not block reads, so the unreadable files here are a
 * dangling symbolic link and a FIFO, each named *.txt (permission denied is
 * tested separately, as an unprivileged user). A folder named *.txt is walked.
 */
export function writeBadInputFolder(dir: string): Expected[] {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'a_good.txt'), ARTICLE);
  writeFileSync(join(dir, 'b_empty.txt'), '');
  writeFileSync(join(dir, 'c_blank.txt'), ' \n\t\r\n  \n');
  writeFileSync(join(dir, 'd_binary.txt'), binaryBytes());
  writeFileSync(join(dir, 'e_utf16le.txt'), utf16le(ARTICLE, true));
  writeFileSync(join(dir, 'f_utf16be.txt'), utf16be(ARTICLE, true));
  writeFileSync(join(dir, 'g_windows1258.txt'), toWindows1258(ARTICLE));
  writeFileSync(join(dir, 'h_page.txt'), HTML_PAGE);
  // Sparse: 50 MB on paper, nothing on disk, and the reader must not read it.
  writeFileSync(join(dir, 'i_huge.txt'), '');
  truncateSync(join(dir, 'i_huge.txt'), 50 * 1024 * 1024);
  symlinkSync(join(dir, 'gone.txt'), join(dir, 'j_dangling.txt'));
  execFileSync('mkfifo', [join(dir, 'k_fifo.txt')]);
  mkdirSync(join(dir, 'l_folder.txt'));
  writeFileSync(join(dir, 'l_folder.txt', 'inner.txt'), ARTICLE.replace('Nghi Lộc', 'Diễn Châu'));
  writeFileSync(join(dir, 'm_notes.md'), 'not an article: wrong extension');
  writeFileSync(join(dir, 'n_high.txt'), highBytes());
  return [
    { name: 'a_good.txt', id: 'a_good' },
    { name: 'b_empty.txt', reason: /^empty file$/ },
    { name: 'c_blank.txt', reason: /^empty file \(whitespace only\)$/ },
    { name: 'd_binary.txt', reason: /^binary file/ },
    { name: 'e_utf16le.txt', id: 'e_utf16le' },
    { name: 'f_utf16be.txt', id: 'f_utf16be' },
    { name: 'g_windows1258.txt', id: 'g_windows1258' },
    { name: 'h_page.txt', id: 'h_page' },
    { name: 'i_huge.txt', reason: /^file too large: 50\.0 MB \(52428800 bytes\), over the limit of 20\.0 MB \(--max-bytes 20971520\)$/ },
    { name: 'j_dangling.txt', reason: /^broken symbolic link$/ },
    { name: 'k_fifo.txt', reason: /^cannot read: a FIFO$/ },
    { name: join('l_folder.txt', 'inner.txt'), id: 'inner' },
    { name: 'n_high.txt', reason: /^binary file/ },
  ];
}
