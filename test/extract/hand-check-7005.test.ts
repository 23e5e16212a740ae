// Causes of wrong facts and misses found by a hand check of 25 real 2017 articles (seed 7005),
// each pinned with sentences of other provinces, bodies and years than the articles':
//   - an undated article's year never comes from a past milestone ("(ký năm 2013)",
//     "thiết lập quan hệ ngoại giao năm 1992", "thành lập năm 1945") nor from a hosted
//     edition ("nước chủ nhà Hội nghị … năm 2018", "đăng cai … năm 2021");
//   - "Chủ tịch Hội Hồi sức cấp cứu và chống độc Việt Nam": "và" between the lower-case words
//     of a name that "Việt Nam" closes is inside it; "cộng đồng", "hội đồng", "hợp đồng" are
//     nouns, not the verb "đồng" that ends a body's name;
//   - "… Thứ trưởng X Hồ Thị Kim Thoa Thủ tướng vừa ký …" (a link's headline run into the next
//     sentence): a name with its title before it, running straight into another title, ends
//     there; the second title opens the next clause and is not the name's;
//   - "Ngay sau khi kết thúc phiên họp Quốc hội, …", "nhân dịp dự Diễn đàn …": the event
//     around which the reported one took place is only referred to;
//   - "Cuộc họp … sẽ bắt đầu vào chiều 20/5", "các bộ trưởng sẽ có buổi ăn sáng làm việc":
//     an event whose start or holding its own clause puts ahead ("sẽ bắt đầu", "sẽ khai mạc",
//     "sẽ được tổ chức"; "sẽ có buổi", "sẽ tiến hành phiên") is no event of the news (but
//     "sẽ được thông qua trong kỳ họp này" still tells of the session under way);
// and two causes left open by earlier hand checks:
//   - "Cục Nghệ thuật biểu diễn (NTBD)" … "Cục trưởng Cục NTBD": the bracketed initials after a
//     full name, written later after the head word, are the same body, written out in full;
//   - "Đoàn đại biểu Cục Thông tin, Quân đội Myanmar": a body that a foreign state's name
//     closes organizes none of the news's events;
// and one frequent miss:
//   - "Chủ tịch UBND thành phố X ông A": the title before "ông"/"bà" + a name is the name's
//     (a lower-case honorific only; and a rank before a name is no post that ends it).
// First run (before the fixes): 0/7 cases pass, facts 45/63; the year checks 1 of 3.
import { describe, expect, it } from 'vitest';
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';
import { yearFromBody } from '../../src/extract/recognize/dates.js';

describe('year of an undated article, milestones and hosted editions aside', () => {
  it('a past milestone\'s year alone gives none', () => {
    expect(yearFromBody(['Hiệp định giữa 12 nước (ký năm 2015) chỉ có hiệu lực khi đủ tỷ lệ GDP.'])).toBeNull();
    expect(yearFromBody(['Kể từ khi hai nước thiết lập quan hệ ngoại giao năm 1973, hợp tác không ngừng phát triển.'])).toBeNull();
    expect(yearFromBody(['Trường được thành lập năm 1956, là một trong những trường lâu đời nhất.'])).toBeNull();
  });

  it('a hosted edition\'s year does not outweigh the news year written beside it', () => {
    expect(
      yearFromBody([
        'Nhân dịp dự Diễn đàn Kinh tế Mekong năm 2019, Phó Thủ tướng đã có cuộc gặp với các nhà đầu tư.',
        'Chiều cùng ngày, Phó Thủ tướng dự lễ bàn giao vai trò nước chủ nhà Diễn đàn Kinh tế Mekong năm 2020 cho Việt Nam.',
      ]),
    ).toBe(2019);
    expect(yearFromBody(['Thành phố sẽ đăng cai Đại hội Thể thao năm 2026.', 'Kết quả năm 2024 được đánh giá cao.'])).toBe(2024);
  });

  it('the news\'s own signing and registering keep their year', () => {
    expect(yearFromBody(['Thí sinh đăng ký năm 2019 tăng mạnh so với trước.'])).toBe(2019);
    expect(yearFromBody(['Biên bản được ký ngày 12/3/2018 tại Hà Nội.'])).toBe(2018);
  });
});

const CASES: WrongFactCase[] = [
  {
    name: 'Hội 2019: "Hội Hồi sức cấp cứu và chống độc Việt Nam", "Hội Y tế công cộng Việt Nam" are named whole',
    place: 'Hà Nội',
    text: `Kiến nghị về chế độ cho bác sĩ cấp cứu
Ngày 14/8/2019, PGS Lê Văn Thịnh, Chủ tịch Hội Gây mê hồi sức và chống đau Việt Nam, gửi kiến nghị tới Bộ Y tế.
Ông Trần Đức Hạnh, Phó Chủ tịch Hội Sức khỏe cộng đồng Việt Nam, cho biết nhiều bác sĩ đã nghỉ việc.`,
    expect: {
      people: [
        { name: 'Lê Văn Thịnh', positions: [{ title: 'Chủ tịch', organization: 'Hội Gây mê hồi sức và chống đau Việt Nam' }] },
        { name: 'Trần Đức Hạnh', positions: [{ title: 'Phó Chủ tịch', organization: 'Hội Sức khỏe cộng đồng Việt Nam' }] },
      ],
    },
    eventCount: 0,
  },
  {
    name: 'Bộ Xây dựng 2018: a headline "… Thứ trưởng A" run into "Thủ tướng vừa ký …" does not give A the minister\'s post',
    place: 'Hà Nội',
    text: `Kỷ luật cán bộ Bộ Xây dựng
Bộ Xây dựng đã thành lập hội đồng kỷ luật. Kỷ luật Thứ trưởng Xây dựng Lê Quang Hùng Thủ tướng vừa ký quyết định thi hành kỷ luật đối với các cán bộ liên quan.`,
    expect: {
      people: [{ name: 'Lê Quang Hùng', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Xây dựng' }] }],
      exhaustive: false,
    },
    forbidden: [{ person: 'Lê Quang Hùng', organizations: ['Chính phủ'] }],
  },
  {
    name: 'Quốc hội 2019: the meeting held "ngay sau khi kết thúc phiên họp" is the event, not the sitting',
    place: 'Hà Nội',
    text: `Đền ơn đáp nghĩa là trách nhiệm của toàn xã hội
Ngay sau khi kết thúc phiên họp Quốc hội chiều 10/6/2019, tại Nhà Quốc hội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân gặp mặt đoàn người có công tiêu biểu tỉnh Sóc Trăng.
Phát biểu tại buổi gặp mặt, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân ghi nhận những đóng góp của tỉnh.`,
    expect: {
      people: [{ name: 'Nguyễn Thị Kim Ngân', positions: [{ title: 'Chủ tịch', organization: 'Quốc hội' }], roles: [{ role: 'spoke', event: 'e1' }] }],
      events: [{ id: 'e1', kind: 'meeting', name: 'Buổi gặp mặt', date: '2019-06-10' }],
      exhaustive: false,
    },
    eventCount: 1,
  },
  {
    name: 'Singapore 2018: a conference that "sẽ chính thức khai mạc", a lunch the ministers "sẽ có", are no events of the news',
    place: 'Hà Nội',
    text: `Hợp tác kinh tế ASEAN: những kỳ vọng mới
Hội nghị các Bộ trưởng Kinh tế ASEAN sẽ chính thức khai mạc vào sáng 28/8/2018 tại Singapore với sự chủ trì của Bộ trưởng Thương mại Singapore. Tới chiều 29/8/2018, các bộ trưởng sẽ có buổi ăn trưa làm việc do Bộ trưởng Bộ Công Thương Trần Tuấn Anh chủ trì.`,
    expect: {
      people: [{ name: 'Trần Tuấn Anh', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Công Thương' }], roles: [] }],
    },
    eventCount: 0,
  },
  {
    name: 'Cần Thơ 2018 and Quảng Ninh 2020: "Chủ tịch UBND thành phố X ông A", "Giám đốc Sở Y tế tỉnh Y bà B"',
    place: 'Cần Thơ',
    text: `Xử lý vụ việc tại trường mầm non
Chiều 3/4/2018, Chủ tịch UBND thành phố Cần Thơ ông Võ Thành Thống đã yêu cầu Sở Giáo dục và Đào tạo báo cáo vụ việc.
Cùng ngày, Giám đốc Sở Y tế tỉnh Quảng Ninh bà Nguyễn Thị Hạnh cho biết các cháu đã ổn định sức khỏe.`,
    expect: {
      people: [
        { name: 'Võ Thành Thống', positions: [{ title: 'Chủ tịch', organization: 'UBND thành phố Cần Thơ' }] },
        { name: 'Nguyễn Thị Hạnh', positions: [{ title: 'Giám đốc', organization: 'Sở Y tế tỉnh Quảng Ninh' }] },
      ],
      exhaustive: false,
    },
    eventCount: 0,
  },
  {
    name: 'Bộ Văn hóa 2020: "Cục Di sản văn hóa (DSVH)" then "Cục DSVH" is one body, named in full',
    place: 'Hà Nội',
    text: `Tập huấn quản lý di tích
Ngày 8/10/2020, Cục Di sản văn hóa (DSVH) tổ chức hội nghị tập huấn công tác quản lý di tích.
Phát biểu tại hội nghị, ông Lê Thị Thu Hiền, Cục trưởng Cục DSVH cho biết cả nước có hơn 40.000 di tích.
Phó Cục trưởng Cục DSVH Nông Quốc Thành chủ trì phần thảo luận.`,
    expect: {
      people: [
        { name: 'Lê Thị Thu Hiền', positions: [{ title: 'Cục trưởng', organization: 'Cục Di sản văn hóa' }] },
        { name: 'Nông Quốc Thành', positions: [{ title: 'Phó Cục trưởng', organization: 'Cục Di sản văn hóa' }] },
      ],
      events: [{ id: 'e1', kind: 'conference', organizer: 'Cục Di sản văn hóa', date: '2020-10-08' }],
    },
    eventCount: 1,
  },
  {
    name: 'Quân đội 2019: "Đoàn đại biểu Cục Quân y, Quân đội Indonesia" organizes no Vietnamese meeting',
    place: 'Hà Nội',
    text: `Tăng cường hợp tác quân y
Chiều 14/11/2019, tại Hà Nội, Trung tướng Lê Huy Vịnh, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam đã tiếp Đoàn đại biểu Cục Quân y, Quân đội Indonesia đang có chuyến thăm, làm việc tại Việt Nam.
Tại buổi tiếp, Trung tướng Lê Huy Vịnh nhấn mạnh hợp tác quân y là lĩnh vực tiềm năng.`,
    expect: {
      people: [{ name: 'Lê Huy Vịnh' }],
      exhaustive: false,
    },
    forbiddenOrganizers: ['Cục Quân y'],
  },
  {
    name: 'Hải Dương 2021 (corpus diff): a rank before the name is no post; a capitalised "Ông" after a caption starts anew',
    place: 'Hải Dương',
    text: `Bảo đảm an ninh trật tự dịp Tết
Sáng 20/1/2021, Đại tá Trần Văn Minh Phó Giám đốc Công an tỉnh Hải Dương cho rằng tình hình cơ bản ổn định.
Nhiều doanh nghiệp tham gia chương trình. Giám đốc Công ty Điện lực Hải Dương Ông Lê Văn An, Chủ tịch Hội Doanh nhân trẻ tỉnh Hải Dương, cho hay đã chuẩn bị đủ điện.`,
    expect: {
      people: [
        { name: 'Trần Văn Minh', positions: [{ title: 'Phó Giám đốc', organization: 'Công an tỉnh Hải Dương' }] },
        { name: 'Lê Văn An', positions: [{ title: 'Chủ tịch', organization: 'Hội Doanh nhân trẻ tỉnh Hải Dương' }] },
      ],
      exhaustive: false,
    },
    forbidden: [{ person: 'Lê Văn An', organizations: ['Công ty Điện lực Hải Dương'] }],
  },
];

describeWrongFactBatch('hand check 7005', CASES, 8);
