// Causes found by a hand check of real 2017 articles (seed 7031), each pinned with sentences of
// other provinces, bodies and years:
//   - A name whose last word is a short form ("Bệnh viện Nhi T.Ư", "Cục Đăng kiểm VN", "Viện
//     Chiến lược và Phát triển GTVT") kept as written, so one body came out under two names.
//   - "kết luận" with its object ("để kết luận nguyên nhân vụ việc", "kết luận thanh tra") read
//     as concluding a meeting, with a working session made up around it.
//   - A press conference about a session ("Họp báo kỳ họp thứ 3 Quốc hội khóa XIV. Chiều 19/5,
//     Văn phòng Quốc hội tổ chức họp báo …") dated the session by the press conference and gave
//     its speakers roles at the session.
// First run of the 7 cases (the Bắc Giang one a control; on lead 7fc379e, before the fixes of
// this file): 2/7 cases pass, facts 33/43. The three short-form cases were written after their
// fix and measured with it stashed. The Bộ Y tế case had a second sentence then ("Sau khi về
// địa phương làm việc, …"), whose working session is a separate question (a team's visit to a
// place may be one) left open: it was taken out after the first run.
// The last two cases came from a scan of the events the output gives to the Party's Central
// Committee, written after their fixes; both fail with the fixes stashed (a day "cách đây 70 năm"
// dated the ceremony 1947; "Hội đồng Thi đua - Khen thưởng Trung ương" read as the Party's).
// Whole corpus: 31 articles' posts and organizers now in the full form; 4 wrong "concluded"
// roles (an inspection's conclusion) now speeches; 2 conferences a press conference was about
// (one of them wrongly the Party's 1st plenum) and their 4 speeches gone; no right fact lost.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Hà Nội 2018: "Giám đốc Bệnh viện Nhi T.Ư" is the Central Children\'s Hospital written out',
    place: 'Hà Nội',
    text: `Cảnh báo bệnh tay chân miệng
PGS.TS Trần Minh Điển, Giám đốc Bệnh viện Nhi T.Ư cho biết số ca mắc tăng mạnh.`,
    expect: {
      people: [{ name: 'Trần Minh Điển', positions: [{ title: 'Giám đốc', organization: 'Bệnh viện Nhi Trung ương' }] }],
    },
  },
  {
    name: 'Bộ GTVT 2019: "Phó Cục trưởng Cục Đăng kiểm VN" is written out',
    place: 'Hà Nội',
    text: `Siết chặt đăng kiểm xe cơ giới
Ông Nguyễn Vũ Hải, Phó Cục trưởng Cục Đăng kiểm VN cho biết sẽ kiểm tra đột xuất các trung tâm đăng kiểm.`,
    expect: {
      people: [{ name: 'Nguyễn Vũ Hải', positions: [{ title: 'Phó Cục trưởng', organization: 'Cục Đăng kiểm Việt Nam' }] }],
    },
  },
  {
    name: 'TP.HCM 2018: "Viện trưởng Viện Chiến lược và Phát triển GTVT" is written out',
    place: 'Thành phố Hồ Chí Minh',
    text: `Giải pháp chống ùn tắc
Ông Trần Hữu Minh, Viện trưởng Viện Chiến lược và Phát triển GTVT phát biểu tại hội thảo.`,
    expect: {
      people: [{ name: 'Trần Hữu Minh', positions: [{ title: 'Viện trưởng', organization: 'Viện Chiến lược và Phát triển Giao thông vận tải' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'Bộ Y tế 2019: "để kết luận nguyên nhân vụ việc" concludes no meeting',
    place: 'Hòa Bình',
    text: `Làm rõ sự cố y khoa tại bệnh viện tỉnh
Ông Lương Ngọc Khuê, Cục trưởng Cục Quản lý Khám chữa bệnh cho biết, Bộ Y tế đang xem xét quy trình để kết luận nguyên nhân vụ việc.`,
    expect: {
      people: [{ name: 'Lương Ngọc Khuê', positions: [{ title: 'Cục trưởng', organization: 'Cục Quản lý Khám chữa bệnh' }], roles: [] }],
    },
    eventCount: 0,
  },
  {
    name: 'Thanh Hóa 2020: "sẽ kết luận thanh tra" concludes no meeting',
    place: 'Thanh Hóa',
    text: `Thanh tra dự án khu đô thị
Ông Lê Văn Hùng, Chánh Thanh tra tỉnh Thanh Hóa cho biết, đoàn thanh tra sẽ kết luận thanh tra trong tháng 8.`,
    expect: {
      people: [{ name: 'Lê Văn Hùng', positions: [{ title: 'Chánh Thanh tra', organization: 'Thanh tra tỉnh Thanh Hóa' }], roles: [] }],
    },
    eventCount: 0,
  },
  {
    name: 'Control, Bắc Giang 2019: "kết luận hội nghị" is the meeting\'s conclusion',
    place: 'Bắc Giang',
    text: `Hội nghị sơ kết 6 tháng
Sáng 10/7, UBND tỉnh Bắc Giang tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Chủ tịch UBND tỉnh Lê Ánh Dương kết luận hội nghị.`,
    expect: {
      people: [{ name: 'Lê Ánh Dương', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Bắc Giang' }], roles: ['concluded'] }],
    },
  },
  {
    name: 'Quốc hội 2019: a press conference about the coming session gives it neither its date nor speakers; they are the press conference\'s',
    place: 'Hà Nội',
    text: `Quốc hội sẽ xem xét 10 dự án luật
Họp báo kỳ họp thứ 8 Quốc hội khóa XIV Chiều 18/10, Văn phòng Quốc hội tổ chức họp báo thông tin về kỳ họp thứ 8 của Quốc hội khóa XIV. Ông Nguyễn Hạnh Phúc, Tổng Thư ký, Chủ nhiệm Văn phòng Quốc hội cho biết kỳ họp sẽ khai mạc ngày 21/10.`,
    expect: {
      // What he tells the press is said at the press conference, the event held that day.
      people: [{ name: 'Nguyễn Hạnh Phúc', roles: ['spoke'] }],
      events: [{ kind: 'meeting', organizer: 'Văn phòng Quốc hội' }],
      exhaustive: false,
    },
    forbiddenEvents: ['Kỳ họp thứ 8'],
  },
  {
    name: 'Quảng Trị, undated: a day "cách đây 70 năm" is history, never the year of the ceremony',
    place: 'Quảng Trị',
    text: `Lễ kỷ niệm Ngày Thương binh - Liệt sĩ
Sáng 27/7, UBND tỉnh Quảng Trị tổ chức lễ kỷ niệm Ngày Thương binh - Liệt sĩ. Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh Nguyễn Đức Chính nhắc lại, cách đây 70 năm, ngày 27/7/1947, Chủ tịch Hồ Chí Minh đã chọn ngày này.`,
    expect: {
      people: [{ name: 'Nguyễn Đức Chính', roles: ['spoke'] }],
      events: [{ organizer: 'UBND tỉnh Quảng Trị', date: null }],
      exhaustive: false,
    },
  },
  {
    name: 'Hà Nội 2019: "Hội đồng Thi đua - Khen thưởng Trung ương" organizes, not the Party\'s Central Committee',
    place: 'Hà Nội',
    text: `Tuyên dương điển hình tiên tiến
Sáng 20/6, Lễ tuyên dương điển hình tiên tiến toàn quốc được Hội đồng Thi đua - Khen thưởng Trung ương tổ chức tại Hà Nội. Thủ tướng Chính phủ Nguyễn Xuân Phúc, Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương phát biểu tại buổi lễ.`,
    expect: {
      people: [{ name: 'Nguyễn Xuân Phúc', positions: [{ title: 'Thủ tướng', organization: 'Chính phủ' }, { title: 'Chủ tịch', organization: 'Hội đồng Thi đua - Khen thưởng Trung ương' }], roles: ['spoke'] }],
      exhaustive: false,
    },
    forbiddenOrganizers: ['Ban Chấp hành Trung ương Đảng'],
  },
];

describeWrongFactBatch('hand check 7031', CASES, 9);
