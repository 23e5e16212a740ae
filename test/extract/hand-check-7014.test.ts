// Causes found by a hand check of real 2017 articles (seed 7014), each pinned with sentences of
// other provinces, bodies and years:
//   - "với 20 ngàn nhân viên, làm việc tại 30 quốc gia": staff at work, with a comma between,
//     is no working session;
//   - "tập đoàn Gia Lý Kiến Thiết (Kerry Group)": a name glossed by a foreign company's name in
//     brackets is the company's, never a person's;
//   - "qua báo cáo … của UBKT Trung ương, Ban Bí thư nhận thấy, … ông A có trách nhiệm": a
//     report taken through ("qua", "theo") is a noun, and gives the person after it no role;
//   - "Cùng ngày, Phó Thủ tướng A … đã dự hội nghị công bố quyết định kiểm tra …": another
//     event attended, named but not one of the article's, takes its sentence and those after
//     it away from the event reported before.
// First run of the 5 cases written before the fixes (on main): 0/5 cases pass, facts 41/49. The
// bracket case's position check and the case of a bracket opening on a post were added after the
// corpus diff (a company cut to "Tập đoàn Gia"; "Ông Phạm Đình Đoàn (Chủ tịch Phu Thai Holdings)"
// lost), and fail on the first fix's tree; so does the Đà Nẵng case (another event's guests,
// an invitation, an opening ceremony), which the first, broader rule for another event failed.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Hong Kong 2019 profile: staff working in many countries is no meeting',
    place: 'Hà Nội',
    text: `Tỉ phú Quách Hạc Niên và bí quyết sống lâu
Ông Quách Hạc Niên sinh ngày 6/10/1923 tại Penang, Malaysia. Ông là chủ tịch Tập đoàn Kerry tại Hong Kong, với 20 ngàn nhân viên, làm việc tại 30 quốc gia.`,
    eventCount: 0,
    expect: { exhaustive: false },
  },
  {
    name: 'Long An 2020: workers listed before "làm việc tại" hold no meeting',
    place: 'Long An',
    text: `Nhà máy thép mở rộng sản xuất
Tổng công ty Lương thực miền Nam có 3.000 công nhân, làm việc tại 40 đơn vị ở các tỉnh. Ông Nguyễn Văn Út, Phó Chủ tịch UBND tỉnh Long An, cho biết tỉnh sẽ hỗ trợ doanh nghiệp.`,
    expect: {
      people: [{ name: 'Nguyễn Văn Út', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Long An' }], roles: [] }],
    },
    eventCount: 0,
  },
  {
    name: 'Hong Kong 2019: a name glossed by a foreign company in brackets is no person',
    place: 'Hà Nội',
    text: `Tỉ phú Quách Hạc Niên
Ông Quách Hạc Niên là chủ tịch tập đoàn Gia Lý Kiến Thiết (Kerry Group) và tập đoàn Hương Cách Lý Lạp (Shangri-La Asia Limited) tại Hong Kong.`,
    expect: {
      // The company keeps its whole name ("Gia", cut before the would-be name, was the first fix's).
      people: [{ name: 'Quách Hạc Niên', positions: [{ title: 'Chủ tịch', organization: 'Tập đoàn Gia Lý Kiến Thiết' }] }],
      notPeople: ['Lý Kiến Thiết', 'Kiến Thiết', 'Cách Lý Lạp', 'Lý Lạp'],
      exhaustive: false,
    },
  },
  {
    name: 'Hà Nội 2018: a bracket opening on a post stays the person\'s, whatever company it names',
    place: 'Hà Nội',
    text: `Doanh nghiệp ký hợp đồng nhập khẩu
Ông Trần Bá Dương (Chủ tịch Thaco Group): doanh nghiệp sẽ nhập khẩu linh kiện. Bà Lê Thị Thu Hà (Tổng giám đốc Saigon Co.op) cũng cho biết kế hoạch năm 2018.`,
    expect: { people: [{ name: 'Trần Bá Dương' }, { name: 'Lê Thị Thu Hà' }], exhaustive: false },
  },
  {
    name: 'Kon Tum 2018: a report taken through ("qua", "theo") gives the one disciplined no role',
    place: 'Kon Tum',
    text: `Ủy ban Kiểm tra Trung ương kỳ họp thứ 20
Ngày 12-3-2018, Ủy ban Kiểm tra Trung ương họp kỳ thứ 20 dưới sự chủ trì của đồng chí Trần Cẩm Tú, Chủ nhiệm Ủy ban Kiểm tra Trung ương. Qua báo cáo kết quả kiểm tra của Ủy ban Kiểm tra Tỉnh ủy Kon Tum, Ủy ban nhận thấy, ông Hà Văn Minh, nguyên Chủ tịch UBND tỉnh Kon Tum, có trách nhiệm trong việc giao đất sai quy định. Theo báo cáo giải trình gửi Ủy ban, ông Lê Văn Sơn, nguyên Giám đốc Sở Tài nguyên và Môi trường tỉnh Kon Tum, đã nhận khuyết điểm.`,
    expect: {
      people: [
        { name: 'Trần Cẩm Tú', positions: [{ title: 'Chủ nhiệm', organization: 'Ủy ban Kiểm tra Trung ương' }], roles: ['chaired'] },
        { name: 'Hà Văn Minh', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Kon Tum', former: true }], roles: [] },
        { name: 'Lê Văn Sơn', positions: [{ title: 'Giám đốc', organization: 'Sở Tài nguyên và Môi trường tỉnh Kon Tum', former: true }], roles: [] },
      ],
    },
  },
  {
    name: 'Phú Yên 2019: the roles at another event attended are not the Secretariat meeting\'s',
    place: 'Phú Yên',
    text: `Ban Bí thư kỷ luật nguyên Chủ tịch tỉnh Phú Yên
Chiều 14-8-2019, Thường trực Ban Bí thư Trần Quốc Vượng đã chủ trì cuộc họp của Ban Bí thư để xem xét kỷ luật ông Lê Văn Tâm, nguyên Chủ tịch UBND tỉnh Phú Yên. Tại cuộc họp, Ban Bí thư đã thảo luận các vi phạm của ông Lê Văn Tâm.
Kiểm tra công tác cán bộ tại Phú Yên Cùng ngày, Phó Thủ tướng Trịnh Đình Dũng, Trưởng đoàn kiểm tra số 9 của Bộ Chính trị đã dự hội nghị công bố quyết định kiểm tra công tác cán bộ tại Tỉnh ủy Phú Yên. Ông Trần Hữu Thế, Chủ tịch UBND tỉnh Phú Yên cho biết tỉnh sẽ phối hợp chặt chẽ với đoàn.`,
    expect: {
      // The inspection's conference is not recognised as an event of its own (a known miss):
      // its people then have no role rather than one at the Secretariat meeting.
      people: [
        { name: 'Trần Quốc Vượng', positions: [{ title: 'Thường trực', organization: 'Ban Bí thư' }], roles: ['chaired'] },
        { name: 'Lê Văn Tâm', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Phú Yên', former: true }], roles: [] },
        { name: 'Trịnh Đình Dũng', positions: [{ title: 'Phó Thủ tướng', organization: 'Chính phủ' }], roles: [] },
        { name: 'Trần Hữu Thế', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Phú Yên' }], roles: [] },
      ],
      events: [{ kind: 'meeting', organizer: 'Ban Bí thư', date: '2019-08-14' }],
    },
  },
  {
    name: 'Đà Nẵng 2019: guests at the dialogue, an invitation and the opening ceremony are the event reported\'s',
    place: 'Đà Nẵng',
    text: `Thủ tướng đối thoại với doanh nghiệp Đà Nẵng
Sáng 20/4/2019, UBND thành phố Đà Nẵng tổ chức hội nghị đối thoại với doanh nghiệp. Phó Thủ tướng Vương Đình Huệ dự lễ khai mạc và phát biểu.
Các doanh nghiệp tham dự buổi đối thoại. Trong phát biểu kết luận, Chủ tịch UBND thành phố Đà Nẵng Huỳnh Đức Thơ cam kết tháo gỡ khó khăn. Ông cũng cảm ơn Chính phủ đã mời thành phố dự Hội nghị Xúc tiến đầu tư tại Tokyo.`,
    expect: {
      people: [
        { name: 'Huỳnh Đức Thơ', positions: [{ title: 'Chủ tịch', organization: 'UBND thành phố Đà Nẵng' }], roles: ['concluded'] },
      ],
      events: [{ kind: 'conference', organizer: 'UBND thành phố Đà Nẵng', date: '2019-04-20' }],
      exhaustive: false,
    },
  },
];

describeWrongFactBatch('hand check 7014', CASES, 7);
