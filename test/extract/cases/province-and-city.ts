// Provincial and city bodies: Tỉnh ủy conferences, Thành ủy of a provincial city,
// centrally-run cities where TUV means Thành ủy viên, UBND working sessions,
// military ranks before a command title.
import type { ExtractionCase } from './types.js';

export const provinceAndCityCases: ExtractionCase[] = [
  {
    name: 'Nghệ An: Tỉnh ủy conference, BCH Đảng bộ tỉnh = Tỉnh ủy, Trưởng đoàn ĐBQH',
    place: 'Nghệ An',
    text: `Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ tỉnh Nghệ An khóa XIX
Ngày đăng 14/12/2023 | 18:00

Ngày 14/12/2023, tại thành phố Vinh, BCH Đảng bộ tỉnh Nghệ An khóa XIX, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 18 để đánh giá kết quả thực hiện nhiệm vụ năm 2023, quyết định nhiệm vụ năm 2024.

Đồng chí Đặng Quốc Trung - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh chủ trì hội nghị. Cùng chủ trì có các đồng chí: Hoàng Nghĩa Khánh - Phó Bí thư Thường trực Tỉnh ủy; Ngô Văn Hùng - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.

Đồng chí Ngô Văn Hùng trình bày báo cáo tình hình kinh tế - xã hội năm 2023 và kế hoạch năm 2024. Các đại biểu thảo luận sôi nổi, thẳng thắn.

Phát biểu bế mạc, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng tập trung chuẩn bị chu đáo đại hội đảng bộ các cấp.`,
    expect: {
      article: { published: '2023-12-14' },
      events: [{ kind: 'conference', organizer: 'Tỉnh ủy Nghệ An', ordinal: 18, term: 'XIX', termYears: '2020-2025', date: '2023-12-14' }],
      people: [
        {
          name: 'Đặng Quốc Trung',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy Nghệ An' },
            { title: 'Trưởng đoàn', organization: 'Đoàn ĐBQH tỉnh Nghệ An' },
          ],
          roles: ['chaired', 'concluded'],
        },
        { name: 'Hoàng Nghĩa Khánh', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Nghệ An' }], roles: ['chaired'] },
        {
          name: 'Ngô Văn Hùng',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Nghệ An' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Nghệ An' },
          ],
          roles: ['chaired', 'reported'],
        },
      ],
    },
  },
  {
    name: 'Vinh: Thành ủy of a provincial city; Tỉnh ủy is Nghệ An, thành phố is Vinh',
    place: 'Nghệ An',
    text: `Thành ủy Vinh triển khai nhiệm vụ quý IV
Ngày đăng 03/10/2022 | 15:30

Chiều 3/10, Ban Thường vụ Thành ủy Vinh tổ chức hội nghị giao ban triển khai nhiệm vụ quý IV năm 2022.

Đồng chí Võ Hồng Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Vinh chủ trì hội nghị. Dự hội nghị có đồng chí Dương Đình Khoa, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố; đồng chí Lý Thị Hải Yến, Phó Chủ tịch UBND thành phố.

Đồng chí Dương Đình Khoa báo cáo kết quả thực hiện nhiệm vụ 9 tháng đầu năm. Kết luận hội nghị, đồng chí Bí thư Thành ủy yêu cầu các phòng, ban tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Ban Thường vụ Thành ủy Vinh', ordinal: null, date: '2022-10-03' }],
      people: [
        {
          name: 'Võ Hồng Quang',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Nghệ An' },
            { title: 'Bí thư', organization: 'Thành ủy Vinh' },
          ],
          roles: ['chaired', 'concluded'],
        },
        {
          name: 'Dương Đình Khoa',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thành ủy Vinh' },
            { title: 'Chủ tịch', organization: 'UBND thành phố Vinh' },
          ],
          roles: ['attended', 'reported'],
        },
        { name: 'Lý Thị Hải Yến', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thành phố Vinh' }], roles: ['attended'] },
      ],
    },
  },
  {
    name: 'Đà Nẵng: UBND working session, ông/bà honorifics, Sở with city jurisdiction',
    place: 'Đà Nẵng',
    text: `Đà Nẵng: UBND thành phố làm việc với các sở về giải ngân vốn đầu tư công (16:40 22/08/2024)

Chiều 22/8, đồng chí Kiều Minh Nhật, Thành ủy viên, Phó Chủ tịch UBND thành phố chủ trì buổi làm việc với các sở, ngành về tiến độ giải ngân vốn đầu tư công năm 2024.

Tham dự có ông Lê Quang Huy, Giám đốc Sở Tài chính và bà Tôn Nữ Thu Hà, Phó Giám đốc Sở Kế hoạch và Đầu tư.

Báo cáo tại buổi làm việc, ông Lê Quang Huy cho biết đến hết tháng 7, thành phố mới giải ngân được 41% kế hoạch vốn. Bà Tôn Nữ Thu Hà phát biểu, kiến nghị điều chuyển vốn từ các dự án chậm tiến độ.

Kết luận buổi làm việc, Phó Chủ tịch UBND thành phố Kiều Minh Nhật yêu cầu các chủ đầu tư cam kết tiến độ giải ngân từng tháng.`,
    expect: {
      article: { title: 'Đà Nẵng: UBND thành phố làm việc với các sở về giải ngân vốn đầu tư công', published: '2024-08-22' },
      // A working session chaired by a city vice-chairman: the city People's Committee holds it.
      events: [{ kind: 'meeting', organizer: 'UBND thành phố Đà Nẵng', ordinal: null, date: '2024-08-22' }],
      people: [
        {
          name: 'Kiều Minh Nhật',
          positions: [
            { title: 'Ủy viên', organization: 'Thành ủy Đà Nẵng' },
            { title: 'Phó Chủ tịch', organization: 'UBND thành phố Đà Nẵng' },
          ],
          roles: ['chaired', 'concluded'],
        },
        { name: 'Lê Quang Huy', positions: [{ title: 'Giám đốc', organization: 'Sở Tài chính thành phố Đà Nẵng' }], roles: ['attended', 'reported'] },
        { name: 'Tôn Nữ Thu Hà', positions: [{ title: 'Phó Giám đốc', organization: 'Sở Kế hoạch và Đầu tư thành phố Đà Nẵng' }], roles: ['attended', 'spoke'] },
      ],
    },
  },
  {
    name: 'Cẩm Phả: military ranks are not positions; Bộ Chỉ huy Quân sự tỉnh',
    place: 'Quảng Ninh',
    text: `Cẩm Phả: Tổng kết công tác quân sự, quốc phòng địa phương năm 2023
Ngày đăng 26/12/2023 | 09:15

Sáng 25/12, Thành ủy Cẩm Phả tổ chức hội nghị tổng kết công tác quân sự, quốc phòng địa phương năm 2023.

Dự hội nghị có Đại tá Nguyễn Trọng Kiên, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Quảng Ninh. Đồng chí Bùi Thị Hải Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Cẩm Phả chủ trì hội nghị.

Thượng tá Đỗ Mạnh Cường, Chỉ huy trưởng Ban Chỉ huy Quân sự thành phố báo cáo kết quả thực hiện nhiệm vụ quân sự, quốc phòng năm 2023.

Phát biểu chỉ đạo, Đại tá Nguyễn Trọng Kiên đề nghị thành phố tiếp tục làm tốt công tác tuyển quân năm 2024.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Thành ủy Cẩm Phả', ordinal: null, date: '2023-12-25' }],
      people: [
        {
          name: 'Nguyễn Trọng Kiên',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Quảng Ninh' },
            { title: 'Chỉ huy trưởng', organization: 'Bộ Chỉ huy Quân sự tỉnh Quảng Ninh' },
          ],
          roles: ['attended', 'directed'],
        },
        {
          name: 'Bùi Thị Hải Vân',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Quảng Ninh' },
            { title: 'Bí thư', organization: 'Thành ủy Cẩm Phả' },
          ],
          roles: ['chaired'],
        },
        { name: 'Đỗ Mạnh Cường', positions: [{ title: 'Chỉ huy trưởng', organization: 'Ban Chỉ huy Quân sự thành phố Cẩm Phả' }], roles: ['reported'] },
      ],
      notPeople: ['Đại tá', 'Thượng tá'],
    },
  },
  {
    name: 'Phong Điền (Cần Thơ): TUV in a centrally-run city means Thành ủy viên',
    place: 'Cần Thơ',
    text: `Phong Điền: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 17
Ngày đăng 08/04/2024 | 14:25

Ngày 8/4, BCH Đảng bộ huyện Phong Điền, thành phố Cần Thơ khóa XIII, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 17 đánh giá tình hình quý I năm 2024.

Đồng chí Huỳnh Thanh Tùng - TUV, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Châu Ngọc Diễm - Phó Trưởng Ban Tuyên giáo Thành ủy Cần Thơ.

Đồng chí Lâm Văn Chiến - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện trình bày báo cáo tình hình kinh tế - xã hội quý I.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Phong Điền', ordinal: 17, term: 'XIII', termYears: '2020-2025', date: '2024-04-08' }],
      people: [
        {
          name: 'Huỳnh Thanh Tùng',
          positions: [
            { title: 'Ủy viên', organization: 'Thành ủy Cần Thơ' },
            { title: 'Bí thư', organization: 'Huyện ủy Phong Điền' },
          ],
          roles: ['chaired'],
        },
        { name: 'Châu Ngọc Diễm', positions: [{ title: 'Phó Trưởng ban', organization: 'Ban Tuyên giáo Thành ủy Cần Thơ' }], roles: ['attended'] },
        {
          name: 'Lâm Văn Chiến',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Phong Điền' },
            { title: 'Chủ tịch', organization: 'UBND huyện Phong Điền' },
          ],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Kiên Giang: provincial vice-chairman works with Phú Quốc city',
    place: 'Kiên Giang',
    text: `Lãnh đạo tỉnh làm việc với thành phố Phú Quốc về công tác quy hoạch
Ngày đăng 11/09/2024 | 08:00

Ngày 10/9/2024, Phó Chủ tịch UBND tỉnh Kiên Giang Ngô Thanh Toàn chủ trì buổi làm việc với Thành ủy, UBND thành phố Phú Quốc về công tác quy hoạch và quản lý đất đai.

Tham dự buổi làm việc có ông Hồ Văn Lực, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Phú Quốc; ông Trần Minh Khoa, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Phú Quốc.

Ông Trần Minh Khoa báo cáo tiến độ lập quy hoạch phân khu và kết quả xử lý vi phạm đất đai. Kết luận buổi làm việc, ông Ngô Thanh Toàn yêu cầu thành phố sớm hoàn thành quy hoạch phân khu trong năm 2024.`,
    expect: {
      events: [{ kind: 'meeting', ordinal: null, date: '2024-09-10' }],
      people: [
        { name: 'Ngô Thanh Toàn', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Kiên Giang' }], roles: ['chaired', 'concluded'] },
        {
          name: 'Hồ Văn Lực',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Kiên Giang' },
            { title: 'Bí thư', organization: 'Thành ủy Phú Quốc' },
          ],
          roles: ['attended'],
        },
        {
          name: 'Trần Minh Khoa',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thành ủy Phú Quốc' },
            { title: 'Chủ tịch', organization: 'UBND thành phố Phú Quốc' },
          ],
          roles: ['attended', 'reported'],
        },
      ],
    },
  },
  {
    name: 'Hải Phòng: city committee conference, Roman ordinal, BTV/BCH, thông qua, Thiếu tướng',
    place: 'Hải Phòng',
    text: `Hội nghị lần thứ VI Ban Chấp hành Đảng bộ thành phố Hải Phòng khóa XVI
Ngày đăng 09/07/2021 | 18:30

Ngày 9/7/2021, Ban Chấp hành Đảng bộ thành phố Hải Phòng khóa XVI, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ VI.

Đồng chí Vũ Đức Thịnh, Ủy viên Trung ương Đảng, Bí thư Thành ủy chủ trì hội nghị. Cùng dự có đồng chí Đỗ Thị Hồng Vân, Phó Bí thư Thường trực Thành ủy; đồng chí Phạm Quốc Khánh, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố; Thiếu tướng Tạ Quang Vinh, Ủy viên BTV Thành ủy, Giám đốc Công an thành phố.

Đồng chí Phạm Quốc Khánh thông qua dự thảo Nghị quyết về phát triển hạ tầng giao thông đến năm 2030. Đồng chí Lý Văn Hậu, Ủy viên BCH Đảng bộ thành phố, Bí thư Quận ủy Hải An phát biểu thảo luận.

Phát biểu kết luận, đồng chí Bí thư Thành ủy yêu cầu các cấp ủy khẩn trương cụ thể hóa nghị quyết.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Thành ủy Hải Phòng', ordinal: 6, term: 'XVI', termYears: '2020-2025', date: '2021-07-09' }],
      people: [
        {
          name: 'Vũ Đức Thịnh',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Thành ủy Hải Phòng' },
          ],
          roles: ['chaired', 'concluded'],
        },
        { name: 'Đỗ Thị Hồng Vân', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Thành ủy Hải Phòng' }], roles: ['attended'] },
        {
          name: 'Phạm Quốc Khánh',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thành ủy Hải Phòng' },
            { title: 'Chủ tịch', organization: 'UBND thành phố Hải Phòng' },
          ],
          roles: ['attended', 'reported'],
        },
        {
          name: 'Tạ Quang Vinh',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Thành ủy Hải Phòng' },
            { title: 'Giám đốc', organization: 'Công an thành phố Hải Phòng' },
          ],
          roles: ['attended'],
        },
        {
          name: 'Lý Văn Hậu',
          // Ủy viên BCH Đảng bộ thành phố = member of the Thành ủy.
          positions: [
            { title: 'Ủy viên', organization: 'Thành ủy Hải Phòng' },
            { title: 'Bí thư', organization: 'Quận ủy Hải An' },
          ],
          roles: ['spoke'],
        },
      ],
      notPeople: ['Thiếu tướng'],
    },
  },
  {
    name: 'Thủ Đức: "TP" abbreviation, Thành ủy viên of TP Hồ Chí Minh beside Thành ủy Thủ Đức',
    place: 'TP Hồ Chí Minh',
    text: `Đoàn giám sát HĐND TP Hồ Chí Minh làm việc với UBND TP Thủ Đức
Ngày đăng 14/05/2024 | 17:00

Chiều 14/5, Phó Chủ tịch HĐND TP Lê Thị Ngọc Thúy chủ trì buổi giám sát của Thường trực HĐND TP Hồ Chí Minh với UBND TP Thủ Đức về công tác bồi thường, giải phóng mặt bằng.

Tham dự buổi làm việc có ông Quan Minh Tuấn, Thành ủy viên, Bí thư Thành ủy Thủ Đức; ông Hồ Phước Lộc, Phó Bí thư Thành ủy, Chủ tịch UBND TP Thủ Đức.

Báo cáo tại buổi làm việc, ông Hồ Phước Lộc cho biết thành phố đã bàn giao mặt bằng cho 12 dự án trọng điểm. Kết luận buổi giám sát, bà Lê Thị Ngọc Thúy đề nghị UBND TP Thủ Đức công khai tiến độ chi trả bồi thường cho người dân.`,
    expect: {
      events: [{ kind: 'meeting', ordinal: null, date: '2024-05-14' }],
      people: [
        { name: 'Lê Thị Ngọc Thúy', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND thành phố Hồ Chí Minh' }], roles: ['chaired', 'concluded'] },
        {
          name: 'Quan Minh Tuấn',
          // Thành ủy viên is membership of the city (TP Hồ Chí Minh) committee; Bí thư is of Thủ Đức's.
          positions: [
            { title: 'Ủy viên', organization: 'Thành ủy Thành phố Hồ Chí Minh' },
            { title: 'Bí thư', organization: 'Thành ủy Thủ Đức' },
          ],
          roles: ['attended'],
        },
        {
          name: 'Hồ Phước Lộc',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thành ủy Thủ Đức' },
            { title: 'Chủ tịch', organization: 'UBND thành phố Thủ Đức' },
          ],
          roles: ['attended', 'reported'],
        },
      ],
    },
  },
];
