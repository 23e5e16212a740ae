// Names with the next words glued on. The press runs photo captions, bylines and headlines into
// the text with no full stop: "… Bộ trưởng Bộ KHĐT Nguyễn Chí Dũng Bích Ngọc" (a caption, then the
// reporter), "Phó Chủ tịch Quốc hội Phùng Quốc Hiển Tuy nhiên …" (a caption, then the next
// sentence). The capitalised words after the name made a longer "name", a person who does not
// exist, with the post of the real one. Where the same article names the official in full on
// his own, the longer run is that name with words glued on.
// First run of the 9 cases written before the fix (on main ed09d1d): 4/9 cases pass, facts 61/67.
// One miss was the case's fault: its meeting ("Ủy ban Thường vụ Quốc hội cho ý kiến …") was named
// by no event word, so no speech could be given at it; "tại phiên họp thứ 26" was added. A tenth
// case (a control) was added after the whole corpus showed a name given also shorter ("tức bà …")
// cut before its post in brackets; it passes on main and failed on the first form of the fix.
// Known limit: of two people of one article whose names differ only by a last word ("Nguyễn Thị
// Hạnh" and "Nguyễn Thị Hạnh Dung"), the longer one is cut when a lower-case word follows it
// (with a comma after it, as in the control below, it is not). Over the 35,440 real articles the
// fix took out 54 people in 53 articles, each read: every one a name with a caption's next words,
// a byline or a headline glued on (38 posts of theirs went with them); the real name came back in
// 6 (with a post or a speech in 5).
//
// Then abbreviations glued into names: "ông Vũ Đức Hạnh - Phó Chánh TP Hà Nội" made a person
// "Phó Chánh Tp Hà Nội", "Phó Tổng GĐ MobiFone" one "Phó Tổng Gđ Mobifone" ("Phó" is a family
// name), "(Đoàn TP Hồ Chí Minh)" one "Đoàn Tp Hồ Chí Minh", "Đoàn LS" one "Đoàn Ls". A word in
// capitals ends a name, and "GĐ", "PGĐ", "TGĐ", "Phó Tổng GĐ" are the press's directors.
// First run of the 4 cases written before that fix: 1/4 pass; the batch 11/14, facts 80/84.
// The whole corpus then showed "TGĐ Đài Tiếng nói Việt Nam" cut to "Đài Tiếng" (as the full
// title was before): the national broadcasters and news agency are known bodies now; its case,
// added after, fails on main. Whole corpus for both: 91 articles differ; 72 people and 67 posts
// gained (directors of departments, hospitals and companies written "GĐ"; the broadcasters'
// heads), 8 nonexistent people gone; lost: 2 speeches given to a name before a company title
// the lexicons lack (as with the full title), a sports "kỳ đại hội" event (wrong), a press
// conference's organizer moved between two of its co-organizers.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Nghệ An 2019: a caption, then the reporter\'s name',
    place: 'Nghệ An',
    text: `Bí thư Tỉnh ủy Nghệ An làm việc với huyện Quỳ Hợp
Ngày 12/3/2019, Bí thư Tỉnh ủy Nghệ An Nguyễn Đắc Vinh làm việc với Ban Thường vụ Huyện ủy Quỳ Hợp. Bí thư Tỉnh ủy Nguyễn Đắc Vinh yêu cầu huyện đẩy nhanh tiến độ xây dựng nông thôn mới. Bí thư Tỉnh ủy Nghệ An Nguyễn Đắc Vinh Thu Hằng`,
    expect: {
      people: [{ name: 'Nguyễn Đắc Vinh', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Nghệ An' }] }],
    },
  },
  {
    name: 'Quốc hội 2018: a caption run into the next sentence ("Tuy nhiên")',
    place: 'Trung ương',
    text: `Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật
Sáng 14/8/2018, tại phiên họp thứ 26, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án Luật Quy hoạch. Phó Chủ tịch Quốc hội Tòng Thị Phóng Tuy nhiên, nhiều ý kiến còn băn khoăn về thời hạn. Phó Chủ tịch Quốc hội Tòng Thị Phóng đề nghị cơ quan soạn thảo tiếp thu ý kiến các đại biểu.`,
    expect: {
      people: [{ name: 'Tòng Thị Phóng', positions: [{ title: 'Phó Chủ tịch', organization: 'Quốc hội' }], roles: ['spoke'] }],
      exhaustive: true,
    },
  },
  {
    name: 'Cần Thơ 2021: a four-word name with the photographer\'s name after it',
    place: 'Cần Thơ',
    text: `Lãnh đạo TP Cần Thơ thăm công trình trọng điểm
Ngày 5/4/2021, Phó Chủ tịch UBND TP Cần Thơ Trương Quang Hoài Nam kiểm tra tiến độ dự án cầu Trần Hoàng Na. Phó Chủ tịch UBND TP Cần Thơ Trương Quang Hoài Nam Phạm Hùng`,
    expect: {
      people: [{ name: 'Trương Quang Hoài Nam', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thành phố Cần Thơ' }] }],
    },
  },
  {
    name: 'Thanh Hóa 2017: a headline glued to the body\'s first words',
    place: 'Thanh Hóa',
    text: `Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Đình Xứng Chỉ đạo khắc phục hậu quả mưa lũ
Ngày 12/10/2017, Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Đình Xứng kiểm tra công tác khắc phục hậu quả mưa lũ tại huyện Bá Thước. Ông Nguyễn Đình Xứng yêu cầu các ngành tập trung giúp dân ổn định đời sống.`,
    expect: {
      people: [{ name: 'Nguyễn Đình Xứng', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Thanh Hóa' }] }],
    },
  },
  {
    name: 'Bộ Công Thương 2017: a headline "Liên quan …" glued after the name',
    place: 'Trung ương',
    text: `Họp báo thường kỳ của Bộ Công Thương
Chiều 20/7/2017, Bộ Công Thương tổ chức họp báo thường kỳ quý II. Thứ trưởng Bộ Công Thương Cao Quốc Hưng Liên quan tới tiến độ các dự án điện, Thứ trưởng Bộ Công Thương Cao Quốc Hưng cho biết bộ đang đôn đốc các chủ đầu tư.`,
    expect: {
      people: [{ name: 'Cao Quốc Hưng', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Công Thương' }], roles: ['spoke'] }],
    },
  },
  {
    name: 'Đắk Lắk 2020: the same glue with a two-word byline opening on a family name',
    place: 'Đắk Lắk',
    text: `Tỉnh Đắk Lắk triển khai nhiệm vụ năm 2020
Ngày 8/1/2020, UBND tỉnh Đắk Lắk tổ chức hội nghị triển khai nhiệm vụ năm 2020. Chủ tịch UBND tỉnh Đắk Lắk Phạm Ngọc Nghị chủ trì hội nghị. Chủ tịch UBND tỉnh Đắk Lắk Phạm Ngọc Nghị Lê Phước`,
    expect: {
      people: [{ name: 'Phạm Ngọc Nghị', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Đắk Lắk' }], roles: ['chaired'] }],
      events: [{ kind: 'conference', organizer: 'UBND tỉnh Đắk Lắk', date: '2020-01-08' }],
    },
  },
  {
    name: 'control, Hà Nội 2022: a five-word name the article writes only whole stays whole',
    place: 'Hà Nội',
    text: `Gặp mặt doanh nghiệp tiêu biểu
Ngày 9/10/2022, tại buổi gặp mặt, bà Huỳnh Vũ Thị Minh Hằng, Phó Tổng Giám đốc Công ty cổ phần Thực phẩm Hà Nội, phát biểu ý kiến.`,
    expect: {
      people: [{ name: 'Huỳnh Vũ Thị Minh Hằng', roles: ['spoke'] }],
      exhaustive: false,
    },
  },
  {
    name: 'control, Quảng Ninh 2023: a three-word name and a longer one of another person both stay',
    place: 'Quảng Ninh',
    text: `Hội nghị Ban Chấp hành Đảng bộ tỉnh Quảng Ninh
Ngày 4/7/2023, Ban Chấp hành Đảng bộ tỉnh Quảng Ninh tổ chức hội nghị lần thứ 14. Đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy, chủ trì hội nghị. Đồng chí Nguyễn Thị Hạnh, Phó Bí thư Thường trực Tỉnh ủy, và đồng chí Nguyễn Thị Hạnh Dung, Trưởng Ban Dân vận Tỉnh ủy, dự hội nghị.`,
    expect: {
      people: [
        { name: 'Nguyễn Xuân Ký', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Quảng Ninh' }], roles: ['chaired'] },
        { name: 'Nguyễn Thị Hạnh', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Quảng Ninh' }], roles: ['attended'] },
        { name: 'Nguyễn Thị Hạnh Dung', positions: [{ title: 'Trưởng Ban', organization: 'Ban Dân vận Tỉnh ủy Quảng Ninh' }], roles: ['attended'] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'control, Bình Dương 2024: a name that ends a sentence before the next one\'s name keeps both',
    place: 'Bình Dương',
    text: `Bình Dương trao quyết định nhân sự
Ngày 2/2/2024, Tỉnh ủy Bình Dương tổ chức lễ trao quyết định. Phó Bí thư Tỉnh ủy Nguyễn Lộc Hà trao quyết định cho đồng chí Trần Văn Nam. Đồng chí Trần Văn Nam Anh, Phó Chủ tịch UBND tỉnh, dự buổi lễ.`,
    expect: {
      people: [
        { name: 'Nguyễn Lộc Hà', positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Bình Dương' }] },
        { name: 'Trần Văn Nam' },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'control, Hà Tĩnh 2017: a name the article also gives shorter ("tức bà …") stays whole before a reporter\'s note',
    place: 'Hà Tĩnh',
    text: `Lao động tố công ty xuất khẩu lao động
Ngày 10/5/2017, 5 lao động ra Hà Nội gặp bà Trần Thị Minh Nguyệt (Phó Giám đốc Công ty Á Châu). Tài liệu chưa đủ căn cứ xác định Trần Thị Minh (tức bà Trần Thị Minh Nguyệt - PV) có hành vi lừa đảo.`,
    expect: {
      people: [{ name: 'Trần Thị Minh Nguyệt', positions: [{ title: 'Phó Giám đốc', organization: 'Công ty Á Châu' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'Hà Nội 2019: a title cut short before an abbreviated city ("Phó Chánh TP Hà Nội") is nobody',
    place: 'Hà Nội',
    text: `Thanh tra việc quản lý đất đai tại quận Long Biên
Ngày 15/4/2019, Thanh tra TP Hà Nội công bố quyết định thanh tra tại quận Long Biên. Đoàn thanh tra gồm 7 người, trong đó ông Vũ Đức Hạnh - Phó Chánh TP Hà Nội là trưởng đoàn.`,
    // The official himself is missed: his title is cut short, and "ông" with a name alone keeps no one.
    expect: { people: [], exhaustive: false },
    forbiddenPeople: ['Phó Chánh TP Hà Nội', 'Phó Chánh'],
  },
  {
    name: 'Đà Nẵng 2018: a deputy general director written "Phó Tổng GĐ" is nobody\'s name',
    place: 'Đà Nẵng',
    text: `Ký kết hợp tác chuyển đổi số
Ngày 3/10/2018, UBND TP Đà Nẵng ký kết thỏa thuận hợp tác với Tập đoàn VNPT. Ông Huỳnh Quang Huy, Phó Tổng GĐ VNPT, phát biểu tại lễ ký kết.`,
    expect: {
      people: [{ name: 'Huỳnh Quang Huy' }],
      exhaustive: true,
    },
    forbiddenPeople: ['Phó Tổng', 'Phó Tổng GĐ VNPT'],
  },
  {
    name: 'Quốc hội 2017: a deputy\'s delegation in brackets after a dash ("- (Đoàn TP Hồ Chí Minh)") is no person',
    place: 'Trung ương',
    text: `Quốc hội thảo luận về dự án luật
Sáng 5/6/2017, tại kỳ họp thứ 3, Quốc hội thảo luận ở hội trường về dự án Luật Quản lý nợ công. Trong phiên thảo luận, ĐBQH Trần Hoàng Ngân - (Đoàn TP Hồ Chí Minh), từng là Phó Chủ nhiệm Ủy ban Kinh tế, cho biết cần siết chặt bảo lãnh của Chính phủ.`,
    expect: {
      people: [{ name: 'Trần Hoàng Ngân', roles: ['spoke'] }],
      exhaustive: true,
    },
  },
  {
    name: 'Chính phủ 2019: a headline\'s verb glued before a title ("… Tiếp Đại sứ …")',
    place: 'Trung ương',
    text: `Thủ tướng Nguyễn Xuân Phúc Tiếp Đại sứ Nhật Bản
Chiều 20/3/2019, tại trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản tại Việt Nam Umeda Kunio. Thủ tướng Nguyễn Xuân Phúc đề nghị hai nước tăng cường hợp tác đầu tư.`,
    expect: {
      people: [{ name: 'Nguyễn Xuân Phúc', positions: [{ title: 'Thủ tướng', organization: 'Chính phủ' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'Quảng Ninh 2017: heads of the national broadcasters written "TGĐ", with a lower-case word in a body\'s name',
    place: 'Quảng Ninh',
    text: `Gặp mặt các cơ quan báo chí Trung ương
Ngày 20/6/2017, Tỉnh ủy Quảng Ninh tổ chức hội nghị gặp mặt các cơ quan báo chí Trung ương. Dự hội nghị có các đồng chí: Trần Bình Minh, TGĐ Đài Truyền hình Việt Nam; Nguyễn Thế Kỷ, TGĐ Đài Tiếng nói Việt Nam.`,
    expect: {
      people: [
        { name: 'Trần Bình Minh', positions: [{ title: 'Tổng Giám đốc', organization: 'Đài Truyền hình Việt Nam' }], roles: ['attended'] },
        { name: 'Nguyễn Thế Kỷ', positions: [{ title: 'Tổng Giám đốc', organization: 'Đài Tiếng nói Việt Nam' }], roles: ['attended'] },
      ],
    },
  },
];

describeWrongFactBatch('names with the next words glued on', CASES, 15);
