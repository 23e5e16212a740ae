// A batch written without looking at the extractor, from provinces the other
// themes barely use, with phrasings they do not have ("Tới dự có", "Đồng chủ trì",
// dashes around a title, "Trình bày tờ trình", "Theo báo cáo do ... trình bày",
// "điều hành phần thảo luận", "Chủ trì buổi làm việc về phía tỉnh có"), so that
// the score on it measures generalisation rather than fit.
import type { ExtractionCase } from './types.js';

export const blindBatchCases: ExtractionCase[] = [
  {
    name: 'Hàm Yên: "Tới dự có", title between dashes, nhấn mạnh after kết luận',
    place: 'Tuyên Quang',
    text: `Hội nghị Ban Chấp hành Đảng bộ huyện Hàm Yên lần thứ 18
Ngày đăng 14/03/2024 | 10:20

Sáng 13/3, Ban Chấp hành Đảng bộ huyện Hàm Yên khóa XX, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 18 để đánh giá kết quả lãnh đạo quý I.

Tới dự có đồng chí Hoàng Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy Tuyên Quang, Trưởng Ban Tổ chức Tỉnh ủy.

Đồng chí Ma Đức Thịnh, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Lý Tuấn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội.

Phát biểu kết luận hội nghị, đồng chí Ma Đức Thịnh – Bí thư Huyện ủy – nhấn mạnh các xã cần đẩy nhanh tiến độ trồng rừng.`,
    expect: {
      article: { published: '2024-03-14' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Hàm Yên', ordinal: 18, term: 'XX', termYears: '2020-2025', date: '2024-03-13' }],
      people: [
        {
          name: 'Hoàng Thị Thu Hằng',
          positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Tuyên Quang' }, { title: 'Trưởng ban', organization: 'Ban Tổ chức Tỉnh ủy Tuyên Quang' }],
          roles: ['attended'],
        },
        {
          name: 'Ma Đức Thịnh',
          positions: [{ title: 'Ủy viên', organization: 'Tỉnh ủy Tuyên Quang' }, { title: 'Bí thư', organization: 'Huyện ủy Hàm Yên' }],
          roles: ['chaired', 'concluded'],
        },
        {
          name: 'Lý Tuấn',
          positions: [{ title: 'Phó Bí thư', organization: 'Huyện ủy Hàm Yên' }, { title: 'Chủ tịch', organization: 'UBND huyện Hàm Yên' }],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Bắc Quang: "Đồng chủ trì hội nghị có", "Thay mặt Ban Thường vụ Tỉnh ủy ... phát biểu chỉ đạo"',
    place: 'Hà Giang',
    text: `Huyện ủy Bắc Quang tổng kết công tác năm 2023
Ngày đăng 22/12/2023 | 16:05

Ngày 21/12, Huyện ủy Bắc Quang tổ chức hội nghị tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2023.

Đồng chủ trì hội nghị có các đồng chí: Nguyễn Văn Sơn, Bí thư Huyện ủy; Vương Thị Mai Anh, Phó Bí thư Thường trực Huyện ủy.

Dự hội nghị có đồng chí Hầu Minh Lợi, Ủy viên Ban Thường vụ Tỉnh ủy Hà Giang, Chủ tịch HĐND tỉnh.

Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Hầu Minh Lợi phát biểu chỉ đạo, đề nghị huyện tiếp tục thu hút đầu tư vào vùng cam sành.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Bắc Quang', ordinal: null, date: '2023-12-21' }],
      people: [
        { name: 'Nguyễn Văn Sơn', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Bắc Quang' }], roles: ['chaired'] },
        { name: 'Vương Thị Mai Anh', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Bắc Quang' }], roles: ['chaired'] },
        {
          name: 'Hầu Minh Lợi',
          positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Hà Giang' }, { title: 'Chủ tịch', organization: 'HĐND tỉnh Hà Giang' }],
          roles: ['attended', 'directed'],
        },
      ],
    },
  },
  {
    name: 'Mộc Châu: town congress lần thứ XXI, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Thị ủy',
    place: 'Sơn La',
    text: `Đại hội đại biểu Đảng bộ thị xã Mộc Châu lần thứ XXI, nhiệm kỳ 2025 - 2030
Ngày đăng 20/06/2025 | 09:30

Ngày 19/6, Đại hội đại biểu Đảng bộ thị xã Mộc Châu lần thứ XXI, nhiệm kỳ 2025 - 2030 khai mạc phiên chính thức với sự tham dự của 250 đại biểu.

Về dự đại hội có đồng chí Lò Minh Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La.

Đồng chí Đinh Văn Thảo, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Thị ủy Mộc Châu phát biểu khai mạc. Đồng chí Cầm Thị Ngọc, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã trình bày báo cáo chính trị.

Phát biểu chỉ đạo đại hội, đồng chí Lò Minh Hùng khẳng định Mộc Châu là trung tâm du lịch của vùng Tây Bắc.`,
    expect: {
      article: { title: 'Đại hội đại biểu Đảng bộ thị xã Mộc Châu lần thứ XXI, nhiệm kỳ 2025 - 2030', published: '2025-06-20' },
      events: [{ kind: 'congress', organizer: 'Đảng bộ thị xã Mộc Châu', ordinal: 21, term: 'XXI', termYears: '2025-2030', date: '2025-06-19' }],
      people: [
        {
          name: 'Lò Minh Hùng',
          positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Sơn La' }, { title: 'Chủ tịch', organization: 'UBND tỉnh Sơn La' }],
          roles: ['attended', 'directed'],
        },
        {
          name: 'Đinh Văn Thảo',
          positions: [{ title: 'Ủy viên', organization: 'Tỉnh ủy Sơn La' }, { title: 'Bí thư', organization: 'Thị ủy Mộc Châu' }],
          roles: ['opened'],
        },
        {
          name: 'Cầm Thị Ngọc',
          positions: [{ title: 'Phó Bí thư', organization: 'Thị ủy Mộc Châu' }, { title: 'Chủ tịch', organization: 'UBND thị xã Mộc Châu' }],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Lạc Sơn: new-style tone marks throughout (Hoà, uỷ, khoá)',
    place: 'Hòa Bình',
    text: `Hội nghị lần thứ 21 Ban Chấp hành Đảng bộ huyện Lạc Sơn khoá XXVI
Ngày đăng 05/07/2024 | 15:40

Chiều 4/7, Ban Chấp hành Đảng bộ huyện Lạc Sơn khoá XXVI, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 21.

Đồng chí Bùi Văn Hoà, Tỉnh uỷ viên, Bí thư Huyện uỷ chủ trì hội nghị. Dự hội nghị có đồng chí Quách Thị Thuý, Phó Trưởng Ban Tuyên giáo Tỉnh uỷ Hoà Bình.

Đồng chí Đinh Công Khoẻ, Phó Bí thư Thường trực Huyện uỷ trình bày báo cáo sơ kết 6 tháng đầu năm.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Lạc Sơn', ordinal: 21, term: 'XXVI', termYears: '2020-2025', date: '2024-07-04' }],
      people: [
        {
          name: 'Bùi Văn Hòa',
          positions: [{ title: 'Ủy viên', organization: 'Tỉnh ủy Hòa Bình' }, { title: 'Bí thư', organization: 'Huyện ủy Lạc Sơn' }],
          roles: ['chaired'],
        },
        { name: 'Quách Thị Thúy', positions: [{ title: 'Phó Trưởng ban', organization: 'Ban Tuyên giáo Tỉnh ủy Hòa Bình' }], roles: ['attended'] },
        { name: 'Đinh Công Khỏe', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Lạc Sơn' }], roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Hải Lăng: "Trình bày tờ trình", "Theo báo cáo do đồng chí ... trình bày"',
    place: 'Quảng Trị',
    text: `Hải Lăng: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 25
Ngày đăng 10/10/2023 | 08:15

Ngày 9/10, Ban Chấp hành Đảng bộ huyện Hải Lăng, tỉnh Quảng Trị khóa XXI tổ chức Hội nghị lần thứ 25.

Đồng chí Lê Văn Thuận, Bí thư Huyện ủy chủ trì hội nghị.

Theo báo cáo do đồng chí Trần Thị Diệu Linh, Phó Bí thư Thường trực Huyện ủy trình bày, 9 tháng đầu năm toàn huyện kết nạp 112 đảng viên mới.

Trình bày tờ trình, đồng chí Phan Quốc Khánh, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ chức Huyện ủy đề nghị kiện toàn nhân sự Ủy ban Kiểm tra Huyện ủy.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Hải Lăng', ordinal: 25, term: 'XXI', date: '2023-10-09' }],
      people: [
        { name: 'Lê Văn Thuận', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Hải Lăng' }], roles: ['chaired'] },
        { name: 'Trần Thị Diệu Linh', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Hải Lăng' }], roles: ['reported'] },
        {
          name: 'Phan Quốc Khánh',
          positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Huyện ủy Hải Lăng' }, { title: 'Trưởng ban', organization: 'Ban Tổ chức Huyện ủy Hải Lăng' }],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Phong Điền: "điều hành phần thảo luận", "cho biết" is speech',
    place: 'Thừa Thiên Huế',
    text: `Huyện ủy Phong Điền bàn giải pháp phát triển kinh tế biển
(17:25 28/08/2023)

Sáng 28/8, Huyện ủy Phong Điền, tỉnh Thừa Thiên Huế tổ chức hội nghị chuyên đề về phát triển kinh tế biển.

Đồng chí Nguyễn Văn Phước, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Hồ Thị Ngọc Hà, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện điều hành phần thảo luận.

Đồng chí Lê Quang Minh, Phó Chủ tịch UBND huyện cho biết năm 2023 sản lượng khai thác hải sản ước đạt 4.500 tấn.`,
    expect: {
      article: { published: '2023-08-28', title: 'Huyện ủy Phong Điền bàn giải pháp phát triển kinh tế biển' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Phong Điền', ordinal: null, date: '2023-08-28' }],
      people: [
        {
          name: 'Nguyễn Văn Phước',
          positions: [{ title: 'Ủy viên', organization: 'Tỉnh ủy Thừa Thiên Huế' }, { title: 'Bí thư', organization: 'Huyện ủy Phong Điền' }],
          roles: ['chaired'],
        },
        {
          name: 'Hồ Thị Ngọc Hà',
          positions: [{ title: 'Phó Bí thư', organization: 'Huyện ủy Phong Điền' }, { title: 'Chủ tịch', organization: 'UBND huyện Phong Điền' }],
          roles: ['chaired'],
        },
        // A verb of saying ("cho biết") at the conference, with no other speech named: spoke.
        { name: 'Lê Quang Minh', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Phong Điền' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Sông Cầu: "Chủ trì buổi làm việc về phía tỉnh có", Chánh Văn phòng Tỉnh ủy',
    place: 'Phú Yên',
    text: `Đoàn công tác Tỉnh ủy Phú Yên làm việc tại thị xã Sông Cầu
Ngày đăng 03/05/2024 | 18:10

Chiều 2/5, Đoàn công tác của Ban Thường vụ Tỉnh ủy Phú Yên có buổi làm việc với Ban Thường vụ Thị ủy Sông Cầu.

Chủ trì buổi làm việc về phía tỉnh có đồng chí Đào Mỹ Hạnh, Phó Bí thư Thường trực Tỉnh ủy. Cùng tham dự có đồng chí Tôn Thất Quang, Chánh Văn phòng Tỉnh ủy.

Tham dự buổi làm việc về phía thị xã có đồng chí Huỳnh Văn Tư, Bí thư Thị ủy Sông Cầu và đồng chí Nguyễn Thị Lệ, Chủ tịch UBND thị xã. Đồng chí Nguyễn Thị Lệ báo cáo kết quả thực hiện nhiệm vụ 4 tháng đầu năm.`,
    expect: {
      events: [{ kind: 'meeting', date: '2024-05-02' }],
      people: [
        { name: 'Đào Mỹ Hạnh', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Phú Yên' }], roles: ['chaired'] },
        { name: 'Tôn Thất Quang', positions: [{ title: 'Chánh Văn phòng', organization: 'Văn phòng Tỉnh ủy Phú Yên' }], roles: ['attended'] },
        { name: 'Huỳnh Văn Tư', positions: [{ title: 'Bí thư', organization: 'Thị ủy Sông Cầu' }], roles: ['attended'] },
        { name: 'Nguyễn Thị Lệ', positions: [{ title: 'Chủ tịch', organization: 'UBND thị xã Sông Cầu' }], roles: ['attended', 'reported'] },
      ],
    },
  },
  {
    name: 'Ninh Hải: HĐND huyện "kỳ họp thứ Mười bốn", Phó Chủ tịch Thường trực HĐND tỉnh',
    place: 'Ninh Thuận',
    text: `Kỳ họp thứ Mười bốn HĐND huyện Ninh Hải khóa XII
Ngày đăng 19/12/2023 | 11:00

Sáng 19/12, HĐND huyện Ninh Hải khóa XII, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ Mười bốn.

Tham dự kỳ họp có đồng chí Phạm Văn Hậu, Phó Chủ tịch Thường trực HĐND tỉnh Ninh Thuận.

Đồng chí Trượng Thị Kim Lan, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ tọa kỳ họp và phát biểu khai mạc. Đồng chí Châu Văn Ninh, Chủ tịch UBND huyện trình bày báo cáo kinh tế - xã hội năm 2023.

Đại biểu Bá Thị Hồng chất vấn về tiến độ xây dựng hồ chứa nước. Đồng chí Châu Văn Ninh trả lời chất vấn.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND huyện Ninh Hải', ordinal: 14, term: 'XII', termYears: '2021-2026', date: '2023-12-19' }],
      people: [
        { name: 'Phạm Văn Hậu', positions: [{ title: 'Phó Chủ tịch Thường trực', organization: 'HĐND tỉnh Ninh Thuận' }], roles: ['attended'] },
        {
          name: 'Trượng Thị Kim Lan',
          positions: [{ title: 'Phó Bí thư', organization: 'Huyện ủy Ninh Hải' }, { title: 'Chủ tịch', organization: 'HĐND huyện Ninh Hải' }],
          roles: ['chaired', 'opened'],
        },
        { name: 'Châu Văn Ninh', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Ninh Hải' }], roles: ['reported', 'spoke'] },
        { name: 'Bá Thị Hồng', positions: [{ title: 'Đại biểu', organization: 'HĐND huyện Ninh Hải' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'La Gi: HĐND thị xã "kỳ họp bất thường", no ordinal',
    place: 'Bình Thuận',
    text: `HĐND thị xã La Gi tổ chức kỳ họp bất thường
Ngày đăng 08/08/2024 | 14:45

Sáng 8/8, HĐND thị xã La Gi khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp bất thường để xem xét điều chỉnh kế hoạch đầu tư công.

Đồng chí Trần Văn Cường, Phó Bí thư Thị ủy, Chủ tịch HĐND thị xã chủ trì kỳ họp. Đồng chí Lê Thị Thu Thảo, Phó Chủ tịch UBND thị xã trình bày tờ trình điều chỉnh kế hoạch đầu tư công năm 2024.

Kỳ họp đã biểu quyết thông qua 3 nghị quyết. Đồng chí Trần Văn Cường phát biểu bế mạc kỳ họp.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND thị xã La Gi', ordinal: null, term: 'XII', termYears: '2021-2026', date: '2024-08-08' }],
      people: [
        {
          name: 'Trần Văn Cường',
          positions: [{ title: 'Phó Bí thư', organization: 'Thị ủy La Gi' }, { title: 'Chủ tịch', organization: 'HĐND thị xã La Gi' }],
          roles: ['chaired', 'concluded'],
        },
        { name: 'Lê Thị Thu Thảo', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thị xã La Gi' }], roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Đắk Hà: "Cùng tham dự hội nghị còn có", Giám đốc Công an tỉnh, Đại tá Chỉ huy trưởng',
    place: 'Kon Tum',
    text: `Đắk Hà tổng kết công tác quốc phòng, quân sự địa phương năm 2023
Ngày đăng 12/01/2024 | 09:05

Ngày 11/1, Huyện ủy Đắk Hà tổ chức hội nghị tổng kết công tác quốc phòng, quân sự địa phương năm 2023.

Đồng chí A Vương, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có Đại tá Nguyễn Hữu Tháp, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Kon Tum. Cùng tham dự hội nghị còn có đồng chí Y Ngọc, Giám đốc Công an tỉnh.

Đồng chí Trương Công Dũng, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện báo cáo kết quả công tác năm 2023.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Đắk Hà', ordinal: null, date: '2024-01-11' }],
      people: [
        { name: 'A Vương', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Đắk Hà' }], roles: ['chaired'] },
        { name: 'Nguyễn Hữu Tháp', positions: [{ title: 'Chỉ huy trưởng', organization: 'Bộ Chỉ huy Quân sự tỉnh Kon Tum' }], roles: ['attended'] },
        { name: 'Y Ngọc', positions: [{ title: 'Giám đốc', organization: 'Công an tỉnh Kon Tum' }], roles: ['attended'] },
        { name: 'Trương Công Dũng', positions: [{ title: 'Chỉ huy trưởng', organization: 'Ban Chỉ huy Quân sự huyện Đắk Hà' }], roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Cư Jút: "Bài và ảnh:" byline, nguyên Phó Bí thư Thường trực Tỉnh ủy',
    place: 'Đắk Nông',
    text: `Cư Jút gặp mặt cán bộ hưu trí nhân dịp Xuân Giáp Thìn
Ngày đăng 30/01/2024 | 07:50

Bài và ảnh: Hoàng Nam

Chiều 29/1, Huyện ủy Cư Jút, tỉnh Đắk Nông tổ chức buổi gặp mặt cán bộ hưu trí nhân dịp Xuân Giáp Thìn 2024.

Đồng chí Lê Đình Trọng, Tỉnh ủy viên, Bí thư Huyện ủy Cư Jút chủ trì buổi gặp mặt. Về dự có đồng chí Điểu K'Ré, nguyên Phó Bí thư Thường trực Tỉnh ủy Đắk Nông.

Thay mặt các cán bộ hưu trí, đồng chí Điểu K'Ré phát biểu tại buổi gặp mặt, chúc huyện tiếp tục phát triển.`,
    expect: {
      article: { author: 'Hoàng Nam', published: '2024-01-30' },
      events: [{ kind: 'meeting', date: '2024-01-29' }],
      people: [
        {
          name: 'Lê Đình Trọng',
          positions: [{ title: 'Ủy viên', organization: 'Tỉnh ủy Đắk Nông' }, { title: 'Bí thư', organization: 'Huyện ủy Cư Jút' }],
          roles: ['chaired'],
        },
        { name: "Điểu K'Ré", positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Đắk Nông', former: true }], roles: ['attended', 'spoke'] },
      ],
      notPeople: ['Hoàng Nam'],
    },
  },
  {
    name: 'Bù Đăng: Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện',
    place: 'Bình Phước',
    text: `Bù Đăng sơ kết 5 năm thực hiện quy chế dân chủ ở cơ sở
Ngày đăng 15/11/2023 | 10:35

Ngày 14/11, Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở huyện Bù Đăng, tỉnh Bình Phước tổ chức hội nghị sơ kết 5 năm.

Đồng chí Điểu Thị Hương, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.

Tham dự hội nghị có đồng chí Nguyễn Đình Trung, Phó Chủ tịch UBND huyện. Đồng chí Nguyễn Đình Trung phát biểu tham luận về cải cách thủ tục hành chính.`,
    expect: {
      events: [{ kind: 'conference', ordinal: null, date: '2023-11-14' }],
      people: [
        {
          name: 'Điểu Thị Hương',
          positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Huyện ủy Bù Đăng' }, { title: 'Trưởng ban', organization: 'Ban Dân vận Huyện ủy Bù Đăng' }, { title: 'Chủ tịch', organization: ['Ủy ban MTTQ Việt Nam huyện Bù Đăng', 'Ủy ban MTTQ huyện Bù Đăng'] }],
          roles: ['chaired'],
        },
        { name: 'Nguyễn Đình Trung', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Bù Đăng' }], roles: ['attended', 'spoke'] },
      ],
    },
  },
  {
    name: 'Cầu Kè: no dateline, Bí thư Đảng ủy thị trấn, Chánh Văn phòng Tỉnh ủy directs',
    place: 'Trà Vinh',
    text: `Đảng bộ thị trấn Cầu Kè tổng kết công tác năm

Ngày 26/12/2023, Đảng ủy thị trấn Cầu Kè, huyện Cầu Kè, tỉnh Trà Vinh tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023.

Đồng chí Thạch Sô Phia, Bí thư Đảng ủy thị trấn chủ trì hội nghị. Về dự có đồng chí Kim Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chánh Văn phòng Tỉnh ủy Trà Vinh.

Đồng chí Kim Thị Hạnh phát biểu chỉ đạo, đề nghị thị trấn chăm lo đời sống đồng bào Khmer.`,
    expect: {
      article: { published: null, title: 'Đảng bộ thị trấn Cầu Kè tổng kết công tác năm' },
      events: [{ kind: 'conference', organizer: 'Đảng ủy thị trấn Cầu Kè', ordinal: null, date: '2023-12-26' }],
      people: [
        { name: 'Thạch Sô Phia', positions: [{ title: 'Bí thư', organization: 'Đảng ủy thị trấn Cầu Kè' }], roles: ['chaired'] },
        {
          name: 'Kim Thị Hạnh',
          positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Trà Vinh' }, { title: 'Chánh Văn phòng', organization: 'Văn phòng Tỉnh ủy Trà Vinh' }],
          roles: ['attended', 'directed'],
        },
      ],
    },
  },
  {
    name: 'Hồng Dân: caption "Ảnh: Quốc Việt" naming an official, byline at the end',
    place: 'Bạc Liêu',
    text: `Huyện ủy Hồng Dân triển khai nhiệm vụ năm 2024
Ngày đăng 09/01/2024 | 13:20

Sáng 9/1, Ban Chấp hành Đảng bộ huyện Hồng Dân, tỉnh Bạc Liêu tổ chức hội nghị triển khai nhiệm vụ năm 2024.

Đồng chí Lâm Thanh Sang, Bí thư Huyện ủy chủ trì hội nghị.

Đồng chí Lâm Thanh Sang phát biểu kết luận hội nghị. Ảnh: Quốc Việt

Đồng chí Tô Minh Nhựt, Phó Bí thư Thường trực Huyện ủy thông qua dự thảo nghị quyết năm 2024.

Thanh Nhàn`,
    expect: {
      article: { author: 'Thanh Nhàn', published: '2024-01-09' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Hồng Dân', ordinal: null, date: '2024-01-09' }],
      people: [
        { name: 'Lâm Thanh Sang', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Hồng Dân' }], roles: ['chaired', 'concluded'] },
        { name: 'Tô Minh Nhựt', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Hồng Dân' }], roles: ['reported'] },
      ],
      notPeople: ['Quốc Việt', 'Thanh Nhàn'],
    },
  },
  {
    name: 'Xuyên Mộc: NFD text, Bà Rịa - Vũng Tàu',
    place: 'Bà Rịa - Vũng Tàu',
    text: `Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ huyện Xuyên Mộc
Ngày đăng 26/07/2024 | 16:30

Ngày 25/7, Ban Chấp hành Đảng bộ huyện Xuyên Mộc khóa XII, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 20.

Đồng chí Huỳnh Sơn Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Võ Thị Thùy Trang, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm.`.normalize('NFD'),
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Xuyên Mộc', ordinal: 20, term: 'XII', termYears: '2020-2025', date: '2024-07-25' }],
      people: [
        {
          name: 'Huỳnh Sơn Tuấn',
          positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu' }, { title: 'Bí thư', organization: 'Huyện ủy Xuyên Mộc' }],
          roles: ['chaired'],
        },
        {
          name: 'Võ Thị Thùy Trang',
          positions: [{ title: 'Phó Bí thư', organization: 'Huyện ủy Xuyên Mộc' }, { title: 'Chủ tịch', organization: 'UBND huyện Xuyên Mộc' }],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Tháp Mười: "(hh:mm dd/mm/yyyy)" dateline, "khẳng định" is speech, phát biểu bế mạc',
    place: 'Đồng Tháp',
    text: `Tháp Mười: Hội nghị Huyện ủy lần thứ 17 (15:05 18/04/2024)

Ngày 17/4, Ban Chấp hành Đảng bộ huyện Tháp Mười, tỉnh Đồng Tháp khóa XI tổ chức Hội nghị lần thứ 17.

Đồng chí Phạm Thành Nhơn, Tỉnh ủy viên, Bí thư Huyện ủy và đồng chí Nguyễn Thị Bé Bảy, Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị.

Đồng chí Lưu Văn Thanh, Phó Chủ tịch UBND huyện khẳng định huyện đã hoàn thành thu hoạch lúa vụ đông xuân. Đồng chí Phạm Thành Nhơn phát biểu bế mạc hội nghị.`,
    expect: {
      article: { published: '2024-04-18' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Tháp Mười', ordinal: 17, term: 'XI', date: '2024-04-17' }],
      people: [
        {
          name: 'Phạm Thành Nhơn',
          positions: [{ title: 'Ủy viên', organization: 'Tỉnh ủy Đồng Tháp' }, { title: 'Bí thư', organization: 'Huyện ủy Tháp Mười' }],
          roles: ['chaired', 'concluded'],
        },
        { name: 'Nguyễn Thị Bé Bảy', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Tháp Mười' }], roles: ['chaired'] },
        // A verb of saying ("khẳng định") at the conference, with no other speech named: spoke.
        { name: 'Lưu Văn Thanh', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Tháp Mười' }], roles: ['spoke'] },
      ],
    },
  },
];
