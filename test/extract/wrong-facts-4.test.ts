// Wrong facts still seen on real news, pinned with sentences of other provinces, bodies
// and years than the articles they were seen in:
//   - what is to come ("theo kế hoạch … sẽ phát biểu", "dự kiến … sẽ chủ trì") gives no role;
//   - a post held at the time of past events ("khi đó là", "tại thời điểm vi phạm, ông A
//     là", "giai đoạn 2015–2020") is a former post, the one held now ("hiện là") current;
//   - a conference abroad that a Vietnamese leader attends is not organised by the
//     Vietnamese body he leads;
//   - a photo caption on its own line without a full stop keeps its role apart from the
//     sentence below;
//   - a body's name ends before the clause's verb ("khuyến cáo", "cảnh báo", "thông báo");
//   - ambassadors at states the press seldom names (Qatar, Chile, Angola).
// First run (on the code before the fixes): 8/12 cases pass, facts 81/91.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Bắc Giang 2018: a provincial leader who "will" come and direct has no role at this conference',
    place: 'Bắc Giang',
    text: `Hội nghị Ban Chấp hành Đảng bộ huyện Lục Nam lần thứ 15
Sáng 12/7/2018, Huyện ủy Lục Nam tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15. Đồng chí Nguyễn Văn Tuấn, Bí thư Huyện ủy Lục Nam chủ trì hội nghị. Theo kế hoạch, tuần tới đồng chí Lê Ánh Dương, Phó Bí thư Tỉnh ủy Bắc Giang sẽ về làm việc và phát biểu chỉ đạo tại huyện.`,
    expect: {
      people: [
        { name: 'Nguyễn Văn Tuấn', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Lục Nam' }], roles: ['chaired'] },
        { name: 'Lê Ánh Dương', positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Bắc Giang' }], roles: [] },
      ],
    },
    eventCount: 1,
  },
  {
    name: 'Sóc Trăng 2019: a report to be presented at a coming session is no role',
    place: 'Sóc Trăng',
    text: `Thường trực HĐND tỉnh Sóc Trăng họp chuẩn bị kỳ họp thứ 12
Chiều 20/11/2019, Thường trực HĐND tỉnh Sóc Trăng họp chuẩn bị kỳ họp thứ 12 HĐND tỉnh khóa IX. Ông Lâm Văn Mẫn, Chủ tịch HĐND tỉnh Sóc Trăng chủ trì cuộc họp. Kỳ họp dự kiến khai mạc ngày 5/12; ông Trần Văn Chuyện, Phó Chủ tịch HĐND tỉnh Sóc Trăng sẽ trình bày báo cáo thẩm tra tại kỳ họp.`,
    expect: {
      people: [
        { name: 'Lâm Văn Mẫn', positions: [{ title: 'Chủ tịch', organization: 'HĐND tỉnh Sóc Trăng' }], roles: ['chaired'] },
        { name: 'Trần Văn Chuyện', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND tỉnh Sóc Trăng' }], roles: [] },
      ],
    },
  },
  {
    name: 'Kiên Giang 2024: "dự kiến, đồng chí A sẽ chủ trì" is no chair',
    place: 'Kiên Giang',
    text: `Kiên Giang chuẩn bị tổ chức Hội nghị xúc tiến đầu tư
Ngày 3/4/2024, UBND tỉnh Kiên Giang họp Ban Tổ chức hội nghị xúc tiến đầu tư năm 2024. Dự kiến, ông Lâm Minh Thành, Chủ tịch UBND tỉnh Kiên Giang sẽ chủ trì hội nghị vào ngày 20/4 tại thành phố Phú Quốc.`,
    expect: {
      people: [{ name: 'Lâm Minh Thành', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Kiên Giang' }], roles: [] }],
    },
  },
  {
    name: 'Thanh Hóa 2019: "khi đó là" a post held then; "hiện là" the post held now',
    place: 'Thanh Hóa',
    text: `Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa đề nghị kỷ luật cán bộ
Ngày 8/3/2019, Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa họp kỳ thứ 20. Ông Lê Văn Hải, khi đó là Chủ tịch UBND huyện Nông Cống, đã ký nhiều quyết định giao đất trái quy định. Hiện ông Lê Văn Hải là Phó Giám đốc Sở Xây dựng tỉnh Thanh Hóa.`,
    expect: {
      people: [
        {
          name: 'Lê Văn Hải',
          positions: [
            { title: 'Chủ tịch', organization: 'UBND huyện Nông Cống', former: true },
            { title: 'Phó Giám đốc', organization: 'Sở Xây dựng tỉnh Thanh Hóa' },
          ],
        },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Phú Yên 2020: the post held "at the time of the violation" is former',
    place: 'Phú Yên',
    text: `Kỷ luật nguyên lãnh đạo Sở Y tế tỉnh Phú Yên
Chiều 14/10/2020, Ban Thường vụ Tỉnh ủy Phú Yên họp xem xét kỷ luật cán bộ. Tại thời điểm xảy ra vi phạm, ông Trần Quang Minh là Giám đốc Sở Y tế tỉnh Phú Yên.`,
    expect: {
      people: [{ name: 'Trần Quang Minh', positions: [{ title: 'Giám đốc', organization: 'Sở Y tế tỉnh Phú Yên', former: true }] }],
      exhaustive: false,
    },
  },
  {
    name: 'Cao Bằng 2023: a post "giai đoạn 2015–2020" in a 2023 article is former',
    place: 'Cao Bằng',
    text: `Ủy ban Kiểm tra Trung ương kết luận vi phạm tại Cao Bằng
Ngày 26/5/2023, Ủy ban Kiểm tra Trung ương họp kỳ thứ 28. Ông Hoàng Văn Sơn, Bí thư Huyện ủy Bảo Lâm giai đoạn 2015-2020, thiếu trách nhiệm trong lãnh đạo, chỉ đạo.`,
    expect: {
      people: [{ name: 'Hoàng Văn Sơn', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Bảo Lâm', former: true }] }],
      exhaustive: false,
    },
  },
  {
    name: 'Jakarta 2023: a summit abroad that the Prime Minister attends is not organised by the Government',
    place: 'Hà Nội',
    text: `Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 43
Sáng 5/9/2023, tại Jakarta, Indonesia, Hội nghị Cấp cao ASEAN lần thứ 43 khai mạc. Thủ tướng Phạm Minh Chính dự và phát biểu tại phiên họp toàn thể.`,
    expect: {
      people: [{ name: 'Phạm Minh Chính', positions: [{ title: 'Thủ tướng', organization: 'Chính phủ' }] }],
      exhaustive: false,
    },
    forbiddenOrganizers: ['Chính phủ'],
  },
  {
    name: 'Viêng Chăn 2021: a foreign party\'s congress is not organised by the Secretariat whose member attends',
    place: 'Hà Nội',
    text: `Đại hội lần thứ XI Đảng Nhân dân Cách mạng Lào khai mạc
Sáng 13/1/2021, tại Thủ đô Viêng Chăn, Đại hội đại biểu toàn quốc lần thứ XI Đảng Nhân dân Cách mạng Lào khai mạc. Đồng chí Trần Quốc Vượng, Thường trực Ban Bí thư, dẫn đầu đoàn đại biểu Đảng Cộng sản Việt Nam dự đại hội.`,
    expect: {
      people: [{ name: 'Trần Quốc Vượng', positions: [{ title: 'Thường trực', organization: 'Ban Bí thư' }] }],
      exhaustive: false,
    },
    forbiddenOrganizers: ['Ban Bí thư', 'Ban Chấp hành Trung ương Đảng'],
  },
  {
    name: 'Lào Cai 2023: a caption line without a full stop keeps its own speaker',
    place: 'Lào Cai',
    text: `Hội nghị Ban Chấp hành Đảng bộ tỉnh Lào Cai lần thứ 10
Đồng chí Đặng Xuân Phong, Bí thư Tỉnh ủy Lào Cai phát biểu kết luận hội nghị
Sáng 16/1/2023, Tỉnh ủy Lào Cai tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 10. Đồng chí Trịnh Xuân Trường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lào Cai dự hội nghị.`,
    expect: {
      people: [
        { name: 'Đặng Xuân Phong', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Lào Cai' }], roles: ['concluded'] },
        {
          name: 'Trịnh Xuân Trường',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Lào Cai' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Lào Cai' },
          ],
          roles: ['attended'],
        },
      ],
      events: [{ kind: 'conference', ordinal: 10, organizer: 'Tỉnh ủy Lào Cai', date: '2023-01-16' }],
    },
    eventCount: 1,
  },
  {
    name: 'Đắk Lắk 2019: a centre\'s name ends before "khuyến cáo"',
    place: 'Đắk Lắk',
    text: `Đắk Lắk ghi nhận thêm ca sốt xuất huyết
Ngày 22/7/2019, Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk khuyến cáo người dân diệt lăng quăng. Ông Nguyễn Đình Ngọc, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk cho biết số ca mắc tăng.`,
    expect: {
      people: [{ name: 'Nguyễn Đình Ngọc', positions: [{ title: 'Giám đốc', organization: 'Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk' }] }],
      exhaustive: false,
    },
    forbiddenOrganizers: ['Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk khuyến cáo'],
  },
  {
    name: 'Quảng Ninh 2022: a department\'s name ends before "cảnh báo" and "thông báo"',
    place: 'Quảng Ninh',
    text: `Quảng Ninh cảnh báo triều cường
Chiều 10/10/2022, Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ninh cảnh báo triều cường. Ông Nguyễn Minh Sơn, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ninh thông báo các hồ chứa đã an toàn.`,
    expect: {
      people: [{ name: 'Nguyễn Minh Sơn', positions: [{ title: 'Giám đốc', organization: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ninh' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'Doha 2019 and Santiago 2022: ambassadors at Qatar and Chile',
    place: 'Hà Nội',
    text: `Thúc đẩy hợp tác với các nước Trung Đông và Mỹ Latinh
Ngày 14/3/2022, tại Hà Nội, Bộ Ngoại giao tổ chức hội nghị ngoại giao kinh tế. Đại sứ Việt Nam tại Qatar Nguyễn Đức Thắng và Đại sứ Việt Nam tại Chile Phạm Trường Giang phát biểu tại hội nghị.`,
    expect: {
      people: [
        { name: 'Nguyễn Đức Thắng', positions: [{ title: 'Đại sứ', organization: 'Đại sứ quán Việt Nam tại Qatar' }], roles: ['spoke'] },
        { name: 'Phạm Trường Giang', positions: [{ title: 'Đại sứ', organization: 'Đại sứ quán Việt Nam tại Chile' }], roles: ['spoke'] },
      ],
      exhaustive: false,
    },
  },
  // Added after the first run, from the whole-corpus check of the fixes above.
  {
    name: 'Bắc Kinh 2020: "Vạn Lý Trường Thành" holds a family name but names no one',
    place: 'Hà Nội',
    text: `Trùng tu Vạn Lý Trường Thành
Ngày 9/6/2020, ông Trương Kiến, Phó Chủ tịch Hiệp hội Bảo tồn Vạn Lý Trường Thành, cho biết nhiều đoạn tường đã được gia cố. Đại sứ Việt Nam tại Trung Quốc Phạm Sao Mai dự lễ khánh thành.`,
    expect: {
      people: [{ name: 'Phạm Sao Mai', positions: [{ title: 'Đại sứ', organization: 'Đại sứ quán Việt Nam tại Trung Quốc' }] }],
      notPeople: ['Lý Trường Thành', 'Vạn Lý Trường Thành'],
      exhaustive: false,
    },
  },
  {
    name: 'Nghệ An 2019: a registered address ("Nơi đăng ký HKTT: … phường X") is not where the article happens',
    place: 'Nghệ An',
    text: `Truy nã nguyên giám đốc công ty xây dựng
Ngày 12/8/2019, Cơ quan Cảnh sát điều tra (C46, Bộ Công an) ra quyết định truy nã đối với Hồ Văn Lợi, nguyên Giám đốc Công ty Cổ phần Xây lắp Sông Lam. Hồ Văn Lợi khi còn là Phó Bí thư Đảng ủy, Giám đốc SOLACO. Nơi đăng ký HKTT: số 12, phường Hưng Dũng, thành phố Vinh, tỉnh Nghệ An.`,
    expect: { exhaustive: false },
    forbidden: [{ person: 'Hồ Văn Lợi', organizations: ['Đảng ủy phường Hưng Dũng', 'Đảng ủy thành phố Vinh', 'Thành ủy Vinh'] }],
  },
  // Added with the fix, after a hand check of real news (seed 7018) found the plenum's sitting
  // as a meeting of its own; the National Assembly case is its control.
  {
    name: 'Thái Nguyên 2022: "Ban Chấp hành Đảng bộ tỉnh làm việc tại hội trường" before the plenum is named is a sitting of it',
    place: 'Thái Nguyên',
    text: `Ban Chấp hành Đảng bộ tỉnh Thái Nguyên thảo luận kế hoạch năm 2023
Chiều 15/12/2022, Ban Chấp hành Đảng bộ tỉnh Thái Nguyên làm việc tại hội trường, thảo luận kế hoạch phát triển kinh tế - xã hội năm 2023. Hội nghị lần thứ 14 Ban Chấp hành Đảng bộ tỉnh Thái Nguyên khóa XX bước sang ngày làm việc thứ hai. Đồng chí Nguyễn Thanh Hải, Bí thư Tỉnh ủy Thái Nguyên phát biểu kết luận hội nghị.`,
    expect: {
      people: [{ name: 'Nguyễn Thanh Hải', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Thái Nguyên' }], roles: ['concluded'] }],
      events: [{ kind: 'conference', ordinal: 14, date: '2022-12-15' }],
    },
    eventCount: 1,
  },
  {
    name: 'Hà Nội 2019: a National Assembly sitting reported alone stays the article\'s meeting',
    place: 'Hà Nội',
    text: `Quốc hội thảo luận dự án Luật Giáo dục sửa đổi
Chiều 22/5/2019, Quốc hội làm việc tại hội trường, thảo luận dự án Luật Giáo dục (sửa đổi). Phó Chủ tịch Quốc hội Uông Chu Lưu điều hành phiên họp.`,
    expect: {
      people: [{ name: 'Uông Chu Lưu', positions: [{ title: 'Phó Chủ tịch', organization: 'Quốc hội' }], roles: ['chaired'] }],
    },
    eventCount: 1,
  },
  // A second batch, written before looking at how "trình bày" is read: "trình bày" with a
  // report or a draft is `reported`; "trình bày" that closes a quotation or a speech is `spoke`.
  // First run: 1/3 cases pass (facts 113/117 across the batch then).
  {
    name: 'Hải Dương 2018: "- ông A trình bày" after a quotation is speech, not a report',
    place: 'Hải Dương',
    text: `Hội thảo về an toàn thực phẩm tại Hải Dương
Sáng 14/5/2018, Sở Y tế tỉnh Hải Dương tổ chức hội thảo về an toàn thực phẩm. "Kiểm soát từ gốc là việc cần làm ngay" - ông Vũ Mạnh Hà, Giám đốc Sở Y tế tỉnh Hải Dương trình bày.`,
    expect: {
      people: [{ name: 'Vũ Mạnh Hà', positions: [{ title: 'Giám đốc', organization: 'Sở Y tế tỉnh Hải Dương' }], roles: ['spoke'] }],
    },
  },
  {
    name: 'Bình Thuận 2021: "trình bày dự thảo Nghị quyết" is a report',
    place: 'Bình Thuận',
    text: `Kỳ họp thứ 2 HĐND tỉnh Bình Thuận khóa XI
Sáng 21/7/2021, HĐND tỉnh Bình Thuận khóa XI khai mạc kỳ họp thứ 2. Ông Phan Văn Đăng, Phó Chủ tịch UBND tỉnh Bình Thuận trình bày dự thảo Nghị quyết về kế hoạch đầu tư công năm 2022.`,
    expect: {
      people: [{ name: 'Phan Văn Đăng', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Bình Thuận' }], roles: ['reported'] }],
    },
  },
  {
    name: 'Nam Định 2023: "trình bày ý kiến" at a conference is speech',
    place: 'Nam Định',
    text: `Hội nghị Ban Chấp hành Đảng bộ tỉnh Nam Định lần thứ 12
Sáng 10/7/2023, Tỉnh ủy Nam Định tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12. Tại hội nghị, đồng chí Trần Anh Dũng, Phó Chủ tịch UBND tỉnh Nam Định trình bày ý kiến về giải ngân vốn đầu tư công.`,
    expect: {
      people: [{ name: 'Trần Anh Dũng', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Nam Định' }], roles: ['spoke'] }],
    },
  },
];

describeWrongFactBatch('wrong facts 4: plans, past posts, abroad, captions, clause verbs', CASES, 19);
