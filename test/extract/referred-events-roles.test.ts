// Wrong events and roles still seen on real news, pinned with sentences of other
// provinces, bodies and years than the articles they were seen in:
//   - an event only referred to ("tại Đại hội Đoàn toàn quốc lần thứ XI", "kết quả Hội
//     nghị Trung ương 6", "tinh thần Đại hội XIII", "chuẩn bị cho Đại hội … sắp tới") in an
//     article about something else is no event of the article;
//   - one who only reports a meeting others held ("A cho biết/thông tin, Chi bộ X vừa họp")
//     has no role at it;
//   - a speaker in an opinion piece or interview has no role at a plenum or congress the
//     piece only mentions;
//   - "X chủ trì, phối hợp với Y và Z tổ chức …": X organizes, never Y or Z.
// First run (on the code before the fixes): 4/10 cases pass, facts 60/68. One of the
// misses was the case's own error, corrected after the run: in Gia Lai the chair's
// "cho biết" at the session he chairs is speech there (`spoke`, as the contract says).
// After the fixes: 10/10. Two controls added from the whole-corpus check (a communiqué's
// headline over the plenum it reports; "Tại buổi làm việc, A cho hay: X đã họp …").
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Quảng Ninh 2017: "kết quả Hội nghị Trung ương 6" in a seminar is no event',
    place: 'Quảng Ninh',
    text: `Hội thảo cải cách thủ tục hành chính tại Quảng Ninh
Sáng 14/11/2017, Sở Tư pháp tỉnh Quảng Ninh tổ chức hội thảo về cải cách thủ tục hành chính. Ông Nguyễn Văn Thành, Giám đốc Sở Tư pháp tỉnh Quảng Ninh chủ trì hội thảo. Các ý kiến tập trung vào việc triển khai kết quả Hội nghị Trung ương 6 khóa XII về sắp xếp tổ chức bộ máy.`,
    expect: {
      people: [{ name: 'Nguyễn Văn Thành', roles: ['chaired'] }],
      exhaustive: false,
    },
    eventCount: 1,
    forbiddenEvents: ['Trung ương'],
  },
  {
    name: 'Đồng Nai 2019: a crime report that mentions "Đại hội … sắp tới" holds no event',
    place: 'Đồng Nai',
    text: `Khởi tố đối tượng giả danh cán bộ để lừa đảo
Ngày 10/10/2019, Cơ quan Cảnh sát điều tra Công an tỉnh Đồng Nai khởi tố vụ án lừa đảo chiếm đoạt tài sản tại huyện Trảng Bom. Theo điều tra, đối tượng lợi dụng việc chuẩn bị cho Đại hội Đảng bộ huyện Trảng Bom lần thứ XI sắp tới để hứa chạy chức, nhận tiền của nhiều người. Đại tá Vũ Hồng Văn, Giám đốc Công an tỉnh Đồng Nai cho biết vụ án đang được mở rộng điều tra.`,
    expect: {
      people: [{ name: 'Vũ Hồng Văn', roles: [] }],
      exhaustive: false,
    },
    eventCount: 0,
    forbiddenEvents: ['Đại hội'],
  },
  {
    name: 'Gia Lai 2021: "tinh thần Đại hội XIII" in a working session is no event',
    place: 'Gia Lai',
    text: `Ban Tuyên giáo Trung ương làm việc với Tỉnh ủy Gia Lai
Ngày 22/4/2021, Tỉnh ủy Gia Lai tổ chức buổi làm việc với đoàn công tác của Ban Tuyên giáo Trung ương. Ông Hồ Văn Niên, Bí thư Tỉnh ủy Gia Lai chủ trì buổi làm việc. Ông Hồ Văn Niên cho biết, tỉnh đã tổ chức học tập, quán triệt tinh thần Đại hội XIII của Đảng đến toàn thể cán bộ, đảng viên.`,
    expect: {
      people: [{ name: 'Hồ Văn Niên', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Gia Lai' }], roles: ['chaired', 'spoke'] }],
      exhaustive: false,
    },
    eventCount: 1,
    forbiddenEvents: ['Đại hội'],
  },
  {
    name: 'Hà Tĩnh 2020: a meeting "chuẩn bị cho Đại hội … sắp tới" is not that congress',
    place: 'Hà Tĩnh',
    text: `Huyện ủy Can Lộc giao ban công tác quý II
Sáng 3/6/2020, Ban Thường vụ Huyện ủy Can Lộc tổ chức hội nghị giao ban công tác quý II năm 2020. Đồng chí Trần Thế Dũng, Bí thư Huyện ủy Can Lộc chủ trì hội nghị. Hội nghị thảo luận các nội dung chuẩn bị cho Đại hội Đảng bộ huyện Can Lộc lần thứ XXIX sắp tới.`,
    expect: {
      people: [{ name: 'Trần Thế Dũng', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Can Lộc' }], roles: ['chaired'] }],
      events: [{ ordinal: null, term: null }],
      exhaustive: false,
    },
    eventCount: 1,
    forbiddenEvents: ['Đại hội'],
  },
  {
    name: 'Cà Mau 2017: "Tại Đại hội Đoàn toàn quốc lần thứ XI" in a youth award story is no event',
    place: 'Cà Mau',
    text: `Tuyên dương thanh niên tiêu biểu tỉnh Cà Mau
Sáng 20/12/2017, Tỉnh đoàn Cà Mau tổ chức lễ tuyên dương thanh niên tiêu biểu năm 2017. Anh Nguyễn Minh Luân, Bí thư Tỉnh đoàn Cà Mau phát biểu tại buổi lễ. Tại Đại hội Đoàn toàn quốc lần thứ XI, Cà Mau có 6 đại biểu chính thức.`,
    expect: {
      people: [{ name: 'Nguyễn Minh Luân', roles: ['spoke'] }],
      exhaustive: false,
    },
    eventCount: 1,
    forbiddenEvents: ['Đại hội'],
  },
  {
    name: 'Bình Định 2019: "ông A cho biết, Chi bộ X vừa họp" gives A no role',
    place: 'Bình Định',
    text: `Đề nghị kỷ luật bác sĩ vi phạm quy định
Ngày 5/8/2019, ông Lê Quang Hùng, Giám đốc Sở Y tế tỉnh Bình Định cho biết, Chi bộ Khoa Nội, Bệnh viện Đa khoa tỉnh Bình Định vừa họp và thống nhất đề nghị kỷ luật một bác sĩ vì vi phạm quy định chuyên môn.`,
    expect: {
      people: [{ name: 'Lê Quang Hùng', positions: [{ title: 'Giám đốc', organization: 'Sở Y tế tỉnh Bình Định' }], roles: [] }],
      exhaustive: false,
    },
  },
  {
    name: 'Lào Cai 2024: "ông A thông tin, Ban Thường vụ … đã họp" gives A no role',
    place: 'Lào Cai',
    text: `Kỷ luật Chủ tịch UBND xã Y Tý
Trao đổi với phóng viên ngày 12/3/2024, ông Nguyễn Văn Đức, Chủ tịch UBND huyện Bát Xát thông tin, Ban Thường vụ Huyện ủy Bát Xát đã họp và thống nhất thi hành kỷ luật cảnh cáo đối với ông Lý Seo Chứ, Chủ tịch UBND xã Y Tý.`,
    expect: {
      people: [
        { name: 'Nguyễn Văn Đức', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Bát Xát' }], roles: [] },
        { name: 'Lý Seo Chứ', roles: [] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Hà Nội 2017: an interview about a plenum "vừa qua" gives the speaker no role at it',
    place: 'Hà Nội',
    text: `Tinh giản biên chế: việc phải làm ngay
Hội nghị Trung ương 6 khóa XII vừa qua đã ban hành nghị quyết về tinh giản biên chế. Trao đổi với phóng viên ngày 30/10/2017, ông Lê Như Tiến, nguyên Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội nhấn mạnh: "Đây là việc phải làm ngay, không thể chần chừ".`,
    expect: {
      people: [{ name: 'Lê Như Tiến', roles: [] }],
      exhaustive: false,
    },
    eventCount: 0,
  },
  {
    name: 'Cần Thơ 2026: an opinion piece on the 14th Congress gives its speaker no role there',
    place: 'Cần Thơ',
    text: `Đưa Nghị quyết Đại hội XIV vào cuộc sống
Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đã thành công tốt đẹp. Theo ông Trần Văn Lâu, Phó Bí thư Thành ủy Cần Thơ, điều quan trọng nhất lúc này là cụ thể hóa nghị quyết thành chương trình hành động. Ông khẳng định thành phố sẽ ban hành kế hoạch trong tháng 3/2026.`,
    expect: {
      people: [{ name: 'Trần Văn Lâu', roles: [] }],
      exhaustive: false,
    },
    eventCount: 0,
  },
  {
    name: 'Sơn La 2025: "X chủ trì, phối hợp với Y và Z tổ chức" — X organizes',
    place: 'Sơn La',
    text: `Hội thảo về công tác tuyên truyền trên không gian mạng
Sáng 18/4/2025, Ban Tuyên giáo Tỉnh ủy Sơn La chủ trì, phối hợp với Sở Thông tin và Truyền thông tỉnh Sơn La và Hội Nhà báo tỉnh Sơn La tổ chức hội thảo về công tác tuyên truyền trên không gian mạng.`,
    expect: {
      events: [{ organizer: 'Ban Tuyên giáo Tỉnh ủy Sơn La' }],
      exhaustive: false,
    },
    eventCount: 1,
    forbiddenOrganizers: ['Sở Thông tin và Truyền thông tỉnh Sơn La', 'Hội Nhà báo tỉnh Sơn La'],
  },
  {
    name: 'Ninh Bình 2020 control: the headline names the communiqué, the body reports the plenum held',
    place: 'Ninh Bình',
    text: `Thông báo Hội nghị lần thứ tám Ban Chấp hành Đảng bộ tỉnh Ninh Bình khóa XXI
Từ ngày 6 đến ngày 7/4/2020, tại thành phố Ninh Bình, Hội nghị lần thứ tám Ban Chấp hành Đảng bộ tỉnh Ninh Bình khóa XXI đã họp để cho ý kiến về dự thảo văn kiện Đại hội.`,
    expect: { events: [{ ordinal: 8 }], exhaustive: false },
    eventCount: 1,
  },
  {
    name: 'Vĩnh Long 2018 control: "Tại buổi làm việc, ông A cho hay: Ban Thường vụ đã họp" is A speaking there',
    place: 'Vĩnh Long',
    text: `Tỉnh ủy Vĩnh Long làm việc với Đảng ủy Khối doanh nghiệp
Sáng 9/10/2018, Tỉnh ủy Vĩnh Long làm việc với Đảng ủy Khối doanh nghiệp tỉnh. Tại buổi làm việc, ông Trần Văn Rón, Bí thư Tỉnh ủy Vĩnh Long cho hay: Ban Thường vụ Tỉnh ủy đã họp và thống nhất kiện toàn nhân sự của Đảng ủy Khối.`,
    expect: { people: [{ name: 'Trần Văn Rón', roles: ['spoke'] }], exhaustive: false },
  },
];

describeWrongFactBatch('referred events and roles', CASES, 10);
