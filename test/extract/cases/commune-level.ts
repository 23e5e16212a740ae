// Commune, ward and township bodies (Đảng ủy xã, UBND xã, HĐND xã, Đảng ủy phường):
// implicit "xã" resolved from the headline, district guests, commune congresses.
import type { ExtractionCase } from './types.js';

export const communeCases: ExtractionCase[] = [
  {
    name: 'Quỳnh Đôi: Đảng ủy xã conference, UV BTV Huyện ủy guest, implicit xã',
    place: 'Nghệ An',
    text: `Đảng ủy xã Quỳnh Đôi tổ chức hội nghị Ban Chấp hành Đảng bộ xã lần thứ 18
Ngày đăng 05/07/2023 | 15:10

Ngày 4/7, Đảng ủy xã Quỳnh Đôi, huyện Quỳnh Lưu tổ chức hội nghị Ban Chấp hành Đảng bộ xã lần thứ 18 sơ kết công tác 6 tháng đầu năm 2023.

Dự hội nghị có đồng chí Hồ Thị Nhung, UV BTV Huyện ủy, Phó Chủ tịch UBND huyện Quỳnh Lưu.

Đồng chí Cao Xuân Thịnh, Bí thư Đảng ủy xã chủ trì hội nghị. Đồng chí Hồ Văn Lâm, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã trình bày báo cáo sơ kết; đồng chí Nguyễn Đình Quang, Phó Bí thư Đảng ủy, Chủ tịch UBND xã báo cáo tình hình kinh tế - xã hội.

Phát biểu tại hội nghị, đồng chí Hồ Thị Nhung đề nghị xã đẩy nhanh tiến độ xây dựng nông thôn mới kiểu mẫu.`,
    expect: {
      // The executive committee of a commune Party organization is its Đảng ủy.
      events: [{ kind: 'conference', organizer: 'Đảng ủy xã Quỳnh Đôi', ordinal: 18, date: '2023-07-04' }],
      people: [
        {
          name: 'Hồ Thị Nhung',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Huyện ủy Quỳnh Lưu' },
            { title: 'Phó Chủ tịch', organization: 'UBND huyện Quỳnh Lưu' },
          ],
          roles: ['attended', 'spoke'],
        },
        { name: 'Cao Xuân Thịnh', positions: [{ title: 'Bí thư', organization: 'Đảng ủy xã Quỳnh Đôi' }], roles: ['chaired'] },
        {
          name: 'Hồ Văn Lâm',
          positions: [
            { title: 'Phó Bí thư Thường trực', organization: 'Đảng ủy xã Quỳnh Đôi' },
            { title: 'Chủ tịch', organization: 'HĐND xã Quỳnh Đôi' },
          ],
          roles: ['reported'],
        },
        {
          name: 'Nguyễn Đình Quang',
          positions: [
            { title: 'Phó Bí thư', organization: 'Đảng ủy xã Quỳnh Đôi' },
            { title: 'Chủ tịch', organization: 'UBND xã Quỳnh Đôi' },
          ],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Hòa Phong: commune Party congress, election of the secretary',
    place: 'Đà Nẵng',
    text: `Đại hội đại biểu Đảng bộ xã Hòa Phong lần thứ XXIV, nhiệm kỳ 2020 - 2025
Ngày đăng 15/05/2020 | 19:30

Ngày 15/5, Đại hội đại biểu Đảng bộ xã Hòa Phong, huyện Hòa Vang lần thứ XXIV, nhiệm kỳ 2020 - 2025 đã diễn ra với sự tham dự của 150 đại biểu.

Về dự đại hội có đồng chí Trần Văn Toản, Thành ủy viên, Bí thư Huyện ủy Hòa Vang.

Đồng chí Lê Thị Thanh Thủy, Bí thư Đảng ủy xã khóa XXIII phát biểu khai mạc đại hội. Phát biểu chỉ đạo, đồng chí Trần Văn Toản đề nghị Đảng bộ xã tập trung phát triển nông nghiệp đô thị.

Tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ xã khóa XXIV đã bầu đồng chí Lê Thị Thanh Thủy tái đắc cử Bí thư Đảng ủy xã; đồng chí Phan Hữu Tình được bầu giữ chức Phó Bí thư Đảng ủy xã.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ xã Hòa Phong', ordinal: 24, term: 'XXIV', termYears: '2020-2025', date: '2020-05-15' }],
      people: [
        {
          name: 'Trần Văn Toản',
          positions: [
            { title: 'Ủy viên', organization: 'Thành ủy Đà Nẵng' },
            { title: 'Bí thư', organization: 'Huyện ủy Hòa Vang' },
          ],
          roles: ['attended', 'directed'],
        },
        { name: 'Lê Thị Thanh Thủy', positions: [{ title: 'Bí thư', organization: 'Đảng ủy xã Hòa Phong' }], roles: ['opened'] },
        { name: 'Phan Hữu Tình', positions: [{ title: 'Phó Bí thư', organization: 'Đảng ủy xã Hòa Phong' }], roles: [] },
      ],
    },
  },
  {
    name: 'Phật Tích: HĐND xã session, chất vấn and trả lời chất vấn',
    place: 'Bắc Ninh',
    text: `Kỳ họp thứ 10 HĐND xã Phật Tích khóa XX
Ngày đăng 22/12/2023 | 17:40

Ngày 21/12, HĐND xã Phật Tích, huyện Tiên Du khóa XX, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ 10.

Đồng chí Nguyễn Văn Khiêm, Phó Bí thư Đảng ủy, Chủ tịch HĐND xã chủ tọa kỳ họp. Đồng chí Ngô Thị Mai, Chủ tịch UBND xã trình bày báo cáo kết quả thực hiện nhiệm vụ năm 2023.

Tại kỳ họp, đại biểu Dương Văn Lợi chất vấn về việc chậm nâng cấp tuyến đường liên thôn. Đồng chí Hoàng Minh Khôi, Phó Chủ tịch UBND xã trả lời chất vấn, cam kết hoàn thành trong quý I năm 2024.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND xã Phật Tích', ordinal: 10, term: 'XX', termYears: '2021-2026', date: '2023-12-21' }],
      people: [
        {
          name: 'Nguyễn Văn Khiêm',
          positions: [
            { title: 'Phó Bí thư', organization: 'Đảng ủy xã Phật Tích' },
            { title: 'Chủ tịch', organization: 'HĐND xã Phật Tích' },
          ],
          roles: ['chaired'],
        },
        { name: 'Ngô Thị Mai', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Phật Tích' }], roles: ['reported'] },
        { name: 'Dương Văn Lợi', positions: [{ title: 'Đại biểu', organization: 'HĐND xã Phật Tích' }], roles: ['spoke'] },
        { name: 'Hoàng Minh Khôi', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND xã Phật Tích' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Cẩm Thủy: Đảng ủy phường conference in a provincial city',
    place: 'Quảng Ninh',
    text: `Đảng ủy phường Cẩm Thủy triển khai nhiệm vụ năm 2024
Ngày đăng 10/01/2024 | 09:20

Chiều 9/1, Ban Chấp hành Đảng bộ phường Cẩm Thủy, thành phố Cẩm Phả tổ chức hội nghị triển khai nhiệm vụ năm 2024.

Dự hội nghị có đồng chí Vũ Thị Thu Hòa, Phó Bí thư Thường trực Thành ủy Cẩm Phả.

Đồng chí Đàm Văn Quyết, Bí thư Đảng ủy phường chủ trì hội nghị. Đồng chí Lưu Thị Ngọc Ánh, Phó Bí thư Đảng ủy, Chủ tịch UBND phường báo cáo kết quả năm 2023.

Phát biểu chỉ đạo, đồng chí Vũ Thị Thu Hòa đề nghị phường tiếp tục chỉnh trang đô thị, giữ gìn vệ sinh môi trường.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Đảng ủy phường Cẩm Thủy', ordinal: null, date: '2024-01-09' }],
      people: [
        { name: 'Vũ Thị Thu Hòa', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Thành ủy Cẩm Phả' }], roles: ['attended', 'directed'] },
        { name: 'Đàm Văn Quyết', positions: [{ title: 'Bí thư', organization: 'Đảng ủy phường Cẩm Thủy' }], roles: ['chaired'] },
        {
          name: 'Lưu Thị Ngọc Ánh',
          positions: [
            { title: 'Phó Bí thư', organization: 'Đảng ủy phường Cẩm Thủy' },
            { title: 'Chủ tịch', organization: 'UBND phường Cẩm Thủy' },
          ],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Hương Sơn (Mỹ Đức): UBND xã meeting with a district guest directing',
    place: 'Hà Nội',
    text: `Xã Hương Sơn triển khai kế hoạch tổ chức Lễ hội chùa Hương năm 2024
Ngày đăng 18/01/2024 | 11:05

Sáng 17/1, UBND xã Hương Sơn tổ chức hội nghị triển khai kế hoạch tổ chức Lễ hội chùa Hương năm 2024.

Dự hội nghị có đồng chí Lý Văn Nam, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện Mỹ Đức. Đồng chí Đinh Văn Tùng, Chủ tịch UBND xã Hương Sơn chủ trì hội nghị.

Phát biểu chỉ đạo, đồng chí Lý Văn Nam yêu cầu xã bảo đảm an ninh trật tự, an toàn giao thông và vệ sinh an toàn thực phẩm trong mùa lễ hội.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'UBND xã Hương Sơn', ordinal: null, date: '2024-01-17' }],
      people: [
        {
          name: 'Lý Văn Nam',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Huyện ủy Mỹ Đức' },
            { title: 'Phó Chủ tịch', organization: 'UBND huyện Mỹ Đức' },
          ],
          roles: ['attended', 'directed'],
        },
        { name: 'Đinh Văn Tùng', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Hương Sơn' }], roles: ['chaired'] },
      ],
    },
  },
  {
    name: 'Xuân Hòa (Thọ Xuân): 2025 conference, "lần thứ hai", được chỉ định',
    place: 'Thanh Hóa',
    text: `Đảng ủy xã Xuân Hòa kiện toàn công tác cán bộ
Ngày đăng 17/03/2025 | 08:10

Ngày 15/3/2025, Đảng ủy xã Xuân Hòa, huyện Thọ Xuân tổ chức Hội nghị lần thứ hai Ban Chấp hành Đảng bộ xã để kiện toàn công tác cán bộ.

Dự hội nghị có đồng chí Lê Thị Hoa, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy Thọ Xuân. Đồng chí Trịnh Văn Tuấn, Bí thư Đảng ủy xã chủ trì hội nghị.

Đồng chí Lê Thị Hoa công bố quyết định của Ban Thường vụ Huyện ủy: đồng chí Hà Văn Thủy, Phó Chủ tịch UBND xã được chỉ định giữ chức Phó Bí thư Đảng ủy xã Xuân Hòa.

Phát biểu nhận nhiệm vụ, đồng chí Hà Văn Thủy hứa sẽ cùng tập thể Ban Chấp hành đoàn kết, hoàn thành tốt nhiệm vụ.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Đảng ủy xã Xuân Hòa', ordinal: 2, date: '2025-03-15' }],
      people: [
        {
          name: 'Lê Thị Hoa',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Huyện ủy Thọ Xuân' },
            { title: 'Trưởng ban', organization: 'Ban Tổ chức Huyện ủy Thọ Xuân' },
          ],
          // Reading out a decision is an intervention at the conference (spoke).
          roles: ['attended', 'spoke'],
        },
        { name: 'Trịnh Văn Tuấn', positions: [{ title: 'Bí thư', organization: 'Đảng ủy xã Xuân Hòa' }], roles: ['chaired'] },
        {
          name: 'Hà Văn Thủy',
          positions: [
            { title: 'Phó Chủ tịch', organization: 'UBND xã Xuân Hòa' },
            { title: 'Phó Bí thư', organization: 'Đảng ủy xã Xuân Hòa' },
          ],
          roles: ['spoke'],
        },
      ],
    },
  },
];
