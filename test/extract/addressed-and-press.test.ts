// Two wrong-fact shapes. (a) A plural title the clause addresses, then a comma and an official
// ("Chia sẻ với các đại biểu Quốc hội, Bộ trưởng … cho biết"): the official was given the plural
// title's post and lost his own. The names right after the plural title ("các đại biểu Quốc hội
// Nguyễn A, Trần B") are its holders and keep it. (b) What an official tells a newspaper or its
// reporter ("trả lời Báo …", "xác nhận với Zing.vn", "chia sẻ với PV …", "trao đổi với phóng
// viên") is no speech at the article's meeting.
// First run of the 9 cases written before the fix (on e0bf4b3): 5/9 cases pass, facts 48/55
// (the 3 addressed officials given the plural title's post, and "xác nhận với Zing.vn" read as a
// speech at the meeting).
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Hà Nội 2018: a minister answering the deputies keeps his own title',
    place: 'Hà Nội',
    text: `Bộ trưởng Y tế trả lời chất vấn
2018-11-06
Sáng 6/11, Quốc hội tiếp tục phiên chất vấn. Bộ trưởng Bộ Y tế Phạm Văn Khải đăng đàn trả lời chất vấn. Chia sẻ với các đại biểu Quốc hội, Bộ trưởng Phạm Văn Khải cho biết ngành y tế sẽ giảm quá tải bệnh viện.`,
    expect: {
      people: [{ name: 'Phạm Văn Khải', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Y tế' }] }],
      exhaustive: false,
    },
    forbidden: [{ person: 'Phạm Văn Khải', organizations: ['Quốc hội'] }],
  },
  {
    name: 'Quảng Ninh 2019: a department director speaking to the council deputies',
    place: 'Quảng Ninh',
    text: `Chất vấn về giao thông tại kỳ họp HĐND tỉnh Quảng Ninh
2019-07-12
Ngày 12/7, HĐND tỉnh Quảng Ninh khóa XIII tiếp tục kỳ họp thứ 12. Trao đổi với các đại biểu HĐND tỉnh, Giám đốc Sở Giao thông vận tải Trần Văn Hùng cho biết tuyến đường sẽ hoàn thành trong năm nay.`,
    expect: {
      people: [{ name: 'Trần Văn Hùng', positions: [{ title: 'Giám đốc', organization: 'Sở Giao thông vận tải tỉnh Quảng Ninh' }] }],
      exhaustive: false,
    },
    forbidden: [{ person: 'Trần Văn Hùng', organizations: ['HĐND tỉnh Quảng Ninh'] }],
  },
  {
    name: 'Phú Thọ 2025: a commune chairwoman before the commune deputies',
    place: 'Phú Thọ',
    text: `Kỳ họp thứ hai HĐND xã Tân Lập
2025-09-18
Ngày 18/9, HĐND xã Tân Lập, tỉnh Phú Thọ tổ chức kỳ họp thứ hai. Phát biểu trước các đại biểu HĐND xã, Chủ tịch UBND xã Tân Lập Lê Thị Hoa nhấn mạnh nhiệm vụ chuyển đổi số.`,
    expect: {
      people: [{ name: 'Lê Thị Hoa', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Tân Lập' }] }],
      exhaustive: false,
    },
    forbidden: [{ person: 'Lê Thị Hoa', organizations: ['HĐND xã Tân Lập'] }],
  },
  {
    name: 'control, Hà Nội 2017: the names right after the plural title are its holders',
    place: 'Hà Nội',
    text: `Bộ trưởng trả lời chất vấn về đất đai
2017-06-13
Chiều 13/6, Bộ trưởng Bộ Tài nguyên và Môi trường Trần Hồng Hà trả lời câu hỏi của các đại biểu Quốc hội Nguyễn Thị Mai, Đỗ Văn Bình về thu hồi đất.`,
    expect: {
      people: [
        { name: 'Trần Hồng Hà', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Tài nguyên và Môi trường' }] },
        { name: 'Nguyễn Thị Mai', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] },
        { name: 'Đỗ Văn Bình', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Thanh Hóa 2017: answering a newspaper on the sidelines of a conference',
    place: 'Thanh Hóa',
    text: `Thanh Hóa tổng kết vụ đông
2017-03-08
Sáng 8/3, UBND tỉnh Thanh Hóa tổ chức hội nghị tổng kết sản xuất vụ đông. Bên lề hội nghị, trả lời Báo Thanh Hóa, ông Lê Văn Nam, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa cho biết diện tích cây vụ đông tăng mạnh.`,
    expect: { people: [{ name: 'Lê Văn Nam', roles: [] }], exhaustive: false },
  },
  {
    name: 'Cần Thơ 2019: confirming to an online newspaper',
    place: 'Cần Thơ',
    text: `Cần Thơ họp bàn chống ngập
2019-04-12
Sáng 12/4, UBND TP Cần Thơ tổ chức hội nghị bàn giải pháp chống ngập. Chiều cùng ngày, xác nhận với Zing.vn, ông Trần Quốc Việt, Phó Chủ tịch UBND quận Ninh Kiều, cho biết quận đã lập tổ công tác.`,
    expect: { people: [{ name: 'Trần Quốc Việt', roles: [] }], exhaustive: false },
  },
  {
    name: 'Đắk Lắk 2020: sharing with a newspaper\'s reporter',
    place: 'Đắk Lắk',
    text: `Đắk Lắk triển khai tiêm chủng
2020-10-05
Ngày 5/10, Sở Y tế tỉnh Đắk Lắk tổ chức hội nghị triển khai chiến dịch tiêm chủng. Chia sẻ với PV Dân trí, bà Nguyễn Thị Thu, Phó Giám đốc Sở Y tế tỉnh Đắk Lắk cho biết toàn tỉnh đã có đủ vắc xin.`,
    expect: { people: [{ name: 'Nguyễn Thị Thu', roles: [] }], exhaustive: false },
  },
  {
    name: 'An Giang 2025: talking with a reporter after a council session',
    place: 'An Giang',
    text: `HĐND tỉnh An Giang bế mạc kỳ họp
2025-12-10
Ngày 10/12, HĐND tỉnh An Giang tổ chức kỳ họp thứ năm. Sau kỳ họp, trao đổi với phóng viên, ông Phạm Văn Lộc, Chủ tịch UBND xã Mỹ Hòa Hưng, nói xã sẽ sớm giải ngân vốn đầu tư công.`,
    expect: { people: [{ name: 'Phạm Văn Lộc', roles: [] }], exhaustive: false },
  },
  {
    name: 'control, Bình Định 2018: speaking at the conference is a speech',
    place: 'Bình Định',
    text: `Bình Định sơ kết du lịch
2018-07-20
Sáng 20/7, UBND tỉnh Bình Định tổ chức hội nghị sơ kết công tác du lịch 6 tháng đầu năm. Phát biểu tại hội nghị, ông Hồ Quốc Dũng, Chủ tịch UBND tỉnh Bình Định, đề nghị các sở phối hợp quảng bá du lịch.`,
    expect: {
      people: [{ name: 'Hồ Quốc Dũng', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Bình Định' }], roles: ['spoke'] }],
      exhaustive: false,
    },
  },
];

describeWrongFactBatch('plural titles addressed and statements to the press', CASES, 9);
