// Relations, batch 2: written from the phenomena, before the fixes they prompted, in
// other provinces, genres and years than batch 1. Participants listed after "gồm:"
// with unplaced titles; a citizen and a scholar cited who are no officials; an
// appointee to a body the lexicons do not know; neighbours and study visits that
// must not move the article's place; a provincial article naming one district; a
// transfer with "đến nhận công tác", "cho thôi giữ chức vụ … để nghỉ hưu", "miễn
// nhiệm bà A, title, do …"; careers without a colon and "trước khi được điều động";
// referred resolutions and congresses, sittings of a session, a second event held by
// another body; "Chủ trì hội nghị có các đồng chí: A - title; B - title", the one
// questioned, a press interview on the sidelines; weekday datelines with the time
// first, "4.3", no year anywhere, and an ISO dateline with an offset.
//
// First run, before any fix: 9 of 17 cases passed; 201 of 213 facts held (94.4%),
// 5 unexpected extras.
import type { ExtractionCase } from './types.js';

export const relationsBatch2Cases: ExtractionCase[] = [
  {
    name: 'Cam Lộ: a working team listed after "gồm:", one of them with no title the lexicons know',
    place: 'Quảng Trị',
    text: `Sở Y tế làm việc với xã Cam Thành về công tác y tế cơ sở
Ngày đăng 17/09/2019 | 16:30

Chiều 16/9, UBND xã Cam Thành, huyện Cam Lộ tổ chức buổi làm việc với đoàn công tác của Sở Y tế tỉnh Quảng Trị.

Tham dự buổi làm việc có đoàn công tác gồm: ông Hồ Sỹ Thắng, Phó Giám đốc Sở Y tế; bà Lê Thị Hạnh Nguyên, Trưởng phòng Nghiệp vụ Y; ông Võ Đình Quân, chuyên viên.

Ông Trần Hữu Lộc, Chủ tịch UBND xã Cam Thành chủ trì buổi làm việc và báo cáo tình hình hoạt động của trạm y tế xã.`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'UBND xã Cam Thành', ordinal: null, date: '2019-09-16' }],
      people: [
        { name: 'Hồ Sỹ Thắng', positions: [{ title: 'Phó Giám đốc', organization: 'Sở Y tế tỉnh Quảng Trị' }], roles: ['attended'] },
        { name: 'Lê Thị Hạnh Nguyên', roles: ['attended'] },
        { name: 'Võ Đình Quân', positions: [], roles: ['attended'] },
        { name: 'Trần Hữu Lộc', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Cam Thành' }], roles: ['chaired', 'reported'] },
      ],
    },
  },
  {
    name: 'Sìn Hồ: a citizen and a doctor quoted are no officials; the police chief is',
    place: 'Lai Châu',
    text: `Sìn Hồ: khởi tố vụ khai thác khoáng sản trái phép
Ngày đăng 22/08/2022 | 10:15

Ngày 21/8, Công an huyện Sìn Hồ cho biết đã khởi tố vụ án khai thác khoáng sản trái phép tại xã Pa Tần.

Theo thông tin ban đầu, ông Lý A Chừ (48 tuổi, trú tại bản Nậm Cười, xã Pa Tần) đã dùng máy xúc khai thác đá trái phép trên diện tích khoảng 2.000 m2.

Thượng tá Lò Văn Thanh, Trưởng Công an huyện Sìn Hồ cho biết vụ việc đang được điều tra mở rộng. Bác sĩ Vàng Thị Mai, Trạm Y tế xã Pa Tần, cho biết không có người bị thương.`,
    expect: {
      events: [],
      people: [{ name: 'Lò Văn Thanh', roles: [] }],
      notPeople: ['Lý A Chừ', 'Vàng Thị Mai'],
    },
  },
  {
    name: 'Di Linh: an appointee to a body the lexicons do not know, title-first on taking office',
    place: 'Lâm Đồng',
    text: `Di Linh: trao quyết định bổ nhiệm Phó Giám đốc Trung tâm Y tế huyện
Ngày đăng 02/11/2021 | 15:00

Chiều 1/11, UBND huyện Di Linh tổ chức lễ trao quyết định bổ nhiệm cán bộ.

Ông Lê Văn Lợi, Phó Chủ tịch UBND huyện trao quyết định bổ nhiệm ông Phạm Văn Đức giữ chức Phó Giám đốc Trung tâm Y tế huyện Di Linh.

Phát biểu nhận nhiệm vụ, tân Phó Giám đốc Trung tâm Y tế huyện Phạm Văn Đức hứa sẽ nỗ lực hoàn thành nhiệm vụ.`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'UBND huyện Di Linh', ordinal: null, date: '2021-11-01' }],
      people: [
        { name: 'Lê Văn Lợi', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Di Linh' }], roles: ['spoke'] },
        { name: 'Phạm Văn Đức', roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Văn Lãng: a neighbouring district and a study visit do not move the article',
    place: 'Lạng Sơn',
    text: `Hội nghị Ban Chấp hành Đảng bộ huyện Văn Lãng lần thứ 16
Ngày đăng 26/07/2022 | 09:20

Ngày 25/7, Ban Chấp hành Đảng bộ huyện Văn Lãng khóa XXIV, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 16.

Đồng chí Nông Văn Chiến, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Vy Văn Tuyên, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện báo cáo kết quả 6 tháng đầu năm; trong 6 tháng, huyện đã tổ chức đoàn đi học tập mô hình trồng hồi của huyện Tràng Định và phối hợp với huyện Tràng Định, huyện giáp ranh, bảo vệ rừng đầu nguồn.

Đồng chí Hoàng Thị Lụa, Trưởng Ban Dân vận Huyện ủy thảo luận về công tác dân vận chính quyền.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Văn Lãng', ordinal: 16, term: 'XXIV', termYears: '2020-2025', date: '2022-07-25' }],
      people: [
        { name: 'Nông Văn Chiến', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Văn Lãng' }], roles: ['chaired'] },
        {
          name: 'Vy Văn Tuyên',
          positions: [{ title: 'Phó Bí thư', organization: 'Huyện ủy Văn Lãng' }, { title: 'Chủ tịch', organization: 'UBND huyện Văn Lãng' }],
          roles: ['reported'],
        },
        { name: 'Hoàng Thị Lụa', positions: [{ title: 'Trưởng ban', organization: 'Ban Dân vận Huyện ủy Văn Lãng' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Yên Bái: a provincial conference naming one district in passing keeps provincial bodies',
    place: 'Yên Bái',
    text: `Tỉnh ủy Yên Bái sơ kết công tác tổ chức xây dựng Đảng 6 tháng
Ngày đăng 14/07/2023 | 17:40

Sáng 14/7, Tỉnh ủy Yên Bái tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2023.

Đồng chí Tạ Văn Long, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị. Đồng chí Nông Thị Ngọc Thắm, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức báo cáo kết quả; trong đó, mô hình sắp xếp thôn, tổ dân phố của huyện Văn Chấn được đánh giá cao.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Tỉnh ủy Yên Bái', ordinal: null, date: '2023-07-14' }],
      people: [
        { name: 'Tạ Văn Long', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Yên Bái' }], roles: ['chaired'] },
        {
          name: 'Nông Thị Ngọc Thắm',
          positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Yên Bái' }, { title: 'Trưởng ban', organization: 'Ban Tổ chức Tỉnh ủy Yên Bái' }],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Gò Dầu: "điều động … đến nhận công tác", "cho thôi giữ chức vụ … để nghỉ hưu"',
    place: 'Tây Ninh',
    text: `Gò Dầu có tân Chủ tịch UBND huyện
Ngày đăng 04/01/2020 | 11:10

Sáng 3/1, Ban Thường vụ Tỉnh ủy Tây Ninh tổ chức hội nghị công bố quyết định về công tác cán bộ tại huyện Gò Dầu.

Theo quyết định, Ban Thường vụ Tỉnh ủy điều động ông Nguyễn Minh Tân, Phó Giám đốc Sở Tài chính, đến nhận công tác tại Huyện ủy Gò Dầu và giới thiệu để bầu giữ chức Chủ tịch UBND huyện Gò Dầu. Đồng thời, cho thôi giữ chức vụ Chủ tịch UBND huyện Gò Dầu đối với ông Đỗ Văn Phúc để nghỉ hưu theo chế độ.

Phát biểu tại hội nghị, ông Đỗ Văn Phúc cảm ơn sự quan tâm của Ban Thường vụ Tỉnh ủy.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Ban Thường vụ Tỉnh ủy Tây Ninh', ordinal: null, date: '2020-01-03' }],
      people: [
        { name: 'Nguyễn Minh Tân', positions: [{ title: 'Phó Giám đốc', organization: 'Sở Tài chính tỉnh Tây Ninh', former: true }], roles: [] },
        { name: 'Đỗ Văn Phúc', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Gò Dầu', former: true }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Kiến Xương: "miễn nhiệm bà A, title, do nghỉ hưu" and an election at a council session',
    place: 'Thái Bình',
    text: `Kỳ họp thứ 11 HĐND huyện Kiến Xương khóa XX
Ngày đăng 29/06/2018 | 18:00

Ngày 29/6, HĐND huyện Kiến Xương khóa XX, nhiệm kỳ 2016 - 2021 tổ chức Kỳ họp thứ 11.

Kỳ họp đã miễn nhiệm bà Phạm Thị Hòa, Phó Chủ tịch HĐND huyện, do nghỉ hưu theo chế độ và bầu ông Bùi Văn Cường, Ủy viên Ban Thường vụ Huyện ủy, giữ chức Phó Chủ tịch HĐND huyện nhiệm kỳ 2016 - 2021.

Ông Đặng Văn Sinh, Chủ tịch HĐND huyện phát biểu bế mạc kỳ họp.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND huyện Kiến Xương', ordinal: 11, term: 'XX', termYears: '2016-2021', date: '2018-06-29' }],
      people: [
        { name: 'Phạm Thị Hòa', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND huyện Kiến Xương', former: true }], roles: [] },
        {
          name: 'Bùi Văn Cường',
          positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Huyện ủy Kiến Xương' }, { title: 'Phó Chủ tịch', organization: 'HĐND huyện Kiến Xương' }],
          roles: [],
        },
        { name: 'Đặng Văn Sinh', positions: [{ title: 'Chủ tịch', organization: 'HĐND huyện Kiến Xương' }], roles: ['concluded'] },
      ],
    },
  },
  {
    name: 'Tiên Yên: a career without a colon, "trước khi được điều động, ông là …"',
    place: 'Quảng Ninh',
    text: `Tân Bí thư Huyện ủy Tiên Yên
Ngày đăng 12/05/2021 | 08:00

Chiều 11/5, Ban Thường vụ Tỉnh ủy Quảng Ninh tổ chức hội nghị công bố quyết định chỉ định đồng chí Lục Thành Chung giữ chức Bí thư Huyện ủy Tiên Yên.

Đồng chí Lục Thành Chung từng giữ các chức vụ Phó Bí thư Huyện ủy Bình Liêu, Phó Trưởng Ban Dân vận Tỉnh ủy. Trước khi được điều động, ông là Chủ tịch UBND huyện Đầm Hà.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Ban Thường vụ Tỉnh ủy Quảng Ninh', ordinal: null, date: '2021-05-11' }],
      people: [
        {
          name: 'Lục Thành Chung',
          positions: [
            { title: 'Bí thư', organization: 'Huyện ủy Tiên Yên' },
            { title: 'Phó Bí thư', organization: 'Huyện ủy Bình Liêu', former: true },
            { title: 'Phó Trưởng ban', organization: 'Ban Dân vận Tỉnh ủy Quảng Ninh', former: true },
            { title: 'Chủ tịch', organization: 'UBND huyện Đầm Hà', former: true },
          ],
          roles: [],
        },
      ],
    },
  },
  {
    name: 'Cầu Ngang: a conclusion being reviewed and a congress planned are not events',
    place: 'Trà Vinh',
    text: `Cầu Ngang sơ kết 3 năm thực hiện Kết luận số 21 của Hội nghị Trung ương 4 khóa XII
Ngày đăng 08/10/2024 | 14:45

Ngày 8/10, Huyện ủy Cầu Ngang tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 21 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII.

Đồng chí Thạch Ngọc Hiền, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Thạch Ngọc Hiền đề nghị các tổ chức cơ sở đảng chuẩn bị tốt cho Đại hội Đảng bộ huyện lần thứ XII, nhiệm kỳ 2025 - 2030.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Cầu Ngang', ordinal: null, term: null, termYears: null, date: '2024-10-08' }],
      people: [{ name: 'Thạch Ngọc Hiền', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Cầu Ngang' }], roles: ['chaired', 'spoke'] }],
    },
  },
  {
    name: 'Krông Nô: sittings of a session are the session; "sau 2 ngày làm việc" is no ordinal',
    place: 'Đắk Nông',
    text: `Bế mạc Kỳ họp thứ 9 HĐND huyện Krông Nô
Ngày đăng 21/12/2019 | 17:00

Chiều 20/12, sau 2 ngày làm việc, Kỳ họp thứ 9 HĐND huyện Krông Nô khóa IV, nhiệm kỳ 2016 - 2021 đã bế mạc.

Tại phiên bế mạc, kỳ họp đã thông qua 12 nghị quyết. Ông Lưu Văn Trung, Chủ tịch HĐND huyện phát biểu bế mạc kỳ họp.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND huyện Krông Nô', ordinal: 9, term: 'IV', termYears: '2016-2021', date: '2019-12-20' }],
      people: [{ name: 'Lưu Văn Trung', positions: [{ title: 'Chủ tịch', organization: 'HĐND huyện Krông Nô' }], roles: ['concluded'] }],
    },
  },
  {
    name: 'Mỏ Cày Nam: a commune congress, and the same afternoon a ceremony of another body',
    place: 'Bến Tre',
    text: `Đại hội Đảng bộ xã Định Thủy lần thứ XIII
Ngày đăng 16/06/2020 | 19:00

Sáng 16/6, Đảng bộ xã Định Thủy, huyện Mỏ Cày Nam tổ chức Đại hội đại biểu lần thứ XIII, nhiệm kỳ 2020 - 2025. Đồng chí Võ Văn Bé, Bí thư Đảng ủy xã chủ trì đại hội.

Chiều cùng ngày, UBND huyện Mỏ Cày Nam tổ chức lễ khánh thành cầu Định Thủy. Ông Trần Văn Cảnh, Chủ tịch UBND huyện phát biểu tại buổi lễ.`,
    expect: {
      events: [
        { kind: 'congress', organizer: 'Đảng bộ xã Định Thủy', ordinal: 13, term: 'XIII', termYears: '2020-2025', date: '2020-06-16' },
        { kind: 'meeting', organizer: 'UBND huyện Mỏ Cày Nam', ordinal: null, date: '2020-06-16' },
      ],
      people: [
        { name: 'Võ Văn Bé', positions: [{ title: 'Bí thư', organization: 'Đảng ủy xã Định Thủy' }], roles: [{ role: 'chaired', event: 'e1' }] },
        { name: 'Trần Văn Cảnh', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Mỏ Cày Nam' }], roles: [{ role: 'spoke', event: 'e2' }] },
      ],
    },
  },
  {
    name: 'Bù Đốp: "Chủ trì hội nghị có các đồng chí: A - title; B - title", thông qua nghị quyết',
    place: 'Bình Phước',
    text: `Huyện ủy Bù Đốp tổng kết năm 2018
Ngày đăng 28/12/2018 | 16:00

Ngày 27/12, Huyện ủy Bù Đốp tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2018.

Chủ trì hội nghị có các đồng chí: Phạm Văn Tòng - Bí thư Huyện ủy; Lê Thị Xuân Trang - Phó Bí thư Thường trực Huyện ủy.

Đồng chí Điểu Lý, Chánh Văn phòng Huyện ủy thông qua dự thảo nghị quyết hội nghị.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Bù Đốp', ordinal: null, date: '2018-12-27' }],
      people: [
        { name: 'Phạm Văn Tòng', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Bù Đốp' }], roles: ['chaired'] },
        { name: 'Lê Thị Xuân Trang', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Bù Đốp' }], roles: ['chaired'] },
        { name: 'Điểu Lý', positions: [{ title: 'Chánh Văn phòng', organization: 'Văn phòng Huyện ủy Bù Đốp' }], roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Văn Giang: the one questioned gets no role from the question, only from the answer',
    place: 'Hưng Yên',
    text: `Phiên chất vấn tại Kỳ họp thứ 6 HĐND huyện Văn Giang
Ngày đăng 15/07/2022 | 20:10

Ngày 15/7, Kỳ họp thứ 6 HĐND huyện Văn Giang khóa XX, nhiệm kỳ 2021 - 2026 dành thời gian cho phiên chất vấn.

Đại biểu Nguyễn Văn Thụ chất vấn Phó Chủ tịch UBND huyện Đỗ Thị Thu Hà về tiến độ giải phóng mặt bằng. Trả lời chất vấn, bà Đỗ Thị Thu Hà cho biết huyện sẽ hoàn thành trong quý III.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND huyện Văn Giang', ordinal: 6, term: 'XX', termYears: '2021-2026', date: '2022-07-15' }],
      people: [
        { name: 'Nguyễn Văn Thụ', positions: [{ title: 'Đại biểu', organization: 'HĐND huyện Văn Giang' }], roles: ['spoke'] },
        { name: 'Đỗ Thị Thu Hà', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Văn Giang' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Trấn Yên: what is told to the press on the sidelines is no role at the event',
    place: 'Yên Bái',
    text: `Trấn Yên khai mạc Hội chợ nông sản
Ngày đăng 10/11/2023 | 10:30

Sáng 10/11, UBND huyện Trấn Yên tổ chức lễ khai mạc Hội chợ nông sản an toàn năm 2023.

Ông Hoàng Văn Sâm, Chủ tịch UBND huyện phát biểu khai mạc. Bên lề hội chợ, trao đổi với phóng viên, bà Nguyễn Thị Hằng, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện cho biết năm nay có 60 gian hàng tham gia.`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'UBND huyện Trấn Yên', ordinal: null, date: '2023-11-10' }],
      people: [
        { name: 'Hoàng Văn Sâm', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Trấn Yên' }], roles: ['opened'] },
        { name: 'Nguyễn Thị Hằng', roles: [] },
      ],
    },
  },
  {
    name: 'Hòa Vang: a dateline with the time and weekday first, "Ngày 4.3" in the body',
    place: 'Đà Nẵng',
    text: `Hòa Vang: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15
14:20 Thứ Hai, 06/03/2023

Ngày 4.3, Ban Chấp hành Đảng bộ huyện Hòa Vang khóa XXII tổ chức Hội nghị lần thứ 15.

Đồng chí Trần Văn Tám, Bí thư Huyện ủy chủ trì hội nghị.`,
    expect: {
      article: { published: '2023-03-06' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Hòa Vang', ordinal: 15, term: 'XXII', date: '2023-03-04' }],
      people: [{ name: 'Trần Văn Tám', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Hòa Vang' }], roles: ['chaired'] }],
    },
  },
  {
    name: 'Bắc Kạn: no dateline and no year anywhere: the date stays unknown',
    place: 'Bắc Kạn',
    text: `Khai mạc Kỳ họp thứ 3 HĐND tỉnh Bắc Kạn khóa X

Sáng 14/9, HĐND tỉnh Bắc Kạn khóa X, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ 3.

Bà Phương Thị Thanh, Chủ tịch HĐND tỉnh chủ trì kỳ họp.`,
    expect: {
      article: { published: null },
      events: [{ kind: 'session', organizer: 'HĐND tỉnh Bắc Kạn', ordinal: 3, term: 'X', termYears: '2021-2026', date: null }],
      people: [{ name: 'Phương Thị Thanh', positions: [{ title: 'Chủ tịch', organization: 'HĐND tỉnh Bắc Kạn' }], roles: ['chaired'] }],
    },
  },
  {
    name: 'Lâm Đồng 2025: an ISO dateline with its offset, "ngày 15 tháng 7 năm 2025"',
    place: 'Lâm Đồng',
    text: `Tỉnh ủy Lâm Đồng triển khai nhiệm vụ sau hợp nhất
Cập nhật: 2025-07-16T09:05:00+07:00

Ngày 15 tháng 7 năm 2025, Tỉnh ủy Lâm Đồng tổ chức hội nghị triển khai nhiệm vụ sau hợp nhất tỉnh.

Đồng chí Y Thanh Hà Niê Kđăm, Bí thư Tỉnh ủy chủ trì hội nghị và phát biểu kết luận.`,
    expect: {
      article: { published: '2025-07-16' },
      events: [{ kind: 'conference', organizer: 'Tỉnh ủy Lâm Đồng', ordinal: null, date: '2025-07-15' }],
      people: [{ name: 'Y Thanh Hà Niê Kđăm', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Lâm Đồng' }], roles: ['chaired', 'concluded'] }],
    },
  },
];
