// District-level Party conferences (Huyện ủy, Thị ủy) outside Hà Nội: name before
// titles, titles before name, implicit jurisdiction from the headline, roles
// stated through a title alone.
import type { ExtractionCase } from './types.js';

export const districtPartyCases: ExtractionCase[] = [
  {
    name: 'Quỳnh Lưu: conference, name before titles, TUV-style Tỉnh ủy viên',
    place: 'Nghệ An',
    text: `Hội nghị lần thứ 21 Ban Chấp hành Đảng bộ huyện Quỳnh Lưu khóa XXIX
Ngày đăng 12/07/2023 | 16:20

Sáng ngày 12/7, Ban Chấp hành Đảng bộ huyện Quỳnh Lưu khóa XXIX, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 21 để đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.

Đồng chí Hồ Sỹ Khoa - Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Trương Thị Bích Thủy - Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; đồng chí Lương Văn Quý - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; các đồng chí trong Ban Thường vụ Huyện ủy.

Trình bày báo cáo tại hội nghị, đồng chí Mai Đức Toàn - Ủy viên Ban Thường vụ, Chánh Văn phòng Huyện ủy cho biết tổng giá trị sản xuất 6 tháng ước tăng 8,1% so với cùng kỳ; thu ngân sách đạt 61% dự toán.

Phát biểu kết luận, đồng chí Bí thư Huyện ủy yêu cầu các cấp ủy, chính quyền tập trung hoàn thành các chỉ tiêu năm 2023.

Thanh Tâm`,
    expect: {
      article: { title: 'Hội nghị lần thứ 21 Ban Chấp hành Đảng bộ huyện Quỳnh Lưu khóa XXIX', published: '2023-07-12', author: 'Thanh Tâm' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Quỳnh Lưu', ordinal: 21, term: 'XXIX', termYears: '2020-2025', date: '2023-07-12' }],
      people: [
        {
          name: 'Hồ Sỹ Khoa',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Nghệ An' },
            { title: 'Bí thư', organization: 'Huyện ủy Quỳnh Lưu' },
          ],
          roles: ['chaired', 'concluded'],
        },
        {
          name: 'Trương Thị Bích Thủy',
          positions: [
            { title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Quỳnh Lưu' },
            { title: 'Chủ tịch', organization: 'HĐND huyện Quỳnh Lưu' },
          ],
          roles: ['attended'],
        },
        {
          name: 'Lương Văn Quý',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Quỳnh Lưu' },
            { title: 'Chủ tịch', organization: 'UBND huyện Quỳnh Lưu' },
          ],
          roles: ['attended'],
        },
        {
          name: 'Mai Đức Toàn',
          // "Ủy viên Ban Thường vụ, Chánh Văn phòng Huyện ủy": the trailing Huyện ủy qualifies both.
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Huyện ủy Quỳnh Lưu' },
            { title: 'Chánh Văn phòng', organization: 'Văn phòng Huyện ủy Quỳnh Lưu' },
          ],
          roles: ['reported'],
        },
      ],
      notPeople: ['Thanh Tâm'],
    },
  },
  {
    name: 'Thọ Xuân: lower-case headline with dateline, titles before name, ordinal in words',
    place: 'Thanh Hóa',
    text: `Huyện ủy Thọ Xuân: hội nghị ban chấp hành đảng bộ huyện lần thứ mười hai (09:45 05/10/2024)

Ngày 5/10/2024, Huyện ủy Thọ Xuân tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ mười hai, khóa XXV, nhiệm kỳ 2020-2025.

Bí thư Huyện ủy Lê Văn Hòa và Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Đinh Thị Hương Giang đồng chủ trì hội nghị.

Tại hội nghị, Phó Chủ tịch Thường trực UBND huyện Bùi Quang Vinh trình bày báo cáo tình hình kinh tế - xã hội 9 tháng đầu năm; Trưởng Ban Tổ chức Huyện ủy Ngô Thị Lan báo cáo kết quả công tác cán bộ.

Các đại biểu đã thảo luận, góp ý vào các dự thảo báo cáo. Kết luận hội nghị, Bí thư Huyện ủy Lê Văn Hòa đề nghị các tổ chức cơ sở đảng khẩn trương hoàn thành các chỉ tiêu còn lại của năm 2024.`,
    expect: {
      article: { title: 'Huyện ủy Thọ Xuân: hội nghị ban chấp hành đảng bộ huyện lần thứ mười hai', published: '2024-10-05', author: null },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Thọ Xuân', ordinal: 12, term: 'XXV', termYears: '2020-2025', date: '2024-10-05' }],
      people: [
        { name: 'Lê Văn Hòa', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Thọ Xuân' }], roles: ['chaired', 'concluded'] },
        {
          name: 'Đinh Thị Hương Giang',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Thọ Xuân' },
            { title: 'Chủ tịch', organization: 'UBND huyện Thọ Xuân' },
          ],
          roles: ['chaired'],
        },
        { name: 'Bùi Quang Vinh', positions: [{ title: 'Phó Chủ tịch Thường trực', organization: 'UBND huyện Thọ Xuân' }], roles: ['reported'] },
        { name: 'Ngô Thị Lan', positions: [{ title: 'Trưởng ban', organization: 'Ban Tổ chức Huyện ủy Thọ Xuân' }], roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Krông Pắc: Ban Thường vụ conference, TUV, UVBTV, UBKT abbreviations',
    place: 'Đắk Lắk',
    text: `Krông Pắc: Ban Thường vụ Huyện ủy nghe báo cáo công tác kiểm tra, giám sát
Ngày đăng 18/03/2024 | 10:05

Chiều ngày 15/3, Ban Thường vụ Huyện ủy Krông Pắc tổ chức hội nghị nghe báo cáo kết quả công tác kiểm tra, giám sát quý I năm 2024.

Đồng chí Phạm Minh Tấn, TUV, Bí thư Huyện ủy chủ trì hội nghị. Cùng dự có đồng chí Vũ Đình Quý, UVBTV, Phó Chủ tịch UBND huyện; đồng chí Hà Thị Thu Hiền, UVBTV, Chủ nhiệm UBKT Huyện ủy.

Tại hội nghị, đồng chí Hà Thị Thu Hiền trình bày báo cáo kết quả kiểm tra tổ chức đảng khi có dấu hiệu vi phạm tại 3 chi bộ trực thuộc.

Kết thúc hội nghị, đồng chí Phạm Minh Tấn phát biểu kết luận, yêu cầu các chi, đảng bộ khắc phục ngay những hạn chế được chỉ ra.`,
    expect: {
      article: { published: '2024-03-18' },
      // A standing-committee meeting without a number: organized by the committee itself.
      events: [{ kind: 'conference', organizer: 'Ban Thường vụ Huyện ủy Krông Pắc', ordinal: null, term: null, date: '2024-03-15' }],
      people: [
        {
          name: 'Phạm Minh Tấn',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Đắk Lắk' },
            { title: 'Bí thư', organization: 'Huyện ủy Krông Pắc' },
          ],
          roles: ['chaired', 'concluded'],
        },
        {
          name: 'Vũ Đình Quý',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Huyện ủy Krông Pắc' },
            { title: 'Phó Chủ tịch', organization: 'UBND huyện Krông Pắc' },
          ],
          roles: ['attended'],
        },
        {
          name: 'Hà Thị Thu Hiền',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Huyện ủy Krông Pắc' },
            { title: 'Chủ nhiệm', organization: 'Ủy ban Kiểm tra Huyện ủy Krông Pắc' },
          ],
          roles: ['attended', 'reported'],
        },
      ],
    },
  },
  {
    name: 'Hoàng Mai (thị xã, Nghệ An): Thị ủy conference, not the Hà Nội district',
    place: 'Nghệ An',
    text: `Thị ủy Hoàng Mai tổ chức Hội nghị lần thứ 16 Ban Chấp hành Đảng bộ thị xã
Ngày đăng 28/12/2022 | 08:30

Ngày 27/12/2022, BCH Đảng bộ thị xã Hoàng Mai khóa IV, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 16 tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.

Chủ trì hội nghị có các đồng chí: Phan Văn Giáp, Tỉnh ủy viên, Bí thư Thị ủy; Nguyễn Thị Kiều Oanh, Phó Bí thư Thường trực Thị ủy; Chu Đức Thái, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã.

Thay mặt Ban Thường vụ Thị ủy, đồng chí Nguyễn Thị Kiều Oanh trình bày báo cáo tổng kết công tác xây dựng Đảng năm 2022. Đồng chí Chu Đức Thái báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội.

Tại hội nghị, đồng chí Kiều Văn Lực, Thị ủy viên, Trưởng phòng Tài chính - Kế hoạch thị xã phát biểu tham luận về công tác thu ngân sách.`,
    expect: {
      article: { published: '2022-12-28' },
      events: [{ kind: 'conference', organizer: 'Thị ủy Hoàng Mai', ordinal: 16, term: 'IV', termYears: '2020-2025', date: '2022-12-27' }],
      people: [
        {
          name: 'Phan Văn Giáp',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Nghệ An' },
            { title: 'Bí thư', organization: 'Thị ủy Hoàng Mai' },
          ],
          roles: ['chaired'],
        },
        { name: 'Nguyễn Thị Kiều Oanh', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Thị ủy Hoàng Mai' }], roles: ['chaired', 'reported'] },
        {
          name: 'Chu Đức Thái',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thị ủy Hoàng Mai' },
            { title: 'Chủ tịch', organization: 'UBND thị xã Hoàng Mai' },
          ],
          roles: ['chaired', 'reported'],
        },
        {
          name: 'Kiều Văn Lực',
          positions: [
            { title: 'Ủy viên', organization: 'Thị ủy Hoàng Mai' },
            { title: 'Trưởng phòng', organization: 'Phòng Tài chính - Kế hoạch thị xã Hoàng Mai' },
          ],
          roles: ['spoke'],
        },
      ],
    },
  },
  {
    name: 'Tiên Du: Phó Bí thư TT huyện ủy, provincial guest directs, roles through titles',
    place: 'Bắc Ninh',
    text: `Tiên Du: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 25
Ngày đăng 20/07/2024 | 17:12

Sáng 19/7, Ban Chấp hành Đảng bộ huyện Tiên Du khóa XXII, nhiệm kỳ 2020-2025 tổ chức hội nghị lần thứ 25 sơ kết công tác 6 tháng đầu năm 2024.

Dự hội nghị có đồng chí Tạ Đình Khiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Bắc Ninh.

Đồng chí Trương Hữu Thắng, TUV, Bí thư Huyện ủy; đồng chí Cao Thị Minh Nguyệt, Phó Bí thư TT huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.

Đồng chí Phó Bí thư TT huyện ủy trình bày báo cáo sơ kết công tác xây dựng Đảng 6 tháng đầu năm. Phát biểu chỉ đạo, đồng chí Tạ Đình Khiêm ghi nhận những kết quả huyện đạt được.

Kết luận hội nghị, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy bám sát kế hoạch, chuẩn bị tốt cho đại hội đảng bộ các cấp.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Tiên Du', ordinal: 25, term: 'XXII', termYears: '2020-2025', date: '2024-07-19' }],
      people: [
        {
          name: 'Tạ Đình Khiêm',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Bắc Ninh' },
            { title: 'Trưởng ban', organization: 'Ban Tổ chức Tỉnh ủy Bắc Ninh' },
          ],
          roles: ['attended', 'directed'],
        },
        {
          name: 'Trương Hữu Thắng',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Bắc Ninh' },
            { title: 'Bí thư', organization: 'Huyện ủy Tiên Du' },
          ],
          roles: ['chaired', 'concluded'],
        },
        {
          name: 'Cao Thị Minh Nguyệt',
          positions: [
            { title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Tiên Du' },
            { title: 'Chủ tịch', organization: 'HĐND huyện Tiên Du' },
          ],
          roles: ['chaired', 'reported'],
        },
      ],
    },
  },
  {
    name: 'Củ Chi: Thành ủy viên of TP Hồ Chí Minh, Tham dự có, Nhóm PV byline',
    place: 'TP Hồ Chí Minh',
    text: `Huyện ủy Củ Chi sơ kết công tác 9 tháng năm 2023
Ngày đăng 06/10/2023 | 11:00

Sáng 6/10, Huyện ủy Củ Chi tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện mở rộng sơ kết công tác 9 tháng đầu năm 2023.

Đồng chí Lê Minh Dũng, Thành ủy viên, Bí thư Huyện ủy Củ Chi chủ trì hội nghị. Tham dự có đồng chí Phạm Thị Hồng Nhung, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện và đồng chí Đặng Tấn Lộc, Phó Bí thư Thường trực Huyện ủy.

Phát biểu tại hội nghị, Chủ tịch UBND huyện Phạm Thị Hồng Nhung cho biết tổng thu ngân sách trên địa bàn đạt 78% dự toán năm.

Nhóm PV`,
    expect: {
      article: { author: 'Nhóm PV', published: '2023-10-06' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Củ Chi', ordinal: null, date: '2023-10-06' }],
      people: [
        {
          name: 'Lê Minh Dũng',
          positions: [
            { title: 'Ủy viên', organization: 'Thành ủy Thành phố Hồ Chí Minh' },
            { title: 'Bí thư', organization: 'Huyện ủy Củ Chi' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Phạm Thị Hồng Nhung',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Củ Chi' },
            { title: 'Chủ tịch', organization: 'UBND huyện Củ Chi' },
          ],
          roles: ['attended', 'spoke'],
        },
        { name: 'Đặng Tấn Lộc', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Củ Chi' }], roles: ['attended'] },
      ],
      notPeople: ['Nhóm PV'],
    },
  },
  {
    name: 'Văn Giang: UV BTV Tỉnh ủy and UBMTTQ tỉnh guest, Ủy viên BCH Đảng bộ tỉnh, TT UBND',
    place: 'Hưng Yên',
    text: `Huyện ủy Văn Giang tổ chức hội nghị lần thứ 24 Ban Chấp hành Đảng bộ huyện
Ngày đăng 02/08/2023 | 16:00

Sáng 1/8, Ban Chấp hành Đảng bộ huyện Văn Giang khóa XXV, nhiệm kỳ 2020 - 2025 tổ chức hội nghị lần thứ 24.

Dự hội nghị có đồng chí Đào Thị Kim Dung, UV BTV Tỉnh ủy, Chủ tịch UBMTTQ tỉnh Hưng Yên. Đồng chí Lương Quang Định, Ủy viên BCH Đảng bộ tỉnh, Bí thư Huyện ủy chủ trì và điều hành hội nghị.

Đồng chí Tô Thị Ngân, Phó Chủ tịch TT UBND huyện thông qua dự thảo Nghị quyết về phát triển làng nghề. Phát biểu tại hội nghị, đồng chí Đào Thị Kim Dung đề nghị huyện quan tâm hơn nữa đến công tác dân vận.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Văn Giang', ordinal: 24, term: 'XXV', termYears: '2020-2025', date: '2023-08-01' }],
      people: [
        {
          name: 'Đào Thị Kim Dung',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Hưng Yên' },
            { title: 'Chủ tịch', organization: 'Ủy ban MTTQ Việt Nam tỉnh Hưng Yên' },
          ],
          roles: ['attended', 'spoke'],
        },
        {
          name: 'Lương Quang Định',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Hưng Yên' },
            { title: 'Bí thư', organization: 'Huyện ủy Văn Giang' },
          ],
          roles: ['chaired'],
        },
        { name: 'Tô Thị Ngân', positions: [{ title: 'Phó Chủ tịch Thường trực', organization: 'UBND huyện Văn Giang' }], roles: ['reported'] },
      ],
    },
  },
];
