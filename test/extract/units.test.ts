// Small pure pieces of the extractor, tested on their own: span settling,
// normalisation, tokenising, ordinals and dates.
import { describe, expect, it } from 'vitest';
import { settleSpans } from '../../src/extract/recognize/spans.js';
import { normalizeArticle } from '../../src/extract/normalize.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { romanToNumber, numberToRoman, wordsToNumber } from '../../src/extract/lexicon/events.js';
import { parseOrdinal } from '../../src/extract/recognize/events.js';
import { findDate } from '../../src/extract/recognize/dates.js';
import { parseByline, segment, splitSentences } from '../../src/extract/segment.js';

describe('settleSpans', () => {
  const span = (start: number, end: number, priority: number, value: string) => ({ start, end, priority, value });

  it('keeps the longer of two overlapping spans', () => {
    const out = settleSpans([span(0, 2, 1, 'short'), span(0, 4, 1, 'long')]);
    expect(out.map((s) => s.value)).toEqual(['long']);
  });

  it('breaks a tie in length by priority', () => {
    const out = settleSpans([span(3, 5, 2, 'cue'), span(3, 5, 4, 'not-cue')]);
    expect(out.map((s) => s.value)).toEqual(['not-cue']);
  });

  it('keeps spans that do not overlap, sorted by start', () => {
    const out = settleSpans([span(5, 6, 1, 'b'), span(0, 2, 1, 'a'), span(1, 3, 1, 'overlaps a')]);
    expect(out.map((s) => s.value)).toEqual(['a', 'b']);
  });

  it('gives the same answer whatever the input order', () => {
    const spans = [span(0, 3, 1, 'x'), span(2, 6, 1, 'y'), span(6, 7, 3, 'z'), span(1, 2, 9, 'w')];
    const a = settleSpans(spans).map((s) => s.value);
    const b = settleSpans([...spans].reverse()).map((s) => s.value);
    expect(a).toEqual(b);
  });

  it('starts each call with every token free, after a longer sentence and after an empty one', () => {
    const long = Array.from({ length: 400 }, (_, i) => span(i, i + 1, 1, `t${i}`));
    expect(settleSpans(long)).toHaveLength(400);
    expect(settleSpans([])).toEqual([]);
    expect(settleSpans([span(2, 4, 1, 'b'), span(0, 2, 1, 'a')]).map((s) => s.value)).toEqual(['a', 'b']);
  });
});

describe('normalizeArticle', () => {
  it('moves the tone mark to the first vowel of oa, oe, uy', () => {
    expect(normalizeArticle('Hoà Bình khoá XX, Uỷ ban, khoẻ')).toBe('Hòa Bình khóa XX, Ủy ban, khỏe');
  });

  it('leaves quý, hoàng and ngoài as they are', () => {
    expect(normalizeArticle('Quý, Hoàng, ngoài, Quỳnh')).toBe('Quý, Hoàng, ngoài, Quỳnh');
  });

  it('composes NFD input', () => {
    const nfd = 'Nguyễn Thị Thuý'.normalize('NFD');
    expect(normalizeArticle(nfd)).toBe('Nguyễn Thị Thúy');
  });

  it('folds dashes, non-breaking spaces and CRLF', () => {
    expect(normalizeArticle('A\u00A0–\u00A0B\r\nC  D')).toBe('A - B\nC D');
  });

  it('puts back the space lost before a family name, and only there', () => {
    expect(normalizeArticle('UBND tỉnhNguyễn Văn A, Tỉnh ủyLê B')).toBe('UBND tỉnh Nguyễn Văn A, Tỉnh ủy Lê B');
    // A brand (no family name), a name at the end of the text, two joins in a row.
    expect(normalizeArticle('xe VinFast Lux, ông TrầnVăn')).toBe('xe VinFast Lux, ông TrầnVăn');
    expect(normalizeArticle('aLêB Cb ĐỗTrầnPhan Văn')).toBe('aLêB Cb ĐỗTrần Phan Văn');
    // A letter outside the Basic Multilingual Plane takes the same rule.
    expect(normalizeArticle('𝐀 tỉnhNguyễn Văn')).toBe('𝐀 tỉnh Nguyễn Văn');
  });
});

describe('tokenize', () => {
  it('splits words and punctuation, keeping abbreviations with a dot', () => {
    const keys = tokenize('Chủ tịch UBND TP. Hà Nội, 7.396 ha.').map((t) => t.key);
    expect(keys).toEqual(['chủ', 'tịch', 'ubnd', 'tp.', 'hà', 'nội', ',', '7.396', 'ha', '.']);
  });

  it('marks capitalised words', () => {
    const caps = tokenize('đồng chí Lê Tiến Nhật').map((t) => t.isCapitalized);
    expect(caps).toEqual([false, false, true, true, true]);
  });
});

describe('numbers', () => {
  it('reads Roman numerals both ways', () => {
    expect(romanToNumber('XXIV')).toBe(24);
    expect(romanToNumber('XIX')).toBe(19);
    expect(numberToRoman(14)).toBe('XIV');
    expect(romanToNumber('ABC')).toBeNull();
  });

  it('reads Vietnamese number words', () => {
    expect(wordsToNumber(['Mười'])).toBe(10);
    expect(wordsToNumber(['mười', 'hai'])).toBe(12);
    expect(wordsToNumber(['hai', 'mươi', 'mốt'])).toBe(21);
    expect(wordsToNumber(['khóa'])).toBeNull();
  });

  it('reads ordinals after lần thứ / thứ', () => {
    const at = (text: string) => parseOrdinal(tokenize(text), 0)?.value ?? null;
    expect(at('lần thứ 5')).toBe(5);
    expect(at('lần thứ Mười')).toBe(10);
    expect(at('thứ mười hai')).toBe(12);
    expect(at('lần thứ XIII')).toBe(13);
    expect(at('thứ nhất')).toBe(1);
    expect(at('ngày 5')).toBeNull();
  });
});

describe('findDate', () => {
  it('takes the year from the publication date when the text has none', () => {
    expect(findDate('Sáng ngày 23/6, BCH Đảng bộ quận họp.', '2022-06-23')).toBe('2022-06-23');
  });

  it('takes the year before when the day would be after publication', () => {
    expect(findDate('Chiều 30/12, Huyện ủy tổ chức hội nghị.', '2024-01-02')).toBe('2023-12-30');
  });

  it('reads full dates, worded dates, ranges and "sáng nay (18/4)"', () => {
    expect(findDate('ngày 21/6/2022, Ban Chấp hành họp', null)).toBe('2022-06-21');
    expect(findDate('Ngày 15 tháng 7 năm 2025, kỳ họp khai mạc', null)).toBe('2025-07-15');
    expect(findDate('Trong 2 ngày 17 và 18/8/2020, Đại hội diễn ra', null)).toBe('2020-08-17');
    expect(findDate('Sáng nay (18/4), hội nghị diễn ra', '2024-04-18')).toBe('2024-04-18');
  });

  it('does not read a fraction as a date', () => {
    expect(findDate('13/13 chỉ tiêu đạt và vượt', '2020-07-31')).toBeNull();
  });
});

describe('segment helpers', () => {
  it('reads bylines and rejects sentences', () => {
    expect(parseByline('Thanh Hồng - Trung tâm Văn hóa - TT&TT(Tin TH)')).toBe('Thanh Hồng');
    expect(parseByline('Tin, ảnh: Hoàng Long')).toBe('Hoàng Long');
    expect(parseByline('Nhóm PV')).toBe('Nhóm PV');
    expect(parseByline('Hội nghị đã thành công tốt đẹp.')).toBeNull();
  });

  it('takes a byline\'s name up to the first separator, whichever it is', () => {
    expect(parseByline('Thu Hà (TTXVN)')).toBe('Thu Hà');
    expect(parseByline('Minh Anh | Báo Tin tức')).toBe('Minh Anh');
    expect(parseByline('Lan Phương, Quỳnh Như - Trung tâm Truyền thông')).toBe('Lan Phương');
    expect(parseByline('THANH HẢI')).toBe('Thanh Hải');
    // A paragraph whose first clause is long is no byline, however it continues.
    expect(parseByline(`Hội nghị lần thứ nhất của Ban Chấp hành diễn ra sáng nay, ${'các đại biểu thảo luận, '.repeat(200)}`)).toBeNull();
  });

  it('finds the dateline among long header lines, and only a full date', () => {
    const long = `Đoạn mở đầu rất dài ${'nói về nhiều việc khác nhau '.repeat(100)}`;
    const text = ['Thời sự', 'Ngày 5/3 trời nắng', long, 'Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 10', 'Cập nhật: 09:00 ngày 18/12/2023', 'Sáng 18/12, hội nghị khai mạc.'].join('\n');
    const parts = segment(text);
    expect(parts.published).toBe('2023-12-18');
    expect(parts.headline).toBe('Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 10');
  });

  it('does not split a sentence after TP.', () => {
    expect(splitSentences('Ông A làm việc tại TP. Hồ Chí Minh. Ông B phát biểu.')).toEqual([
      'Ông A làm việc tại TP. Hồ Chí Minh.',
      'Ông B phát biểu.',
    ]);
  });
});
