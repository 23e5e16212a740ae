// Central bodies: Quốc hội and its provincial delegations, Chính phủ, Bộ Chính trị,
// Ban Chấp hành Trung ương Đảng, ministries; unnamed office-holders produce no person.
import type { ExtractionCase } from './types.js';

export const centralCases: ExtractionCase[] = [
  {
    name: 'Lục Nam: ĐBQH delegation meets voters, Trưởng đoàn and ĐBQH abbreviations',
    place: 'Bắc Giang',
    text: `Đoàn ĐBQH tỉnh Bắc Giang tiếp xúc cử tri huyện Lục Nam
Ngày đăng 09/10/2023 | 17:25

Chiều 9/10, Đoàn ĐBQH tỉnh Bắc Giang tổ chức buổi tiếp xúc cử tri huyện Lục Nam trước Kỳ họp thứ 6, Quốc hội khóa XV.

Tham dự có đồng chí Thân Văn Khoa, Ủy viên Trung ương Đảng, Trưởng đoàn ĐBQH tỉnh; đồng chí Hà Thị Lan, ĐBQH tỉnh Bắc Giang; đồng chí Giáp Văn Thụ, Phó Chủ tịch UBND huyện Lục Nam.

Tại buổi tiếp xúc, cử tri kiến nghị về giá vật tư nông nghiệp tăng cao. Thay mặt đoàn, đồng chí Thân Văn Khoa phát biểu tiếp thu, giải trình các ý kiến của cử tri. Đại biểu Quốc hội Hà Thị Lan phát biểu làm rõ thêm chính sách hỗ trợ nông dân.`,
    expect: {
      // The meeting is the delegation's; the Kỳ họp mentioned is a later event, not held here.
      events: [{ kind: 'meeting', organizer: 'Đoàn ĐBQH tỉnh Bắc Giang', ordinal: null, date: '2023-10-09' }],
      people: [
        {
          name: 'Thân Văn Khoa',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Trưởng đoàn', organization: 'Đoàn ĐBQH tỉnh Bắc Giang' },
          ],
          roles: ['attended', 'spoke'],
        },
        { name: 'Hà Thị Lan', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }], roles: ['attended', 'spoke'] },
        { name: 'Giáp Văn Thụ', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Lục Nam' }], roles: ['attended'] },
      ],
    },
  },
  {
    name: 'Quốc hội: question session, điều hành, chất vấn, trả lời chất vấn',
    place: 'Trung ương',
    text: `Quốc hội chất vấn Bộ trưởng Bộ Giao thông vận tải
Ngày đăng 05/06/2024 | 12:30

Sáng 5/6, tiếp tục Kỳ họp thứ 7, Quốc hội khóa XV tiến hành phiên chất vấn và trả lời chất vấn nhóm vấn đề thuộc lĩnh vực giao thông vận tải.

Phó Chủ tịch Quốc hội Đỗ Minh Phương điều hành phiên chất vấn.

Đại biểu Trần Thị Quỳnh Mai (Đoàn ĐBQH tỉnh Hà Nam) chất vấn về tiến độ các dự án đường cao tốc Bắc - Nam. Trả lời chất vấn, Bộ trưởng Bộ Giao thông vận tải Lại Văn Thành cho biết các dự án thành phần cơ bản bảo đảm tiến độ.`,
    expect: {
      events: [{ kind: 'session', organizer: 'Quốc hội', ordinal: 7, term: 'XV', date: '2024-06-05' }],
      people: [
        { name: 'Đỗ Minh Phương', positions: [{ title: 'Phó Chủ tịch', organization: 'Quốc hội' }], roles: ['chaired'] },
        // "(Đoàn ĐBQH tỉnh Hà Nam)" says which delegation she sits in; her title is Đại biểu Quốc hội.
        { name: 'Trần Thị Quỳnh Mai', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }], roles: ['spoke'] },
        { name: 'Lại Văn Thành', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Giao thông vận tải' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Sóc Trăng: government online conference, unnamed Thủ tướng is no person',
    place: 'Sóc Trăng',
    text: `Sóc Trăng dự hội nghị trực tuyến toàn quốc về giải ngân vốn đầu tư công
Ngày đăng 20/04/2024 | 13:00

Sáng 20/4, Thủ tướng Chính phủ chủ trì hội nghị trực tuyến toàn quốc với các bộ, ngành, địa phương về thúc đẩy giải ngân vốn đầu tư công năm 2024. Phó Thủ tướng Chính phủ Lưu Quang Hòa phát biểu đề nghị các địa phương tháo gỡ vướng mắc về mặt bằng.

Tại điểm cầu tỉnh Sóc Trăng, đồng chí Quách Văn Tiến, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì. Cùng dự có bà Thạch Thị Sà Rươl, Phó Chủ tịch UBND tỉnh, và ông Tăng Minh Hải, Giám đốc Sở Kế hoạch và Đầu tư.`,
    expect: {
      // "Thủ tướng Chính phủ chủ trì hội nghị trực tuyến toàn quốc": the Government holds it.
      events: [{ kind: 'conference', organizer: 'Chính phủ', ordinal: null, date: '2024-04-20' }],
      people: [
        { name: 'Lưu Quang Hòa', positions: [{ title: 'Phó Thủ tướng', organization: 'Chính phủ' }], roles: ['spoke'] },
        // Chairs the provincial end of the online conference.
        {
          name: 'Quách Văn Tiến',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Sóc Trăng' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Sóc Trăng' },
          ],
          roles: ['chaired'],
        },
        { name: 'Thạch Thị Sà Rươl', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Sóc Trăng' }], roles: ['attended'] },
        { name: 'Tăng Minh Hải', positions: [{ title: 'Giám đốc', organization: 'Sở Kế hoạch và Đầu tư tỉnh Sóc Trăng' }], roles: ['attended'] },
      ],
      notPeople: ['Thủ tướng Chính phủ'],
    },
  },
  {
    name: 'Năm Căn: minister and Politburo member on a working visit, Tổng Bí thư unnamed',
    place: 'Cà Mau',
    text: `Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn làm việc tại Cà Mau
Ngày đăng 27/03/2023 | 19:45

Ngày 27/3, đồng chí Hứa Minh Hoàng, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn chủ trì buổi làm việc với Tỉnh ủy, UBND tỉnh Cà Mau về phát triển nuôi tôm công nghệ cao tại huyện Năm Căn.

Tham dự buổi làm việc có đồng chí Trương Quốc Vĩ, Ủy viên Bộ Chính trị, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Kim Thanh Hùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Cà Mau; đồng chí Lư Văn Khải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.

Đồng chí Lư Văn Khải báo cáo tình hình nuôi trồng thủy sản của tỉnh. Phát biểu chỉ đạo, đồng chí Trương Quốc Vĩ đề nghị tỉnh phát huy vai trò của Mặt trận trong vận động nông dân liên kết sản xuất.

Kết luận buổi làm việc, Bộ trưởng Hứa Minh Hoàng cho biết Bộ sẽ phối hợp với tỉnh triển khai kết luận của Tổng Bí thư về phát triển kinh tế biển.`,
    expect: {
      events: [{ kind: 'meeting', ordinal: null, date: '2023-03-27' }],
      people: [
        {
          name: 'Hứa Minh Hoàng',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bộ trưởng', organization: 'Bộ Nông nghiệp và Phát triển nông thôn' },
          ],
          roles: ['chaired', 'concluded'],
        },
        {
          name: 'Trương Quốc Vĩ',
          positions: [
            { title: 'Ủy viên', organization: 'Bộ Chính trị' },
            { title: 'Chủ tịch', organization: 'Ủy ban Trung ương MTTQ Việt Nam' },
          ],
          roles: ['attended', 'directed'],
        },
        {
          name: 'Kim Thanh Hùng',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy Cà Mau' },
          ],
          roles: ['attended'],
        },
        {
          name: 'Lư Văn Khải',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Cà Mau' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Cà Mau' },
          ],
          roles: ['attended', 'reported'],
        },
      ],
      notPeople: ['Tổng Bí thư'],
    },
  },
];
