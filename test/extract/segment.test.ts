// Segmentation keeps the body: site furniture below an article is cut, but a body
// sentence that starts with the same words, or a body run on into a caption's line
// (as collected articles often have it), is text.
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/extract/normalize.js';
import { segment } from '../../src/extract/segment.js';

const HEAD = 'Hội nghị Ban Chấp hành Đảng bộ huyện Yên Lập lần thứ 9\nNgày đăng 03/05/2023 | 08:00\n\n';
const LEAD = 'Sáng 2/5, Ban Chấp hành Đảng bộ huyện Yên Lập tổ chức Hội nghị lần thứ 9.';

function body(text: string): string[] {
  const parts = segment(normalizeArticle(text));
  return parts.sentences.slice(1);
}

describe('segment: footers', () => {
  it.each([
    ['Nội dung', 'Nội dung cụ thể như sau: các chi bộ rà soát đảng viên và báo cáo Ban Thường vụ trước ngày 30/5.'],
    ['Bài viết', 'Bài viết dưới đây điểm lại những kết quả nổi bật của huyện trong quý I vừa qua.'],
    ['Gửi', 'Gửi lời cảm ơn tới các đại biểu, đồng chí Bí thư Huyện ủy đề nghị các xã đẩy nhanh việc trồng rừng.'],
    ['Bình luận', 'Bình luận về kết quả này, đồng chí Phó Bí thư Thường trực Huyện ủy cho rằng đó là nỗ lực của cả hệ thống.'],
    ['TIN LIÊN QUAN', 'TIN LIÊN QUAN Huyện ủy Yên Lập sơ kết quý I ... Đảng bộ xã Xuân Viên tổng kết năm ... Sau đó, đồng chí Bí thư Huyện ủy phát biểu kết luận hội nghị và giao nhiệm vụ cho các xã.'],
  ])('keeps a body line that starts with "%s"', (_label, line) => {
    const sentences = body(`${HEAD}${LEAD}\n\n${line}\n\nBình Minh`);
    expect(sentences.join(' ')).toContain(line.split(' ').slice(-6).join(' '));
  });

  it.each([
    ['Bình luận (3)'],
    ['Gửi bình luận'],
    ['Nội dung:'],
    ['Bài viết liên quan'],
    ['Từ khóa: Yên Lập, hội nghị, Huyện ủy'],
  ])('cuts the article at the furniture line "%s"', (line) => {
    const sentences = body(`${HEAD}${LEAD}\n\n${line}\n\nMột dòng của trang web bên dưới bài viết.`);
    expect(sentences).toEqual([LEAD]);
  });
});

describe('segment: captions', () => {
  it('drops a caption line and a photo credit', () => {
    const sentences = body(`${HEAD}${LEAD}\n\nẢnh: Minh Châu\n\nĐồng chí Bí thư Huyện ủy phát biểu kết luận.`);
    expect(sentences).toEqual([LEAD, 'Đồng chí Bí thư Huyện ủy phát biểu kết luận.']);
  });

  it('keeps a body that runs on in the line of a caption, without the label', () => {
    const rest = 'Dự hội nghị có đồng chí Hà Văn Tuấn, Phó Bí thư Tỉnh ủy. Các đại biểu đã thảo luận về kết quả thực hiện nghị quyết quý I, những tồn tại trong giải ngân vốn đầu tư công và nhiệm vụ trọng tâm của quý II năm 2023 trên địa bàn huyện.';
    const sentences = body(`${HEAD}${LEAD}\n\nẢnh: Minh Châu ${rest}`);
    expect(sentences.join(' ')).toContain('Các đại biểu đã thảo luận về kết quả thực hiện nghị quyết quý I');
    expect(sentences.join(' ')).not.toMatch(/^Ảnh:/);
  });

  it('keeps the text after a credit inside a long line', () => {
    const sentences = body(`${HEAD}${LEAD} Đồng chí Hà Văn Tuấn phát biểu - Ảnh: Minh Châu Sau đó, hội nghị biểu quyết thông qua nghị quyết về nhiệm vụ quý II của huyện`);
    expect(sentences.join(' ')).toContain('hội nghị biểu quyết thông qua nghị quyết');
  });
});
