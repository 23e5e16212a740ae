// Person names in running text: which capitalised runs are people, which are places,
// years, credits or pieces of longer proper nouns, and how short references resolve.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { SURNAMES } from '../../src/extract/lexicon/surnames.js';
import { scanSentence } from '../../src/extract/recognize/scan.js';
import { normalizeVietnamese } from '../../src/vietnam/text.js';
import { tokenize } from '../../src/extract/tokenize.js';

function namesIn(sentence: string): string[] {
  return scanSentence(tokenize(sentence)).flatMap((item) => (item.type === 'name' && !item.short ? [item.name] : []));
}

describe('surname list', () => {
  it('holds each family name once, in the press\'s tone placement', () => {
    expect(new Set(SURNAMES).size).toBe(SURNAMES.length);
    for (const s of SURNAMES) expect(normalizeVietnamese(s)).toBe(s);
  });

  it('includes rare and minority family names', () => {
    for (const rare of ['Cung', 'Mạch', 'Tất', 'Uông', 'Thi', 'Lò', 'Hà', 'Khổng', 'Ngọ', 'Chử', 'Lỳ', 'Ong', 'Lô', 'Ksor']) {
      expect(SURNAMES).toContain(rare);
    }
  });
});

describe('names in a sentence', () => {
  it('reads people with rare surnames', () => {
    expect(namesIn('Đồng chí Cung Văn Hậu và đồng chí Tất Văn Lợi dự hội nghị.')).toEqual(['Cung Văn Hậu', 'Tất Văn Lợi']);
  });

  it('reads officials whose rare family names the published tables miss', () => {
    expect(namesIn('Ông Sái Văn Tình, Phó Cục trưởng Cục Quản lý chất lượng, và bà Thèn Thị Lan dự.')).toEqual(['Sái Văn Tình', 'Thèn Thị Lan']);
    expect(namesIn('Đồng chí Lèng Văn Pao, Bí thư Đảng ủy xã, đồng chí Yêng Văn Sáng và bà Bốc Thị Nga phát biểu.')).toEqual(['Lèng Văn Pao', 'Yêng Văn Sáng', 'Bốc Thị Nga']);
    expect(namesIn('Ông Phún Văn Thắng, Chủ tịch UBND xã, chủ trì.')).toEqual(['Phún Văn Thắng']);
  });

  it('reads a monastic\'s name after "Thích", never the Buddha\'s', () => {
    expect(namesIn('Thượng tọa Thích Thanh Quyết, Phó Chủ tịch Hội đồng Trị sự, và Hòa thượng Thích Bảo Nghiêm dự lễ.')).toEqual(['Thích Thanh Quyết', 'Thích Bảo Nghiêm']);
    expect(namesIn('Đại lễ Phật đản tưởng niệm đức Phật Thích Ca Mâu Ni đản sinh.')).toEqual([]);
  });

  it('takes a capitalised Ông or Bà as the honorific, the surname Ông only after one', () => {
    expect(namesIn('Ông Đào Minh Trí chủ trì hội nghị.')).toEqual(['Đào Minh Trí']);
    expect(namesIn('Bà Lê Thị Hoa phát biểu.')).toEqual(['Lê Thị Hoa']);
    expect(namesIn('Dự có đồng chí Ông Văn Thìn.')).toEqual(['Ông Văn Thìn']);
  });

  it('stops a name before a glued word of the next sentence', () => {
    expect(namesIn('Dự hội nghị có đồng chí Quách Tất Phúc Tại hội nghị, các đại biểu thảo luận.')).toEqual(['Quách Tất Phúc']);
  });

  it('does not take half a name or a building for a name', () => {
    expect(namesIn('Đoàn đến thăm Cung Văn hóa Lao động tỉnh.')).toEqual([]);
    expect(namesIn('Đồng chí Vũ Hồng Văn chủ trì.')).toEqual(['Vũ Hồng Văn']);
  });

  it('never takes countries, foreign places or sexagenary years for people', () => {
    expect(namesIn('Nhà đầu tư đến từ Hàn Quốc, Hà Lan và Thái Lan đã làm việc với tỉnh Giang Tô.')).toEqual([]);
    expect(namesIn('Nhân dịp Tết Đinh Dậu, Xuân Giáp Thìn và năm Bính Ngọ.')).toEqual([]);
  });

  it('never takes the tail of a longer proper noun, a place after its unit word or a credit', () => {
    expect(namesIn('Lưu lượng xe qua sân bay Tân Sơn Nhất tăng, nhân dịp Giỗ Tổ Hùng Vương.')).toEqual([]);
    expect(namesIn('Đoàn khảo sát đường Nguyễn Văn Linh và xã Lộc Thạnh.')).toEqual([]);
    expect(namesIn('Chủ tịch Quốc hội phát biểu. Ảnh: Đàm Duy')).toEqual([]);
  });

  it('keeps the official after a title, a body and its place', () => {
    expect(namesIn('Đại biểu Quốc hội tỉnh Bạc Liêu Tạ Văn Hạ phát biểu.')).toEqual(['Tạ Văn Hạ']);
    expect(namesIn('Phó trưởng Ban chỉ đạo Tây Bắc Hầu A Lềnh dự lễ.')).toEqual(['Hầu A Lềnh']);
  });

  it('starts no name inside the place, namesake or proper noun that ends an institution\'s name', () => {
    expect(namesIn('Giám đốc Trung tâm Y tế TP Buôn Ma Thuột trả lời phóng viên.')).toEqual([]);
    expect(namesIn('Chủ tịch Hội Nông dân Vũ Quang Phan Thị Mai phát biểu.')).toEqual(['Phan Thị Mai']);
    expect(namesIn('Trưởng phòng Y tế huyện Can Lộc Đinh Thị Hồng báo cáo.')).toEqual(['Đinh Thị Hồng']);
    expect(namesIn('Hiệu trưởng Trường Tiểu học Hoàng Văn Thụ Lê Thị Hạnh cho biết.')).toEqual(['Lê Thị Hạnh']);
    expect(namesIn('Chủ tịch Hội Liên hiệp Văn Học Nghệ Thuật tỉnh Nam Định dự lễ.')).toEqual([]);
    expect(namesIn('Trưởng ga Cảng hàng không Tân Sơn Nhất và ông Đặng Văn Lâm trao đổi.')).toEqual(['Đặng Văn Lâm']);
    expect(namesIn('Hành khách qua Tân Sơn Nhất Giao thông ùn tắc kéo dài.')).toEqual([]);
  });

  it('never takes a foreign seat of government for a person', () => {
    expect(namesIn('Các nghị sĩ chất vấn về ngân sách Lầu Năm Góc và thông báo của Nhà Trắng.')).toEqual([]);
  });
});

describe('people of an article', () => {
  const article = (body: string): ReturnType<typeof extractArticle> =>
    extractArticle(`Hội nghị Huyện ủy Yên Mỹ\nNgày đăng 10/01/2023 | 08:45\n\n${body}`, { id: 't' });

  it('links "Chủ tịch Hùng" to the Hùng who holds that title, and "Ông Cường" by the given name', () => {
    const out = article(
      'Sáng 9/1, Huyện ủy Yên Mỹ tổ chức hội nghị. Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Lê Mạnh Hùng, Chủ tịch UBND huyện và ông Trần Quốc Cường, Chủ tịch HĐND huyện. Chủ tịch Hùng trình bày báo cáo. Ông Cường phát biểu tại hội nghị.',
    );
    const roles = Object.fromEntries(out.people.map((p) => [p.name, p.roles.map((r) => r.role).sort()]));
    expect(roles).toEqual({ 'Nguyễn Văn Hùng': ['chaired'], 'Lê Mạnh Hùng': ['attended', 'reported'], 'Trần Quốc Cường': ['attended', 'spoke'] });
  });

  it('holds a post once when its body is written again in other capitals, and ends a body before a glued "Cũng"', () => {
    const out = article(
      'Ông Phan Văn Toàn, Phó Cục trưởng Cục Quản lý chất lượng Cũng theo ông Toàn, đề thi năm nay có độ khó vừa phải. Ông Phan Văn Toàn - Cục phó Cục Quản lý Chất lượng - cho biết kết quả sẽ công bố sớm.',
    );
    const person = out.people.find((p) => p.name === 'Phan Văn Toàn');
    expect(person?.positions.map((q) => `${q.title} / ${q.organization}`)).toEqual(['Phó Cục trưởng / Cục Quản lý chất lượng']);
  });

  it('reads the press\'s "HN" as Hà Nội, so the name after it is the official\'s', () => {
    const out = article('Tới dự có Chủ tịch UBND TP.HN Nguyễn Văn Phong, Bí thư thành ủy HN Đinh Tiến Dũng.');
    const posts = Object.fromEntries(out.people.map((p) => [p.name, p.positions.map((q) => `${q.title} / ${q.organization}`)]));
    expect(posts).toEqual({ 'Nguyễn Văn Phong': ['Chủ tịch / UBND thành phố Hà Nội'], 'Đinh Tiến Dũng': ['Bí thư / Thành ủy Hà Nội'] });
  });

  it('gives a foreign official no Vietnamese post, and a festival board no Party body', () => {
    const out = article(
      'Sáng 9/1, đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy tiếp ông Trương Kiến Quốc, Phó Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Giang Tô. Bà Lê Thị Mai, Phó Chủ tịch UBND huyện, Trưởng Ban Tổ chức Lễ hội phát biểu.',
    );
    const positions = Object.fromEntries(out.people.map((p) => [p.name, p.positions.map((q) => `${q.title} / ${q.organization}`)]));
    expect(positions['Trương Kiến Quốc'] ?? []).toEqual([]);
    expect(positions['Lê Thị Mai']).toEqual(['Phó Chủ tịch / UBND huyện Yên Mỹ']);
  });

  it('keeps "Phó" before a head\'s title whose deputy the lexicon does not list', () => {
    const out = article(
      'Sáng 9/1, đoàn kiểm tra do ông Phạm Quang Vinh, Phó Chánh Thanh tra Bộ Tài chính dẫn đầu làm việc với huyện. Bà Đỗ Thị Lan, Phó Tổng Thư ký Hội Luật gia Việt Nam cùng dự.',
    );
    const titles = Object.fromEntries(out.people.map((p) => [p.name, p.positions.map((q) => q.title)]));
    expect(titles['Phạm Quang Vinh']).toEqual(['Phó Chánh Thanh tra']);
    expect(titles['Đỗ Thị Lan']).toEqual(['Phó Tổng Thư ký']);
  });
});
