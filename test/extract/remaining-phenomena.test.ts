// Phenomena still seen on real news, pinned with sentences of other provinces, bodies and
// years than the articles they were seen in (2017–2026, before and after the July 2025
// reform):
//   - a nomination ("được giới thiệu để bầu giữ chức", "dự kiến giữ chức", "ứng cử viên
//     chức") is no post held;
//   - a department joined to its ministry by a dash ("Tổng cục Cảnh sát - Bộ Công an")
//     keeps the department, never the ministry alone;
//   - a name whose last word is also a common word ("Lê Ngọc Quý"), a body whose name goes
//     on in lower case ("Hiệp hội Doanh nghiệp đầu tư nước ngoài"), a committee with a dash
//     in its name ("Ban Văn hóa - Xã hội");
//   - roles at a field trip or a visit described beside a conference are not roles at it;
//   - "Thường trực" inside a title; hospitals (BVĐK, BV); "gồm có ông A, bà B" and "có sự
//     tham dự của các ông A, B" at a meeting; a National Assembly sitting; ceremonies.
// First run (on the code before the fixes): 5/16 cases pass, facts 138/160; the memorial
// service test below failed too. (Two of those facts came from a notPeople check that matched
// the whole names "Lê Ngọc Quý" and "Nguyễn Văn Sáng" by prefix: a fault of the case, removed.)
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { describeKnownMisses, describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Bình Định 2021: a vice-chairman introduced for election as chairman holds only his own post',
    place: 'Bình Định',
    text: `Kỳ họp thứ nhất HĐND tỉnh Bình Định khóa XIII
Sáng 28/6/2021, HĐND tỉnh Bình Định khóa XIII khai mạc kỳ họp thứ nhất. Tại kỳ họp, ông Phạm Anh Tuấn, Phó Chủ tịch UBND tỉnh Bình Định, được giới thiệu để bầu giữ chức Chủ tịch UBND tỉnh Bình Định nhiệm kỳ 2021-2026.`,
    expect: {
      people: [{ name: 'Phạm Anh Tuấn', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Bình Định' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'Nghệ An 2020: "dự kiến giữ chức" and "được đề cử" are no posts held',
    place: 'Nghệ An',
    text: `Hội nghị Ban Chấp hành Đảng bộ tỉnh Nghệ An
Ngày 14/10/2020, Tỉnh ủy Nghệ An tổ chức hội nghị chuẩn bị nhân sự. Đồng chí Hoàng Nghĩa Hiếu, Phó Bí thư Tỉnh ủy Nghệ An, dự kiến giữ chức Trưởng Ban Tổ chức Tỉnh ủy Nghệ An. Bà Võ Thị Minh Sinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An, được đề cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An.`,
    expect: {
      people: [
        { name: 'Hoàng Nghĩa Hiếu', positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Nghệ An' }] },
        { name: 'Võ Thị Minh Sinh', positions: [{ title: 'Phó Chủ tịch', organization: 'Ủy ban MTTQ Việt Nam tỉnh Nghệ An' }] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Đà Nẵng 2026: a candidate for a chair holds only the post the article gives her',
    place: 'Đà Nẵng',
    text: `Kỳ họp thứ nhất HĐND thành phố Đà Nẵng khóa XI
Sáng 24/3/2026, HĐND thành phố Đà Nẵng khóa XI khai mạc kỳ họp thứ nhất. Bà Nguyễn Thị Anh Thi, Phó Chủ tịch HĐND thành phố Đà Nẵng, là ứng cử viên chức Chủ tịch HĐND thành phố Đà Nẵng.`,
    expect: {
      people: [{ name: 'Nguyễn Thị Anh Thi', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND thành phố Đà Nẵng' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'Hà Nội 2019: a general department joined to its ministry by a dash keeps the department',
    place: 'Hà Nội',
    text: `Hội nghị tổng kết công tác phòng chống tội phạm
Sáng 20/12/2019, tại Hà Nội, Bộ Công an tổ chức hội nghị tổng kết công tác phòng chống tội phạm. Trung tướng Nguyễn Văn Sơn, Tổng cục trưởng Tổng cục Cảnh sát - Bộ Công an, phát biểu tại hội nghị.`,
    expect: {
      people: [{ name: 'Nguyễn Văn Sơn', positions: [{ title: 'Tổng cục trưởng', organization: ['Tổng cục Cảnh sát', 'Tổng cục Cảnh sát - Bộ Công an'] }], roles: ['spoke'] }],
      exhaustive: false,
    },
    forbidden: [{ person: 'Nguyễn Văn Sơn', organizations: ['Bộ Công an'] }],
  },
  {
    name: 'Cần Thơ 2025 and Hà Nội 2018: a department and a ministry\'s division written with a dash',
    place: 'Cần Thơ',
    text: `Hội nghị đối thoại với doanh nghiệp về thuế
Chiều 16/9/2025, tại TP Cần Thơ, ông Mai Xuân Thành, Cục trưởng Cục Thuế - Bộ Tài chính, chủ trì hội nghị đối thoại với doanh nghiệp. Bà Lê Thị Vân Anh, Vụ trưởng Vụ Pháp chế - Bộ Tư pháp, cho biết nhiều văn bản đã được sửa đổi.`,
    expect: {
      people: [
        { name: 'Mai Xuân Thành', positions: [{ title: 'Cục trưởng', organization: ['Cục Thuế', 'Cục Thuế - Bộ Tài chính'] }], roles: ['chaired'] },
        { name: 'Lê Thị Vân Anh', positions: [{ title: 'Vụ trưởng', organization: ['Vụ Pháp chế', 'Vụ Pháp chế - Bộ Tư pháp'] }], roles: ['spoke'] },
      ],
      exhaustive: false,
    },
    forbidden: [
      { person: 'Mai Xuân Thành', organizations: ['Bộ Tài chính'] },
      { person: 'Lê Thị Vân Anh', organizations: ['Bộ Tư pháp'] },
    ],
  },
  {
    name: 'Khánh Hòa 2018: a name ending in a common word ("Quý") stays whole',
    place: 'Khánh Hòa',
    text: `Hội nghị triển khai nhiệm vụ tài chính
Sáng 10/1/2018, UBND tỉnh Khánh Hòa tổ chức hội nghị triển khai nhiệm vụ tài chính năm 2018. Ông Lê Ngọc Quý, Phó Giám đốc Sở Tài chính tỉnh Khánh Hòa, cho biết thu ngân sách quý IV tăng mạnh. Ông Nguyễn Văn Sáng, Chi cục trưởng Chi cục Thuế thành phố Nha Trang, báo cáo kết quả thu thuế.`,
    expect: {
      people: [
        { name: 'Lê Ngọc Quý', positions: [{ title: 'Phó Giám đốc', organization: 'Sở Tài chính tỉnh Khánh Hòa' }], roles: ['spoke'] },
        { name: 'Nguyễn Văn Sáng', roles: ['reported'] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Bình Dương 2022: an association whose name goes on in lower case is kept whole',
    place: 'Bình Dương',
    text: `Hội thảo thu hút đầu tư
Ngày 5/8/2022, UBND tỉnh Bình Dương tổ chức hội thảo thu hút đầu tư. Ông Nguyễn Mại, Chủ tịch Hiệp hội Doanh nghiệp đầu tư nước ngoài, cho rằng tỉnh cần cải thiện hạ tầng.`,
    expect: {
      people: [{ name: 'Nguyễn Mại', positions: [{ title: 'Chủ tịch', organization: 'Hiệp hội Doanh nghiệp đầu tư nước ngoài' }], roles: ['spoke'] }],
      exhaustive: false,
    },
  },
  {
    name: 'Cần Thơ 2023: who reports to a minister on a field trip plays no part in his conference',
    place: 'Cần Thơ',
    text: `Hội nghị phát triển lúa chất lượng cao
Sáng 9/6/2023, tại TP Cần Thơ, Bộ Nông nghiệp và Phát triển nông thôn tổ chức hội nghị phát triển một triệu héc-ta lúa chất lượng cao. Bộ trưởng Lê Minh Hoan chủ trì hội nghị.
Chiều cùng ngày, Bộ trưởng Lê Minh Hoan đi kiểm tra mô hình sản xuất lúa tại huyện Thới Lai. Ông Nguyễn Văn Hòa, Chủ tịch UBND huyện Thới Lai, báo cáo với Bộ trưởng về tình hình sản xuất.`,
    expect: {
      people: [
        { name: 'Lê Minh Hoan', roles: ['chaired'] },
        { name: 'Nguyễn Văn Hòa', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Thới Lai' }], roles: [] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Quảng Ninh 2024: who goes along on a visit before a conference did not attend it',
    place: 'Quảng Ninh',
    text: `Hội nghị Ban Chấp hành Đảng bộ tỉnh Quảng Ninh
Ngày 20/1/2024, Tỉnh ủy Quảng Ninh tổ chức hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh. Đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy Quảng Ninh, chủ trì hội nghị.
Trước đó, đồng chí Nguyễn Xuân Ký đã đến thăm, tặng quà các gia đình chính sách tại thành phố Cẩm Phả. Cùng đi có ông Nghiêm Xuân Cường, Phó Chủ tịch UBND tỉnh Quảng Ninh.`,
    expect: {
      people: [
        { name: 'Nguyễn Xuân Ký', roles: ['chaired'] },
        { name: 'Nghiêm Xuân Cường', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Quảng Ninh' }], roles: [] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Lâm Đồng 2022: "Thường trực" inside a title, a guest from Gia Lai among them',
    place: 'Lâm Đồng',
    text: `Hội nghị cải cách hành chính
Sáng 15/3/2022, UBND tỉnh Lâm Đồng tổ chức hội nghị cải cách hành chính. Ông Đặng Trí Dũng, Phó Chủ tịch Thường trực UBND tỉnh Lâm Đồng, chủ trì hội nghị. Bà Nguyễn Thị Hằng, Phó Giám đốc Thường trực Sở Nội vụ tỉnh Lâm Đồng, báo cáo kết quả cải cách hành chính. Ông Rah Lan Chung, Phó Bí thư Thường trực Tỉnh ủy Gia Lai, phát biểu tại hội nghị.`,
    expect: {
      people: [
        { name: 'Đặng Trí Dũng', positions: [{ title: 'Phó Chủ tịch Thường trực', organization: 'UBND tỉnh Lâm Đồng' }], roles: ['chaired'] },
        { name: 'Nguyễn Thị Hằng', positions: [{ title: 'Phó Giám đốc Thường trực', organization: 'Sở Nội vụ tỉnh Lâm Đồng' }], roles: ['reported'] },
        { name: 'Rah Lan Chung', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Gia Lai' }], roles: ['spoke'] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Phú Thọ 2021: hospitals written in full and in the press\'s short forms',
    place: 'Phú Thọ',
    text: `Hội nghị chuyển giao kỹ thuật y tế
Ngày 22/4/2021, Sở Y tế tỉnh Phú Thọ tổ chức hội nghị chuyển giao kỹ thuật. Ông Hoàng Công Tình, Giám đốc BVĐK tỉnh Phú Thọ, phát biểu khai mạc. Ông Trần Viết Tiến, Giám đốc Bệnh viện Đa khoa Trung ương Cần Thơ, trình bày báo cáo. Ông Nguyễn Tri Thức, Giám đốc BV Chợ Rẫy, phát biểu tại hội nghị.`,
    expect: {
      people: [
        { name: 'Hoàng Công Tình', positions: [{ title: 'Giám đốc', organization: 'Bệnh viện Đa khoa tỉnh Phú Thọ' }], roles: ['opened'] },
        { name: 'Trần Viết Tiến', positions: [{ title: 'Giám đốc', organization: 'Bệnh viện Đa khoa Trung ương Cần Thơ' }], roles: ['reported'] },
        { name: 'Nguyễn Tri Thức', positions: [{ title: 'Giám đốc', organization: 'Bệnh viện Chợ Rẫy' }], roles: ['spoke'] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Thái Bình 2018: lists of attendees ("gồm có", "có sự tham dự của các ông")',
    place: 'Thái Bình',
    text: `Hội nghị sơ kết công tác dân vận
Sáng 18/7/2018, Ban Dân vận Tỉnh ủy Thái Bình tổ chức hội nghị sơ kết công tác dân vận. Đại biểu dự hội nghị gồm có ông Đặng Trọng Thăng, bà Nguyễn Thị Thu Hà, ông Phạm Văn Xuyên. Hội nghị có sự tham dự của các ông Nguyễn Hồng Diên, Trần Xuân Sinh.`,
    expect: {
      people: [
        { name: 'Đặng Trọng Thăng', roles: ['attended'] },
        { name: 'Nguyễn Thị Thu Hà', roles: ['attended'] },
        { name: 'Phạm Văn Xuyên', roles: ['attended'] },
        { name: 'Nguyễn Hồng Diên', roles: ['attended'] },
        { name: 'Trần Xuân Sinh', roles: ['attended'] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Hà Nội 2017: a National Assembly sitting written as "Kỳ họp thứ 3, Quốc hội khóa XIV"',
    place: 'Hà Nội',
    text: `Quốc hội chất vấn Bộ trưởng Bộ Công Thương
Chiều 13/6/2017, tiếp tục chương trình Kỳ họp thứ 3, Quốc hội khóa XIV, Bộ trưởng Bộ Công Thương Trần Tuấn Anh trả lời chất vấn của đại biểu Quốc hội.`,
    expect: {
      people: [{ name: 'Trần Tuấn Anh', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Công Thương' }], roles: ['spoke'] }],
      events: [{ kind: 'session', organizer: 'Quốc hội', ordinal: 3, term: 'XIV', date: '2017-06-13' }],
      exhaustive: false,
    },
    eventCount: 1,
  },
  {
    name: 'Phú Yên 2019: a ceremony marking a founding anniversary and receiving an order is one event',
    place: 'Phú Yên',
    text: `Lễ kỷ niệm 30 năm tái lập tỉnh Phú Yên
Sáng 1/7/2019, Tỉnh ủy, HĐND, UBND tỉnh Phú Yên tổ chức lễ kỷ niệm 30 năm tái lập tỉnh và đón nhận Huân chương Lao động hạng Nhất. Ông Huỳnh Tấn Việt, Bí thư Tỉnh ủy Phú Yên, đọc diễn văn tại buổi lễ.`,
    expect: {
      people: [{ name: 'Huỳnh Tấn Việt', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Phú Yên' }], roles: ['spoke'] }],
      events: [{ kind: 'meeting', date: '2019-07-01' }],
      exhaustive: false,
    },
    eventCount: 1,
  },
];

describeWrongFactBatch('remaining phenomena', CASES, 14);

/**
 * Cases of the first run still missed, kept as they were written: each test passes while the
 * extractor still misses a fact of its case, and fails once the miss is fixed (then move the case up).
 *   - a council committee's inspection ("buổi giám sát") is no event, so its chair has no role;
 *   - "tại Kỳ họp thứ 8" gets no organizer from "Quốc hội khóa XV" named in the sentence before.
 */
const KNOWN_MISSES: WrongFactCase[] = [
  {
    name: 'TP.HCM 2019: a council committee with a dash in its name is kept whole',
    place: 'TP Hồ Chí Minh',
    text: `Giám sát công tác giảm nghèo tại Quận 11
Chiều 12/4/2019, Ban Văn hóa - Xã hội HĐND Quận 11 tổ chức buổi giám sát công tác giảm nghèo. Bà Trần Thị Mai, Trưởng Ban Văn hóa - Xã hội HĐND Quận 11, chủ trì buổi giám sát.`,
    expect: {
      people: [
        {
          name: 'Trần Thị Mai',
          positions: [{ title: 'Trưởng ban', organization: ['Ban Văn hóa - Xã hội HĐND Quận 11', 'Ban Văn hóa - Xã hội HĐND quận 11 Thành phố Hồ Chí Minh'] }],
          roles: ['chaired'],
        },
      ],
      exhaustive: false,
    },
    forbidden: [{ person: 'Trần Thị Mai', organizations: ['HĐND Quận 11', 'HĐND quận 11 Thành phố Hồ Chí Minh', 'Ban Văn hóa'] }],
  },
  {
    name: 'Sơn La 2024: "tại Kỳ họp thứ 8" with the legislature named before it',
    place: 'Sơn La',
    text: `Đại biểu Quốc hội tỉnh Sơn La thảo luận tại tổ
Quốc hội khóa XV đang họp tại Hà Nội. Sáng 25/10/2024, tại Kỳ họp thứ 8, bà Quàng Thị Nguyễn, đại biểu Quốc hội tỉnh Sơn La, phát biểu thảo luận về dự án Luật Công đoàn (sửa đổi).`,
    expect: {
      people: [{ name: 'Quàng Thị Nguyễn', roles: ['spoke'] }],
      events: [{ kind: 'session', organizer: 'Quốc hội', ordinal: 8, term: 'XV', date: '2024-10-25' }],
      exhaustive: false,
    },
    eventCount: 1,
  },
];

describeKnownMisses('remaining phenomena', KNOWN_MISSES);

function positionsOf(text: string, name: string): string[] {
  const out = extractArticle(text, { id: 'phenomena' });
  return (out.people.find((p) => p.name === name)?.positions ?? []).map((q) => `${q.title} / ${q.organization}`);
}

describe('remaining phenomena: bodies cut or run on, found on the real corpus', () => {
  it('never cuts an institution after one capitalised syllable followed by lower case', () => {
    const text = `Hội thảo về giá\nNgày 3/4/2017, tại Hà Nội, ông Ngô Trí Long, nguyên Viện trưởng Viện Nghiên cứu thị trường giá cả, phát biểu tại hội thảo. Bà Trần Thu Huệ, Giám đốc Trung tâm Nghiên cứu tội phạm học và điều tra tội phạm, cho biết nhiều vụ việc đã được làm rõ.`;
    expect(positionsOf(text, 'Ngô Trí Long').some((p) => p.endsWith('Viện Nghiên'))).toBe(false);
    expect(positionsOf(text, 'Trần Thu Huệ').some((p) => p.endsWith('Trung tâm Nghiên'))).toBe(false);
  });

  it('keeps a company whose capitalised name ends before a lower-case clause', () => {
    const text = `Khánh thành nhà máy\nNgày 9/9/2017, tại Bình Dương, ông Lê Hoàng Phong, Giám đốc Công ty Hoàng Gia Phát cho biết nhà máy mới tạo việc làm cho 500 lao động.`;
    expect(positionsOf(text, 'Lê Hoàng Phong')).toEqual(['Giám đốc / Công ty Hoàng Gia Phát']);
  });

  it('reads the press\'s "BV" and "BVĐK", but no hospital cut after one syllable nor run on past a dash', () => {
    const text = `Hội nghị ngành y tế\nNgày 12/5/2017, tại TP Hồ Chí Minh, Sở Y tế tổ chức hội nghị. Ông Đào Trung Hiếu, Phó Giám đốc BV Nhi đồng 1, phát biểu tại hội nghị. Ông Trần Viết Tiệp, Giám đốc BV Việt Nam - Thụy Điển Uông Bí - BV thuộc top đầu các BV tuyến Trung ương, cũng cho biết. Ông Cầm Bá Thể, Giám đốc BVĐK huyện Thường Xuân, báo cáo tại hội nghị. Ông Trần Văn Minh, Phó Giám đốc BVĐK Thường Xuân thanh minh về sự việc. Ông Trần Minh Điển, Phó Giám đốc BV Nhi Trung ương, cũng dự.`;
    expect(positionsOf(text, 'Đào Trung Hiếu').some((p) => p.endsWith('Bệnh viện Nhi'))).toBe(false);
    expect(positionsOf(text, 'Trần Viết Tiệp')).toEqual(['Giám đốc / Bệnh viện Việt Nam - Thụy Điển Uông Bí']);
    expect(positionsOf(text, 'Cầm Bá Thể')).toEqual(['Giám đốc / Bệnh viện Đa khoa huyện Thường Xuân']);
    expect(positionsOf(text, 'Trần Văn Minh').some((p) => p.includes('thanh minh'))).toBe(false);
    expect(positionsOf(text, 'Trần Minh Điển')).toEqual(['Phó Giám đốc / Bệnh viện Nhi Trung ương']);
  });
});

describe('remaining phenomena: assembly sittings and dashes, found on the real corpus', () => {
  it('keeps an official whose department is joined to its parent by a dash before his name', () => {
    const text = `Sạt lở bờ sông\nNgày 20/7/2017, theo Chi cục trưởng Chi cục Thủy lợi - Sở Nông nghiệp và Phát triển nông thôn tỉnh Hậu Giang Trần Thanh Toàn, các ngành đang theo dõi tình hình sạt lở.`;
    expect(positionsOf(text, 'Trần Thanh Toàn')).toHaveLength(1);
    expect(positionsOf(text, 'Trần Thanh Toàn')[0]).toMatch(/^Chi cục trưởng \/ Chi cục Thủy lợi/);
  });

  it('makes no working session of "tiếp tục chương trình làm việc"', () => {
    const text = `Thảo luận ở tổ\nTiếp tục chương trình làm việc, chiều 7/6/2017, Quốc hội thảo luận ở tổ về dự án Luật Thủy sản (sửa đổi). Đại biểu Nguyễn Thị Yến phát biểu tại tổ.`;
    expect(extractArticle(text, { id: 'programme-of-work' }).events.map((e) => e.name)).not.toContain('Buổi làm việc');
  });

  it('reads no visit in "rút thăm" after "Trước đó"', () => {
    const text = `Hội nghị người lao động\nSáng 6/2/2017, Công đoàn Khu chế xuất TP Hồ Chí Minh tổ chức hội nghị người lao động. Trước đó, Công đoàn tổ chức rút thăm trúng thưởng. Ông Phan Như Bình, Chủ tịch Công đoàn Khu chế xuất TP Hồ Chí Minh, cho biết 95% công nhân đã đi làm.`;
    const out = extractArticle(text, { id: 'draw' });
    expect(out.people.find((p) => p.name === 'Phan Như Bình')?.roles.map((r) => r.role)).toEqual(['spoke']);
  });

  it('reports no sitting from the programme of one to come', () => {
    const text = `Tiếp xúc cử tri\nChuẩn bị Kỳ họp thứ ba Quốc hội khóa XIV, ngày 13/5/2017, Tổng Bí thư Nguyễn Phú Trọng tiếp xúc cử tri quận Ba Đình. Sau khi thông báo những nội dung chính trong chương trình Kỳ họp thứ ba Quốc hội khóa XIV, Tổng Bí thư đã trao đổi về từng vấn đề.`;
    expect(extractArticle(text, { id: 'upcoming' }).events.filter((e) => e.kind === 'session')).toEqual([]);
  });
});

describe('remaining phenomena: a memorial service', () => {
  it('gives the deceased no role and the one who reads the eulogy a speech', () => {
    const text = `Lễ truy điệu nguyên Phó Chủ tịch UBND tỉnh Tây Ninh
Chiều 3/11/2017, tại Tây Ninh, Tỉnh ủy Tây Ninh tổ chức lễ truy điệu đồng chí Trần Văn Mười, nguyên Phó Chủ tịch UBND tỉnh Tây Ninh. Đồng chí Nguyễn Thanh Ngọc, Phó Bí thư Tỉnh ủy Tây Ninh, đọc điếu văn tại lễ truy điệu.`;
    const out = extractArticle(text, { id: 'memorial' });
    expect(out.events).toHaveLength(1);
    expect(out.events[0]?.date).toBe('2017-11-03');
    const dead = out.people.find((p) => p.name === 'Trần Văn Mười');
    expect(dead?.roles ?? []).toEqual([]);
    expect(out.people.find((p) => p.name === 'Nguyễn Thanh Ngọc')?.roles.map((r) => r.role)).toEqual(['spoke']);
  });
});
