// Bylines, photo credits, photo captions and image markers: a byline is
// article.author and never a person; a caption that names an official is
// evidence like any sentence; an article may have no dateline at all.
import type { ExtractionCase } from './types.js';

export const bylineCases: ExtractionCase[] = [
  {
    name: 'Đông Hưng: captions with "Ảnh: Thu Trang", same name as the byline',
    place: 'Thái Bình',
    text: `Huyện ủy Đông Hưng sơ kết công tác quý III
Ngày đăng 07/10/2022 | 14:00

Sáng 6/10, Huyện ủy Đông Hưng tổ chức hội nghị sơ kết công tác quý III, triển khai nhiệm vụ quý IV năm 2022.

Đồng chí Đinh Quang Vũ, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Mai Thị Thanh Loan, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện báo cáo tình hình kinh tế - xã hội quý III.

Đồng chí Mai Thị Thanh Loan báo cáo tại hội nghị. Ảnh: Thu Trang

Phát biểu kết luận, đồng chí Đinh Quang Vũ đề nghị các xã tập trung thu hoạch lúa mùa, triển khai sản xuất vụ đông.

Đồng chí Đinh Quang Vũ phát biểu kết luận hội nghị. Ảnh: Thu Trang

Thu Trang`,
    expect: {
      article: { title: 'Huyện ủy Đông Hưng sơ kết công tác quý III', published: '2022-10-07', author: 'Thu Trang' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Đông Hưng', ordinal: null, date: '2022-10-06' }],
      people: [
        {
          name: 'Đinh Quang Vũ',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Thái Bình' },
            { title: 'Bí thư', organization: 'Huyện ủy Đông Hưng' },
          ],
          roles: ['chaired', 'concluded'],
        },
        {
          name: 'Mai Thị Thanh Loan',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Đông Hưng' },
            { title: 'Chủ tịch', organization: 'UBND huyện Đông Hưng' },
          ],
          roles: ['reported'],
        },
      ],
      notPeople: ['Thu Trang'],
    },
  },
  {
    name: 'Kinh Môn: "Tin, ảnh: Hoàng Long" byline and [Ảnh] markers',
    place: 'Hải Dương',
    text: `Đoàn công tác Tỉnh ủy làm việc với Thị ủy Kinh Môn
Ngày đăng 13/04/2023 | 08:45

Ngày 12/4, đồng chí Lê Văn Hiệu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Hải Dương chủ trì buổi làm việc của đoàn công tác Ban Thường vụ Tỉnh ủy với Thị ủy Kinh Môn.

[Ảnh]

Tham dự buổi làm việc có đồng chí Đồng Văn Khánh, Tỉnh ủy viên, Bí thư Thị ủy Kinh Môn; đồng chí Trịnh Thị Hồng Quyên, Phó Bí thư Thường trực Thị ủy.

[Ảnh]

Đồng chí Trịnh Thị Hồng Quyên báo cáo kết quả thực hiện Nghị quyết Đại hội Đảng bộ thị xã giữa nhiệm kỳ.

Tin, ảnh: Hoàng Long`,
    expect: {
      // The byline credits text and photos to one reporter: that name is the author.
      article: { published: '2023-04-13', author: 'Hoàng Long' },
      events: [{ kind: 'meeting', ordinal: null, date: '2023-04-12' }],
      people: [
        {
          name: 'Lê Văn Hiệu',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Hải Dương' },
            { title: 'Trưởng ban', organization: 'Ban Tổ chức Tỉnh ủy Hải Dương' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Đồng Văn Khánh',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Hải Dương' },
            { title: 'Bí thư', organization: 'Thị ủy Kinh Môn' },
          ],
          roles: ['attended'],
        },
        { name: 'Trịnh Thị Hồng Quyên', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Thị ủy Kinh Môn' }], roles: ['attended', 'reported'] },
      ],
      notPeople: ['Hoàng Long'],
    },
  },
  {
    name: 'Vĩnh Bảo: byline with affiliation, Thành ủy viên of Hải Phòng',
    place: 'Hải Phòng',
    text: `Huyện ủy Vĩnh Bảo: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 26
Ngày đăng 19/01/2024 | 16:15

Chiều 18/1, Ban Chấp hành Đảng bộ huyện Vĩnh Bảo khóa XXV, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 26.

Đồng chí Bùi Văn Thắng, Thành ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Nguyễn Thị Kim Oanh, Phó Bí thư Thường trực Huyện ủy.

Đồng chí Nguyễn Thị Kim Oanh trình bày báo cáo kết quả công tác xây dựng Đảng năm 2023.

Ngọc Lan - Trung tâm VH-TT&TT huyện Vĩnh Bảo`,
    expect: {
      article: { published: '2024-01-19', author: 'Ngọc Lan' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Vĩnh Bảo', ordinal: 26, term: 'XXV', termYears: '2020-2025', date: '2024-01-18' }],
      people: [
        {
          name: 'Bùi Văn Thắng',
          positions: [
            { title: 'Ủy viên', organization: 'Thành ủy Hải Phòng' },
            { title: 'Bí thư', organization: 'Huyện ủy Vĩnh Bảo' },
          ],
          roles: ['chaired'],
        },
        { name: 'Nguyễn Thị Kim Oanh', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Vĩnh Bảo' }], roles: ['attended', 'reported'] },
      ],
      notPeople: ['Ngọc Lan'],
    },
  },
  {
    name: 'Cao Lộc: no dateline, caption with title before name, three-syllable byline',
    place: 'Lạng Sơn',
    text: `Cao Lộc: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 22

Ngày 15/3/2024, Ban Chấp hành Đảng bộ huyện Cao Lộc khóa XXIII, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 22 đánh giá kết quả công tác quý I.

[Ảnh] Bí thư Huyện ủy Chu Văn Nghĩa (giữa) chủ trì hội nghị.

Đồng chí Chu Văn Nghĩa, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Lăng Thị Phương, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện báo cáo tình hình phát triển kinh tế - xã hội quý I năm 2024.

Lê Hoàng Yến`,
    expect: {
      article: { title: 'Cao Lộc: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 22', published: null, author: 'Lê Hoàng Yến' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Cao Lộc', ordinal: 22, term: 'XXIII', termYears: '2020-2025', date: '2024-03-15' }],
      people: [
        {
          name: 'Chu Văn Nghĩa',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Lạng Sơn' },
            { title: 'Bí thư', organization: 'Huyện ủy Cao Lộc' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Lăng Thị Phương',
          positions: [
            { title: 'Phó Bí thư', organization: 'Huyện ủy Cao Lộc' },
            { title: 'Chủ tịch', organization: 'UBND huyện Cao Lộc' },
          ],
          roles: ['reported'],
        },
      ],
      notPeople: ['Lê Hoàng Yến'],
    },
  },
  {
    name: 'Mỏ Cày Nam: a caption is the only place a speech is stated, byline Minh Anh',
    place: 'Bến Tre',
    text: `Mỏ Cày Nam sơ kết 6 tháng thực hiện nhiệm vụ chuyển đổi số
Ngày đăng 11/07/2024 | 10:30

Sáng 10/7, UBND huyện Mỏ Cày Nam, tỉnh Bến Tre tổ chức hội nghị sơ kết 6 tháng thực hiện nhiệm vụ chuyển đổi số. Ông Võ Văn Lũy, Chủ tịch UBND huyện chủ trì hội nghị. Tham dự có bà Nguyễn Thị Kim Xuyến, Phó Chủ tịch UBND huyện.

Quang cảnh hội nghị. Ảnh minh họa

Bà Nguyễn Thị Kim Xuyến, Phó Chủ tịch UBND huyện phát biểu tại hội nghị. Ảnh: Minh Anh

Minh Anh`,
    expect: {
      article: { author: 'Minh Anh', published: '2024-07-11' },
      events: [{ kind: 'conference', organizer: 'UBND huyện Mỏ Cày Nam', ordinal: null, date: '2024-07-10' }],
      people: [
        { name: 'Võ Văn Lũy', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Mỏ Cày Nam' }], roles: ['chaired'] },
        { name: 'Nguyễn Thị Kim Xuyến', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Mỏ Cày Nam' }], roles: ['attended', 'spoke'] },
      ],
      notPeople: ['Minh Anh'],
    },
  },
];
