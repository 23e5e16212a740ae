// Relations, batch 1: written from the phenomena before reading the extractor code
// that handles them. People the text introduces without a parsed title (name lists
// after "có các đồng chí", "gồm:", a cooperative's director), the article's place
// against a birthplace or a district named in a comparison, appointment, dismissal
// and career frames, ceremonies and two events in one article, events only referred
// to, roles from speech verbs and from "dưới sự chủ trì của", never to the one
// addressed or represented, and dates from ISO or weekday datelines, "21.4", and the
// body's year when there is no dateline.
//
// First run, before any fix: 1 of 16 cases passed; 229 of 273 facts held (83.9%),
// 8 unexpected extras.
import type { ExtractionCase } from './types.js';

export const relationsBatch1Cases: ExtractionCase[] = [
  {
    name: 'Mai Hóa: "Dự đại hội có các đồng chí A, B, C" without titles',
    place: 'Quảng Bình',
    text: `Đại hội Đảng bộ xã Mai Hóa lần thứ XXIII, nhiệm kỳ 2020 - 2025
Ngày đăng 22/06/2020 | 09:15

Ngày 20/6, Đảng bộ xã Mai Hóa, huyện Tuyên Hóa tổ chức Đại hội đại biểu lần thứ XXIII, nhiệm kỳ 2020 - 2025.

Dự đại hội có các đồng chí Đinh Thị Lan, Cao Văn Mạnh, Trương Quốc Dũng.

Đồng chí Nguyễn Hữu Tình, Bí thư Đảng ủy xã chủ trì đại hội. Đồng chí Phan Văn Hải, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trình bày báo cáo chính trị.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ xã Mai Hóa', ordinal: 23, term: 'XXIII', termYears: '2020-2025', date: '2020-06-20' }],
      people: [
        { name: 'Đinh Thị Lan', positions: [], roles: ['attended'] },
        { name: 'Cao Văn Mạnh', positions: [], roles: ['attended'] },
        { name: 'Trương Quốc Dũng', positions: [], roles: ['attended'] },
        { name: 'Nguyễn Hữu Tình', positions: [{ title: 'Bí thư', organization: 'Đảng ủy xã Mai Hóa' }], roles: ['chaired'] },
        {
          name: 'Phan Văn Hải',
          positions: [{ title: 'Phó Bí thư', organization: 'Đảng ủy xã Mai Hóa' }, { title: 'Chủ tịch', organization: 'UBND xã Mai Hóa' }],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Sơn La: "Chủ tọa kỳ họp gồm các đồng chí:", "ngày làm việc thứ hai", speech verbs',
    place: 'Sơn La',
    text: `Ngày làm việc thứ hai Kỳ họp thứ 7 HĐND tỉnh Sơn La khóa XV
Ngày đăng 09/12/2022 | 17:20

Ngày 9/12, Kỳ họp thứ 7 HĐND tỉnh Sơn La khóa XV, nhiệm kỳ 2021 - 2026 bước sang ngày làm việc thứ hai.

Chủ tọa kỳ họp gồm các đồng chí: Lò Minh Hùng, Chủ tịch HĐND tỉnh; Hoàng Văn Ngọc, Phó Chủ tịch HĐND tỉnh; Cầm Thị Phong, Phó Chủ tịch HĐND tỉnh.

Giải trình ý kiến đại biểu, ông Tòng Văn Khánh, Giám đốc Sở Tài chính cho biết tỉnh đã bố trí đủ vốn cho các công trình thủy lợi. Bà Lường Thị Hiên, Giám đốc Hợp tác xã chè Tà Xùa, đại biểu HĐND tỉnh, đề nghị hỗ trợ thêm giống chè.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND tỉnh Sơn La', ordinal: 7, term: 'XV', termYears: '2021-2026', date: '2022-12-09' }],
      people: [
        { name: 'Lò Minh Hùng', positions: [{ title: 'Chủ tịch', organization: 'HĐND tỉnh Sơn La' }], roles: ['chaired'] },
        { name: 'Hoàng Văn Ngọc', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND tỉnh Sơn La' }], roles: ['chaired'] },
        { name: 'Cầm Thị Phong', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND tỉnh Sơn La' }], roles: ['chaired'] },
        { name: 'Tòng Văn Khánh', positions: [{ title: 'Giám đốc', organization: 'Sở Tài chính tỉnh Sơn La' }], roles: ['spoke'] },
        // The cooperative is not a body the contract names; her council seat is.
        { name: 'Lường Thị Hiên', roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Châu Thành (Hậu Giang): lễ công bố quyết định, "giữ chức vụ" without được, công bố quyết định',
    place: 'Hậu Giang',
    text: `Công bố quyết định Bí thư Huyện ủy Châu Thành
Ngày đăng 05/03/2019 | 14:30

Sáng 5/3, Ban Thường vụ Tỉnh ủy Hậu Giang tổ chức lễ công bố quyết định về công tác cán bộ tại huyện Châu Thành.

Dự buổi lễ có đồng chí Trần Văn Huyến, Phó Bí thư Thường trực Tỉnh ủy Hậu Giang. Đồng chí Lê Thị Ngọc Hân, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy công bố quyết định.

Theo quyết định, đồng chí Võ Minh Tâm, Phó Trưởng Ban Dân vận Tỉnh ủy, giữ chức vụ Bí thư Huyện ủy Châu Thành nhiệm kỳ 2015 - 2020.

Phát biểu nhận nhiệm vụ, đồng chí Võ Minh Tâm hứa sẽ cùng tập thể Ban Chấp hành Đảng bộ huyện đoàn kết, hoàn thành nhiệm vụ.`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'Ban Thường vụ Tỉnh ủy Hậu Giang', ordinal: null, date: '2019-03-05' }],
      people: [
        { name: 'Trần Văn Huyến', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Hậu Giang' }], roles: ['attended'] },
        {
          name: 'Lê Thị Ngọc Hân',
          positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Hậu Giang' }, { title: 'Trưởng ban', organization: 'Ban Tổ chức Tỉnh ủy Hậu Giang' }],
          roles: ['spoke'],
        },
        {
          name: 'Võ Minh Tâm',
          positions: [{ title: 'Phó Trưởng ban', organization: 'Ban Dân vận Tỉnh ủy Hậu Giang' }, { title: 'Bí thư', organization: 'Huyện ủy Châu Thành' }],
          roles: ['spoke'],
        },
      ],
    },
  },
  {
    name: 'Kon Tum: "miễn nhiệm chức vụ … đối với các ông: A; B", "cho thôi làm nhiệm vụ"',
    place: 'Kon Tum',
    text: `HĐND tỉnh Kon Tum miễn nhiệm hai Phó Chủ tịch UBND tỉnh
Ngày đăng 28/07/2021 | 16:45

Chiều 28/7, tại Kỳ họp thứ 2 HĐND tỉnh Kon Tum khóa XII, nhiệm kỳ 2021 - 2026, các đại biểu đã biểu quyết thông qua nghị quyết về công tác nhân sự.

Đồng chí Dương Văn Trọng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp.

HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021 đối với các ông: Nguyễn Văn Lực; Trần Xuân Hưởng. Kỳ họp cũng cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với ông A Vơn do chuyển công tác.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND tỉnh Kon Tum', ordinal: 2, term: 'XII', termYears: '2021-2026', date: '2021-07-28' }],
      people: [
        {
          name: 'Dương Văn Trọng',
          positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Kon Tum' }, { title: 'Chủ tịch', organization: 'HĐND tỉnh Kon Tum' }],
          roles: ['chaired'],
        },
        { name: 'Nguyễn Văn Lực', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Kon Tum', former: true }], roles: [] },
        { name: 'Trần Xuân Hưởng', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Kon Tum', former: true }], roles: [] },
        { name: 'A Vơn', positions: [{ title: 'Đại biểu', organization: 'HĐND tỉnh Kon Tum', former: true }], roles: [] },
      ],
    },
  },
  {
    name: 'Đắk Hà: career list "từng kinh qua các chức vụ", a title marked "(cũ)"',
    place: 'Kon Tum',
    text: `Huyện ủy Đắk Hà có tân Bí thư
Ngày đăng 14/10/2024 | 10:05

Chiều 14/10, Ban Thường vụ Tỉnh ủy Kon Tum tổ chức hội nghị công bố quyết định về công tác cán bộ tại huyện Đắk Hà.

Theo quyết định, đồng chí Y Khươn, Ủy viên Ban Thường vụ Tỉnh ủy, được điều động, chỉ định giữ chức Bí thư Huyện ủy Đắk Hà. Đồng chí Y Khươn từng kinh qua các chức vụ: Chủ tịch UBND huyện Sa Thầy, Giám đốc Sở Nội vụ.

Dự hội nghị có ông Lê Văn Hùng, Chủ tịch UBND huyện Đắk Tô (cũ), hiện là Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Ban Thường vụ Tỉnh ủy Kon Tum', ordinal: null, date: '2024-10-14' }],
      people: [
        {
          name: 'Y Khươn',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Kon Tum' },
            { title: 'Bí thư', organization: 'Huyện ủy Đắk Hà' },
            { title: 'Chủ tịch', organization: 'UBND huyện Sa Thầy', former: true },
            { title: 'Giám đốc', organization: 'Sở Nội vụ tỉnh Kon Tum', former: true },
          ],
          roles: [],
        },
        {
          name: 'Lê Văn Hùng',
          positions: [
            { title: 'Chủ tịch', organization: 'UBND huyện Đắk Tô', former: true },
            { title: 'Phó Giám đốc', organization: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum' },
          ],
          roles: ['attended'],
        },
      ],
    },
  },
  {
    name: 'Đồng Xuân: a birthplace in another province does not move the article',
    place: 'Phú Yên',
    text: `Hội nghị Ban Chấp hành Đảng bộ huyện Đồng Xuân lần thứ 12
Ngày đăng 19/01/2023 | 08:40

Ngày 18/1, Ban Chấp hành Đảng bộ huyện Đồng Xuân khóa XVIII tổ chức Hội nghị lần thứ 12 để kiện toàn công tác cán bộ.

Hội nghị đã bầu đồng chí Huỳnh Văn Thạch giữ chức Phó Bí thư Huyện ủy. Đồng chí Huỳnh Văn Thạch sinh năm 1976 tại xã Tam Giang Tây, huyện Ngọc Hiển, tỉnh Cà Mau. Trước đó, đồng chí Huỳnh Văn Thạch là Trưởng Ban Tổ chức Huyện ủy.

Đồng chí Đào Mỹ, Bí thư Huyện ủy chủ trì hội nghị và phát biểu kết luận.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Đồng Xuân', ordinal: 12, term: 'XVIII', date: '2023-01-18' }],
      people: [
        {
          name: 'Huỳnh Văn Thạch',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Đồng Xuân' },
            { title: 'Trưởng ban', organization: 'Ban Tổ chức Huyện ủy Đồng Xuân', former: true },
          ],
          roles: [],
        },
        { name: 'Đào Mỹ', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Đồng Xuân' }], roles: ['chaired', 'concluded'] },
      ],
    },
  },
  {
    name: 'Trà Ôn: districts named in a comparison do not beat the organizer',
    place: 'Vĩnh Long',
    text: `Kỳ họp thứ 8 HĐND huyện Trà Ôn khóa XII
Ngày đăng 20/12/2023 | 15:10

Sáng 19/12, HĐND huyện Trà Ôn khóa XII, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ 8.

Bà Nguyễn Thị Bé Tư, Chủ tịch HĐND huyện chủ trì kỳ họp. Ông Trần Văn Kiệt, Chủ tịch UBND huyện báo cáo tình hình kinh tế - xã hội năm 2023; theo báo cáo, thu ngân sách của huyện cao hơn huyện Vũng Liêm và huyện Tam Bình, chỉ đứng sau thành phố Vĩnh Long.

Đại biểu Lâm Văn Sang chất vấn về tiến độ nâng cấp tuyến đường huyện 902.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND huyện Trà Ôn', ordinal: 8, term: 'XII', termYears: '2021-2026', date: '2023-12-19' }],
      people: [
        { name: 'Nguyễn Thị Bé Tư', positions: [{ title: 'Chủ tịch', organization: 'HĐND huyện Trà Ôn' }], roles: ['chaired'] },
        { name: 'Trần Văn Kiệt', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Trà Ôn' }], roles: ['reported'] },
        { name: 'Lâm Văn Sang', positions: [{ title: 'Đại biểu', organization: 'HĐND huyện Trà Ôn' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Gio Linh: two events in one article, "Chiều cùng ngày" and another organizer',
    place: 'Quảng Trị',
    text: `Gio Linh: Huyện ủy sơ kết 6 tháng, UBND huyện họp phiên thường kỳ
Ngày đăng 12/07/2018 | 18:20

Sáng 12/7, Huyện ủy Gio Linh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2018. Đồng chí Nguyễn Thị Hoa, Bí thư Huyện ủy chủ trì hội nghị.

Chiều cùng ngày, UBND huyện Gio Linh họp phiên thường kỳ tháng 7. Ông Trần Văn Thái, Chủ tịch UBND huyện chủ trì phiên họp; bà Lê Thị Thu, Phó Chủ tịch UBND huyện báo cáo tiến độ xây dựng nông thôn mới.`,
    expect: {
      events: [
        { kind: 'conference', organizer: 'Huyện ủy Gio Linh', ordinal: null, date: '2018-07-12' },
        { kind: 'meeting', organizer: 'UBND huyện Gio Linh', ordinal: null, date: '2018-07-12' },
      ],
      people: [
        { name: 'Nguyễn Thị Hoa', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Gio Linh' }], roles: [{ role: 'chaired', event: 'e1' }] },
        { name: 'Trần Văn Thái', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Gio Linh' }], roles: [{ role: 'chaired', event: 'e2' }] },
        { name: 'Lê Thị Thu', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Gio Linh' }], roles: [{ role: 'reported', event: 'e2' }] },
      ],
    },
  },
  {
    name: 'Phú Bình: a resolution being studied and a congress ahead are not events',
    place: 'Thái Nguyên',
    text: `Phú Bình quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII
Ngày đăng 24/11/2023 | 11:00

Ngày 23/11, Huyện ủy Phú Bình tổ chức hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII cho cán bộ chủ chốt của huyện.

Đồng chí Hà Thị Bình, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Ngô Văn Tuấn, Trưởng Ban Tuyên giáo Huyện ủy quán triệt nội dung Nghị quyết.

Phát biểu kết luận, đồng chí Hà Thị Bình yêu cầu các chi bộ xây dựng chương trình hành động, tiến tới Đại hội Đảng bộ huyện lần thứ XXIV.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Phú Bình', ordinal: null, term: null, date: '2023-11-23' }],
      people: [
        { name: 'Hà Thị Bình', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Phú Bình' }], roles: ['chaired', 'concluded'] },
        { name: 'Ngô Văn Tuấn', positions: [{ title: 'Trưởng ban', organization: 'Ban Tuyên giáo Huyện ủy Phú Bình' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Bình Gia: no role to the one addressed or the one represented',
    place: 'Lạng Sơn',
    text: `Bình Gia công bố quyết định Chủ tịch UBND huyện
Ngày đăng 03/04/2020 | 09:30

Chiều 2/4, UBND tỉnh Lạng Sơn tổ chức lễ trao quyết định phê chuẩn kết quả bầu Chủ tịch UBND huyện Bình Gia.

Được sự ủy quyền của Chủ tịch UBND tỉnh Hồ Tiến Thịnh, đồng chí Lương Trọng Quang, Phó Chủ tịch UBND tỉnh trao quyết định cho đồng chí Hoàng Văn Ngân, Chủ tịch UBND huyện Bình Gia.

Phát biểu tại buổi lễ, đồng chí Lương Trọng Quang đề nghị đồng chí Hoàng Văn Ngân tiếp tục đoàn kết tập thể lãnh đạo huyện. Thay mặt Ban Thường vụ Huyện ủy, đồng chí Vi Thị Mai, Bí thư Huyện ủy Bình Gia tặng hoa chúc mừng.`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'UBND tỉnh Lạng Sơn', ordinal: null, date: '2020-04-02' }],
      people: [
        // The one on whose behalf the decision is handed over takes no part in the ceremony.
        { name: 'Hồ Tiến Thịnh', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Lạng Sơn' }], roles: [] },
        { name: 'Lương Trọng Quang', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Lạng Sơn' }], roles: ['spoke'] },
        { name: 'Hoàng Văn Ngân', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Bình Gia' }], roles: [] },
        { name: 'Vi Thị Mai', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Bình Gia' }], roles: [] },
      ],
    },
  },
  {
    name: 'Bạc Liêu: "dưới sự chủ trì của các đồng chí: A, B", nghe các báo cáo',
    place: 'Bạc Liêu',
    text: `Tỉnh ủy Bạc Liêu sơ kết công tác quý III năm 2018
Ngày đăng 05/10/2018 | 16:00

Sáng 5/10, dưới sự chủ trì của các đồng chí: Lê Quang Định, Bí thư Tỉnh ủy; Phạm Hoàng Khải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Ban Thường vụ Tỉnh ủy Bạc Liêu tổ chức hội nghị sơ kết công tác quý III năm 2018.

Hội nghị đã nghe các báo cáo về tình hình kinh tế - xã hội, quốc phòng, an ninh. Đồng chí Trịnh Thị Nga, Phó Chủ tịch UBND tỉnh trình bày báo cáo tiến độ giải ngân vốn đầu tư công.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Ban Thường vụ Tỉnh ủy Bạc Liêu', ordinal: null, date: '2018-10-05' }],
      people: [
        { name: 'Lê Quang Định', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Bạc Liêu' }], roles: ['chaired'] },
        {
          name: 'Phạm Hoàng Khải',
          positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Bạc Liêu' }, { title: 'Chủ tịch', organization: 'UBND tỉnh Bạc Liêu' }],
          roles: ['chaired'],
        },
        { name: 'Trịnh Thị Nga', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Bạc Liêu' }], roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Ninh Thuận: nhấn mạnh, khẳng định, yêu cầu, truyền đạt are speech',
    place: 'Ninh Thuận',
    text: `Hội nghị Tỉnh ủy Ninh Thuận triển khai nhiệm vụ năm 2022
Ngày đăng 11/01/2022 | 17:30

Ngày 11/1, Tỉnh ủy Ninh Thuận tổ chức hội nghị triển khai nhiệm vụ năm 2022.

Đồng chí Nguyễn Đức Thuận, Bí thư Tỉnh ủy chủ trì hội nghị. Đồng chí Chamaléa Thị Hiền, Trưởng Ban Tuyên giáo Tỉnh ủy truyền đạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2022.

Đồng chí Trần Quốc Việt, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh khẳng định tỉnh sẽ hoàn thành chỉ tiêu thu ngân sách. Đồng chí Lê Văn Bửu, Phó Chủ tịch UBND tỉnh nhấn mạnh yêu cầu đẩy nhanh tiến độ dự án hồ chứa nước. Đồng chí Nguyễn Đức Thuận yêu cầu các cấp ủy rà soát chương trình làm việc toàn khóa.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Tỉnh ủy Ninh Thuận', ordinal: null, date: '2022-01-11' }],
      people: [
        { name: 'Nguyễn Đức Thuận', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Ninh Thuận' }], roles: ['chaired', 'spoke'] },
        { name: 'Chamaléa Thị Hiền', positions: [{ title: 'Trưởng ban', organization: 'Ban Tuyên giáo Tỉnh ủy Ninh Thuận' }], roles: ['spoke'] },
        {
          name: 'Trần Quốc Việt',
          positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Ninh Thuận' }, { title: 'Chủ tịch', organization: 'UBND tỉnh Ninh Thuận' }],
          roles: ['spoke'],
        },
        { name: 'Lê Văn Bửu', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Ninh Thuận' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Lai Vung: ISO dateline',
    place: 'Đồng Tháp',
    text: `Huyện ủy Lai Vung tổng kết công tác xây dựng Đảng
2023-12-28 08:30

Sáng 27/12, Huyện ủy Lai Vung tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023.

Đồng chí Huỳnh Thanh Tâm, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Lê Văn Tiến, Phó Bí thư Thường trực Huyện ủy trình bày báo cáo tổng kết.`,
    expect: {
      article: { published: '2023-12-28' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Lai Vung', ordinal: null, date: '2023-12-27' }],
      people: [
        { name: 'Huỳnh Thanh Tâm', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Lai Vung' }], roles: ['chaired'] },
        { name: 'Lê Văn Tiến', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Lai Vung' }], roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Cái Nước: weekday dateline and "21.4" in the body',
    place: 'Cà Mau',
    text: `Cái Nước: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 14
Thứ Sáu, ngày 21/04/2023 - 15:40

Ngày 21.4, Ban Chấp hành Đảng bộ huyện Cái Nước khóa XII, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 14.

Đồng chí Phan Văn Quang, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Nguyễn Chí Thiện, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện báo cáo tình hình kinh tế - xã hội quý I.`,
    expect: {
      article: { published: '2023-04-21' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Cái Nước', ordinal: 14, term: 'XII', termYears: '2020-2025', date: '2023-04-21' }],
      people: [
        { name: 'Phan Văn Quang', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Cái Nước' }], roles: ['chaired'] },
        {
          name: 'Nguyễn Chí Thiện',
          positions: [{ title: 'Phó Bí thư', organization: 'Huyện ủy Cái Nước' }, { title: 'Chủ tịch', organization: 'UBND huyện Cái Nước' }],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Vĩnh Lợi: no dateline, the year comes from the body',
    place: 'Bạc Liêu',
    text: `Huyện ủy Vĩnh Lợi sơ kết quý I

Sáng 12/3, Huyện ủy Vĩnh Lợi tổ chức hội nghị sơ kết công tác quý I năm 2019 và triển khai nhiệm vụ quý II.

Đồng chí Trần Thanh Phong, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Võ Thị Ngọc Lan, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện báo cáo kết quả thực hiện nhiệm vụ quý I.`,
    expect: {
      article: { published: null },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Vĩnh Lợi', ordinal: null, date: '2019-03-12' }],
      people: [
        { name: 'Trần Thanh Phong', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Vĩnh Lợi' }], roles: ['chaired'] },
        {
          name: 'Võ Thị Ngọc Lan',
          positions: [{ title: 'Phó Bí thư', organization: 'Huyện ủy Vĩnh Lợi' }, { title: 'Chủ tịch', organization: 'UBND huyện Vĩnh Lợi' }],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Phước Sơn: a ceremony is an event, a commemorated date is not its date, a caption credit is no one',
    place: 'Quảng Nam',
    text: `Phước Sơn kỷ niệm 75 năm Ngày thành lập Đảng bộ huyện
Ngày đăng 16/08/2024 | 21:00

Tối 15/8, Huyện ủy Phước Sơn tổ chức lễ kỷ niệm 75 năm Ngày thành lập Đảng bộ huyện (15/8/1949 - 15/8/2024).

Dự buổi lễ có ông Lê Văn Dục, Phó Bí thư Tỉnh ủy Quảng Nam. Ông Trần Văn Mẫn, Bí thư Huyện ủy Phước Sơn đọc diễn văn kỷ niệm.

Đại biểu dự lễ kỷ niệm. Ảnh: Hồ Quân`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'Huyện ủy Phước Sơn', ordinal: null, date: '2024-08-15' }],
      people: [
        { name: 'Lê Văn Dục', positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Quảng Nam' }], roles: ['attended'] },
        { name: 'Trần Văn Mẫn', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Phước Sơn' }], roles: ['spoke'] },
      ],
      notPeople: ['Hồ Quân'],
    },
  },
];
