// Blind batch "known misses 5": cases written from the phenomena before reading the code that
// handles them, in other provinces and years, before and after the July 2025 reform:
//   a. a company's or cooperative's name after its legal form ("Công ty TNHH ô tô X", "Công ty CP
//      Đầu tư X", "Công ty TNHH MTV X", "Doanh nghiệp tư nhân X", "Hợp tác xã X", "Cty TNHH X") is
//      never a person; the real person beside it keeps the name and gets no wrong post;
//   b. a planned meeting ("Dự kiến, Hội nghị … sẽ diễn ra vào ngày …", "Kỳ họp thứ N HĐND tỉnh
//      khóa X … sẽ xem xét …", "Theo kế hoạch, Đại hội … sẽ được tổ chức …", "… sẽ chủ trì") is
//      not an event held on a date with roles;
//   controls: a person named after a company's name, a session held (with "sẽ xem xét" in its
//   own programme), a congress opened today whose programme says "theo kế hoạch".
//
// First run, before any fix (on main, 170cbde): 9/13 cases pass; facts 68/75. Failing: "Công ty TNHH
// ô tô Hoàng Gia" made a person "Hoàng Gia" (Giám đốc / Công ty TNHH ô tô) and lost Lê Văn Tâm;
// "Giám đốc Cty TNHH X, ông A" gave no person (a miss, not a wrong fact); the planned "Dự kiến, Hội
// nghị lần thứ 10 … sẽ diễn ra" and "Kỳ họp thứ 7 … sẽ xem xét" came out as events, the second
// with the council chair as a speaker at it. The other companies' names, the planned congress
// "theo kế hoạch … sẽ được tổ chức", the planned chair "sẽ chủ trì" and the three controls passed.
// After the fixes: 13/13 cases, facts 76/76 in the batch, with one case added after the first run
// (marked; it fails on the first two fixes' tree); the Cần Thơ case ("Cty") is kept below as
// a known miss (its company name is no person, but the person after the comma is still left out:
// reading "Cty" as "Công ty" gave 38 articles more posts, among them companies' names cut or run
// on and two names read as people, so it is left for later).
import { describeKnownMisses, describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'a, Đồng Nai 2017: "ông A, Giám đốc Công ty TNHH ô tô X, cho biết"',
    place: 'Đồng Nai',
    text: `Đại lý ô tô ở Biên Hòa giảm giá xe cuối năm
2017-11-20
Ông Lê Văn Tâm, Giám đốc Công ty TNHH ô tô Hoàng Gia, cho biết lượng xe bán ra trong tháng 11 tăng gần 30% so với tháng trước.`,
    expect: {
      people: [{ name: 'Lê Văn Tâm' }],
      exhaustive: true,
    },
    forbiddenPeople: ['Hoàng Gia', 'Gia'],
  },
  {
    name: 'a, Bình Dương 2018: "xử phạt Công ty CP Đầu tư X": no one',
    place: 'Bình Dương',
    text: `Xử phạt doanh nghiệp xả thải ra sông Thị Tính
2018-06-14
UBND tỉnh Bình Dương vừa ban hành quyết định xử phạt Công ty CP Đầu tư Minh Phát 320 triệu đồng do xả nước thải chưa qua xử lý ra sông Thị Tính. Công ty CP Đầu tư Minh Phát phải khắc phục hậu quả trong 30 ngày.`,
    expect: { people: [], exhaustive: true },
    forbiddenPeople: ['Minh Phát'],
  },
  {
    name: 'a, Hà Tĩnh 2017: "Công ty TNHH MTV X và Doanh nghiệp tư nhân Y" beside an official',
    place: 'Hà Tĩnh',
    text: `Kỳ Anh chọn nhà thầu làm đường liên xã
2017-08-09
Các đơn vị trúng thầu gồm Công ty TNHH MTV Thành Công và Doanh nghiệp tư nhân Hòa Bình. Ông Nguyễn Văn Sơn, Phó Chủ tịch UBND huyện Kỳ Anh, cho biết tuyến đường sẽ hoàn thành trong năm nay.`,
    expect: {
      people: [{ name: 'Nguyễn Văn Sơn', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Kỳ Anh' }] }],
      exhaustive: true,
    },
    forbiddenPeople: ['Thành Công', 'Hòa Bình'],
  },
  {
    name: 'a, Sơn La 2019: "ông A, Giám đốc Hợp tác xã X, xã Y, huyện Z"',
    place: 'Sơn La',
    text: `Hợp tác xã trồng xoài ở Mai Sơn
2019-05-30
Ông Lò Văn Phong, Giám đốc Hợp tác xã Tân Tiến, xã Chiềng Mung, huyện Mai Sơn, cho biết năm nay hợp tác xã xuất khẩu được 200 tấn xoài.`,
    expect: {
      people: [{ name: 'Lò Văn Phong' }],
      exhaustive: true,
    },
    forbiddenPeople: ['Tân Tiến'],
  },
  {
    name: 'a, Lâm Đồng 2025: "Phó Giám đốc Công ty Cổ phần Xây dựng X" after the reform',
    place: 'Lâm Đồng',
    text: `Khởi công khu nhà ở xã hội tại phường Lâm Viên - Đà Lạt
2025-09-18
Sáng 17/9, UBND phường Lâm Viên - Đà Lạt phối hợp với Công ty Cổ phần Xây dựng Đức Thịnh khởi công khu nhà ở xã hội. Ông Phạm Minh Đức, Phó Giám đốc Công ty Cổ phần Xây dựng Đức Thịnh, cho biết công trình sẽ hoàn thành trong 18 tháng.`,
    expect: {
      people: [{ name: 'Phạm Minh Đức' }],
      exhaustive: true,
    },
    forbiddenPeople: ['Đức Thịnh'],
  },
  {
    // Added after the first run, from the corpus: the company's name written alone elsewhere.
    name: 'a, Bình Định 2017 (added): "Công ty Phạm Gia Phát" makes "giám đốc Phạm Gia Phát" no person',
    place: 'Bình Định',
    text: `Ngư dân Phù Cát chờ thay máy tàu
2017-07-14
Công ty Phạm Gia Phát là đơn vị bán máy cho các chủ tàu. Ông Trần Văn Hậu, Phó Chủ tịch UBND huyện Phù Cát, cho biết huyện đã yêu cầu giám đốc Phạm Gia Phát đến làm việc.`,
    expect: {
      people: [{ name: 'Trần Văn Hậu', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Phù Cát' }] }],
      exhaustive: true,
    },
    forbiddenPeople: ['Phạm Gia Phát'],
  },
  {
    name: 'a control, TP.HCM 2017: a person named after the company\'s name stays',
    place: 'Thành phố Hồ Chí Minh',
    text: `Doanh nghiệp sữa mở rộng nhà máy
2017-04-05
Tổng Giám đốc Công ty CP Sữa Việt Nam, bà Mai Kiều Liên, cho biết công ty sẽ đầu tư thêm hai nhà máy trong năm 2017.`,
    expect: {
      people: [{ name: 'Mai Kiều Liên' }],
      exhaustive: true,
    },
    forbiddenPeople: ['Sữa Việt Nam'],
  },
  {
    name: 'b, Quảng Ninh 2017: "Dự kiến, Hội nghị lần thứ N … sẽ diễn ra vào ngày …"',
    place: 'Quảng Ninh',
    text: `Ban Thường vụ Tỉnh ủy Quảng Ninh cho ý kiến các đề án
2017-12-21
Chiều 20/12, Ban Thường vụ Tỉnh ủy Quảng Ninh họp cho ý kiến vào các đề án trình Hội nghị Ban Chấp hành Đảng bộ tỉnh. Dự kiến, Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ tỉnh khóa XIV sẽ diễn ra vào ngày 28/12.`,
    expect: { exhaustive: false },
    forbiddenEvents: ['lần thứ 10'],
  },
  {
    name: 'b, Nghệ An 2018: "Kỳ họp thứ 7 HĐND tỉnh khóa XVII, (subjects) sẽ xem xét …"',
    place: 'Nghệ An',
    text: `Chuẩn bị chu đáo cho Kỳ họp thứ 7 HĐND tỉnh
2018-06-28
Ông Nguyễn Xuân Sơn, Chủ tịch HĐND tỉnh Nghệ An, cho biết công tác chuẩn bị đã cơ bản hoàn thành. Kỳ họp thứ 7 HĐND tỉnh khóa XVII, nhiệm kỳ 2016-2021 với các báo cáo về tình hình kinh tế - xã hội, thu chi ngân sách, đầu tư công, giải quyết kiến nghị cử tri sẽ xem xét, thông qua 25 nghị quyết quan trọng.`,
    expect: {
      people: [{ name: 'Nguyễn Xuân Sơn', positions: [{ title: 'Chủ tịch', organization: 'HĐND tỉnh Nghệ An' }], roles: [] }],
      exhaustive: false,
    },
    forbiddenEvents: ['Kỳ họp thứ 7'],
  },
  {
    name: 'b, Gia Lai 2025: "Theo kế hoạch, Đại hội … lần thứ I … sẽ được tổ chức …"',
    place: 'Gia Lai',
    text: `Phường Quy Nhơn Nam sẵn sàng cho đại hội
2025-08-06
Chiều 5/8, Ban Thường vụ Đảng ủy phường Quy Nhơn Nam kiểm tra công tác chuẩn bị đại hội. Theo kế hoạch, Đại hội đại biểu Đảng bộ phường Quy Nhơn Nam lần thứ I, nhiệm kỳ 2025-2030 sẽ được tổ chức trong hai ngày 20 và 21/8.`,
    expect: { exhaustive: false },
    forbiddenEvents: ['Đại hội đại biểu Đảng bộ phường Quy Nhơn Nam'],
  },
  {
    name: 'b, Long An 2019: "Hội nghị … dự kiến được tổ chức vào ngày …, do ông A … sẽ chủ trì"',
    place: 'Long An',
    text: `Long An chuẩn bị hội nghị xúc tiến đầu tư
2019-10-30
Hội nghị xúc tiến đầu tư tỉnh Long An năm 2019 dự kiến được tổ chức vào ngày 15/11 tại thành phố Tân An. Ông Trần Văn Cần, Chủ tịch UBND tỉnh Long An, sẽ chủ trì hội nghị.`,
    expect: {
      people: [{ name: 'Trần Văn Cần', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Long An' }], roles: [] }],
      exhaustive: false,
    },
    forbiddenEvents: ['xúc tiến đầu tư'],
  },
  {
    name: 'b control, Bắc Ninh 2017: a session held stays, its programme\'s "sẽ xem xét" aside',
    place: 'Bắc Ninh',
    text: `Khai mạc Kỳ họp thứ 4 HĐND tỉnh Bắc Ninh khóa XVIII
2017-07-12
Sáng 11/7, Kỳ họp thứ 4 HĐND tỉnh Bắc Ninh khóa XVIII, nhiệm kỳ 2016-2021 đã khai mạc. Ông Nguyễn Hữu Thành, Chủ tịch HĐND tỉnh chủ trì kỳ họp. Kỳ họp sẽ xem xét, thông qua 20 nghị quyết.`,
    expect: {
      people: [{ name: 'Nguyễn Hữu Thành', positions: [{ title: 'Chủ tịch', organization: 'HĐND tỉnh Bắc Ninh' }], roles: ['chaired'] }],
      events: [{ kind: 'session', ordinal: 4, term: 'XVIII', date: '2017-07-11' }],
      exhaustive: false,
    },
    eventCount: 1,
  },
  {
    name: 'b control, Thái Nguyên 2025: a congress opened today with "theo kế hoạch" in its programme',
    place: 'Thái Nguyên',
    text: `Khai mạc Đại hội Đảng bộ xã Đại Phúc lần thứ I
2025-08-15
Sáng 14/8, Đại hội đại biểu Đảng bộ xã Đại Phúc lần thứ I, nhiệm kỳ 2025-2030 đã khai mạc. Bà Hoàng Thị Lan, Bí thư Đảng ủy xã Đại Phúc, phát biểu khai mạc đại hội. Theo kế hoạch, đại hội diễn ra trong hai ngày.`,
    expect: {
      people: [{ name: 'Hoàng Thị Lan', positions: [{ title: 'Bí thư', organization: 'Đảng ủy xã Đại Phúc' }], roles: ['opened'] }],
      events: [{ kind: 'congress', ordinal: 1, date: '2025-08-14' }],
      exhaustive: false,
    },
    eventCount: 1,
  },
];

describeWrongFactBatch('known misses 5', CASES, 13);

/**
 * A case of the first run still missed (describeKnownMisses): "Cty" is read as no body's head
 * word, so the title before it finds no body and the person named after the comma is left out.
 * The company's name is no person already.
 */
const KNOWN_MISSES: WrongFactCase[] = [
  {
    name: 'a, Cần Thơ 2020: "Giám đốc Cty TNHH X, ông A, cho biết"',
    place: 'Cần Thơ',
    text: `Doanh nghiệp gạo Cần Thơ tìm thị trường mới
2020-03-11
Giám đốc Cty TNHH Phúc Lộc, ông Võ Thanh Hải, cho biết doanh nghiệp đã ký hợp đồng xuất khẩu 5.000 tấn gạo sang Philippines.`,
    expect: {
      people: [{ name: 'Võ Thanh Hải' }],
      exhaustive: true,
    },
    forbiddenPeople: ['Phúc Lộc'],
  },
];

describeKnownMisses('known misses 5', KNOWN_MISSES);
