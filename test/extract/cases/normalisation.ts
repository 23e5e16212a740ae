// Text normalisation: NFD input, the older tone placement (khoá, uỷ, Hoà, Thuỷ),
// stray spaces around hyphens and commas, non-breaking spaces, CRLF line ends
// and an all-capitals headline. Output names and bodies are NFC with the tone
// mark on the first vowel of oa/oe/uy.
import type { ExtractionCase } from './types.js';

const haiHau = `Hội nghị Ban Chấp hành Đảng bộ huyện Hải Hậu lần thứ 23
Ngày đăng 30/06/2023 | 17:00

Sáng 30/6, Ban Chấp hành Đảng bộ huyện Hải Hậu khóa XXVI, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 23 sơ kết công tác 6 tháng đầu năm 2023.

Đồng chí Vũ Thị Thúy Hằng, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Trần Xuân Quỳnh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; đồng chí Đoàn Thị Hòa, Phó Chủ tịch HĐND huyện.

Đồng chí Trần Xuân Quỳnh báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm.`;

const ungHoa = `Hội nghị lần thứ 9 BCH Đảng bộ huyện Ứng Hoà khoá XXV
Ngày đăng 15/09/2021 | 10:00

Ngày 15/9, BCH Đảng bộ huyện Ứng Hoà khoá XXV, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 9.

Đồng chí Nguyễn Thị Thuỷ - Thành uỷ viên, Bí thư Huyện uỷ chủ trì hội nghị. Đồng chí Lê Văn Hoà - Phó Bí thư Thường trực Huyện uỷ, Chủ tịch HĐND huyện cùng dự.

Đồng chí Phùng Khắc Toàn - Uỷ viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện uỷ trình bày báo cáo sơ kết công tác tuyên giáo 9 tháng. Phát biểu kết luận, đồng chí Bí thư Huyện uỷ đề nghị triển khai quyết liệt công tác thu ngân sách.`;

export const normalisationCases: ExtractionCase[] = [
  {
    name: 'Hải Hậu: whole article in NFD',
    place: 'Nam Định',
    text: haiHau.normalize('NFD'),
    expect: {
      article: { published: '2023-06-30' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Hải Hậu', ordinal: 23, term: 'XXVI', termYears: '2020-2025', date: '2023-06-30' }],
      people: [
        {
          name: 'Vũ Thị Thúy Hằng',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Nam Định' },
            { title: 'Bí thư', organization: 'Huyện ủy Hải Hậu' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Trần Xuân Quỳnh',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Hải Hậu' },
            { title: 'Chủ tịch', organization: 'UBND huyện Hải Hậu' },
          ],
          roles: ['attended', 'reported'],
        },
        { name: 'Đoàn Thị Hòa', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND huyện Hải Hậu' }], roles: ['attended'] },
      ],
    },
  },
  {
    name: 'Ứng Hòa: old tone placement everywhere (Hoà, khoá, uỷ, Thuỷ)',
    place: 'Hà Nội',
    text: ungHoa,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Ứng Hòa', ordinal: 9, term: 'XXV', termYears: '2020-2025', date: '2021-09-15' }],
      people: [
        {
          name: 'Nguyễn Thị Thủy',
          positions: [
            { title: 'Ủy viên', organization: 'Thành ủy Hà Nội' },
            { title: 'Bí thư', organization: 'Huyện ủy Ứng Hòa' },
          ],
          roles: ['chaired', 'concluded'],
        },
        {
          name: 'Lê Văn Hòa',
          positions: [
            { title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Ứng Hòa' },
            { title: 'Chủ tịch', organization: 'HĐND huyện Ứng Hòa' },
          ],
          roles: ['attended'],
        },
        {
          name: 'Phùng Khắc Toàn',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Huyện ủy Ứng Hòa' },
            { title: 'Trưởng ban', organization: 'Ban Tuyên giáo Huyện ủy Ứng Hòa' },
          ],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Ứng Hòa again: NFD on top of the old tone placement, CRLF line ends',
    place: 'Hà Nội',
    text: ungHoa.replace(/\n/g, '\r\n').normalize('NFD'),
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Ứng Hòa', ordinal: 9, term: 'XXV', date: '2021-09-15' }],
      people: [
        { name: 'Nguyễn Thị Thủy', roles: ['chaired', 'concluded'] },
        { name: 'Lê Văn Hòa', roles: ['attended'] },
        { name: 'Phùng Khắc Toàn', roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Cẩm Khê: stray spaces around hyphens and commas, non-breaking spaces',
    place: 'Phú Thọ',
    text: `Cẩm Khê : Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20
Ngày đăng 22/03/2023 | 09:05

Sáng ngày 21/3,  Ban Chấp hành Đảng bộ huyện Cẩm Khê khóa XXIII , nhiệm kỳ 2020- 2025 tổ chức Hội nghị lần thứ 20 .

Đồng chí Phạm Quốc Toàn- Tỉnh ủy viên -Bí thư Huyện ủy chủ trì hội nghị.\u00a0Dự hội nghị có đồng chí Cù Thị Mai Hương -Phó Bí thư Huyện ủy ,Chủ tịch UBND huyện ; đồng chí Hà Đức Quế-\u00a0Phó Chủ tịch HĐND huyện.

Đồng chí  Cù Thị Mai Hương  trình bày báo cáo tình hình kinh tế- xã hội quý I năm 2023 .`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Cẩm Khê', ordinal: 20, term: 'XXIII', termYears: '2020-2025', date: '2023-03-21' }],
      people: [
        {
          name: 'Phạm Quốc Toàn',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Phú Thọ' },
            { title: 'Bí thư', organization: 'Huyện ủy Cẩm Khê' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Cù Thị Mai Hương',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Cẩm Khê' },
            { title: 'Chủ tịch', organization: 'UBND huyện Cẩm Khê' },
          ],
          roles: ['attended', 'reported'],
        },
        { name: 'Hà Đức Quế', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND huyện Cẩm Khê' }], roles: ['attended'] },
      ],
    },
  },
  {
    name: 'Bình Xuyên: all-capitals headline, old tone in names (Thuý, Hoà) while Quý keeps its mark',
    place: 'Vĩnh Phúc',
    text: `HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN BÌNH XUYÊN LẦN THỨ 19
Ngày đăng 12/10/2022 | 16:30

Ngày 12/10, Ban Chấp hành Đảng bộ huyện Bình Xuyên khoá XXV, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 19.

Đồng chí Đỗ Thị Thuý Nga, Tỉnh uỷ viên, Bí thư Huyện uỷ chủ trì hội nghị. Đồng chí Tạ Minh Quý, Phó Bí thư Huyện uỷ, Chủ tịch UBND huyện báo cáo tình hình kinh tế - xã hội 9 tháng. Đồng chí Ngô Đức Hoà, Chủ tịch Uỷ ban MTTQ Việt Nam huyện phát biểu tham luận.`,
    expect: {
      article: { title: 'HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN BÌNH XUYÊN LẦN THỨ 19', published: '2022-10-12' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Bình Xuyên', ordinal: 19, term: 'XXV', termYears: '2020-2025', date: '2022-10-12' }],
      people: [
        {
          name: 'Đỗ Thị Thúy Nga',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Vĩnh Phúc' },
            { title: 'Bí thư', organization: 'Huyện ủy Bình Xuyên' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Tạ Minh Quý',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Bình Xuyên' },
            { title: 'Chủ tịch', organization: 'UBND huyện Bình Xuyên' },
          ],
          roles: ['reported'],
        },
        { name: 'Ngô Đức Hòa', positions: [{ title: 'Chủ tịch', organization: 'Ủy ban MTTQ Việt Nam huyện Bình Xuyên' }], roles: ['spoke'] },
      ],
    },
  },
];
