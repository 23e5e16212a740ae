// Causes found by a hand check of real 2017 articles (seed 7017), each pinned with sentences of
// other provinces, bodies and years:
//   - "nguyên phó chủ tịch UBND TP Hà Nội, nguyên chủ tịch HĐQT Vinaconex nói": a board of
//     directors whose company the extractor does not know took the government body beside it
//     ("Hội đồng quản trị UBND thành phố Hà Nội"); a board belongs to an enterprise, never to a
//     people's committee, council or Party committee;
//   - "phản ánh tại các diễn đàn của kỳ họp thứ 2, Quốc hội khóa XIV": the forums of a session
//     refer to it; it is not an event of the article;
//   - "Thành ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam thành phố tổ chức Lễ đón nhận …": bodies
//     listed before "tổ chức" hold the event together, and the first of them organizes it (the
//     last one did);
//   - "Trước đó, chiều 14.5, ông A đã có buổi làm việc với Thường trực Tỉnh ủy … Phát biểu kết
//     luận buổi làm việc, ông A …": a meeting of another kind on another day, announced as
//     earlier, is not the voter meeting reported, and gives it neither its organizer nor roles.
// First run of the 7 cases written before the fixes (on main 5aff014): 2/7 cases pass (the two
// controls), facts 46/53. The Cà Mau control came with the rule of another day. The Bình Định
// case (a venue after "tại") and the Lai Châu case ("Kết luận buổi làm việc" after an earlier
// day's work) come from the corpus diff and fail on the tree before their fix (8/10 cases,
// facts 81/83); the Nghệ An case's venue was then written "tại Vinh" to pin that a comma ends it.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Thái Bình 2019: a board written with a company the extractor does not know takes no people\'s committee',
    place: 'Thái Bình',
    text: `Nguyên lãnh đạo tỉnh bị khởi tố
Ông Lê Minh Khoa - nguyên phó chủ tịch UBND tỉnh Thái Bình, nguyên chủ tịch HĐQT Petrolimex nói ông không vụ lợi. Ông Khoa khẳng định dự án có hiệu quả.`,
    expect: {
      people: [{ name: 'Lê Minh Khoa', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Thái Bình', former: true }] }],
    },
    forbidden: [{ person: 'Lê Minh Khoa', organizations: ['Hội đồng quản trị UBND tỉnh Thái Bình'] }],
  },
  {
    name: 'Phú Thọ 2020: a board beside a Party committee\'s post is no part of it',
    place: 'Phú Thọ',
    text: `Khởi tố nguyên cán bộ
Bị can Đỗ Văn Quyết, nguyên Phó Bí thư Huyện ủy Lâm Thao, nguyên Chủ tịch HĐQT Supe Lâm Thao, bị khởi tố về tội vi phạm quy định về quản lý đất đai.`,
    expect: {
      people: [{ name: 'Đỗ Văn Quyết' }],
      exhaustive: false,
    },
    forbidden: [{ person: 'Đỗ Văn Quyết', organizations: ['Hội đồng quản trị Huyện ủy Lâm Thao'] }],
  },
  {
    name: 'Hải Dương 2018: a board beside its corporation\'s post is that corporation\'s (control)',
    place: 'Hải Dương',
    text: `Doanh nghiệp đầu tư khu công nghiệp
Ông Trần Quốc Hưng, Chủ tịch HĐQT, Tổng Giám đốc Tổng công ty Sông Hồng cho biết, dự án sẽ hoàn thành trong năm 2018.`,
    expect: {
      people: [{
        name: 'Trần Quốc Hưng',
        positions: [
          { title: 'Chủ tịch', organization: 'Hội đồng quản trị Tổng công ty Sông Hồng' },
          { title: 'Tổng Giám đốc', organization: 'Tổng công ty Sông Hồng' },
        ],
      }],
    },
  },
  {
    name: 'Lạng Sơn 2019: a Party group beside a council\'s post is that council\'s (control)',
    place: 'Lạng Sơn',
    text: `Giám sát công tác giải quyết khiếu nại
Ông Hoàng Văn Nghiệm, Bí thư Đảng đoàn, Chủ tịch HĐND tỉnh Lạng Sơn cho biết, đoàn giám sát sẽ làm việc với các huyện.`,
    expect: {
      people: [{
        name: 'Hoàng Văn Nghiệm',
        positions: [
          { title: 'Bí thư', organization: 'Đảng đoàn HĐND tỉnh Lạng Sơn' },
          { title: 'Chủ tịch', organization: 'HĐND tỉnh Lạng Sơn' },
        ],
      }],
    },
  },
  {
    name: 'Bình Định 2018: the forums of a session where voters\' petitions were raised refer to it',
    place: 'Bình Định',
    text: `Đại biểu Quốc hội tiếp xúc cử tri huyện Tây Sơn
Chiều 5/12/2018, Đoàn đại biểu Quốc hội tỉnh Bình Định tổ chức buổi tiếp xúc cử tri huyện Tây Sơn. Những kiến nghị của cử tri đã được Đoàn đại biểu Quốc hội tỉnh phản ánh tại các diễn đàn của kỳ họp thứ 6, Quốc hội khóa XIV. Ông Hồ Quốc Dũng, Bí thư Tỉnh ủy Bình Định phát biểu tại buổi tiếp xúc.`,
    expect: {
      people: [{ name: 'Hồ Quốc Dũng', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Bình Định' }] }],
      events: [{ kind: 'meeting', date: '2018-12-05' }],
      exhaustive: false,
    },
    eventCount: 1,
  },
  {
    name: 'Nghệ An 2019: the first of the bodies listed before "tổ chức" organizes the ceremony',
    place: 'Nghệ An',
    text: `Nghệ An đón nhận danh hiệu Anh hùng Lao động
Sáng 15/8/2019, tại Vinh, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức Lễ đón nhận danh hiệu Anh hùng Lao động. Dự buổi lễ có Phó Chủ tịch nước Đặng Thị Ngọc Thịnh.`,
    expect: {
      people: [{ name: 'Đặng Thị Ngọc Thịnh', positions: [{ title: 'Phó Chủ tịch nước', organization: 'Nhà nước' }], roles: ['attended'] }],
      events: [{ organizer: 'Tỉnh ủy Nghệ An', date: '2019-08-15' }],
    },
    eventCount: 1,
    forbiddenOrganizers: ['Ủy ban MTTQ Việt Nam tỉnh Nghệ An'],
  },
  {
    name: 'Quảng Trị 2018: a working session announced as earlier is not the voter meeting reported',
    place: 'Quảng Trị',
    text: `Đồng chí Trương Thị Mai tiếp xúc cử tri Quảng Trị
Đây là nội dung trả lời của đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương tại buổi tiếp xúc cử tri tỉnh Quảng Trị ngày 20.11.2018. Về việc hỗ trợ ngư dân, đồng chí nhấn mạnh cần bảo đảm công khai, minh bạch. Trước đó, chiều 19.11, đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương đã có buổi làm việc với Thường trực Tỉnh ủy Quảng Trị để nghe báo cáo tình hình kinh tế - xã hội. Phát biểu kết luận buổi làm việc, đồng chí ghi nhận những kết quả của tỉnh. Ban Dân vận Trung ương sẽ tiếp tục phối hợp, hỗ trợ tỉnh.`,
    expect: {
      people: [{
        name: 'Trương Thị Mai',
        positions: [
          { title: 'Ủy viên', organization: 'Bộ Chính trị' },
          { title: 'Trưởng ban', organization: 'Ban Dân vận Trung ương' },
        ],
        roles: [{ role: 'spoke', event: 'e1' }],
      }],
      events: [{ id: 'e1', kind: 'meeting', date: '2018-11-20' }],
      exhaustive: false,
    },
    forbiddenOrganizers: ['Ban Dân vận Trung ương'],
  },
  {
    // Added with the fix: the rule holds only for another day.
    name: 'Cà Mau 2020: a meeting told again the same day is the one reported (control)',
    place: 'Cà Mau',
    text: `Cà Mau bàn giải pháp chống hạn mặn
Sáng 9/3/2020, Chủ tịch UBND tỉnh Cà Mau Nguyễn Tiến Hải chủ trì cuộc họp với các sở, ngành về công tác phòng, chống hạn mặn. Trước đó, sáng 9/3, cuộc họp đã nghe Sở Nông nghiệp và Phát triển nông thôn báo cáo. Kết luận cuộc họp, ông Nguyễn Tiến Hải yêu cầu các địa phương chủ động nguồn nước.`,
    expect: {
      people: [{
        name: 'Nguyễn Tiến Hải',
        positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Cà Mau' }],
        roles: [{ role: 'chaired', event: 'e1' }, { role: 'concluded', event: 'e1' }],
      }],
      events: [{ id: 'e1', kind: 'meeting', organizer: 'UBND tỉnh Cà Mau', date: '2020-03-09' }],
    },
    eventCount: 1,
  },
  {
    // Found by the corpus diff: a venue before the organizer is no body of the list.
    name: 'Bình Định 2019: the school where a ceremony is held does not organize it',
    place: 'Bình Định',
    text: `Tuyên dương học sinh đạt giải quốc tế
Ngày 20/5/2019, tại Trường THPT chuyên Lê Quý Đôn, Sở GD-ĐT tỉnh Bình Định đã tổ chức lễ tuyên dương em Nguyễn Minh Khang. Có mặt tại buổi lễ, ông Nguyễn Phi Long, Chủ tịch UBND tỉnh Bình Định trao bằng khen cho em Khang.`,
    expect: {
      people: [{ name: 'Nguyễn Phi Long', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Bình Định' }] }],
      events: [{ organizer: 'Sở Giáo dục và Đào tạo tỉnh Bình Định', date: '2019-05-20' }],
      exhaustive: false,
    },
    eventCount: 1,
  },
  {
    // Found by the corpus diff: the conclusion after an earlier day's work is the one reported.
    name: 'Lai Châu 2019: "Kết luận buổi làm việc" after an earlier inspection closes the meeting reported',
    place: 'Lai Châu',
    text: `Kiểm tra công tác cán bộ tại Lai Châu
Ngày 12/9/2019, Đoàn kiểm tra của Bộ Chính trị do đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương làm trưởng đoàn đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Lai Châu. Trước đó, ngày 3 - 5/9/2019, Đoàn kiểm tra của Bộ Chính trị đã làm việc với 4 tổ chức Đảng của tỉnh. Đoàn kiểm tra nhận định tỉnh đã triển khai nghiêm túc. Kết luận buổi làm việc, đồng chí Phạm Minh Chính đề nghị tỉnh quan tâm tạo nguồn cán bộ.`,
    expect: {
      people: [{
        name: 'Phạm Minh Chính',
        positions: [
          { title: 'Ủy viên', organization: 'Bộ Chính trị' },
          { title: 'Trưởng ban', organization: 'Ban Tổ chức Trung ương' },
        ],
        roles: [{ role: 'concluded', event: 'e1' }],
      }],
      events: [{ id: 'e1', kind: 'meeting', date: '2019-09-12' }],
    },
    eventCount: 1,
  },
  {
    // A frequent miss of the hand check ("ĐB Nguyễn Sỹ Cương (tỉnh Ninh Thuận)"), written before its fix.
    name: 'Quốc hội 2018: a deputy written with "tỉnh" before the province in brackets',
    place: 'Phú Yên',
    text: `Chất vấn tại Quốc hội
Chiều 15-6-2018, tại phiên chất vấn, ĐB Lê Văn Tâm (tỉnh Phú Yên) đã chất vấn Bộ trưởng Bộ Tài chính Đinh Tiến Dũng. ĐB Trần Văn Lâm (Bắc Giang) cũng đặt câu hỏi.`,
    expect: {
      people: [
        { name: 'Lê Văn Tâm', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] },
        { name: 'Trần Văn Lâm', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] },
        { name: 'Đinh Tiến Dũng', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Tài chính' }] },
      ],
    },
  },
  {
    // Seen in the corpus diff (left wrong by main and by the list rule alike), written before its fix.
    name: 'Cần Thơ 2019: the partners after "phối hợp cùng" do not organize the conference',
    place: 'Cần Thơ',
    text: `Quán triệt công tác xuất bản
Ngày 22/8/2019 tại TP Cần Thơ, Ban Tuyên giáo Thành ủy Cần Thơ phối hợp cùng Sở Thông tin và Truyền thông thành phố Cần Thơ và Hội Nhà báo thành phố Cần Thơ tổ chức hội nghị quán triệt công tác báo chí.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Ban Tuyên giáo Thành ủy Cần Thơ', date: '2019-08-22' }],
    },
    eventCount: 1,
  },
];

describeWrongFactBatch('hand check 7017', CASES, 12);
