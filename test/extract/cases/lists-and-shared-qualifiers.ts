// Several people in one sentence: lists separated by ";" and ",", a qualifier shared
// by the whole list ("các Ủy viên Ban Thường vụ Tỉnh ủy: A, ...; B, ..."), a title
// shared by two names ("B và C, Phó Chủ tịch UBND huyện"), and unnamed groups that
// must not produce people.
import type { ExtractionCase } from './types.js';

export const listCases: ExtractionCase[] = [
  {
    name: 'Quảng Nam: shared Ủy viên Ban Thường vụ Tỉnh ủy over a ";" list with a rank',
    place: 'Quảng Nam',
    text: `Tỉnh ủy Quảng Nam sơ kết 5 năm thực hiện Chỉ thị 05 của Bộ Chính trị
Ngày đăng 21/05/2021 | 11:30

Ngày 20/5, Tỉnh ủy Quảng Nam tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị 05 của Bộ Chính trị. Đồng chí Phan Công Thành, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.

Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Trần Thị Kim Hoa, Trưởng Ban Dân vận Tỉnh ủy; Bùi Xuân Trường, Chánh Văn phòng Tỉnh ủy; Đại tá Trương Công Lục, Giám đốc Công an tỉnh. Cùng dự có lãnh đạo các sở, ban, ngành và các đồng chí Bí thư Huyện ủy, Thị ủy, Thành ủy.

Đồng chí Trần Thị Kim Hoa trình bày báo cáo sơ kết. Kết luận hội nghị, đồng chí Phan Công Thành đề nghị các cấp ủy đưa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh thành việc làm thường xuyên.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Tỉnh ủy Quảng Nam', ordinal: null, date: '2021-05-20' }],
      people: [
        { name: 'Phan Công Thành', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Quảng Nam' }], roles: ['chaired', 'concluded'] },
        {
          name: 'Trần Thị Kim Hoa',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Quảng Nam' },
            { title: 'Trưởng ban', organization: 'Ban Dân vận Tỉnh ủy Quảng Nam' },
          ],
          roles: ['attended', 'reported'],
        },
        {
          name: 'Bùi Xuân Trường',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Quảng Nam' },
            { title: 'Chánh Văn phòng', organization: 'Văn phòng Tỉnh ủy Quảng Nam' },
          ],
          roles: ['attended'],
        },
        {
          name: 'Trương Công Lục',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Quảng Nam' },
            { title: 'Giám đốc', organization: 'Công an tỉnh Quảng Nam' },
          ],
          roles: ['attended'],
        },
      ],
      // "Hồ Chí Minh" is a name in the text but not a participant.
      notPeople: ['Hồ Chí Minh'],
    },
  },
  {
    name: 'Bình Dương: title shared by a colon list, conclusion through a title',
    place: 'Bình Dương',
    text: `UBND tỉnh Bình Dương họp phiên thường kỳ tháng 9
Ngày đăng 28/09/2023 | 18:20

Ngày 28/9, UBND tỉnh Bình Dương tổ chức phiên họp thường kỳ tháng 9 năm 2023. Chủ tịch UBND tỉnh Lê Trọng Nghĩa chủ trì phiên họp. Cùng dự có các Phó Chủ tịch UBND tỉnh: Trịnh Ngọc Phong, Kiều Văn Tâm và Đặng Thị Thu Sương.

Giám đốc Sở Kế hoạch và Đầu tư Hoàng Minh Trí báo cáo tình hình kinh tế - xã hội 9 tháng đầu năm. Phát biểu tại phiên họp, Phó Chủ tịch UBND tỉnh Kiều Văn Tâm đề nghị các sở, ngành đẩy nhanh tiến độ giải ngân vốn đầu tư công.

Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các địa phương tập trung hỗ trợ doanh nghiệp giữ chân người lao động dịp cuối năm.`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'UBND tỉnh Bình Dương', ordinal: null, date: '2023-09-28' }],
      people: [
        { name: 'Lê Trọng Nghĩa', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Bình Dương' }], roles: ['chaired', 'concluded'] },
        { name: 'Trịnh Ngọc Phong', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Bình Dương' }], roles: ['attended'] },
        { name: 'Kiều Văn Tâm', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Bình Dương' }], roles: ['attended', 'spoke'] },
        { name: 'Đặng Thị Thu Sương', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Bình Dương' }], roles: ['attended'] },
        { name: 'Hoàng Minh Trí', positions: [{ title: 'Giám đốc', organization: 'Sở Kế hoạch và Đầu tư tỉnh Bình Dương' }], roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Quảng Ngãi: titles before names in a ";" list, workers named with anh/chị',
    place: 'Quảng Ngãi',
    text: `Quảng Ngãi: Chủ tịch UBND tỉnh đối thoại với công nhân lao động
Ngày đăng 24/11/2022 | 09:00

Sáng 23/11, UBND tỉnh Quảng Ngãi phối hợp với Liên đoàn Lao động tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động năm 2022. Chủ tịch UBND tỉnh Vương Đình Khải chủ trì hội nghị.

Dự hội nghị có Phó Bí thư Thường trực Tỉnh ủy Châu Thị Hồng Nhạn; Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Võ Thanh An; Chủ tịch Liên đoàn Lao động tỉnh Phạm Thị Mỹ Lệ; Bí thư Tỉnh đoàn Lê Ngọc Ẩn.

Tại hội nghị, chị Lê Thị Mỹ Hạnh, công nhân Khu công nghiệp Tịnh Phong, phát biểu kiến nghị về nhà ở cho người lao động; anh Đỗ Văn Tâm, công nhân một doanh nghiệp may, nêu ý kiến về tiền lương. Chủ tịch UBND tỉnh Vương Đình Khải trực tiếp trả lời các kiến nghị.`,
    expect: {
      events: [{ kind: 'conference', ordinal: null, date: '2022-11-23' }],
      people: [
        { name: 'Vương Đình Khải', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Quảng Ngãi' }], roles: ['chaired', 'spoke'] },
        { name: 'Châu Thị Hồng Nhạn', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Quảng Ngãi' }], roles: ['attended'] },
        { name: 'Võ Thanh An', positions: [{ title: 'Chủ tịch', organization: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi' }], roles: ['attended'] },
        { name: 'Phạm Thị Mỹ Lệ', positions: [{ title: 'Chủ tịch', organization: 'Liên đoàn Lao động tỉnh Quảng Ngãi' }], roles: ['attended'] },
        { name: 'Lê Ngọc Ẩn', positions: [{ title: 'Bí thư', organization: 'Tỉnh đoàn Quảng Ngãi' }], roles: ['attended'] },
        // Named speakers without an official title: people with no positions.
        { name: 'Lê Thị Mỹ Hạnh', positions: [], roles: ['spoke'] },
        { name: 'Đỗ Văn Tâm', positions: [], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Trảng Bàng: three co-chairs in one sentence with "và", unnamed groups',
    place: 'Tây Ninh',
    text: `Thị ủy Trảng Bàng tổng kết công tác năm 2023
Ngày đăng 26/12/2023 | 10:00

Sáng 26/12, Ban Chấp hành Đảng bộ thị xã Trảng Bàng khóa XII tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023. Các đồng chí Nguyễn Văn Hoàng Sơn, Tỉnh ủy viên, Bí thư Thị ủy; Trần Thị Bé Năm, Phó Bí thư Thường trực Thị ủy, Chủ tịch HĐND thị xã và Huỳnh Văn Khoa, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã đồng chủ trì hội nghị.

Dự hội nghị có các đồng chí trong Ban Thường vụ Thị ủy, Ban Chấp hành Đảng bộ thị xã; Bí thư các chi, đảng bộ cơ sở.

Đồng chí Phó Bí thư Thường trực Thị ủy trình bày báo cáo tổng kết công tác xây dựng Đảng năm 2023.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Thị ủy Trảng Bàng', ordinal: null, term: 'XII', date: '2023-12-26' }],
      people: [
        {
          name: 'Nguyễn Văn Hoàng Sơn',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Tây Ninh' },
            { title: 'Bí thư', organization: 'Thị ủy Trảng Bàng' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Trần Thị Bé Năm',
          positions: [
            { title: 'Phó Bí thư Thường trực', organization: 'Thị ủy Trảng Bàng' },
            { title: 'Chủ tịch', organization: 'HĐND thị xã Trảng Bàng' },
          ],
          roles: ['chaired', 'reported'],
        },
        {
          name: 'Huỳnh Văn Khoa',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thị ủy Trảng Bàng' },
            { title: 'Chủ tịch', organization: 'UBND thị xã Trảng Bàng' },
          ],
          roles: ['chaired'],
        },
      ],
    },
  },
  {
    name: 'Giồng Riềng: "B và C, Phó Chủ tịch UBND huyện", UBKT and UBMTTQ abbreviations',
    place: 'Kiên Giang',
    text: `Giồng Riềng: Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã Thạnh Hưng
Ngày đăng 14/08/2024 | 15:00

Chiều 13/8, đồng chí Lâm Thị Kiều Trang, Phó Bí thư Huyện ủy Giồng Riềng chủ trì buổi làm việc của Ban Thường vụ Huyện ủy với Đảng ủy xã Thạnh Hưng. Cùng dự có các đồng chí: Danh Tấn Tài, Chủ nhiệm UBKT Huyện ủy; Tăng Văn Hải và Phan Thị Hồng Gấm, Phó Chủ tịch UBND huyện; Kha Minh Luân, Chủ tịch UBMTTQ huyện.

Báo cáo tại buổi làm việc, đồng chí Trương Văn Út, Bí thư Đảng ủy xã Thạnh Hưng cho biết 7 tháng đầu năm xã kết nạp được 9 đảng viên mới.`,
    expect: {
      events: [{ kind: 'meeting', ordinal: null, date: '2024-08-13' }],
      people: [
        { name: 'Lâm Thị Kiều Trang', positions: [{ title: 'Phó Bí thư', organization: 'Huyện ủy Giồng Riềng' }], roles: ['chaired'] },
        { name: 'Danh Tấn Tài', positions: [{ title: 'Chủ nhiệm', organization: 'Ủy ban Kiểm tra Huyện ủy Giồng Riềng' }], roles: ['attended'] },
        { name: 'Tăng Văn Hải', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Giồng Riềng' }], roles: ['attended'] },
        { name: 'Phan Thị Hồng Gấm', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Giồng Riềng' }], roles: ['attended'] },
        { name: 'Kha Minh Luân', positions: [{ title: 'Chủ tịch', organization: 'Ủy ban MTTQ Việt Nam huyện Giồng Riềng' }], roles: ['attended'] },
        { name: 'Trương Văn Út', positions: [{ title: 'Bí thư', organization: 'Đảng ủy xã Thạnh Hưng' }], roles: ['reported'] },
      ],
    },
  },
];
