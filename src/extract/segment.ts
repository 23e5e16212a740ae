// Stage 2: the article's parts. Headline, publication date, byline and the
// body's sentences; site navigation above the headline and the comment form
// below the byline are left out.
import { capitalizeWords, isUpperCaseWord } from '../vietnam/text.js';
import { SURNAMES } from './lexicon/surnames.js';

export interface Segments {
  headline: string | null;
  published: string | null;
  author: string | null;
  /** Body sentences in order; the headline comes first. */
  sentences: string[];
}

const PUBLISHED_PATTERNS: readonly RegExp[] = [
  /Ngày đăng:?\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/i,
  /\(\s*\d{1,2}:\d{2}\s+(\d{1,2})\/(\d{1,2})\/(\d{4})\s*\)/,
  /(?:Cập nhật|Đăng lúc|Thời gian đăng|Ngày cập nhật|Ngày xuất bản)\s*:?\s*(?:\d{1,2}:\d{2}\s*,?\s*)?(?:[\p{L} ]+,\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})/iu,
  /^(?:Thứ [\p{L}]+|Chủ nhật),?\s*(?:ngày\s+)?(\d{1,2})[/.](\d{1,2})[/.](\d{4})/iu,
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s*(?:\|\s*)?\d{1,2}:\d{2}/,
  // Any short header line with a time and a full date: "Cập nhật: 09:00 ngày 18/12/2023".
  /^(?=.{0,80}$).*\d{1,2}[:h]\d{2}.*?(\d{1,2})\/(\d{1,2})\/(\d{4})/u,
  /^(?=.{0,80}$).*?(\d{1,2})\/(\d{1,2})\/(\d{4}).*\d{1,2}[:h]\d{2}/u,
  /^\d{1,2}:\d{2}\s*(?:\|\s*|,\s*|\s+)(?:[\p{L} ]+,\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})/u,
];

// ISO datelines: "2023-12-28 08:30", "Cập nhật: 2023-12-28T08:30:00+07:00" (year, month, day).
const ISO_DATELINE_LENGTH = 80;
const ISO_DATELINE = /^(?=.{0,80}$)(?:[\p{L} ]+:\s*)?(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{1,2}:\d{2}\S*)?\s*$/u;
// What every PUBLISHED_PATTERNS entry needs: a day, month and year ("18/12/2023", "21.4.2024").
const ANY_FULL_DATE = /\d[/.]\d{1,2}[/.]\d{4}/;

function isoDate(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  if (d < 1 || d > 31 || m < 1 || m > 12) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

interface DatelineHit {
  line: number;
  date: string;
  /** Text before the date on the same line, e.g. a headline. */
  before: string;
}

function findDateline(lines: readonly string[]): DatelineHit | null {
  const limit = Math.min(lines.length, 12);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    // The pattern holds only lines of 80 characters or fewer: a longer one is not read.
    const iso = line.length <= ISO_DATELINE_LENGTH ? ISO_DATELINE.exec(line) : null;
    if (iso) {
      const date = isoDate(iso[3]!, iso[2]!, iso[1]!);
      if (date) return { line: i, date, before: '' };
    }
    // One scan rules most lines out before eight patterns are tried (lines can be whole paragraphs).
    if (!ANY_FULL_DATE.test(line)) continue;
    for (const pattern of PUBLISHED_PATTERNS) {
      const m = pattern.exec(line);
      if (m && m[1] && m[2] && m[3]) {
        const date = isoDate(m[1], m[2], m[3]);
        if (date) return { line: i, date, before: line.slice(0, m.index).trim() };
      }
    }
  }
  return null;
}

function isRepeated(line: string): boolean {
  const words = line.split(' ');
  const half = Math.floor(words.length / 2);
  return words.length % 2 === 0 && half > 0 && words.slice(0, half).join(' ').toLowerCase() === words.slice(half).join(' ').toLowerCase();
}

/** Section names and navigation: all capitals, a repeated phrase, or a short label. */
function isNavigation(line: string): boolean {
  const words = line.split(' ');
  if (words.every((w) => !/\p{Ll}/u.test(w))) return true;
  const half = Math.floor(words.length / 2);
  if (words.length % 2 === 0 && half > 0 && words.slice(0, half).join(' ').toLowerCase() === words.slice(half).join(' ').toLowerCase()) return true;
  return words.length <= 3 && !/[.!?]$/.test(line) && /^[\p{Ll}\p{Lu}][\p{Ll} ,\-]*$/u.test(line) && line === line.toLowerCase();
}

const FOOTER_LABEL = /^(Các bài (?:mới|đã) đăng|Bài viết|Tin liên quan|Tin khác|Viết bình luận|Bình luận|Họ tên|Số điện thoại|Tiêu đề|Nội dung|Mã xác nhận|Email|Gửi|Chia sẻ|In bài|Lượt xem|View count|Từ khóa|Tags?)\b(\s*:)?/i;

/**
 * Site furniture under the body: a label standing alone or nearly ("Bình luận (3)", "Gửi",
 * "Tin liên quan"), or a form field or tag list after a colon ("Nội dung:", "Từ khóa: …").
 * A body sentence may start with the same words ("Nội dung cụ thể như sau: …", "Bài viết
 * dưới đây …", "Gửi thư tay …"), so a longer line is text, not furniture.
 */
function isFooterLine(line: string): boolean {
  const m = FOOTER_LABEL.exec(line);
  if (!m) return false;
  const words = line.split(' ').length;
  return words <= 6 || (m[2] !== undefined && words <= 25 && !/[.!?]$/.test(line));
}
const OPENS_ON_HONORIFIC = /^(?:Ông|Bà|Đồng chí|Đ\/c|Các đồng chí)\s/u;
const CREDIT_PREFIX = /^(?:Tin,? ảnh|Bài,? ảnh|Tin và ảnh|Bài và ảnh|Tin|Bài|Ảnh|Nguồn|Theo)\s*:\s*/i;
const SURNAME_SET = new Set(SURNAMES);
const CREDIT_LINE = /^(?:Tin,? ảnh|Bài,? ảnh|Tin và ảnh|Bài và ảnh|Bài|Tin|Nhóm phóng viên|Phóng viên)\s*:\s*\S/i;

/** Where a byline's name ends: " - ", "(", "|" or ",". */
const BYLINE_END = /\s+-\s+|\s*\(|\s*\|\s*|,\s*/;

/**
 * The text before the first match of `separator` (all of it when none), as
 * `text.split(separator)[0]` gives it, without splitting the rest: parseByline
 * is asked about whole paragraphs, and splitting each one was a tenth of the
 * extraction time.
 */
function beforeFirst(text: string, separator: RegExp): string {
  const match = separator.exec(text);
  return match ? text.slice(0, match.index) : text;
}

/** Whether `text` holds at least `count` spaces, found without splitting it. */
function spacesReach(text: string, count: number): boolean {
  let at = -1;
  for (let found = 0; found < count; found++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) return false;
  }
  return true;
}

/** A byline: a short name-like line ("Thanh Hồng", "Nhóm PV", "Tin, ảnh: Minh Anh"). */
export function parseByline(line: string): string | null {
  let text = line.replace(CREDIT_PREFIX, '').trim();
  // "Thanh Hồng - Trung tâm Văn hóa ..." or "Thu Hà (TTXVN)": the name is the first part.
  text = beforeFirst(text, BYLINE_END).trim();
  // Five words at most: a paragraph (asked about as the lines above a footer are) is told by
  // its spaces, before any other pattern reads all of it.
  if (spacesReach(text, 5)) return null;
  text = text.replace(/[./]+$/, '');
  if (!text) return null;
  const words = text.split(' ');
  if (/^(Nhóm PV|PV|Nhóm phóng viên|BBT|Ban Biên tập|CTV|Phóng viên)$/i.test(text)) return text;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(w) || isUpperCaseWord(w))) return null;
  if (words.length === 1 && !isUpperCaseWord(text)) return null;
  // "THANH HẢI" → "Thanh Hải".
  return words.every((w) => isUpperCaseWord(w)) && words.length > 1 ? capitalizeWords(text.toLowerCase()) : text;
}

const CAPTION_LABEL = /^(?:Ảnh|Nguồn|Video|Clip)\s*:\s*/i;

/**
 * A photo or video caption or a source line ("Ảnh: Quang Minh", "Video: …"). Collected
 * articles sometimes run the body on into the caption's line; a line too long for a
 * caption is body text, kept without its label.
 */
function isCreditOrCaption(line: string): boolean {
  return CAPTION_LABEL.test(line) && line.split(' ').length <= 30;
}

// A sub-heading's bullet after the stop opens a sentence too: "… cỏ. * Chiều 7-2, …".
const SENTENCE_BOUNDARY = /([.!?…]+["”’]?)\s+(?=["“‘(]?[\p{Lu}\d]|[*•]\s*[\p{Lu}\d])/gu;
const ABBREVIATION_DOT = /(?:^|\s)(?:TP|Tp|tp|TX|Tx|TT|Th|Ts|Gs|GS|PGS|TS|ThS|Q|H|P)\.$/;

/** Splits a paragraph into sentences at . ! ? … followed by a capital, an opening quote or a bullet. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  // An exec loop over a module pattern: matchAll would make a new RegExp object for every paragraph.
  SENTENCE_BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_BOUNDARY.exec(paragraph)) !== null) {
    const before = paragraph.slice(Math.max(0, m.index - 4), m.index + 1);
    // "TP. Hồ Chí Minh", "Tp. Vinh", "TX. Sơn Tây": abbreviations, not ends of sentences.
    if (ABBREVIATION_DOT.test(before)) continue;
    const end = m.index + m[1]!.length;
    out.push(paragraph.slice(start, end).trim());
    start = end;
  }
  out.push(paragraph.slice(start).trim());
  return out.filter((s) => s.length > 0);
}

/** A credit's label after an opening bracket, matched from just after the bracket: "( Ảnh:". */
const LABEL_AFTER_BRACKET = /\s*(?:Ảnh|Nguồn)\s*:/iuy;

/**
 * Whether the line holds "(Ảnh:" or "(Nguồn:", as both bracketed credits do. Found from each
 * bracket: the credit patterns open on spaces and are tried at every position of the line,
 * which cost more than the rest of segmenting.
 */
function hasBracketedCredit(line: string): boolean {
  for (let at = line.indexOf('('); at >= 0; at = line.indexOf('(', at + 1)) {
    LABEL_AFTER_BRACKET.lastIndex = at + 1;
    if (LABEL_AFTER_BRACKET.test(line)) return true;
  }
  return false;
}

/** Strips photo credits from a line: "Đồng chí X phát biểu. Ảnh: Y" keeps the first part. */
function stripCredits(line: string): string {
  // Every pattern needs the label's colon: most lines have none.
  if (!line.includes(':')) return line.trim();
  const unbracketed = hasBracketedCredit(line)
    ? line
      // "Thủ tướng A (Ảnh: TTXVN) Chuyến thăm …": the credit closes a caption run into the next sentence.
      .replace(/\s*\(\s*(?:Ảnh|Nguồn)\s*:[^)]*\)\s*(?=\p{Lu})/giu, '. ')
      .replace(/\(\s*(?:Ảnh|Nguồn)\s*:[^)]*\)/gi, '')
    : line;
  return unbracketed.replace(/(^|[.!?]\s*|\s-\s*)(?:Ảnh|Nguồn)\s*:\s*[^.]{0,80}\.?$/i, '$1').trim();
}

/** "… năm 2016/ Lễ hội cà phê …/ Người cất giữ …": a slash glued to a word, then a capital. */
const HEADLINE_JOIN = /[^\s/]\/ ["“(]?\p{Lu}/gu;

/**
 * A run of linked headlines ("Bộ trưởng A dự Hội nghị …/ Lễ hội …/ Người …"), joined by two
 * slashes or more: other articles' titles, whose facts are not this one's.
 */
function isLinkedHeadlines(sentence: string): boolean {
  if (!sentence.includes('/ ')) return false;
  return (sentence.match(HEADLINE_JOIN)?.length ?? 0) >= 2;
}

export function segment(text: string): Segments {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const dateline = findDateline(lines);
  let headline: string | null = null;
  let bodyStart = 0;
  if (dateline) {
    if (dateline.before && dateline.before.split(' ').length >= 3) headline = dateline.before;
    else {
      // The line right above the dateline, even in capitals; section names repeat themselves.
      for (let i = dateline.line - 1; i >= 0; i--) {
        if (!isRepeated(lines[i]!) && (i === dateline.line - 1 || !isNavigation(lines[i]!))) { headline = lines[i]!; break; }
      }
    }
    bodyStart = dateline.line + 1;
    // "Chính trị - Xây dựng Đảng" / "Ngày đăng … | Lượt xem" / headline: a section name above
    // the dateline and a headline-sized line under it.
    const after = lines[dateline.line + 1];
    const words = (line: string | null | undefined): number => (line ? line.split(' ').length : 0);
    if (!dateline.before && headline && words(headline) <= 6 && after && words(after) >= 6 && words(after) <= 40 && !/[.!?]\s/.test(after) && !/^(Sáng|Chiều|Tối|Trưa|Ngày|Hôm)\b/.test(after)) {
      headline = after;
      bodyStart = dateline.line + 2;
    }
  } else {
    const first = lines.findIndex((l) => !isNavigation(l));
    if (first >= 0) { headline = lines[first]!; bodyStart = first + 1; }
  }

  // The footer: from the first site-furniture line after the body, then the byline above it.
  let end = lines.length;
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i]!;
    // A last line in capitals is the byline ("THANH HẢI") unless a byline in ordinary case
    // stands right above it ("Thanh Hải" then "BẢN ĐỒ SỐ", a site link).
    const above = lines[i - 1];
    const lastBylineInCapitals = i === lines.length - 1 && parseByline(line) !== null && !(above && parseByline(above) !== null && /\p{Ll}/u.test(above));
    if (isFooterLine(line) || (i > bodyStart + 1 && !lastBylineInCapitals && line.length <= 40 && /^\P{Ll}+$/u.test(line) && line.split(' ').length <= 4)) {
      end = i;
      break;
    }
  }
  let author: string | null = null;
  for (let i = end - 1; i >= bodyStart && i >= end - 3; i--) {
    const line = lines[i]!;
    const byline = parseByline(line);
    // "Bà Phương Thị Thanh, Chủ tịch HĐND tỉnh chủ trì kỳ họp.": a sentence about someone, not a byline.
    if (byline && !SURNAME_SET.has(line) && line.split(' ').length <= 12 && !OPENS_ON_HONORIFIC.test(line)) {
      author = byline;
      end = i;
      break;
    }
    if (!isCreditOrCaption(line)) break;
  }

  const sentences: string[] = [];
  if (headline) sentences.push(headline);
  for (let i = bodyStart; i < end; i++) {
    // "Bài và ảnh: Hoàng Nam" under the dateline: a byline, wherever it stands.
    if (CREDIT_LINE.test(lines[i]!) && lines[i]!.split(' ').length <= 10) {
      author ??= parseByline(lines[i]!);
      continue;
    }
    const line = stripCredits(lines[i]!.replace(/^(?:[\p{Lu}]{2,6}|\([\p{Lu}]{2,6}\))\s*-\s*/u, '').replace(CAPTION_LABEL, ''));
    if (!line || isCreditOrCaption(lines[i]!)) continue;
    for (const sentence of splitSentences(line)) if (!isLinkedHeadlines(sentence)) sentences.push(sentence);
  }
  return { headline, published: dateline?.date ?? null, author, sentences };
}
