// People's Council sessions (kỳ họp HĐND): chủ tọa, điều hành, chất vấn, trả lời
// chất vấn, giải trình, báo cáo thẩm tra; ordinals in digits and words; an article
// with two events.
import type { ExtractionCase } from './types.js';

export const hdndSessionCases: ExtractionCase[] = [
  {
    name: 'Thanh Hóa: HĐND tỉnh session, chủ tọa, chất vấn and trả lời chất vấn',
    place: 'Thanh Hóa',
    text: `Khai mạc Kỳ họp thứ 20 HĐND tỉnh khóa XVIII
Ngày đăng 10/07/2024 | 10:30

Sáng 10/7, HĐND tỉnh Thanh Hóa khóa XVIII, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ 20.

Chủ tọa kỳ họp có các đồng chí: Trịnh Xuân Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Lê Thị Hồng Thắm, Phó Chủ tịch HĐND tỉnh; Cao Văn Định, Phó Chủ tịch HĐND tỉnh.

Phát biểu khai mạc, đồng chí Trịnh Xuân Hòa nhấn mạnh kỳ họp sẽ xem xét 35 báo cáo, tờ trình và dự thảo nghị quyết. Đồng chí Hoàng Văn Quyết, Phó Chủ tịch UBND tỉnh trình bày báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm.

Tại phiên chất vấn, đại biểu Lương Thị Nga chất vấn về tiến độ xây dựng nông thôn mới ở các huyện miền núi. Trả lời chất vấn, Giám đốc Sở Nông nghiệp và Phát triển nông thôn Phạm Đình Sơn cho biết toàn tỉnh còn 12 xã chưa đạt chuẩn.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND tỉnh Thanh Hóa', ordinal: 20, term: 'XVIII', termYears: '2021-2026', date: '2024-07-10' }],
      people: [
        {
          name: 'Trịnh Xuân Hòa',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Thanh Hóa' },
            { title: 'Chủ tịch', organization: 'HĐND tỉnh Thanh Hóa' },
          ],
          roles: ['chaired', 'opened'],
        },
        { name: 'Lê Thị Hồng Thắm', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND tỉnh Thanh Hóa' }], roles: ['chaired'] },
        { name: 'Cao Văn Định', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND tỉnh Thanh Hóa' }], roles: ['chaired'] },
        { name: 'Hoàng Văn Quyết', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Thanh Hóa' }], roles: ['reported'] },
        // "đại biểu" at a provincial council session is a delegate of that council.
        { name: 'Lương Thị Nga', positions: [{ title: 'Đại biểu', organization: 'HĐND tỉnh Thanh Hóa' }], roles: ['spoke'] },
        { name: 'Phạm Đình Sơn', positions: [{ title: 'Giám đốc', organization: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Đô Lương: HĐND huyện session, ordinal in words, điều hành, thẩm tra, giải trình',
    place: 'Nghệ An',
    text: `kỳ họp thứ mười hai hđnd huyện đô lương khóa xx
Ngày đăng 19/12/2023 | 16:45

Ngày 19/12, HĐND huyện Đô Lương khóa XX, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ mười hai để xem xét các báo cáo kinh tế - xã hội năm 2023.

Đồng chí Nguyễn Hữu Sáng, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ tọa kỳ họp. Đồng chí Thái Thị Hoài, Phó Chủ tịch HĐND huyện điều hành phiên thảo luận.

Đồng chí Đậu Văn Hiếu, Trưởng Ban Kinh tế - Xã hội HĐND huyện trình bày báo cáo thẩm tra các dự thảo nghị quyết.

Giải trình ý kiến của đại biểu, đồng chí Hồ Đình Quý, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện cam kết đẩy nhanh tiến độ các công trình giao thông nông thôn.`,
    expect: {
      article: { title: 'kỳ họp thứ mười hai hđnd huyện đô lương khóa xx', published: '2023-12-19' },
      events: [{ kind: 'session', organizer: 'HĐND huyện Đô Lương', ordinal: 12, term: 'XX', termYears: '2021-2026', date: '2023-12-19' }],
      people: [
        {
          name: 'Nguyễn Hữu Sáng',
          positions: [
            { title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Đô Lương' },
            { title: 'Chủ tịch', organization: 'HĐND huyện Đô Lương' },
          ],
          roles: ['chaired'],
        },
        { name: 'Thái Thị Hoài', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND huyện Đô Lương' }], roles: ['chaired'] },
        { name: 'Đậu Văn Hiếu', positions: [{ title: 'Trưởng ban', organization: 'Ban Kinh tế - Xã hội HĐND huyện Đô Lương' }], roles: ['reported'] },
        {
          name: 'Hồ Đình Quý',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Đô Lương' },
            { title: 'Chủ tịch', organization: 'UBND huyện Đô Lương' },
          ],
          roles: ['spoke'],
        },
      ],
    },
  },
  {
    name: 'Cần Thơ: HĐND thành phố thematic session, bế mạc, city delegates',
    place: 'Cần Thơ',
    text: `Bế mạc kỳ họp thứ 14 (kỳ họp chuyên đề) HĐND thành phố Cần Thơ khóa X
Ngày đăng 25/04/2024 | 17:30

Chiều 25/4, HĐND thành phố Cần Thơ khóa X, nhiệm kỳ 2021 - 2026 bế mạc kỳ họp thứ 14, kỳ họp chuyên đề, sau một ngày làm việc.

Tại kỳ họp, đại biểu Trương Thị Kim Loan, Phó Trưởng Ban Pháp chế HĐND thành phố phát biểu thảo luận về dự thảo nghị quyết quy định mức chi bảo đảm công tác cải cách hành chính.

Đồng chí Lữ Văn Tài, Phó Chủ tịch UBND thành phố giải trình, tiếp thu ý kiến đại biểu.

Phát biểu bế mạc kỳ họp, đồng chí Tô Minh Đức, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch HĐND thành phố đề nghị UBND thành phố khẩn trương triển khai các nghị quyết vừa được thông qua.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND thành phố Cần Thơ', ordinal: 14, term: 'X', termYears: '2021-2026', date: '2024-04-25' }],
      people: [
        {
          name: 'Trương Thị Kim Loan',
          positions: [
            { title: 'Đại biểu', organization: 'HĐND thành phố Cần Thơ' },
            { title: 'Phó Trưởng ban', organization: 'Ban Pháp chế HĐND thành phố Cần Thơ' },
          ],
          roles: ['spoke'],
        },
        { name: 'Lữ Văn Tài', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thành phố Cần Thơ' }], roles: ['spoke'] },
        {
          name: 'Tô Minh Đức',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Thành ủy Cần Thơ' },
            { title: 'Chủ tịch', organization: 'HĐND thành phố Cần Thơ' },
          ],
          roles: ['concluded'],
        },
      ],
    },
  },
  {
    name: 'Lâm Đồng: HĐND tỉnh session with ĐBQH guest and a photo caption',
    place: 'Lâm Đồng',
    text: `Kỳ họp thứ 9 HĐND tỉnh Lâm Đồng khóa X: xem xét nhiều nghị quyết quan trọng
Ngày đăng 12/07/2023 | 11:20

Sáng ngày 11/7, tại thành phố Đà Lạt, HĐND tỉnh Lâm Đồng khóa X, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ 9.

Dự kỳ họp có đồng chí Phan Thị Mỹ Dung, Phó Trưởng đoàn ĐBQH tỉnh; đồng chí Đinh Văn Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.

Đồng chí Lương Thái Bình, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp và phát biểu khai mạc.

Đồng chí Lương Thái Bình phát biểu khai mạc kỳ họp. Ảnh: Văn Báu

Đồng chí Đinh Văn Tuấn trình bày báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2023.`,
    expect: {
      article: { published: '2023-07-12' },
      events: [{ kind: 'session', organizer: 'HĐND tỉnh Lâm Đồng', ordinal: 9, term: 'X', termYears: '2021-2026', date: '2023-07-11' }],
      people: [
        { name: 'Phan Thị Mỹ Dung', positions: [{ title: 'Phó Trưởng đoàn', organization: 'Đoàn ĐBQH tỉnh Lâm Đồng' }], roles: ['attended'] },
        {
          name: 'Đinh Văn Tuấn',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Lâm Đồng' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Lâm Đồng' },
          ],
          roles: ['attended', 'reported'],
        },
        {
          name: 'Lương Thái Bình',
          positions: [
            { title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Lâm Đồng' },
            { title: 'Chủ tịch', organization: 'HĐND tỉnh Lâm Đồng' },
          ],
          roles: ['chaired', 'opened'],
        },
      ],
      notPeople: ['Văn Báu'],
    },
  },
  {
    name: 'Hà Tĩnh: two events in one article, conference then session',
    place: 'Hà Tĩnh',
    text: `Thạch Hà: Hội nghị Huyện ủy và kỳ họp HĐND huyện cuối năm
Ngày đăng 21/12/2022 | 20:10

Sáng 20/12, Ban Chấp hành Đảng bộ huyện Thạch Hà khóa XXVI tổ chức Hội nghị lần thứ 14 tổng kết công tác năm 2022. Đồng chí Võ Thị Hồng Quế, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Nguyễn Công Toàn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện báo cáo kết quả phát triển kinh tế - xã hội năm 2022.

Chiều cùng ngày, HĐND huyện Thạch Hà khóa XX tổ chức Kỳ họp thứ 11. Đồng chí Đoàn Văn Hiệp, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ tọa kỳ họp. Tại kỳ họp, đồng chí Nguyễn Công Toàn trả lời chất vấn của đại biểu về tiến độ nâng cấp đê biển.`,
    expect: {
      events: [
        { kind: 'conference', organizer: 'Huyện ủy Thạch Hà', ordinal: 14, term: 'XXVI', date: '2022-12-20' },
        { kind: 'session', organizer: 'HĐND huyện Thạch Hà', ordinal: 11, term: 'XX', date: '2022-12-20' },
      ],
      people: [
        {
          name: 'Võ Thị Hồng Quế',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Hà Tĩnh' },
            { title: 'Bí thư', organization: 'Huyện ủy Thạch Hà' },
          ],
          roles: [{ role: 'chaired', event: 'e1' }],
        },
        {
          name: 'Nguyễn Công Toàn',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Thạch Hà' },
            { title: 'Chủ tịch', organization: 'UBND huyện Thạch Hà' },
          ],
          roles: [
            { role: 'reported', event: 'e1' },
            { role: 'spoke', event: 'e2' },
          ],
        },
        {
          name: 'Đoàn Văn Hiệp',
          positions: [
            { title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Thạch Hà' },
            { title: 'Chủ tịch', organization: 'HĐND huyện Thạch Hà' },
          ],
          roles: [{ role: 'chaired', event: 'e2' }],
        },
      ],
    },
  },
];
