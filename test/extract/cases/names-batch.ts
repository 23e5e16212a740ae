// Blind batch "names", written before reading the extractor's name handling: rare
// surnames (Cung, Mạch, Tất, Uông, Thi, Lò, Hà, Khổng, Sầm, Ông…), "Ông"/"Bà" opening a
// sentence as an honorific, short references ("Bí thư Thăng", "ông Cường", "Chủ tịch
// Hùng") that link back to the full name, and things that are never a person:
// countries and foreign places, foreign officials' bodies, streets, airports, schools and
// units named after people, years of the sexagenary calendar, photo credits and bylines,
// a name with the next sentence's first word glued on, and a festival's or contest's
// organizing board.
//
// First run, before any fix: 6 of 16 cases passed; 239 of 270 facts held (people
// 43/51, positions 55/63, roles 32/46, not people 35/36, event fields 31/31); 8
// unexpected extras.
import type { ExtractionCase } from './types.js';

export const namesBatchCases: ExtractionCase[] = [
  {
    name: 'Thanh Miện: rare surnames Cung, Mạch, Tất, Uông',
    place: 'Hải Dương',
    text: `Hội nghị Ban Chấp hành Đảng bộ huyện Thanh Miện lần thứ 18
Ngày đăng 12/07/2019 | 09:15

Sáng 11/7, Ban Chấp hành Đảng bộ huyện Thanh Miện khóa XXV, nhiệm kỳ 2015 - 2020 tổ chức Hội nghị lần thứ 18 sơ kết công tác 6 tháng đầu năm 2019.

Đồng chí Cung Văn Hậu, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Mạch Thị Thu, Ủy viên Ban Thường vụ Tỉnh ủy Hải Dương, Trưởng Ban Dân vận Tỉnh ủy.

Đồng chí Tất Văn Lợi, Phó Bí thư Thường trực Huyện ủy trình bày báo cáo sơ kết. Đồng chí Uông Thị Hạnh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện phát biểu tại hội nghị.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Thanh Miện', ordinal: 18, term: 'XXV', termYears: '2015-2020', date: '2019-07-11' }],
      people: [
        { name: 'Cung Văn Hậu', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Thanh Miện' }], roles: ['chaired'] },
        {
          name: 'Mạch Thị Thu',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Hải Dương' },
            { title: 'Trưởng ban', organization: 'Ban Dân vận Tỉnh ủy Hải Dương' },
          ],
          roles: ['attended'],
        },
        { name: 'Tất Văn Lợi', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Thanh Miện' }], roles: ['reported'] },
        {
          name: 'Uông Thị Hạnh',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Thanh Miện' },
            { title: 'Chủ tịch', organization: 'UBND huyện Thanh Miện' },
          ],
          roles: ['spoke'],
        },
      ],
    },
  },
  {
    name: 'Phong Thổ: minority surnames Lò, Thi, Hà, Sầm, Lỳ in a list of titles',
    place: 'Lai Châu',
    text: `Huyện ủy Phong Thổ tổng kết công tác xây dựng Đảng năm 2018
Ngày đăng 28/12/2018 | 16:40

Chiều 27/12, Huyện ủy Phong Thổ tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2018.

Đồng chí Lò Văn Cương, Bí thư Huyện ủy chủ trì hội nghị. Tham dự có các đồng chí: Thi Văn Tâm, Phó Bí thư Thường trực Huyện ủy; Hà Thị Lanh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; Sầm Văn Pọm, Trưởng Ban Tổ chức Huyện ủy; Lỳ Xá Hừ, Chủ tịch Ủy ban MTTQ Việt Nam huyện.

Đồng chí Sầm Văn Pọm trình bày báo cáo tổng kết công tác tổ chức xây dựng Đảng.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Phong Thổ', date: '2018-12-27' }],
      people: [
        { name: 'Lò Văn Cương', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Phong Thổ' }], roles: ['chaired'] },
        { name: 'Thi Văn Tâm', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Phong Thổ' }], roles: ['attended'] },
        {
          name: 'Hà Thị Lanh',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Phong Thổ' },
            { title: 'Chủ tịch', organization: 'UBND huyện Phong Thổ' },
          ],
          roles: ['attended'],
        },
        { name: 'Sầm Văn Pọm', positions: [{ title: 'Trưởng ban', organization: 'Ban Tổ chức Huyện ủy Phong Thổ' }], roles: ['attended', 'reported'] },
        { name: 'Lỳ Xá Hừ', positions: [{ title: 'Chủ tịch', organization: 'Ủy ban MTTQ Việt Nam huyện Phong Thổ' }], roles: ['attended'] },
      ],
    },
  },
  {
    name: 'Tiên Du: rare surnames Khổng, Ngọ, Chử, Nghiêm, Đàm and a surname Ông after "đồng chí"',
    place: 'Bắc Ninh',
    text: `Hội nghị Ban Chấp hành Đảng bộ huyện Tiên Du lần thứ 9
Ngày đăng 19/10/2021 | 10:05

Sáng 18/10, Ban Chấp hành Đảng bộ huyện Tiên Du khóa XXIII tổ chức Hội nghị lần thứ 9.

Đồng chí Khổng Minh Tuấn, Bí thư Huyện ủy chủ trì hội nghị. Cùng dự có đồng chí Ngọ Duy Hiển, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; đồng chí Chử Thị Thanh, Chủ tịch HĐND huyện; đồng chí Ông Văn Thìn, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy.

Đồng chí Nghiêm Xuân Lượng, Phó Bí thư Thường trực Huyện ủy trình bày báo cáo. Đồng chí Đàm Quang Hưng, Chánh Văn phòng Huyện ủy phát biểu tại hội nghị.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Tiên Du', ordinal: 9, term: 'XXIII', date: '2021-10-18' }],
      people: [
        { name: 'Khổng Minh Tuấn', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Tiên Du' }], roles: ['chaired'] },
        {
          name: 'Ngọ Duy Hiển',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Tiên Du' },
            { title: 'Chủ tịch', organization: 'UBND huyện Tiên Du' },
          ],
          roles: ['attended'],
        },
        { name: 'Chử Thị Thanh', positions: [{ title: 'Chủ tịch', organization: 'HĐND huyện Tiên Du' }], roles: ['attended'] },
        {
          name: 'Ông Văn Thìn',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Huyện ủy Tiên Du' },
            { title: 'Trưởng ban', organization: 'Ban Tuyên giáo Huyện ủy Tiên Du' },
          ],
          roles: ['attended'],
        },
        { name: 'Nghiêm Xuân Lượng', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Tiên Du' }], roles: ['reported'] },
        { name: 'Đàm Quang Hưng', positions: [{ title: 'Chánh Văn phòng', organization: 'Văn phòng Huyện ủy Tiên Du' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Trà Cú: Khmer and southern surnames Thạch, Kim, Sơn, Diệp, Danh',
    place: 'Trà Vinh',
    text: `Hội nghị Huyện ủy Trà Cú sơ kết 6 tháng đầu năm 2020
Ngày đăng 16/07/2020 | 14:20

Ngày 15/7, Huyện ủy Trà Cú tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2020.

Đồng chí Thạch Dư, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Kim Ngọc Thái, Ủy viên Ban Thường vụ Tỉnh ủy Trà Vinh, Trưởng Ban Dân vận Tỉnh ủy.

Đồng chí Sơn Thị Ánh Hồng, Phó Bí thư Thường trực Huyện ủy trình bày báo cáo sơ kết. Đồng chí Diệp Văn Khởi, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện và đồng chí Danh Sóc Phi, Chủ tịch Ủy ban MTTQ Việt Nam huyện phát biểu tại hội nghị.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Trà Cú', date: '2020-07-15' }],
      people: [
        { name: 'Thạch Dư', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Trà Cú' }], roles: ['chaired'] },
        {
          name: 'Kim Ngọc Thái',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Trà Vinh' },
            { title: 'Trưởng ban', organization: 'Ban Dân vận Tỉnh ủy Trà Vinh' },
          ],
          roles: ['attended'],
        },
        { name: 'Sơn Thị Ánh Hồng', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Trà Cú' }], roles: ['reported'] },
        {
          name: 'Diệp Văn Khởi',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Trà Cú' },
            { title: 'Chủ tịch', organization: 'UBND huyện Trà Cú' },
          ],
          roles: ['spoke'],
        },
        { name: 'Danh Sóc Phi', positions: [{ title: 'Chủ tịch', organization: 'Ủy ban MTTQ Việt Nam huyện Trà Cú' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Đông Hòa: "Ông"/"Bà" opening sentences are honorifics',
    place: 'Phú Yên',
    text: `Thị xã Đông Hòa công bố quyết định về công tác cán bộ
Ngày đăng 05/09/2017 | 15:00

Chiều 5/9, UBND thị xã Đông Hòa tổ chức hội nghị công bố quyết định về công tác cán bộ.

Ông Đào Minh Trí, Chủ tịch UBND thị xã chủ trì hội nghị. Bà Lê Thị Kiều Oanh, Phó Chủ tịch UBND thị xã trình bày báo cáo về công tác tổ chức bộ máy.

Ông Trịnh Quang Vinh, Trưởng phòng Nội vụ thị xã công bố quyết định. Bà Huỳnh Thị Lài, Chủ tịch HĐND thị xã phát biểu tại hội nghị.`,
    expect: {
      people: [
        { name: 'Đào Minh Trí', positions: [{ title: 'Chủ tịch', organization: 'UBND thị xã Đông Hòa' }], roles: ['chaired'] },
        { name: 'Lê Thị Kiều Oanh', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thị xã Đông Hòa' }], roles: ['reported'] },
        { name: 'Trịnh Quang Vinh', positions: [{ title: 'Trưởng phòng', organization: 'Phòng Nội vụ thị xã Đông Hòa' }] },
        { name: 'Huỳnh Thị Lài', positions: [{ title: 'Chủ tịch', organization: 'HĐND thị xã Đông Hòa' }], roles: ['spoke'] },
      ],
      notPeople: ['Ông Đào', 'Bà Lê', 'Ông Trịnh', 'Bà Huỳnh'],
    },
  },
  {
    name: 'Cần Thơ: short references "Bí thư Thăng", "Ông Cường" link back',
    place: 'Cần Thơ',
    text: `Thành ủy Cần Thơ sơ kết công tác quý III năm 2022
Ngày đăng 07/10/2022 | 18:30

Sáng 7/10, Thành ủy Cần Thơ tổ chức hội nghị sơ kết công tác quý III năm 2022.

Đồng chí Trần Minh Thăng, Ủy viên Trung ương Đảng, Bí thư Thành ủy chủ trì hội nghị. Đồng chí Lâm Hữu Cường, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố trình bày báo cáo tình hình kinh tế - xã hội.

Ông Cường phát biểu làm rõ nguyên nhân thu ngân sách 9 tháng mới đạt 78% dự toán. Kết luận hội nghị, Bí thư Thăng yêu cầu các cấp ủy tập trung giải ngân vốn đầu tư công.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Thành ủy Cần Thơ', date: '2022-10-07' }],
      people: [
        {
          name: 'Trần Minh Thăng',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Thành ủy Cần Thơ' },
          ],
          roles: ['chaired', 'concluded'],
        },
        {
          name: 'Lâm Hữu Cường',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thành ủy Cần Thơ' },
            { title: 'Chủ tịch', organization: 'UBND thành phố Cần Thơ' },
          ],
          roles: ['reported', 'spoke'],
        },
      ],
    },
  },
  {
    name: 'Yên Mỹ: two people called Hùng, "Chủ tịch Hùng" resolved by the title, "bà Nhung" by the name',
    place: 'Hưng Yên',
    text: `Huyện Yên Mỹ triển khai nhiệm vụ năm 2023
Ngày đăng 10/01/2023 | 08:45

Sáng 9/1, Huyện ủy, HĐND, UBND huyện Yên Mỹ tổ chức hội nghị triển khai nhiệm vụ năm 2023.

Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Lê Mạnh Hùng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện và đồng chí Phạm Thị Nhung, Chủ tịch HĐND huyện.

Chủ tịch Hùng trình bày báo cáo kết quả phát triển kinh tế - xã hội năm 2022. Bà Nhung phát biểu về hoạt động giám sát của HĐND huyện.`,
    expect: {
      people: [
        { name: 'Nguyễn Văn Hùng', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Yên Mỹ' }], roles: ['chaired'] },
        {
          name: 'Lê Mạnh Hùng',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Yên Mỹ' },
            { title: 'Chủ tịch', organization: 'UBND huyện Yên Mỹ' },
          ],
          roles: ['attended', 'reported'],
        },
        { name: 'Phạm Thị Nhung', positions: [{ title: 'Chủ tịch', organization: 'HĐND huyện Yên Mỹ' }], roles: ['attended', 'spoke'] },
      ],
    },
  },
  {
    name: 'Bắc Ninh: countries and a Chinese province are no people, a foreign official has no Vietnamese post',
    place: 'Bắc Ninh',
    text: `Bắc Ninh tiếp đoàn đại biểu tỉnh Giang Tô (Trung Quốc)
Ngày đăng 22/05/2018 | 17:10

Chiều 22/5, tại Trụ sở UBND tỉnh, đồng chí Nguyễn Tử Quỳnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Ninh chủ trì buổi tiếp đoàn đại biểu tỉnh Giang Tô (Trung Quốc) do ông Quách Nguyên Cường, Phó Tỉnh trưởng tỉnh Giang Tô dẫn đầu.

Đồng chí Nguyễn Tử Quỳnh phát biểu giới thiệu Bắc Ninh hiện thu hút các nhà đầu tư đến từ Hàn Quốc, Nhật Bản, Hà Lan, Thái Lan và Ba Lan. Ông Quách Nguyên Cường mong muốn các doanh nghiệp Giang Tô mở rộng đầu tư tại Bắc Ninh.

Cùng dự có đồng chí Đào Quang Khải, Phó Chủ tịch UBND tỉnh.`,
    expect: {
      people: [
        {
          name: 'Nguyễn Tử Quỳnh',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Bắc Ninh' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Bắc Ninh' },
          ],
          roles: ['chaired', 'spoke'],
        },
        // A foreign official: a person of the article, in no Vietnamese body.
        { name: 'Quách Nguyên Cường', positions: [] },
        { name: 'Đào Quang Khải', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Bắc Ninh' }], roles: ['attended'] },
      ],
      notPeople: ['Giang Tô', 'Hàn Quốc', 'Nhật Bản', 'Hà Lan', 'Thái Lan', 'Ba Lan'],
    },
  },
  {
    name: 'Nghệ An: a Lao province\'s Party secretary is not a member of a Vietnamese Tỉnh ủy',
    place: 'Nghệ An',
    text: `Nghệ An hội đàm với tỉnh Xiêng Khoảng (Lào)
Ngày đăng 14/03/2024 | 20:15

Sáng 14/3, tại thành phố Vinh, đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An chủ trì buổi hội đàm với đoàn đại biểu cấp cao tỉnh Xiêng Khoảng, nước CHDCND Lào.

Tham dự có đồng chí Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An. Đồng chí Nguyễn Đức Trung thông tin về kết quả hợp tác giữa hai tỉnh trên các lĩnh vực giáo dục, y tế và thương mại qua cửa khẩu Nậm Cắn.`,
    expect: {
      people: [
        {
          name: 'Thái Thanh Quý',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy Nghệ An' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Nguyễn Đức Trung',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Nghệ An' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Nghệ An' },
          ],
          roles: ['attended'],
        },
      ],
      notPeople: ['Xiêng Khoảng', 'Nậm Cắn'],
    },
  },
  {
    name: 'TP.HCM: airport, streets and the city named after people are no people',
    place: 'Hồ Chí Minh',
    text: `Lãnh đạo TP.HCM khảo sát giao thông quanh sân bay Tân Sơn Nhất
Ngày đăng 03/04/2019 | 11:50

Sáng 3/4, đồng chí Võ Thành Khiêm, Phó Chủ tịch UBND TP.HCM dẫn đầu đoàn khảo sát tình hình giao thông khu vực Cảng hàng không quốc tế Tân Sơn Nhất.

Đoàn đã khảo sát các nút giao trên đường Trường Sơn, Hoàng Văn Thụ, Phan Đăng Lưu và Nguyễn Văn Trỗi. Báo cáo với đoàn, ông Lý Quốc Bảo, Chủ tịch UBND quận Tân Bình cho biết lưu lượng xe qua khu vực Tân Sơn Nhất tăng gần 20% so với năm trước.

Đồng chí Võ Thành Khiêm yêu cầu Sở Giao thông vận tải TP Hồ Chí Minh sớm trình phương án mở rộng đường Phan Đăng Lưu.`,
    expect: {
      people: [
        { name: 'Võ Thành Khiêm', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thành phố Hồ Chí Minh' }] },
        { name: 'Lý Quốc Bảo', positions: [{ title: 'Chủ tịch', organization: 'UBND quận Tân Bình' }] },
      ],
      notPeople: ['Sơn Nhất', 'Tân Sơn Nhất', 'Hoàng Văn Thụ', 'Phan Đăng Lưu', 'Nguyễn Văn Trỗi', 'Hồ Chí Minh'],
    },
  },
  {
    name: 'Quảng Ninh 2017: Tết Đinh Dậu and Mậu Tuất are years, not people',
    place: 'Quảng Ninh',
    text: `Lãnh đạo tỉnh Quảng Ninh thăm, chúc Tết tại huyện Cô Tô
Ngày đăng 20/01/2017 | 16:00

Nhân dịp Tết Nguyên đán Đinh Dậu 2017, chiều 20/1, đồng chí Đặng Huy Toàn, Phó Bí thư Tỉnh ủy Quảng Ninh đã đến thăm, chúc Tết cán bộ, chiến sĩ và nhân dân huyện đảo Cô Tô.

Cùng đi có đồng chí Vũ Thị Thu Hằng, Phó Chủ tịch UBND tỉnh. Đồng chí Đặng Huy Toàn mong muốn huyện chuẩn bị tốt cho mùa du lịch năm Đinh Dậu và hướng tới Xuân Mậu Tuất 2018 với nhiều thành tích mới.`,
    expect: {
      people: [
        { name: 'Đặng Huy Toàn', positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Quảng Ninh' }] },
        { name: 'Vũ Thị Thu Hằng', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Quảng Ninh' }] },
      ],
      notPeople: ['Đinh Dậu', 'Mậu Tuất'],
    },
  },
  {
    name: 'Hà Tĩnh 2024 and 2026: Giáp Thìn, Ất Tỵ, Bính Ngọ are years',
    place: 'Hà Tĩnh',
    text: `Hà Tĩnh gặp mặt cán bộ hưu trí nhân dịp Xuân Giáp Thìn
Ngày đăng 02/02/2024 | 09:30

Sáng 2/2, Tỉnh ủy Hà Tĩnh tổ chức gặp mặt cán bộ lão thành, cán bộ hưu trí nhân dịp đón Xuân Giáp Thìn 2024.

Đồng chí Hoàng Trung Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì buổi gặp mặt. Tham dự có đồng chí Võ Trọng Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.

Đồng chí Hoàng Trung Dũng phát biểu chúc Tết và mong các đồng chí lão thành tiếp tục góp ý cho chuẩn bị đại hội đảng bộ các cấp trước Tết Ất Tỵ 2025. Nhiều đại biểu bày tỏ mong muốn đến Xuân Bính Ngọ 2026, quê hương Hà Tĩnh sẽ khởi sắc hơn.`,
    expect: {
      people: [
        {
          name: 'Hoàng Trung Dũng',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy Hà Tĩnh' },
          ],
          roles: ['chaired', 'spoke'],
        },
        {
          name: 'Võ Trọng Hải',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Hà Tĩnh' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Hà Tĩnh' },
          ],
          roles: ['attended'],
        },
      ],
      notPeople: ['Giáp Thìn', 'Ất Tỵ', 'Bính Ngọ', 'Hà Tĩnh'],
    },
  },
  {
    name: 'Cam Lộ: photo credits after a caption, byline of two names',
    place: 'Quảng Trị',
    text: `Kỳ họp thứ 2 HĐND huyện Cam Lộ khóa VIII
Ngày đăng 23/07/2021 | 17:45

Ngày 23/7, HĐND huyện Cam Lộ khóa VIII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 2.

Chủ tịch HĐND huyện Bùi Văn Khôi phát biểu khai mạc kỳ họp - Ảnh: Trần Tuyên

Đồng chí Võ Văn Dũng, Phó Chủ tịch UBND huyện trình bày báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm. (Ảnh: Đức Việt)

Tại kỳ họp, đại biểu Trương Thị Mai Sương chất vấn về tiến độ xây dựng nông thôn mới.

Thanh Trà - Hữu Phúc`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND huyện Cam Lộ', ordinal: 2, term: 'VIII', termYears: '2021-2026', date: '2021-07-23' }],
      people: [
        { name: 'Bùi Văn Khôi', positions: [{ title: 'Chủ tịch', organization: 'HĐND huyện Cam Lộ' }], roles: ['opened'] },
        { name: 'Võ Văn Dũng', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Cam Lộ' }], roles: ['reported'] },
        { name: 'Trương Thị Mai Sương', positions: [{ title: 'Đại biểu', organization: 'HĐND huyện Cam Lộ' }], roles: ['spoke'] },
      ],
      notPeople: ['Trần Tuyên', 'Đức Việt', 'Thanh Trà', 'Hữu Phúc'],
    },
  },
  {
    name: 'Kim Bôi: a name with the next sentence\'s first word glued on',
    place: 'Hòa Bình',
    text: `Hội nghị Ban Chấp hành Đảng bộ huyện Kim Bôi lần thứ 12
Ngày đăng 24/06/2022 | 10:20

Ngày 23/6, Ban Chấp hành Đảng bộ huyện Kim Bôi khóa XXVI tổ chức Hội nghị lần thứ 12.

Đồng chí Bùi Văn Cửu, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Quách Tất Phúc Tại hội nghị, các đại biểu thảo luận về công tác chuẩn bị nhân sự.

Đồng chí Bùi Thị Hương Sau đó trình bày báo cáo kết quả thực hiện nghị quyết 6 tháng đầu năm.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Kim Bôi', ordinal: 12, term: 'XXVI', date: '2022-06-23' }],
      people: [
        { name: 'Bùi Văn Cửu', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Kim Bôi' }], roles: ['chaired'] },
        { name: 'Quách Tất Phúc', positions: [] },
        { name: 'Bùi Thị Hương', positions: [] },
      ],
      notPeople: ['Phúc Tại', 'Hương Sau'],
    },
  },
  {
    name: 'Phú Thọ 2018: a festival\'s and a contest\'s Ban Tổ chức are not the Party\'s',
    place: 'Phú Thọ',
    text: `Phú Thọ họp báo về Giỗ Tổ Hùng Vương năm Mậu Tuất
Ngày đăng 12/04/2018 | 15:30

Chiều 12/4, UBND tỉnh Phú Thọ tổ chức họp báo về Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm 2018.

Đồng chí Hà Kế San, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức Lễ hội chủ trì buổi họp báo. Đồng chí Nguyễn Thị Hà, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Phó Trưởng Ban Tổ chức Lễ hội thông tin về chương trình lễ hội.

Dịp này, đồng chí Lê Thị Thu Hằng, Trưởng Ban Tuyên giáo Tỉnh ủy, Trưởng Ban Tổ chức cuộc thi tìm hiểu về Đền Hùng cũng công bố thể lệ cuộc thi.`,
    expect: {
      people: [
        { name: 'Hà Kế San', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Phú Thọ' }], roles: ['chaired'] },
        { name: 'Nguyễn Thị Hà', positions: [{ title: 'Giám đốc', organization: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ' }] },
        { name: 'Lê Thị Thu Hằng', positions: [{ title: 'Trưởng ban', organization: 'Ban Tuyên giáo Tỉnh ủy Phú Thọ' }] },
      ],
      notPeople: ['Mậu Tuất', 'Hùng Vương'],
    },
  },
  {
    name: 'Cà Mau 2018: districts, a river and a ward named like people',
    place: 'Cà Mau',
    text: `Cà Mau kiểm tra tiến độ xây dựng nông thôn mới
Ngày đăng 18/08/2018 | 19:05

Ngày 18/8, đoàn công tác của Tỉnh ủy Cà Mau do đồng chí Tô Minh Hải, Phó Bí thư Tỉnh ủy làm trưởng đoàn kiểm tra tiến độ xây dựng nông thôn mới tại các huyện Trần Văn Thời, Phan Ngọc Hiển và U Minh.

Báo cáo với đoàn, đồng chí Lương Thế Khanh, Bí thư Huyện ủy Trần Văn Thời cho biết huyện đã có 6 xã đạt chuẩn. Ông Khanh đề nghị tỉnh hỗ trợ nạo vét sông Ông Đốc và xây dựng bờ kè khóm Bà Điểm.`,
    expect: {
      people: [
        { name: 'Tô Minh Hải', positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Cà Mau' }] },
        { name: 'Lương Thế Khanh', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Trần Văn Thời' }] },
      ],
      notPeople: ['Trần Văn Thời', 'Phan Ngọc Hiển', 'Ông Đốc', 'Bà Điểm'],
    },
  },
];
