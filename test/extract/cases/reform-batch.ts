// Blind batch "reform", written before reading the extractor's handling of the units
// in force since 1 July 2025: commune, ward and special-zone congresses "lần thứ I,
// nhiệm kỳ 2025 - 2030" held by the Đảng bộ and led by the Đảng ủy; "Bí thư Đảng ủy,
// Chủ tịch HĐND phường"; merged provinces under their new names; wards and communes
// named after people (Lê Thanh Nghị, Hồ Thị Kỷ, Lý Văn Lâm) that are no people; a
// province's old name surviving as a ward's; posts in the bodies that ended with the
// reform, written as the article writes them and marked former; the 2025 Party bodies
// (Đảng ủy UBND tỉnh, Đảng ủy các cơ quan Đảng, Ban Tuyên giáo và Dân vận); commune
// police; and a 2026 ward council's first session.
//
// First run, before any fix: 3 of 10 cases passed; 163 of 188 facts held (people
// 32/32, positions 29/44, roles 25/32, event fields 40/43, not people 5/5); 13
// unexpected extras.
import type { ExtractionCase } from './types.js';

export const reformBatchCases: ExtractionCase[] = [
  {
    name: 'Mường Bi 2025: first commune congress of a merged Phú Thọ',
    place: 'Phú Thọ',
    text: `Đại hội đại biểu Đảng bộ xã Mường Bi lần thứ I, nhiệm kỳ 2025 - 2030
Ngày đăng 12/08/2025 | 16:20

Ngày 12/8, Đảng bộ xã Mường Bi tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.

Đồng chí Bùi Văn Thắng, Bí thư Đảng ủy xã chủ trì đại hội. Dự đại hội có đồng chí Đinh Thị Nga, Ủy viên Ban Thường vụ Tỉnh ủy Phú Thọ, Trưởng Ban Tổ chức Tỉnh ủy.

Đồng chí Hà Văn Khiêm, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trình bày báo cáo chính trị. Phát biểu chỉ đạo, đồng chí Đinh Thị Nga đề nghị Đảng bộ xã phát huy lợi thế vùng chè.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ xã Mường Bi', ordinal: 1, termYears: '2025-2030', date: '2025-08-12' }],
      people: [
        { name: 'Bùi Văn Thắng', positions: [{ title: 'Bí thư', organization: 'Đảng ủy xã Mường Bi' }], roles: ['chaired'] },
        {
          name: 'Đinh Thị Nga',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Phú Thọ' },
            { title: 'Trưởng ban', organization: 'Ban Tổ chức Tỉnh ủy Phú Thọ' },
          ],
          roles: ['attended', 'directed'],
        },
        {
          name: 'Hà Văn Khiêm',
          positions: [
            { title: 'Phó Bí thư', organization: 'Đảng ủy xã Mường Bi' },
            { title: 'Chủ tịch', organization: 'UBND xã Mường Bi' },
          ],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Lê Thanh Nghị 2025: ward named after a person, "Bí thư Đảng ủy, Chủ tịch HĐND phường"',
    place: 'Hải Phòng',
    text: `Đại hội Đảng bộ phường Lê Thanh Nghị lần thứ I
Ngày đăng 28/08/2025 | 11:05

Sáng 28/8, Đảng bộ phường Lê Thanh Nghị (thành phố Hải Phòng) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.

Đồng chí Phạm Văn Tới, Bí thư Đảng ủy, Chủ tịch HĐND phường chủ trì đại hội. Dự đại hội có đồng chí Lê Văn Hiệu, Phó Bí thư Thành ủy Hải Phòng.

Đồng chí Nguyễn Thị Huế, Phó Bí thư Đảng ủy, Chủ tịch UBND phường trình bày báo cáo chính trị trình đại hội.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ phường Lê Thanh Nghị', ordinal: 1, termYears: '2025-2030', date: '2025-08-28' }],
      people: [
        {
          name: 'Phạm Văn Tới',
          positions: [
            { title: 'Bí thư', organization: 'Đảng ủy phường Lê Thanh Nghị' },
            { title: 'Chủ tịch', organization: 'HĐND phường Lê Thanh Nghị' },
          ],
          roles: ['chaired'],
        },
        { name: 'Lê Văn Hiệu', positions: [{ title: 'Phó Bí thư', organization: 'Thành ủy Hải Phòng' }], roles: ['attended'] },
        {
          name: 'Nguyễn Thị Huế',
          positions: [
            { title: 'Phó Bí thư', organization: 'Đảng ủy phường Lê Thanh Nghị' },
            { title: 'Chủ tịch', organization: 'UBND phường Lê Thanh Nghị' },
          ],
          roles: ['reported'],
        },
      ],
      notPeople: ['Lê Thanh Nghị'],
    },
  },
  {
    name: 'Phú Quốc 2025: special zone congress, province An Giang after the merger',
    place: 'An Giang',
    text: `Khai mạc Đại hội Đảng bộ đặc khu Phú Quốc lần thứ I, nhiệm kỳ 2025 - 2030
Ngày đăng 05/09/2025 | 09:40

Sáng 5/9, Đảng bộ đặc khu Phú Quốc khai mạc Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.

Dự đại hội có đồng chí Nguyễn Tiến Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy An Giang. Đồng chí Trần Minh Khoa, Bí thư Đảng ủy đặc khu phát biểu khai mạc đại hội.

Đồng chí Lâm Thị Mỹ Lệ, Phó Bí thư Đảng ủy, Chủ tịch UBND đặc khu Phú Quốc trình bày báo cáo chính trị.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ đặc khu Phú Quốc', ordinal: 1, termYears: '2025-2030', date: '2025-09-05' }],
      people: [
        {
          name: 'Nguyễn Tiến Hải',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy An Giang' },
          ],
          roles: ['attended'],
        },
        { name: 'Trần Minh Khoa', positions: [{ title: 'Bí thư', organization: 'Đảng ủy đặc khu Phú Quốc' }], roles: ['opened'] },
        {
          name: 'Lâm Thị Mỹ Lệ',
          positions: [
            { title: 'Phó Bí thư', organization: 'Đảng ủy đặc khu Phú Quốc' },
            { title: 'Chủ tịch', organization: 'UBND đặc khu Phú Quốc' },
          ],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Lào Cai 2025: provincial conference after the merger with Yên Bái, a former district post',
    place: 'Lào Cai',
    text: `Hội nghị Ban Chấp hành Đảng bộ tỉnh Lào Cai lần thứ 3
Ngày đăng 18/11/2025 | 17:55

Ngày 18/11, tại phường Yên Bái, Ban Chấp hành Đảng bộ tỉnh Lào Cai khóa XVI tổ chức Hội nghị lần thứ 3.

Đồng chí Đặng Xuân Phong, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị. Đồng chí Trần Huy Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh trình bày báo cáo kinh tế - xã hội.

Tham dự có đồng chí Hoàng Văn Lợi, Bí thư Đảng ủy xã Văn Chấn, nguyên Bí thư Huyện ủy Văn Yên.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Tỉnh ủy Lào Cai', ordinal: 3, term: 'XVI', date: '2025-11-18' }],
      people: [
        {
          name: 'Đặng Xuân Phong',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy Lào Cai' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Trần Huy Tuấn',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Lào Cai' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Lào Cai' },
          ],
          roles: ['reported'],
        },
        {
          name: 'Hoàng Văn Lợi',
          positions: [
            { title: 'Bí thư', organization: 'Đảng ủy xã Văn Chấn' },
            { title: 'Bí thư', organization: 'Huyện ủy Văn Yên', former: true },
          ],
          roles: ['attended'],
        },
      ],
    },
  },
  {
    name: 'Hồ Thị Kỷ 2025: commune council session in Cà Mau, communes named after people',
    place: 'Cà Mau',
    text: `HĐND xã Hồ Thị Kỷ tổ chức kỳ họp chuyên đề
Ngày đăng 16/10/2025 | 15:30

Ngày 16/10, HĐND xã Hồ Thị Kỷ tổ chức kỳ họp chuyên đề để xem xét các tờ trình về đầu tư công.

Bà Trần Thị Thu Cúc, Chủ tịch HĐND xã chủ trì kỳ họp. Ông Lê Hoàng Nam, Chủ tịch UBND xã trình bày tờ trình điều chỉnh kế hoạch đầu tư công năm 2025.

Dự kỳ họp có ông Quách Văn Lực, Phó Chủ tịch HĐND tỉnh Cà Mau. Kỳ họp cũng thông qua chủ trương kết nối giao thông với xã Nguyễn Việt Khái và phường Lý Văn Lâm.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND xã Hồ Thị Kỷ', ordinal: null, date: '2025-10-16' }],
      people: [
        { name: 'Trần Thị Thu Cúc', positions: [{ title: 'Chủ tịch', organization: 'HĐND xã Hồ Thị Kỷ' }], roles: ['chaired'] },
        { name: 'Lê Hoàng Nam', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Hồ Thị Kỷ' }], roles: ['reported'] },
        { name: 'Quách Văn Lực', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND tỉnh Cà Mau' }], roles: ['attended'] },
      ],
      notPeople: ['Hồ Thị Kỷ', 'Nguyễn Việt Khái', 'Lý Văn Lâm'],
    },
  },
  {
    name: 'Thủ Dầu Một 2026: first session of a ward council elected for 2026 - 2031',
    place: 'Hồ Chí Minh',
    text: `Kỳ họp thứ nhất HĐND phường Thủ Dầu Một khóa I, nhiệm kỳ 2026 - 2031
Ngày đăng 08/04/2026 | 10:15

Sáng 8/4, HĐND phường Thủ Dầu Một, Thành phố Hồ Chí Minh khóa I, nhiệm kỳ 2026 - 2031 tổ chức kỳ họp thứ nhất.

Đồng chí Nguyễn Văn Lộc, Bí thư Đảng ủy phường phát biểu khai mạc kỳ họp. Tại kỳ họp, bà Võ Thị Kim Yến được bầu giữ chức Chủ tịch HĐND phường; ông Đỗ Thanh Phong được bầu giữ chức Chủ tịch UBND phường.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND phường Thủ Dầu Một', ordinal: 1, term: 'I', termYears: '2026-2031', date: '2026-04-08' }],
      people: [
        { name: 'Nguyễn Văn Lộc', positions: [{ title: 'Bí thư', organization: 'Đảng ủy phường Thủ Dầu Một' }], roles: ['opened'] },
        { name: 'Võ Thị Kim Yến', positions: [{ title: 'Chủ tịch', organization: 'HĐND phường Thủ Dầu Một' }] },
        { name: 'Đỗ Thanh Phong', positions: [{ title: 'Chủ tịch', organization: 'UBND phường Thủ Dầu Một' }] },
      ],
    },
  },
  {
    name: 'Đồng Nai 2025: the 2025 Party bodies, Bình Phước now a ward',
    place: 'Đồng Nai',
    text: `Tỉnh ủy Đồng Nai sơ kết công tác tháng 8 năm 2025
Ngày đăng 03/09/2025 | 18:10

Chiều 3/9, tại phường Đồng Xoài, Tỉnh ủy Đồng Nai tổ chức hội nghị sơ kết công tác tháng 8.

Đồng chí Vũ Hồng Văn, Bí thư Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Võ Tấn Đức, Phó Bí thư Tỉnh ủy, Bí thư Đảng ủy UBND tỉnh, Chủ tịch UBND tỉnh; đồng chí Huỳnh Thị Hằng, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Tôn Ngọc Hạnh, Bí thư Đảng ủy các cơ quan Đảng tỉnh.

Đồng chí Trần Văn Mi, Bí thư Đảng ủy phường Bình Phước phát biểu về công tác chuyển đổi số.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Tỉnh ủy Đồng Nai', date: '2025-09-03' }],
      people: [
        { name: 'Vũ Hồng Văn', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Đồng Nai' }], roles: ['chaired'] },
        {
          name: 'Võ Tấn Đức',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Đồng Nai' },
            { title: 'Bí thư', organization: 'Đảng ủy UBND tỉnh Đồng Nai' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Đồng Nai' },
          ],
          roles: ['attended'],
        },
        { name: 'Huỳnh Thị Hằng', positions: [{ title: 'Trưởng ban', organization: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai' }], roles: ['attended'] },
        { name: 'Tôn Ngọc Hạnh', positions: [{ title: 'Bí thư', organization: 'Đảng ủy các cơ quan Đảng tỉnh Đồng Nai' }], roles: ['attended'] },
        { name: 'Trần Văn Mi', positions: [{ title: 'Bí thư', organization: 'Đảng ủy phường Bình Phước' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Thuận Hóa 2025: ward congress in the city of Huế',
    place: 'Huế',
    text: `Đảng bộ phường Thuận Hóa tổ chức Đại hội lần thứ I
Ngày đăng 20/08/2025 | 14:45

Ngày 20/8, Đảng bộ phường Thuận Hóa, thành phố Huế tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.

Dự đại hội có đồng chí Phan Thiên Định, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Huế. Đồng chí Hoàng Hải Minh, Bí thư Đảng ủy phường Thuận Hóa chủ trì đại hội.

Đồng chí Lê Thị Thanh Thủy, Phó Bí thư Thường trực Đảng ủy phường trình bày báo cáo chính trị. Đồng chí Phan Thiên Định phát biểu chỉ đạo đại hội.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ phường Thuận Hóa', ordinal: 1, termYears: '2025-2030', date: '2025-08-20' }],
      people: [
        {
          name: 'Phan Thiên Định',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thành ủy Huế' },
            { title: 'Chủ tịch', organization: 'UBND thành phố Huế' },
          ],
          roles: ['attended', 'directed'],
        },
        { name: 'Hoàng Hải Minh', positions: [{ title: 'Bí thư', organization: 'Đảng ủy phường Thuận Hóa' }], roles: ['chaired'] },
        { name: 'Lê Thị Thanh Thủy', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Đảng ủy phường Thuận Hóa' }], roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Bình Chánh 2025: commune and ward police in TP.HCM after the reform',
    place: 'Hồ Chí Minh',
    text: `Xã Bình Chánh ra mắt mô hình tổ tự quản an ninh trật tự
Ngày đăng 24/10/2025 | 20:30

Tối 24/10, UBND xã Bình Chánh, TPHCM tổ chức ra mắt mô hình tổ tự quản an ninh trật tự tại ấp 3.

Ông Lê Văn Tâm, Chủ tịch UBND xã chủ trì buổi lễ. Thiếu tá Trương Minh Hoàng, Trưởng Công an xã Bình Chánh báo cáo kết quả xây dựng mô hình. Dự lễ có Trung tá Nguyễn Hữu Phước, Trưởng Công an phường Sài Gòn.`,
    expect: {
      people: [
        { name: 'Lê Văn Tâm', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Bình Chánh' }], roles: ['chaired'] },
        { name: 'Trương Minh Hoàng', positions: [{ title: 'Trưởng Công an', organization: 'Công an xã Bình Chánh' }], roles: ['reported'] },
        { name: 'Nguyễn Hữu Phước', positions: [{ title: 'Trưởng Công an', organization: 'Công an phường Sài Gòn' }], roles: ['attended'] },
      ],
    },
  },
  {
    name: 'Lũng Cú 2025: Tuyên Quang after the merger with Hà Giang, Hà Giang now a ward',
    place: 'Tuyên Quang',
    text: `Đại hội đại biểu Đảng bộ xã Lũng Cú lần thứ I, nhiệm kỳ 2025 - 2030
Ngày đăng 06/08/2025 | 08:30

Ngày 5/8, Đảng bộ xã Lũng Cú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.

Dự đại hội có đồng chí Vàng Thị Mai, Phó Chủ tịch UBND tỉnh Tuyên Quang. Đồng chí Sùng Mí Lử, Bí thư Đảng ủy xã chủ trì đại hội. Đồng chí Lò Thị Dung, Phó Bí thư Thường trực Đảng ủy xã trình bày báo cáo chính trị.

Đại hội đã bầu đồng chí Sùng Mí Lử tái đắc cử Bí thư Đảng ủy xã. Sau đại hội, đoàn đại biểu của xã đã về phường Hà Giang 1 dự lễ tổng kết.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ xã Lũng Cú', ordinal: 1, termYears: '2025-2030', date: '2025-08-05' }],
      people: [
        { name: 'Vàng Thị Mai', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Tuyên Quang' }], roles: ['attended'] },
        { name: 'Sùng Mí Lử', positions: [{ title: 'Bí thư', organization: 'Đảng ủy xã Lũng Cú' }], roles: ['chaired'] },
        { name: 'Lò Thị Dung', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Đảng ủy xã Lũng Cú' }], roles: ['reported'] },
      ],
      notPeople: ['Hà Giang'],
    },
  },
];
