// A press conference about another event ("Văn phòng Quốc hội tổ chức họp báo thông tin về kỳ
// họp thứ 3", "buổi Họp báo Hội nghị …") is the event held: its organizer, its date, its chair and
// its speakers are the briefing's. The event it is about, often still to come, gets none of them.
// What someone tells a reporter in an interview ("Xin ông cho biết sau cuộc họp sáng nay của …?")
// is no speech at the meeting the question mentions.
// First run of the cases written before the fix (on 2887051): 6/10 cases pass, facts 84/91.
// After the fixes: 9/9 cases pass (with the interview case added after the first run); the two left failing, none of these phenomena, are kept as
// known misses below.
import { describeKnownMisses, describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Hà Nội 2018: a briefing on a session still to come',
    place: 'Hà Nội',
    text: `Quốc hội sẽ xem xét 8 dự án luật tại kỳ họp thứ 6
2018-10-18
Chiều 18/10, Văn phòng Quốc hội tổ chức họp báo thông tin về kỳ họp thứ 6 của Quốc hội khóa XIV. Ông Trần Văn Khải, Phó Chủ nhiệm Văn phòng Quốc hội cho biết, kỳ họp sẽ khai mạc vào ngày 22/10 và bế mạc vào ngày 20/11.`,
    expect: {
      people: [{ name: 'Trần Văn Khải', positions: [{ title: 'Phó Chủ nhiệm', organization: 'Văn phòng Quốc hội' }], roles: ['spoke'] }],
      events: [{ kind: 'meeting', organizer: 'Văn phòng Quốc hội', date: '2018-10-18' }],
    },
    eventCount: 1,
    forbiddenEvents: ['kỳ họp thứ 6'],
  },
  {
    name: 'Quảng Ninh 2019: a provincial briefing on an investment conference, chaired',
    place: 'Quảng Ninh',
    text: `Quảng Ninh sắp tổ chức hội nghị xúc tiến đầu tư
2019-12-05
Sáng 5/12, UBND tỉnh Quảng Ninh tổ chức họp báo thông tin về Hội nghị xúc tiến đầu tư tỉnh Quảng Ninh năm 2019. Ông Vũ Đình Tuấn, Phó Chủ tịch UBND tỉnh chủ trì buổi họp báo. Giám đốc Sở Kế hoạch và Đầu tư Hoàng Thị Mai cho biết hội nghị dự kiến diễn ra ngày 15/12 với khoảng 500 đại biểu.`,
    expect: {
      people: [
        { name: 'Vũ Đình Tuấn', roles: ['chaired'] },
        { name: 'Hoàng Thị Mai', roles: ['spoke'] },
      ],
      events: [{ kind: 'meeting', organizer: 'UBND tỉnh Quảng Ninh', date: '2019-12-05' }],
    },
    eventCount: 1,
  },
  {
    name: 'Hà Nội 2017: "đã diễn ra buổi Họp báo Hội nghị …", a minister chairs the briefing',
    place: 'Hà Nội',
    text: `Thủ tướng sẽ đối thoại với doanh nghiệp nông nghiệp
2017-08-14
Chiều 14/8 tại Hà Nội đã diễn ra buổi Họp báo Hội nghị Thủ tướng Chính phủ với doanh nghiệp nông nghiệp. Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Đỗ Minh Châu chủ trì buổi họp báo. Tại buổi họp báo, Thứ trưởng Lê Quốc Thịnh cho biết hội nghị sẽ diễn ra vào sáng 20/8 tại Hà Nội.`,
    expect: {
      people: [
        { name: 'Đỗ Minh Châu', roles: ['chaired'] },
        { name: 'Lê Quốc Thịnh', roles: ['spoke'] },
      ],
      events: [{ kind: 'meeting', date: '2017-08-14' }],
    },
    eventCount: 1,
  },
  {
    name: 'Khánh Hòa 2017: "Tại buổi họp báo" on a festival to come',
    place: 'Khánh Hòa',
    text: `Festival Biển Nha Trang 2017 có nhiều hoạt động mới
2017-04-20
Ngày 20/4, Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa tổ chức họp báo giới thiệu Festival Biển Nha Trang 2017. Tại buổi họp báo, ông Nguyễn Hữu Phước, Giám đốc Sở cho biết festival sẽ khai mạc vào tối 10/6 tại quảng trường 2/4.`,
    expect: {
      people: [{ name: 'Nguyễn Hữu Phước', roles: ['spoke'] }],
      events: [{ kind: 'meeting', date: '2017-04-20' }],
    },
    eventCount: 1,
  },
  {
    name: 'Gia Lai 2025: a briefing on a provincial Party congress after the reform',
    place: 'Gia Lai',
    text: `Đại hội Đảng bộ tỉnh Gia Lai lần thứ I sẽ diễn ra trong 3 ngày
2025-10-08
Chiều 8/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025 - 2030. Ông Đinh Văn Lực, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì họp báo. Ông Đinh Văn Lực cho biết đại hội sẽ diễn ra từ ngày 14 đến 16/10 với 350 đại biểu.`,
    expect: {
      people: [{ name: 'Đinh Văn Lực', roles: ['chaired', 'spoke'] }],
      events: [{ kind: 'meeting', date: '2025-10-08' }],
    },
    eventCount: 1,
    forbiddenEvents: ['Đại hội'],
  },
  {
    name: 'Hà Tĩnh 2017: an interview about a meeting held that morning',
    place: 'Hà Tĩnh',
    text: `Phó Chủ tịch tỉnh Hà Tĩnh: 'Chủ động sơ tán dân trước bão'
2017-09-14
Phó Chủ tịch UBND tỉnh Hà Tĩnh Nguyễn Hữu Bình cho rằng việc sơ tán dân phải xong trước 17 giờ chiều nay.
Xin ông cho biết sau cuộc họp sáng nay của Ban Chỉ huy phòng chống thiên tai tỉnh, tỉnh đã có những biện pháp gì? Chúng tôi đã yêu cầu các huyện ven biển sơ tán dân khỏi vùng nguy hiểm, cấm tàu thuyền ra khơi. Như vậy các huyện đã sẵn sàng chưa? Đến nay các huyện đã chuẩn bị đủ lương thực và phương tiện.`,
    expect: {
      people: [{ name: 'Nguyễn Hữu Bình', roles: [] }],
    },
  },
  {
    name: 'Đồng Nai 2026: "Thưa bà, tại buổi làm việc …?" in an interview after the reform',
    place: 'Đồng Nai',
    text: `Giám đốc Sở Y tế Đồng Nai: 'Sẽ bổ sung thuốc trong tháng 4'
2026-03-21
Phóng viên đã trao đổi với bà Lê Thị Thu Trang, Giám đốc Sở Y tế tỉnh Đồng Nai về việc thiếu thuốc tại các trạm y tế xã.
Thưa bà, tại buổi làm việc với Bộ Y tế chiều qua, tỉnh đã kiến nghị những gì? Chúng tôi đã kiến nghị Bộ cho phép các trạm y tế phường, xã được mua thuốc trực tiếp. Bà có thể cho biết khi nào thuốc được bổ sung? Trong tháng 4, các trạm sẽ có đủ thuốc.`,
    expect: {
      people: [{ name: 'Lê Thị Thu Trang', roles: [] }],
    },
  },
  {
    // Added after the first run, from the real article's shape (the interviewee named in the lead, before the question); fails on 15467a0.
    name: 'An Giang 2017: an interview whose lead quotes the interviewee before the question names a meeting',
    place: 'An Giang',
    text: `Bà Trần Thị Thu: 'Cần thống nhất lịch xả lũ trong vùng'
2017-09-20
Phó Chủ tịch UBND tỉnh An Giang Trần Thị Thu cho rằng lịch xả lũ mới khó được các tỉnh chấp nhận.
Xin bà cho biết sau cuộc họp sáng nay của các tỉnh vùng Đồng bằng sông Cửu Long, lịch xả lũ đã có kết quả ra sao? Thực ra cuộc họp này chưa quyết định được gì. Như vậy chúng ta sẽ phải chờ? Đúng vậy, tháng sau sẽ có ý kiến chính thức.`,
    expect: {
      people: [{ name: 'Trần Thị Thu', roles: [] }],
    },
  },
  {
    name: 'control, Nghệ An 2017: a conference reported with its chair and speakers stays',
    place: 'Nghệ An',
    text: `Nghệ An sơ kết kinh tế - xã hội 6 tháng đầu năm
2017-06-12
Sáng 12/6, UBND tỉnh Nghệ An tổ chức hội nghị sơ kết tình hình kinh tế - xã hội 6 tháng đầu năm 2017. Phó Chủ tịch UBND tỉnh Lê Văn Nam chủ trì hội nghị. Phát biểu tại hội nghị, Giám đốc Sở Tài chính Trần Thị Hoa đề nghị các huyện đẩy nhanh giải ngân vốn đầu tư công.`,
    expect: {
      people: [
        { name: 'Lê Văn Nam', roles: ['chaired'] },
        { name: 'Trần Thị Hoa', roles: ['spoke'] },
      ],
      events: [{ kind: 'conference', organizer: 'UBND tỉnh Nghệ An', date: '2017-06-12' }],
    },
    eventCount: 1,
  },
];

describeWrongFactBatch('press briefings and interviews', CASES, 8);

/**
 * Cases of the first run still missed, kept as they were written: each test passes while the
 * extractor still misses a fact of its case, and fails once the miss is fixed (then move the case up).
 *   - a chair's "… chủ trì họp báo và cho biết …" gives no speech;
 *   - "Phó Phát ngôn viên" is no title the extractor knows, so the spokeswoman is not named.
 */
const KNOWN_MISSES: WrongFactCase[] = [
  {
    name: 'Cần Thơ 2022: a briefing after a past government meeting',
    place: 'Cần Thơ',
    text: `Cần Thơ công bố kết quả phiên họp thường kỳ tháng 5
2022-06-02
Chiều 2/6, sau phiên họp thường kỳ tháng 5 của UBND thành phố Cần Thơ, UBND thành phố tổ chức họp báo. Ông Phạm Thanh Sơn, Chánh Văn phòng UBND thành phố chủ trì họp báo và cho biết tăng trưởng 5 tháng đạt 6,2%.`,
    expect: {
      people: [{ name: 'Phạm Thanh Sơn', roles: ['chaired', 'spoke'] }],
      events: [{ kind: 'meeting', organizer: 'UBND thành phố Cần Thơ', date: '2022-06-02' }],
    },
    eventCount: 1,
    forbiddenEvents: ['phiên họp thường kỳ'],
  },
  {
    name: 'control, Hà Nội 2017: a regular briefing with no other event keeps its roles',
    place: 'Hà Nội',
    text: `Bộ Ngoại giao lên tiếng về hoạt động trên Biển Đông
2017-08-03
Chiều 3/8, Bộ Ngoại giao tổ chức họp báo thường kỳ. Phó Phát ngôn viên Bộ Ngoại giao Nguyễn Thị Hồng Nhung cho biết Việt Nam kiên quyết bảo vệ chủ quyền của mình.`,
    expect: {
      people: [{ name: 'Nguyễn Thị Hồng Nhung', roles: ['spoke'] }],
      events: [{ kind: 'meeting', organizer: 'Bộ Ngoại giao', date: '2017-08-03' }],
    },
    eventCount: 1,
  },
];

describeKnownMisses('press briefings and interviews', KNOWN_MISSES);
