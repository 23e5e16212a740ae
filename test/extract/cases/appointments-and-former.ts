// Appointments, transfers, retirements, elections at a council session and
// discipline: which titles are current and which are former (nguyên, từng là,
// thôi giữ chức, điều động from, nghỉ hưu, miễn nhiệm).
import type { ExtractionCase } from './types.js';

export const appointmentCases: ExtractionCase[] = [
  {
    name: 'Đức Trọng: decision ceremony, transfer and retirement',
    place: 'Lâm Đồng',
    text: `Công bố quyết định về công tác cán bộ tại huyện Đức Trọng
Ngày đăng 02/03/2024 | 09:40

Chiều 1/3, Ban Thường vụ Tỉnh ủy Lâm Đồng tổ chức lễ công bố quyết định về công tác cán bộ tại huyện Đức Trọng.

Dự và trao quyết định có đồng chí Trần Thị Thu Hà, Phó Bí thư Thường trực Tỉnh ủy Lâm Đồng.

Theo quyết định, đồng chí Đặng Trí Dũng, Phó Chủ tịch UBND huyện Lâm Hà được điều động, chỉ định giữ chức Bí thư Huyện ủy Đức Trọng nhiệm kỳ 2020 - 2025. Đồng chí Phạm Văn Khương thôi giữ chức Bí thư Huyện ủy Đức Trọng để nghỉ hưu theo chế độ.

Phát biểu chỉ đạo, đồng chí Trần Thị Thu Hà đề nghị tân Bí thư Huyện ủy nhanh chóng nắm bắt tình hình địa phương. Phát biểu nhận nhiệm vụ, đồng chí Đặng Trí Dũng cảm ơn sự tin tưởng của Ban Thường vụ Tỉnh ủy.`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'Ban Thường vụ Tỉnh ủy Lâm Đồng', ordinal: null, date: '2024-03-01' }],
      people: [
        // "Dự và trao quyết định có …": handing over the decision is an intervention (spoke).
        { name: 'Trần Thị Thu Hà', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Lâm Đồng' }], roles: ['attended', 'directed', 'spoke'] },
        {
          name: 'Đặng Trí Dũng',
          // Transferred away from the Lâm Hà post (former); appointed to the new one (current).
          positions: [
            { title: 'Phó Chủ tịch', organization: 'UBND huyện Lâm Hà', former: true },
            { title: 'Bí thư', organization: 'Huyện ủy Đức Trọng' },
          ],
          roles: ['spoke'],
        },
        { name: 'Phạm Văn Khương', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Đức Trọng', former: true }], roles: [] },
      ],
    },
  },
  {
    name: 'Hà Tĩnh: HĐND session elects and dismisses UBND vice-chairmen',
    place: 'Hà Tĩnh',
    text: `HĐND tỉnh Hà Tĩnh bầu bổ sung Phó Chủ tịch UBND tỉnh
Ngày đăng 15/05/2023 | 16:00

Chiều 15/5, HĐND tỉnh Hà Tĩnh khóa XVIII, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ 13 (kỳ họp chuyên đề) để kiện toàn nhân sự.

Đồng chí Nguyễn Trung Hiếu, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp.

Kỳ họp đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Đặng Ngọc Tường do nghỉ hưu theo chế độ. Với 100% đại biểu có mặt tán thành, ông Lê Ngọc Chương, Giám đốc Sở Tài chính được bầu giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026.

Phát biểu nhận nhiệm vụ, tân Phó Chủ tịch UBND tỉnh Lê Ngọc Chương cam kết cùng tập thể UBND tỉnh hoàn thành các mục tiêu đã đề ra.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND tỉnh Hà Tĩnh', ordinal: 13, term: 'XVIII', termYears: '2021-2026', date: '2023-05-15' }],
      people: [
        {
          name: 'Nguyễn Trung Hiếu',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy Hà Tĩnh' },
            { title: 'Chủ tịch', organization: 'HĐND tỉnh Hà Tĩnh' },
          ],
          roles: ['chaired'],
        },
        { name: 'Đặng Ngọc Tường', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Hà Tĩnh', former: true }], roles: [] },
        {
          name: 'Lê Ngọc Chương',
          // Elected away from the department: the article still gives the Sở post without marking it former.
          positions: [
            { title: 'Giám đốc', organization: 'Sở Tài chính tỉnh Hà Tĩnh' },
            { title: 'Phó Chủ tịch', organization: 'UBND tỉnh Hà Tĩnh' },
          ],
          roles: ['spoke'],
        },
      ],
    },
  },
  {
    name: 'Lệ Thủy: former leaders at a gathering, nguyên and từng là',
    place: 'Quảng Bình',
    text: `Lệ Thủy: gặp mặt cán bộ lãnh đạo chủ chốt qua các thời kỳ
Ngày đăng 03/02/2024 | 07:30

Ngày 2/2/2024, Huyện ủy Lệ Thủy tổ chức buổi gặp mặt các đồng chí cán bộ lãnh đạo chủ chốt qua các thời kỳ nhân kỷ niệm 94 năm Ngày thành lập Đảng.

Dự buổi gặp mặt có các đồng chí: Hoàng Đăng Khoa, nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy Quảng Bình; Phan Thị Mến, nguyên Phó Chủ tịch UBND tỉnh; Dương Văn Tường, từng là Bí thư Huyện ủy Lệ Thủy giai đoạn 2005 - 2010.

Đồng chí Ngô Quang Tuấn, Tỉnh ủy viên, Bí thư Huyện ủy Lệ Thủy chủ trì buổi gặp mặt. Phát biểu tại buổi gặp mặt, đồng chí Hoàng Đăng Khoa mong muốn lớp cán bộ trẻ tiếp tục phát huy truyền thống quê hương.`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'Huyện ủy Lệ Thủy', ordinal: null, date: '2024-02-02' }],
      people: [
        {
          name: 'Hoàng Đăng Khoa',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng', former: true },
            { title: 'Bí thư', organization: 'Tỉnh ủy Quảng Bình', former: true },
          ],
          roles: ['attended', 'spoke'],
        },
        { name: 'Phan Thị Mến', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Quảng Bình', former: true }], roles: ['attended'] },
        { name: 'Dương Văn Tường', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Lệ Thủy', former: true }], roles: ['attended'] },
        {
          name: 'Ngô Quang Tuấn',
          positions: [
            { title: 'Ủy viên', organization: 'Tỉnh ủy Quảng Bình' },
            { title: 'Bí thư', organization: 'Huyện ủy Lệ Thủy' },
          ],
          roles: ['chaired'],
        },
      ],
    },
  },
  {
    name: 'Bình Định: discipline at a UBKT session, former department title',
    place: 'Bình Định',
    text: `Ủy ban Kiểm tra Tỉnh ủy Bình Định đề nghị kỷ luật nhiều đảng viên
Ngày đăng 09/11/2023 | 14:50

Ngày 8/11, Ủy ban Kiểm tra Tỉnh ủy Bình Định tổ chức Kỳ họp thứ 35. Đồng chí Lý Thanh Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì kỳ họp.

Kỳ họp quyết định thi hành kỷ luật bằng hình thức cảnh cáo đối với ông Trương Quang Hiển, nguyên Phó Giám đốc Sở Tài nguyên và Môi trường, do vi phạm trong công tác quản lý đất đai giai đoạn 2016 - 2020.

Kỳ họp cũng đề nghị Ban Thường vụ Tỉnh ủy xem xét kỷ luật ông Mai Xuân Thiện, Phó Chủ tịch UBND thành phố Quy Nhơn.`,
    expect: {
      events: [{ kind: 'session', organizer: 'Ủy ban Kiểm tra Tỉnh ủy Bình Định', ordinal: 35, term: null, date: '2023-11-08' }],
      people: [
        {
          name: 'Lý Thanh Hải',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Bình Định' },
            { title: 'Chủ nhiệm', organization: 'Ủy ban Kiểm tra Tỉnh ủy Bình Định' },
          ],
          roles: ['chaired'],
        },
        { name: 'Trương Quang Hiển', positions: [{ title: 'Phó Giám đốc', organization: 'Sở Tài nguyên và Môi trường tỉnh Bình Định', former: true }], roles: [] },
        { name: 'Mai Xuân Thiện', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thành phố Quy Nhơn' }], roles: [] },
      ],
    },
  },
  {
    name: 'Bắc Giang: appointment ceremony, ông/bà, bổ nhiệm giữ chức',
    place: 'Bắc Giang',
    text: `Trao quyết định bổ nhiệm Giám đốc Sở Giáo dục và Đào tạo
Ngày đăng 05/06/2024 | 10:10

Sáng 5/6, UBND tỉnh Bắc Giang tổ chức lễ trao quyết định về công tác cán bộ. Ông Trần Xuân Trà, Phó Chủ tịch Thường trực UBND tỉnh chủ trì buổi lễ và trao quyết định.

Theo quyết định, bà Kiều Thị Thu Hường, Phó Giám đốc Sở Giáo dục và Đào tạo được bổ nhiệm giữ chức Giám đốc Sở Giáo dục và Đào tạo tỉnh Bắc Giang. Ông Tạ Văn Đông, Giám đốc Sở Giáo dục và Đào tạo nghỉ hưu theo chế độ từ ngày 1/6/2024.

Phát biểu tại buổi lễ, bà Kiều Thị Thu Hường hứa sẽ cùng tập thể lãnh đạo Sở đoàn kết, hoàn thành tốt nhiệm vụ.`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'UBND tỉnh Bắc Giang', ordinal: null, date: '2024-06-05' }],
      people: [
        { name: 'Trần Xuân Trà', positions: [{ title: 'Phó Chủ tịch Thường trực', organization: 'UBND tỉnh Bắc Giang' }], roles: ['chaired', 'spoke'] },
        {
          name: 'Kiều Thị Thu Hường',
          // The contract marks a title former only on nguyên / từng là / thôi giữ chức (and, by the
          // same reading, nghỉ hưu, điều động, miễn nhiệm); a bare promotion leaves the old title as given.
          positions: [
            { title: 'Phó Giám đốc', organization: 'Sở Giáo dục và Đào tạo tỉnh Bắc Giang' },
            { title: 'Giám đốc', organization: 'Sở Giáo dục và Đào tạo tỉnh Bắc Giang' },
          ],
          roles: ['spoke'],
        },
        // Retires from the post: former.
        { name: 'Tạ Văn Đông', positions: [{ title: 'Giám đốc', organization: 'Sở Giáo dục và Đào tạo tỉnh Bắc Giang', former: true }], roles: [] },
      ],
    },
  },
  {
    name: 'Lục Ngạn: additional election at a Huyện ủy conference, được bầu',
    place: 'Bắc Giang',
    text: `Hội nghị Ban Chấp hành Đảng bộ huyện Lục Ngạn lần thứ 27
Ngày đăng 16/01/2024 | 15:20

Chiều 16/1, Ban Chấp hành Đảng bộ huyện Lục Ngạn khóa XXVI, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 27 để kiện toàn công tác cán bộ.

Đồng chí Hoàng Văn Kỳ, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy chủ trì hội nghị.

Với 100% số phiếu tán thành, đồng chí Lương Đức Toàn, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện được bầu giữ chức Phó Bí thư Huyện ủy khóa XXVI.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Lục Ngạn', ordinal: 27, term: 'XXVI', termYears: '2020-2025', date: '2024-01-16' }],
      people: [
        {
          name: 'Hoàng Văn Kỳ',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Bắc Giang' },
            { title: 'Bí thư', organization: 'Huyện ủy Lục Ngạn' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Lương Đức Toàn',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Huyện ủy Lục Ngạn' },
            { title: 'Phó Chủ tịch', organization: 'UBND huyện Lục Ngạn' },
            { title: 'Phó Bí thư', organization: 'Huyện ủy Lục Ngạn' },
          ],
          roles: [],
        },
      ],
    },
  },
];
