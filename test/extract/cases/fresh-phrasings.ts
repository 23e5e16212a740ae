// A second batch written after the first was in use, with phrasings the first does
// not have ("Chủ trì hội nghị là", "Sáng nay (18/4)", "Trưởng Đoàn đại biểu Quốc
// hội" in full, "gồm các đồng chí", two-reporter bylines), to keep measuring how
// the extractor generalises rather than how it fits the earlier cases.
import type { ExtractionCase } from './types.js';

export const freshPhrasingCases: ExtractionCase[] = [
  {
    name: 'Pleiku: "Chủ trì hội nghị là", "Sáng nay (18/4)", phát biểu tham luận',
    place: 'Gia Lai',
    text: `Thành ủy Pleiku sơ kết quý I năm 2024
Ngày đăng 18/04/2024 | 11:45

Sáng nay (18/4), Ban Chấp hành Đảng bộ thành phố Pleiku tổ chức hội nghị sơ kết công tác quý I, triển khai nhiệm vụ quý II năm 2024.

Chủ trì hội nghị là đồng chí Lương Văn Thạch, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Pleiku. Cùng dự có đồng chí Đoàn Ngọc Khiêm, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố.

Tại hội nghị, đồng chí Hà Thị Xuân Mai, Thành ủy viên, Bí thư Đảng ủy phường Hoa Lư phát biểu tham luận về công tác phát triển đảng viên trong khu dân cư.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Thành ủy Pleiku', ordinal: null, date: '2024-04-18' }],
      people: [
        {
          name: 'Lương Văn Thạch',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Gia Lai' },
            { title: 'Bí thư', organization: 'Thành ủy Pleiku' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Đoàn Ngọc Khiêm',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thành ủy Pleiku' },
            { title: 'Chủ tịch', organization: 'UBND thành phố Pleiku' },
          ],
          roles: ['attended'],
        },
        {
          name: 'Hà Thị Xuân Mai',
          // In a provincial-city article "Thành ủy viên" is membership of that city's committee.
          positions: [
            { title: 'Ủy viên', organization: 'Thành ủy Pleiku' },
            { title: 'Bí thư', organization: 'Đảng ủy phường Hoa Lư' },
          ],
          roles: ['spoke'],
        },
      ],
    },
  },
  {
    name: 'Mường Ảng: HĐND huyện session "thứ Mười ba", "Chủ tọa kỳ họp gồm"',
    place: 'Điện Biên',
    text: `HĐND huyện Mường Ảng khai mạc Kỳ họp thứ Mười ba
Ngày đăng 11/12/2023 | 14:30

Ngày 11/12, HĐND huyện Mường Ảng khóa XXI, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ Mười ba.

Chủ tọa kỳ họp gồm các đồng chí: Lò Văn Pầng, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; Quàng Thị Dung, Phó Chủ tịch HĐND huyện.

Đồng chí Lò Văn Pầng phát biểu khai mạc kỳ họp. Đồng chí Cà Văn Thắng, Phó Chủ tịch UBND huyện trình bày báo cáo tình hình kinh tế - xã hội năm 2023.

Tại phiên thảo luận, đại biểu Lường Thị Hương phát biểu, đề nghị huyện hỗ trợ giống cà phê cho các xã vùng cao. Đồng chí Cà Văn Thắng tiếp thu, giải trình ý kiến của đại biểu.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND huyện Mường Ảng', ordinal: 13, term: 'XXI', termYears: '2021-2026', date: '2023-12-11' }],
      people: [
        {
          name: 'Lò Văn Pầng',
          positions: [
            { title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Mường Ảng' },
            { title: 'Chủ tịch', organization: 'HĐND huyện Mường Ảng' },
          ],
          roles: ['chaired', 'opened'],
        },
        { name: 'Quàng Thị Dung', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND huyện Mường Ảng' }], roles: ['chaired'] },
        { name: 'Cà Văn Thắng', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Mường Ảng' }], roles: ['reported', 'spoke'] },
        { name: 'Lường Thị Hương', positions: [{ title: 'Đại biểu', organization: 'HĐND huyện Mường Ảng' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Sông Công: city congress, Ủy viên BCH Đảng bộ tỉnh, dateline on the headline',
    place: 'Thái Nguyên',
    text: `Đại hội đại biểu Đảng bộ thành phố Sông Công lần thứ XV, nhiệm kỳ 2020 - 2025 (15:20 24/07/2020)

Ngày 24/7, Đại hội đại biểu Đảng bộ thành phố Sông Công lần thứ XV, nhiệm kỳ 2020 - 2025 khai mạc phiên chính thức.

Dự đại hội có đồng chí Triệu Thị Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Thái Nguyên.

Đồng chí Nông Văn Hiển, Ủy viên BCH Đảng bộ tỉnh, Bí thư Thành ủy Sông Công khóa XIV phát biểu khai mạc. Đồng chí Mạc Thị Huệ, Phó Bí thư Thường trực Thành ủy trình bày báo cáo chính trị.

Phát biểu chỉ đạo, đồng chí Triệu Thị Ngọc Bích đề nghị thành phố phát huy lợi thế về công nghiệp.`,
    expect: {
      article: { title: 'Đại hội đại biểu Đảng bộ thành phố Sông Công lần thứ XV, nhiệm kỳ 2020 - 2025', published: '2020-07-24' },
      events: [{ kind: 'congress', organizer: 'Đảng bộ thành phố Sông Công', ordinal: 15, term: 'XV', termYears: '2020-2025', date: '2020-07-24' }],
      people: [
        {
          name: 'Triệu Thị Ngọc Bích',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Thái Nguyên' },
            { title: 'Trưởng ban', organization: 'Ban Dân vận Tỉnh ủy Thái Nguyên' },
          ],
          roles: ['attended', 'directed'],
        },
        {
          name: 'Nông Văn Hiển',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Thái Nguyên' },
            { title: 'Bí thư', organization: 'Thành ủy Sông Công' },
          ],
          roles: ['opened'],
        },
        { name: 'Mạc Thị Huệ', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Thành ủy Sông Công' }], roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Ninh Bình: Trưởng Đoàn đại biểu Quốc hội in full, former leaders in a list',
    place: 'Ninh Bình',
    text: `Hội nghị lần thứ 30 Ban Chấp hành Đảng bộ tỉnh Ninh Bình khóa XXII
Ngày đăng 28/06/2024 | 17:50

Ngày 28/6, Ban Chấp hành Đảng bộ tỉnh khóa XXII, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 30.

Đồng chí Đinh Công Luận, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh chủ trì hội nghị. Dự hội nghị có các đồng chí nguyên lãnh đạo tỉnh: Hoàng Đình Ngạn, nguyên Phó Chủ tịch UBND tỉnh; Phạm Thị Thủy, nguyên Trưởng Ban Tổ chức Tỉnh ủy.

Đồng chí Lê Quang Tiến, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Tỉnh ủy Ninh Bình', ordinal: 30, term: 'XXII', termYears: '2020-2025', date: '2024-06-28' }],
      people: [
        {
          name: 'Đinh Công Luận',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy Ninh Bình' },
            { title: 'Trưởng đoàn', organization: ['Đoàn ĐBQH tỉnh Ninh Bình', 'Đoàn đại biểu Quốc hội tỉnh Ninh Bình'] },
          ],
          roles: ['chaired'],
        },
        { name: 'Hoàng Đình Ngạn', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Ninh Bình', former: true }], roles: ['attended'] },
        { name: 'Phạm Thị Thủy', positions: [{ title: 'Trưởng ban', organization: 'Ban Tổ chức Tỉnh ủy Ninh Bình', former: true }], roles: ['attended'] },
        {
          name: 'Lê Quang Tiến',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Ninh Bình' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Ninh Bình' },
          ],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Cần Giuộc: "hội nghị công bố quyết định", elected chairwoman replaces one who thôi giữ chức',
    place: 'Long An',
    text: `Cần Giuộc: công bố quyết định nhân sự Chủ tịch UBND huyện
Ngày đăng 03/09/2024 | 16:40

Chiều 3/9, Huyện ủy Cần Giuộc tổ chức hội nghị công bố quyết định về công tác cán bộ. Ông Nguyễn Thành Danh, Tỉnh ủy viên, Bí thư Huyện ủy Cần Giuộc chủ trì hội nghị. Dự và trao quyết định có ông Mạc Văn Tâm, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Long An.

Theo đó, bà Phan Thị Thu Thảo, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện được HĐND huyện bầu giữ chức Chủ tịch UBND huyện Cần Giuộc nhiệm kỳ 2021 - 2026, thay ông Võ Thanh Hải thôi giữ chức Chủ tịch UBND huyện để nhận nhiệm vụ mới.

Phát biểu nhận nhiệm vụ, bà Phan Thị Thu Thảo cảm ơn sự tin tưởng của cấp ủy và đại biểu HĐND huyện.`,
    expect: {
      // The text calls it a hội nghị, so the contract's kind is conference.
      events: [{ kind: 'conference', organizer: 'Huyện ủy Cần Giuộc', ordinal: null, date: '2024-09-03' }],
      people: [
        {
          name: 'Nguyễn Thành Danh',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Long An' },
            { title: 'Bí thư', organization: 'Huyện ủy Cần Giuộc' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Mạc Văn Tâm',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Long An' },
            { title: 'Trưởng ban', organization: 'Ban Tổ chức Tỉnh ủy Long An' },
          ],
          // "Dự và trao quyết định có …": present, and handing over the decision (spoke).
          roles: ['attended', 'spoke'],
        },
        {
          name: 'Phan Thị Thu Thảo',
          // The vice-chair title is given without a former marker (same reading as the Bắc Giang case).
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Huyện ủy Cần Giuộc' },
            { title: 'Phó Chủ tịch', organization: 'UBND huyện Cần Giuộc' },
            { title: 'Chủ tịch', organization: 'UBND huyện Cần Giuộc' },
          ],
          roles: ['spoke'],
        },
        { name: 'Võ Thanh Hải', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Cần Giuộc', former: true }], roles: [] },
      ],
    },
  },
  {
    name: 'Châu Đốc: "C, D - Phó Chủ tịch", a deity called Bà is no person',
    place: 'An Giang',
    text: `Châu Đốc: Thường trực Thành ủy làm việc với phường Núi Sam
Ngày đăng 21/03/2023 | 09:30

Ngày 20/3, đồng chí Trần Thị Diễm Kiều - Tỉnh ủy viên, Bí thư Thành ủy Châu Đốc chủ trì buổi làm việc với Đảng ủy phường Núi Sam về công tác chuẩn bị Lễ hội Vía Bà Chúa Xứ Núi Sam năm 2023.

Cùng dự có các đồng chí: Lâm Quang Nhựt - Phó Bí thư Thành ủy, Chủ tịch UBND thành phố; Lý Minh Trọng, Tô Thanh Phong - Phó Chủ tịch UBND thành phố.

Đồng chí Âu Văn Đẹp, Bí thư Đảng ủy phường Núi Sam báo cáo công tác bảo đảm an ninh trật tự trong mùa lễ hội.`,
    expect: {
      events: [{ kind: 'meeting', ordinal: null, date: '2023-03-20' }],
      people: [
        {
          name: 'Trần Thị Diễm Kiều',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy An Giang' },
            { title: 'Bí thư', organization: 'Thành ủy Châu Đốc' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Lâm Quang Nhựt',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thành ủy Châu Đốc' },
            { title: 'Chủ tịch', organization: 'UBND thành phố Châu Đốc' },
          ],
          roles: ['attended'],
        },
        { name: 'Lý Minh Trọng', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thành phố Châu Đốc' }], roles: ['attended'] },
        { name: 'Tô Thanh Phong', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thành phố Châu Đốc' }], roles: ['attended'] },
        { name: 'Âu Văn Đẹp', positions: [{ title: 'Bí thư', organization: 'Đảng ủy phường Núi Sam' }], roles: ['reported'] },
      ],
      notPeople: ['Chúa Xứ'],
    },
  },
  {
    name: 'Ninh Hòa: NFD text with the old tone in the place and in names',
    place: 'Khánh Hòa',
    text: `Hội nghị lần thứ 14 Ban Chấp hành Đảng bộ thị xã Ninh Hoà khoá XIII
Ngày đăng 30/12/2022 | 08:00

Ngày 29/12, Ban Chấp hành Đảng bộ thị xã Ninh Hoà khoá XIII, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 14 tổng kết công tác năm 2022.

Đồng chí Võ Thị Thuỳ Trang, Tỉnh uỷ viên, Bí thư Thị uỷ chủ trì hội nghị. Đồng chí Trần Hoà Nam, Phó Bí thư Thị uỷ, Chủ tịch UBND thị xã trình bày báo cáo kết quả phát triển kinh tế - xã hội năm 2022.`.normalize('NFD'),
    expect: {
      events: [{ kind: 'conference', organizer: 'Thị ủy Ninh Hòa', ordinal: 14, term: 'XIII', termYears: '2020-2025', date: '2022-12-29' }],
      people: [
        {
          name: 'Võ Thị Thùy Trang',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Khánh Hòa' },
            { title: 'Bí thư', organization: 'Thị ủy Ninh Hòa' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Trần Hòa Nam',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thị ủy Ninh Hòa' },
            { title: 'Chủ tịch', organization: 'UBND thị xã Ninh Hòa' },
          ],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Văn Chấn: Phó Chủ tịch Thường trực HĐND tỉnh, two-reporter byline and photo credit',
    place: 'Yên Bái',
    text: `Huyện ủy Văn Chấn triển khai nhiệm vụ 6 tháng cuối năm
Ngày đăng 08/07/2023 | 10:15

Sáng 7/7, Huyện ủy Văn Chấn tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 21. Dự hội nghị có đồng chí Hoàng Thị Vân Anh, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh Yên Bái.

Đồng chí Hà Văn Thụy, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị.

Đồng chí Hoàng Thị Vân Anh phát biểu tại hội nghị. Ảnh: Đức Toàn

Thanh Chi - Đức Toàn`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Văn Chấn', ordinal: 21, date: '2023-07-07' }],
      people: [
        {
          name: 'Hoàng Thị Vân Anh',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Yên Bái' },
            { title: 'Phó Chủ tịch Thường trực', organization: 'HĐND tỉnh Yên Bái' },
          ],
          roles: ['attended', 'spoke'],
        },
        {
          name: 'Hà Văn Thụy',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Yên Bái' },
            { title: 'Bí thư', organization: 'Huyện ủy Văn Chấn' },
          ],
          roles: ['chaired'],
        },
      ],
      notPeople: ['Thanh Chi', 'Đức Toàn'],
    },
  },
];
