// Party congresses (Đại hội): organized by the Đảng bộ, not by its committee;
// Roman ordinals that also give the term; elections at the congress.
import type { ExtractionCase } from './types.js';

export const congressCases: ExtractionCase[] = [
  {
    name: 'Yên Thành: district congress, Roman ordinal gives the term, được bầu',
    place: 'Nghệ An',
    text: `Đại hội đại biểu Đảng bộ huyện Yên Thành lần thứ XXX thành công tốt đẹp
Ngày đăng 18/08/2020 | 19:00

Trong 2 ngày 17 và 18/8/2020, Đại hội đại biểu Đảng bộ huyện Yên Thành lần thứ XXX, nhiệm kỳ 2020 - 2025 đã diễn ra với sự tham dự của 320 đại biểu.

Dự đại hội có đồng chí Lê Quang Huấn, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An. Đồng chí Phan Thanh Hoàng, Tỉnh ủy viên, Bí thư Huyện ủy khóa XXIX phát biểu khai mạc đại hội.

Phát biểu chỉ đạo đại hội, đồng chí Lê Quang Huấn đề nghị Đảng bộ huyện phát huy truyền thống quê hương, xây dựng Yên Thành trở thành huyện nông thôn mới kiểu mẫu.

Tại phiên họp thứ nhất của Ban Chấp hành Đảng bộ huyện khóa XXX, đồng chí Phan Thanh Hoàng được bầu giữ chức Bí thư Huyện ủy; đồng chí Đậu Thị Hạnh được bầu giữ chức Phó Bí thư Huyện ủy.`,
    expect: {
      // The congress is dated by its first day, 17/8/2020.
      events: [{ kind: 'congress', organizer: 'Đảng bộ huyện Yên Thành', ordinal: 30, term: 'XXX', termYears: '2020-2025', date: '2020-08-17' }],
      people: [
        {
          name: 'Lê Quang Huấn',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Nghệ An' },
            { title: 'Chủ tịch', organization: 'HĐND tỉnh Nghệ An' },
          ],
          roles: ['attended', 'directed'],
        },
        {
          name: 'Phan Thanh Hoàng',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Nghệ An' },
            { title: 'Bí thư', organization: 'Huyện ủy Yên Thành' },
          ],
          roles: ['opened'],
        },
        { name: 'Đậu Thị Hạnh', positions: [{ title: 'Phó Bí thư', organization: 'Huyện ủy Yên Thành' }], roles: [] },
      ],
    },
  },
  {
    name: 'Bảo Lộc: city Party congress of a provincial city, dateline on its own line',
    place: 'Lâm Đồng',
    text: `Khai mạc phiên chính thức Đại hội đại biểu Đảng bộ thành phố Bảo Lộc lần thứ XIII
(10:20 02/07/2020)

Sáng 2/7, Đại hội đại biểu Đảng bộ thành phố Bảo Lộc lần thứ XIII, nhiệm kỳ 2020 - 2025 khai mạc phiên chính thức với sự tham dự của 250 đại biểu.

Dự đại hội có đồng chí Lưu Văn Trung, Phó Bí thư Thường trực Tỉnh ủy Lâm Đồng.

Đồng chí Tôn Thất Sang, Tỉnh ủy viên, Bí thư Thành ủy, Chủ tịch HĐND thành phố Bảo Lộc khóa XII phát biểu khai mạc đại hội. Đồng chí Hồ Nguyễn Khánh Linh, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố trình bày báo cáo chính trị của Ban Chấp hành Đảng bộ thành phố khóa XII.

Phát biểu chỉ đạo, đồng chí Lưu Văn Trung đề nghị Bảo Lộc phát huy lợi thế trở thành trung tâm kinh tế phía nam của tỉnh.`,
    expect: {
      article: { published: '2020-07-02' },
      events: [{ kind: 'congress', organizer: 'Đảng bộ thành phố Bảo Lộc', ordinal: 13, term: 'XIII', termYears: '2020-2025', date: '2020-07-02' }],
      people: [
        { name: 'Lưu Văn Trung', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Lâm Đồng' }], roles: ['attended', 'directed'] },
        {
          name: 'Tôn Thất Sang',
          // "khóa XII" names the outgoing committee he still leads: current, as for Nguyễn Xuân Lưu in the seeds.
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Lâm Đồng' },
            { title: 'Bí thư', organization: 'Thành ủy Bảo Lộc' },
            { title: 'Chủ tịch', organization: 'HĐND thành phố Bảo Lộc' },
          ],
          roles: ['opened'],
        },
        {
          name: 'Hồ Nguyễn Khánh Linh',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thành ủy Bảo Lộc' },
            { title: 'Chủ tịch', organization: 'UBND thành phố Bảo Lộc' },
          ],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Đắk Lắk: provincial congress with a Politburo member directing',
    place: 'Đắk Lắk',
    text: `Đại hội đại biểu Đảng bộ tỉnh Đắk Lắk lần thứ XVII, nhiệm kỳ 2020 - 2025
Ngày đăng 14/10/2020 | 12:00

Sáng 14/10, tại thành phố Buôn Ma Thuột, Đại hội đại biểu Đảng bộ tỉnh Đắk Lắk lần thứ XVII, nhiệm kỳ 2020 - 2025 khai mạc phiên chính thức.

Về dự đại hội có đồng chí Hà Minh Khải, Ủy viên Bộ Chính trị, Trưởng Ban Kinh tế Trung ương.

Đồng chí Lê Hữu Nghĩa, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy phát biểu khai mạc đại hội. Đồng chí Phùng Văn Thân, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh trình bày báo cáo chính trị.

Phát biểu chỉ đạo đại hội, đồng chí Hà Minh Khải ghi nhận những kết quả mà Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Đắk Lắk đạt được trong nhiệm kỳ qua.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ tỉnh Đắk Lắk', ordinal: 17, term: 'XVII', termYears: '2020-2025', date: '2020-10-14' }],
      people: [
        {
          name: 'Hà Minh Khải',
          positions: [
            { title: 'Ủy viên', organization: 'Bộ Chính trị' },
            { title: 'Trưởng ban', organization: 'Ban Kinh tế Trung ương' },
          ],
          roles: ['attended', 'directed'],
        },
        {
          name: 'Lê Hữu Nghĩa',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy Đắk Lắk' },
          ],
          roles: ['opened'],
        },
        {
          name: 'Phùng Văn Thân',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Đắk Lắk' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Đắk Lắk' },
          ],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Thanh Oai: Hà Nội district congress with a former secretary attending',
    place: 'Hà Nội',
    text: `Đại hội đại biểu Đảng bộ huyện Thanh Oai lần thứ XXIV, nhiệm kỳ 2020 - 2025
Ngày đăng 25/07/2020 | 18:05

Ngày 25/7, Đại hội đại biểu Đảng bộ huyện Thanh Oai lần thứ XXIV, nhiệm kỳ 2020 - 2025 tiến hành phiên chính thức.

Dự đại hội có đồng chí Đào Thị Vân Anh, Phó Bí thư Thành ủy Hà Nội; đồng chí Kiều Hữu Nghị, nguyên Bí thư Huyện ủy Thanh Oai.

Đồng chí Đỗ Thị Thu Hằng, Thành ủy viên, Bí thư Huyện ủy phát biểu khai mạc. Đồng chí Bùi Văn Sáng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện trình bày báo cáo chính trị.

Phát biểu chỉ đạo, đồng chí Đào Thị Vân Anh đề nghị huyện tập trung phát triển đô thị phía nam Thủ đô.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ huyện Thanh Oai', ordinal: 24, term: 'XXIV', termYears: '2020-2025', date: '2020-07-25' }],
      people: [
        { name: 'Đào Thị Vân Anh', positions: [{ title: 'Phó Bí thư', organization: 'Thành ủy Hà Nội' }], roles: ['attended', 'directed'] },
        { name: 'Kiều Hữu Nghị', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Thanh Oai', former: true }], roles: ['attended'] },
        {
          name: 'Đỗ Thị Thu Hằng',
          positions: [
            { title: 'Ủy viên', organization: 'Thành ủy Hà Nội' },
            { title: 'Bí thư', organization: 'Huyện ủy Thanh Oai' },
          ],
          roles: ['opened'],
        },
        {
          name: 'Bùi Văn Sáng',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Thanh Oai' },
            { title: 'Chủ tịch', organization: 'UBND huyện Thanh Oai' },
          ],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Quận 3 (TP Hồ Chí Minh): numbered district congress',
    place: 'TP Hồ Chí Minh',
    text: `Đại hội đại biểu Đảng bộ Quận 3 lần thứ XI, nhiệm kỳ 2020 - 2025
Ngày đăng 10/08/2020 | 15:40

Sáng 10/8, Đại hội đại biểu Đảng bộ Quận 3 lần thứ XI, nhiệm kỳ 2020 - 2025 khai mạc phiên chính thức.

Dự đại hội có đồng chí Hà Phước Nhân, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy Thành phố Hồ Chí Minh.

Đồng chí Võ Minh Thảo, Thành ủy viên, Bí thư Quận ủy Quận 3 phát biểu khai mạc. Đồng chí Lê Văn Khoa, Phó Bí thư Quận ủy, Chủ tịch UBND Quận 3 trình bày báo cáo chính trị trình đại hội.

Đồng chí Hà Phước Nhân phát biểu chỉ đạo, đề nghị quận tiếp tục chỉnh trang đô thị, phát triển kinh tế dịch vụ.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ Quận 3', ordinal: 11, term: 'XI', termYears: '2020-2025', date: '2020-08-10' }],
      people: [
        {
          name: 'Hà Phước Nhân',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh' },
            { title: 'Trưởng ban', organization: 'Ban Dân vận Thành ủy Thành phố Hồ Chí Minh' },
          ],
          roles: ['attended', 'directed'],
        },
        {
          name: 'Võ Minh Thảo',
          positions: [
            { title: 'Ủy viên', organization: 'Thành ủy Thành phố Hồ Chí Minh' },
            { title: 'Bí thư', organization: 'Quận ủy Quận 3' },
          ],
          roles: ['opened'],
        },
        {
          name: 'Lê Văn Khoa',
          positions: [
            { title: 'Phó Bí thư', organization: 'Quận ủy Quận 3' },
            { title: 'Chủ tịch', organization: 'UBND Quận 3' },
          ],
          roles: ['reported'],
        },
      ],
    },
  },
];
