// A second batch written without looking at the extractor, from places no other
// theme uses, with layouts and phrasings chosen to probe generalisation: category and
// "Lượt xem" lines above the headline, a dateline at the end of the headline line,
// bylines in capitals or after "Tin, ảnh:", photo captions, titles before names in a
// list, "các Phó Chủ tịch UBND huyện: A, B", "ông A (Chủ tịch UBND xã X)", commune and
// ward bodies, an appointment, a retirement, former officials, two events in one
// article and a date given only in the headline.
import type { ExtractionCase } from './types.js';

export const blindBatch2Cases: ExtractionCase[] = [
  {
    name: 'Bát Xát: category and "Lượt xem" lines above the headline',
    place: 'Lào Cai',
    text: `Chính trị - Xây dựng Đảng
Ngày đăng 15/04/2024 | 08:12 | Lượt xem: 1204

Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ huyện Bát Xát khóa XXIV

Sáng 13/4, Ban Chấp hành Đảng bộ huyện Bát Xát khóa XXIV, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 20 để đánh giá tình hình quý I năm 2024.

Đồng chí Vàng Seo Lử, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Phạm Thị Nga, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện.

Đồng chí Lục Văn Khoa, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện trình bày báo cáo kết quả phát triển kinh tế - xã hội quý I.`,
    expect: {
      article: { title: 'Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ huyện Bát Xát khóa XXIV', published: '2024-04-15' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Bát Xát', ordinal: 20, term: 'XXIV', termYears: '2020-2025', date: '2024-04-13' }],
      people: [
        {
          name: 'Vàng Seo Lử',
          positions: [{ title: 'Ủy viên', organization: 'Tỉnh ủy Lào Cai' }, { title: 'Bí thư', organization: 'Huyện ủy Bát Xát' }],
          roles: ['chaired'],
        },
        {
          name: 'Phạm Thị Nga',
          positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Bát Xát' }, { title: 'Chủ tịch', organization: 'HĐND huyện Bát Xát' }],
          roles: ['attended'],
        },
        {
          name: 'Lục Văn Khoa',
          positions: [{ title: 'Phó Bí thư', organization: 'Huyện ủy Bát Xát' }, { title: 'Chủ tịch', organization: 'UBND huyện Bát Xát' }],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Tam Đường: dateline at the end of the headline, byline in capitals',
    place: 'Lai Châu',
    text: `Huyện ủy Tam Đường sơ kết công tác 9 tháng năm 2023 (15:30 18/10/2023)

Chiều 17/10, Huyện ủy Tam Đường tổ chức hội nghị sơ kết công tác lãnh đạo, chỉ đạo 9 tháng năm 2023.

Đồng chí Tẩn Văn Chò, Bí thư Huyện ủy chủ trì hội nghị. Tham dự có đồng chí Giàng A Tính, Ủy viên Ban Thường vụ Tỉnh ủy Lai Châu, Trưởng Ban Dân vận Tỉnh ủy.

Phát biểu chỉ đạo, đồng chí Giàng A Tính đề nghị huyện tập trung phát triển cây chè. Đồng chí Tẩn Văn Chò phát biểu kết luận hội nghị.

VĂN TÙNG`,
    expect: {
      article: { title: 'Huyện ủy Tam Đường sơ kết công tác 9 tháng năm 2023', published: '2023-10-18' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Tam Đường', ordinal: null, date: '2023-10-17' }],
      people: [
        { name: 'Tẩn Văn Chò', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Tam Đường' }], roles: ['chaired', 'concluded'] },
        {
          name: 'Giàng A Tính',
          positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Lai Châu' }, { title: 'Trưởng ban', organization: 'Ban Dân vận Tỉnh ủy Lai Châu' }],
          roles: ['attended', 'directed'],
        },
      ],
      notPeople: ['VĂN TÙNG'],
    },
  },
  {
    name: 'Mường Chà: photo caption with credit, "Tin, ảnh:" byline',
    place: 'Điện Biên',
    text: `Hội nghị Ban Chấp hành Đảng bộ huyện Mường Chà lần thứ 15
Ngày đăng 28/02/2024 | 17:05

Ngày 27/2, Ban Chấp hành Đảng bộ huyện Mường Chà khóa XXII tổ chức Hội nghị lần thứ 15.

Đồng chí Lò Văn Pọm, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Vì Thị Hoa, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện báo cáo kết quả thực hiện nhiệm vụ tháng 2.

Đồng chí Lò Văn Pọm phát biểu tại hội nghị. Ảnh: Quàng Minh

Thảo luận tại hội nghị, đồng chí Mùa A Sử, Trưởng Ban Tổ chức Huyện ủy đề nghị rà soát quy hoạch cán bộ.

Tin, ảnh: Quàng Minh`,
    expect: {
      article: { author: 'Quàng Minh', published: '2024-02-28' },
      events: [{ kind: 'conference', organizer: 'Huyện ủy Mường Chà', ordinal: 15, term: 'XXII', termYears: null, date: '2024-02-27' }],
      people: [
        { name: 'Lò Văn Pọm', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Mường Chà' }], roles: ['chaired', 'spoke'] },
        {
          name: 'Vì Thị Hoa',
          positions: [{ title: 'Phó Bí thư', organization: 'Huyện ủy Mường Chà' }, { title: 'Chủ tịch', organization: 'UBND huyện Mường Chà' }],
          roles: ['reported'],
        },
        { name: 'Mùa A Sử', positions: [{ title: 'Trưởng ban', organization: 'Ban Tổ chức Huyện ủy Mường Chà' }], roles: ['spoke'] },
      ],
      notPeople: ['Quàng Minh'],
    },
  },
  {
    name: 'Ba Bể: participants listed title-first, separated by commas',
    place: 'Bắc Kạn',
    text: `Huyện ủy Ba Bể triển khai nhiệm vụ năm 2024
Ngày đăng 10/01/2024 | 14:00

Ngày 9/1, Huyện ủy Ba Bể tổ chức hội nghị triển khai nhiệm vụ năm 2024.

Dự hội nghị có Phó Bí thư Tỉnh ủy Hoàng Văn Lâm, Trưởng Ban Dân vận Tỉnh ủy Nông Thị Hạnh, Phó Chủ tịch UBND tỉnh Đinh Quang Vũ.

Bí thư Huyện ủy Ma Văn Chiến chủ trì hội nghị. Phó Bí thư Thường trực Huyện ủy Triệu Thị Lan trình bày báo cáo tổng kết công tác xây dựng Đảng năm 2023.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Ba Bể', ordinal: null, date: '2024-01-09' }],
      people: [
        { name: 'Hoàng Văn Lâm', positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Bắc Kạn' }], roles: ['attended'] },
        { name: 'Nông Thị Hạnh', positions: [{ title: 'Trưởng ban', organization: 'Ban Dân vận Tỉnh ủy Bắc Kạn' }], roles: ['attended'] },
        { name: 'Đinh Quang Vũ', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Bắc Kạn' }], roles: ['attended'] },
        { name: 'Ma Văn Chiến', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Ba Bể' }], roles: ['chaired'] },
        { name: 'Triệu Thị Lan', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Ba Bể' }], roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Trùng Khánh: "các Phó Chủ tịch UBND huyện: A, B", "ông A (Bí thư Đảng ủy xã X)"',
    place: 'Cao Bằng',
    text: `UBND huyện Trùng Khánh họp phiên thường kỳ tháng 5
Ngày đăng 31/05/2024 | 16:20

Chiều 30/5, UBND huyện Trùng Khánh tổ chức phiên họp thường kỳ tháng 5 năm 2024.

Đồng chí Nông Văn Tuấn, Chủ tịch UBND huyện chủ trì phiên họp. Tham dự có các Phó Chủ tịch UBND huyện: Lý Văn Hòa, Hoàng Thị Duyên.

Tại phiên họp, ông Bế Văn Sinh (Bí thư Đảng ủy xã Đình Phong) phát biểu đề xuất hỗ trợ sửa chữa đường liên xóm. Đồng chí Nông Văn Tuấn kết luận phiên họp.`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'UBND huyện Trùng Khánh', ordinal: null, date: '2024-05-30' }],
      people: [
        { name: 'Nông Văn Tuấn', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Trùng Khánh' }], roles: ['chaired', 'concluded'] },
        { name: 'Lý Văn Hòa', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Trùng Khánh' }], roles: ['attended'] },
        { name: 'Hoàng Thị Duyên', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Trùng Khánh' }], roles: ['attended'] },
        { name: 'Bế Văn Sinh', positions: [{ title: 'Bí thư', organization: 'Đảng ủy xã Đình Phong' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Thanh Tân: commune HĐND session, "ông A (Chủ tịch UBND xã)" answers questions',
    place: 'Thái Bình',
    text: `Kỳ họp thứ 12 HĐND xã Thanh Tân khóa XX
Ngày đăng 20/12/2023 | 09:45

Ngày 19/12, HĐND xã Thanh Tân, huyện Kiến Xương khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 12.

Bà Vũ Thị Thơm, Chủ tịch HĐND xã chủ trì kỳ họp. Về dự có đồng chí Đỗ Văn Hiếu, Phó Chủ tịch HĐND huyện Kiến Xương.

Đại biểu HĐND xã Trần Văn Lực chất vấn về tiến độ làm đường nội đồng. Ông Phạm Văn Tới (Chủ tịch UBND xã Thanh Tân) trả lời chất vấn và hứa hoàn thành trong quý I.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND xã Thanh Tân', ordinal: 12, term: 'XX', termYears: '2021-2026', date: '2023-12-19' }],
      people: [
        { name: 'Vũ Thị Thơm', positions: [{ title: 'Chủ tịch', organization: 'HĐND xã Thanh Tân' }], roles: ['chaired'] },
        { name: 'Đỗ Văn Hiếu', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND huyện Kiến Xương' }], roles: ['attended'] },
        { name: 'Trần Văn Lực', positions: [{ title: 'Đại biểu', organization: 'HĐND xã Thanh Tân' }], roles: ['spoke'] },
        { name: 'Phạm Văn Tới', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Thanh Tân' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Tây Thạnh: ward Party committee conference in a TP Hồ Chí Minh district',
    place: 'TP Hồ Chí Minh',
    text: `Đảng bộ phường Tây Thạnh tổ chức Hội nghị Ban Chấp hành lần thứ 30
Ngày đăng 08/07/2024 | 11:10

Sáng 6/7, Ban Chấp hành Đảng bộ phường Tây Thạnh, quận Tân Phú, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 30 sơ kết 6 tháng đầu năm.

Đồng chí Lê Thị Kim Oanh, Bí thư Đảng ủy phường chủ trì hội nghị. Dự hội nghị có đồng chí Trương Minh Đức, Ủy viên Ban Thường vụ Quận ủy Tân Phú, Trưởng Ban Tuyên giáo Quận ủy.

Đồng chí Huỳnh Văn Tâm, Phó Bí thư Đảng ủy, Chủ tịch UBND phường báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Đảng ủy phường Tây Thạnh', ordinal: 30, term: null, termYears: '2020-2025', date: '2024-07-06' }],
      people: [
        { name: 'Lê Thị Kim Oanh', positions: [{ title: 'Bí thư', organization: 'Đảng ủy phường Tây Thạnh' }], roles: ['chaired'] },
        {
          name: 'Trương Minh Đức',
          positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Quận ủy Tân Phú' }, { title: 'Trưởng ban', organization: 'Ban Tuyên giáo Quận ủy Tân Phú' }],
          roles: ['attended'],
        },
        {
          name: 'Huỳnh Văn Tâm',
          positions: [{ title: 'Phó Bí thư', organization: 'Đảng ủy phường Tây Thạnh' }, { title: 'Chủ tịch', organization: 'UBND phường Tây Thạnh' }],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Sóc Sơn: district Party congress, Bí thư Thành ủy attends',
    place: 'Hà Nội',
    text: `Khai mạc Đại hội đại biểu Đảng bộ huyện Sóc Sơn lần thứ XXVI
Ngày đăng 18/06/2025 | 10:00

Sáng 17/6, Đại hội đại biểu Đảng bộ huyện Sóc Sơn lần thứ XXVI, nhiệm kỳ 2025 - 2030 khai mạc phiên chính thức.

Về dự đại hội có đồng chí Đoàn Minh Khải, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội; đồng chí Cao Thị Nhung, Phó Chủ tịch UBND thành phố.

Đồng chí Ngô Quang Bình, Thành ủy viên, Bí thư Huyện ủy Sóc Sơn phát biểu khai mạc đại hội. Đồng chí Lưu Văn Thọ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện trình bày báo cáo chính trị.

Phát biểu chỉ đạo đại hội, đồng chí Đoàn Minh Khải đề nghị Sóc Sơn phát triển thành đô thị sân bay.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ huyện Sóc Sơn', ordinal: 26, term: 'XXVI', termYears: '2025-2030', date: '2025-06-17' }],
      people: [
        {
          name: 'Đoàn Minh Khải',
          positions: [{ title: 'Ủy viên', organization: 'Bộ Chính trị' }, { title: 'Bí thư', organization: 'Thành ủy Hà Nội' }],
          roles: ['attended', 'directed'],
        },
        { name: 'Cao Thị Nhung', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thành phố Hà Nội' }], roles: ['attended'] },
        {
          name: 'Ngô Quang Bình',
          positions: [{ title: 'Ủy viên', organization: 'Thành ủy Hà Nội' }, { title: 'Bí thư', organization: 'Huyện ủy Sóc Sơn' }],
          roles: ['opened'],
        },
        {
          name: 'Lưu Văn Thọ',
          positions: [{ title: 'Phó Bí thư', organization: 'Huyện ủy Sóc Sơn' }, { title: 'Chủ tịch', organization: 'UBND huyện Sóc Sơn' }],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Quảng Ngãi: appointment ceremony, "trao quyết định bổ nhiệm ông X giữ chức Phó Giám đốc Sở"',
    place: 'Quảng Ngãi',
    text: `Bổ nhiệm Phó Giám đốc Sở Tài chính
Ngày đăng 13/08/2024 | 15:25

Chiều 12/8, UBND tỉnh Quảng Ngãi tổ chức lễ công bố và trao quyết định bổ nhiệm ông Trần Văn Khải giữ chức Phó Giám đốc Sở Tài chính.

Ông Võ Thanh Liêm, Phó Chủ tịch UBND tỉnh chủ trì buổi lễ và trao quyết định. Dự buổi lễ có bà Đặng Thị Hồng Vân, Giám đốc Sở Tài chính.

Phát biểu nhận nhiệm vụ, ông Trần Văn Khải hứa cùng tập thể lãnh đạo Sở hoàn thành tốt nhiệm vụ được giao.`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'UBND tỉnh Quảng Ngãi', ordinal: null, date: '2024-08-12' }],
      people: [
        { name: 'Trần Văn Khải', positions: [{ title: 'Phó Giám đốc', organization: 'Sở Tài chính tỉnh Quảng Ngãi' }], roles: ['spoke'] },
        { name: 'Võ Thanh Liêm', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Quảng Ngãi' }], roles: ['chaired', 'spoke'] },
        { name: 'Đặng Thị Hồng Vân', positions: [{ title: 'Giám đốc', organization: 'Sở Tài chính tỉnh Quảng Ngãi' }], roles: ['attended'] },
      ],
    },
  },
  {
    name: 'Tuy Phước: "thôi giữ chức ... để nghỉ hưu" and a successor "giữ chức"',
    place: 'Bình Định',
    text: `Huyện ủy Tuy Phước công bố quyết định về công tác cán bộ
Ngày đăng 02/10/2024 | 10:40

Sáng 1/10, Huyện ủy Tuy Phước tổ chức hội nghị công bố quyết định về công tác cán bộ.

Đồng chí Nguyễn Văn Dũng, Bí thư Huyện ủy chủ trì hội nghị và trao quyết định. Theo đó, ông Lê Văn Phúc thôi giữ chức Trưởng Ban Tổ chức Huyện ủy để nghỉ hưu theo chế độ; bà Đặng Thị Thu Trang, Huyện ủy viên, được phân công giữ chức Trưởng Ban Tổ chức Huyện ủy.

Phát biểu tại hội nghị, ông Lê Văn Phúc cảm ơn sự quan tâm của Ban Thường vụ trong thời gian công tác.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Tuy Phước', ordinal: null, date: '2024-10-01' }],
      people: [
        { name: 'Nguyễn Văn Dũng', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Tuy Phước' }], roles: ['chaired', 'spoke'] },
        { name: 'Lê Văn Phúc', positions: [{ title: 'Trưởng ban', organization: 'Ban Tổ chức Huyện ủy Tuy Phước', former: true }], roles: ['spoke'] },
        {
          name: 'Đặng Thị Thu Trang',
          positions: [{ title: 'Ủy viên', organization: 'Huyện ủy Tuy Phước' }, { title: 'Trưởng ban', organization: 'Ban Tổ chức Huyện ủy Tuy Phước' }],
          roles: [],
        },
      ],
    },
  },
  {
    name: 'Chư Păh: former officials "nguyên Chủ tịch UBND tỉnh", "nguyên Bí thư Huyện ủy"',
    place: 'Gia Lai',
    text: `Huyện ủy Chư Păh gặp mặt cán bộ lão thành
Ngày đăng 04/02/2024 | 08:30

Ngày 3/2, Huyện ủy Chư Păh tổ chức buổi gặp mặt các đồng chí nguyên lãnh đạo huyện qua các thời kỳ nhân dịp Tết Giáp Thìn.

Đồng chí Rơ Châm Long, Bí thư Huyện ủy chủ trì buổi gặp mặt. Tham dự có ông Ksor Hơn, nguyên Chủ tịch UBND tỉnh Gia Lai; ông Nguyễn Đình Quang, nguyên Bí thư Huyện ủy Chư Păh.

Phát biểu tại buổi gặp mặt, ông Ksor Hơn mong huyện tiếp tục chăm lo đời sống đồng bào các dân tộc.`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'Huyện ủy Chư Păh', ordinal: null, date: '2024-02-03' }],
      people: [
        { name: 'Rơ Châm Long', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Chư Păh' }], roles: ['chaired'] },
        { name: 'Ksor Hơn', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Gia Lai', former: true }], roles: ['attended', 'spoke'] },
        { name: 'Nguyễn Đình Quang', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Chư Păh', former: true }], roles: ['attended'] },
      ],
    },
  },
  {
    name: 'Gò Dầu: a conference, then "Cùng ngày, ... tổ chức kỳ họp thứ N"',
    place: 'Tây Ninh',
    text: `Gò Dầu: Hội nghị Ban Chấp hành Đảng bộ huyện và kỳ họp HĐND huyện
Ngày đăng 11/07/2024 | 07:50

Sáng 10/7, Ban Chấp hành Đảng bộ huyện Gò Dầu khóa XI, nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 24. Đồng chí Trần Quốc Hưng, Bí thư Huyện ủy chủ trì hội nghị.

Cùng ngày, HĐND huyện Gò Dầu khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 14. Đồng chí Phan Thị Mỹ Lệ, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì kỳ họp.

Tại kỳ họp, ông Võ Minh Trí, Phó Chủ tịch UBND huyện trình bày báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm.`,
    expect: {
      events: [
        { id: 'e1', kind: 'conference', organizer: 'Huyện ủy Gò Dầu', ordinal: 24, term: 'XI', termYears: '2020-2025', date: '2024-07-10' },
        { id: 'e2', kind: 'session', organizer: 'HĐND huyện Gò Dầu', ordinal: 14, term: 'XII', termYears: '2021-2026', date: '2024-07-10' },
      ],
      people: [
        { name: 'Trần Quốc Hưng', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Gò Dầu' }], roles: [{ role: 'chaired', event: 'e1' }] },
        {
          name: 'Phan Thị Mỹ Lệ',
          positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Huyện ủy Gò Dầu' }, { title: 'Chủ tịch', organization: 'HĐND huyện Gò Dầu' }],
          roles: [{ role: 'chaired', event: 'e2' }],
        },
        { name: 'Võ Minh Trí', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Gò Dầu' }], roles: [{ role: 'reported', event: 'e2' }] },
      ],
    },
  },
  {
    name: 'Giồng Trôm: date only in the headline ("Ngày 5/3/2024"), no dateline line',
    place: 'Bến Tre',
    text: `Ngày 5/3/2024, Huyện ủy Giồng Trôm tổ chức Hội nghị lần thứ 19 Ban Chấp hành Đảng bộ huyện

Hội nghị Ban Chấp hành Đảng bộ huyện Giồng Trôm khóa XII, nhiệm kỳ 2020 - 2025 đánh giá công tác lãnh đạo 2 tháng đầu năm và bàn nhiệm vụ trọng tâm quý II.

Đồng chí Huỳnh Thanh Bình, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Đồng chí Lê Thị Bích Tuyền, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch Thường trực UBND huyện báo cáo tình hình kinh tế - xã hội.

Phát biểu kết luận, đồng chí Huỳnh Thanh Bình yêu cầu các xã chủ động phòng chống hạn mặn.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Huyện ủy Giồng Trôm', ordinal: 19, term: 'XII', termYears: '2020-2025', date: '2024-03-05' }],
      people: [
        {
          name: 'Huỳnh Thanh Bình',
          positions: [{ title: 'Ủy viên', organization: 'Tỉnh ủy Bến Tre' }, { title: 'Bí thư', organization: 'Huyện ủy Giồng Trôm' }],
          roles: ['chaired', 'concluded'],
        },
        {
          name: 'Lê Thị Bích Tuyền',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Huyện ủy Giồng Trôm' },
            { title: 'Phó Chủ tịch Thường trực', organization: 'UBND huyện Giồng Trôm' },
          ],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Hòa Vang: district HĐND session with questions and an explanation',
    place: 'Đà Nẵng',
    text: `Kỳ họp thứ 18 HĐND huyện Hòa Vang khóa XII
Ngày đăng 06/12/2023 | 18:15

Ngày 6/12, HĐND huyện Hòa Vang khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 18.

Ông Phạm Đức Thành, Chủ tịch HĐND huyện chủ trì kỳ họp. Dự kỳ họp có bà Lương Thị Quỳnh, Phó Chủ tịch HĐND thành phố Đà Nẵng.

Đại biểu HĐND huyện Nguyễn Thị Lệ chất vấn về tình trạng ngập úng tại xã Hòa Phước. Ông Đoàn Văn Khánh, Phó Chủ tịch UBND huyện giải trình và nêu giải pháp nạo vét kênh mương.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND huyện Hòa Vang', ordinal: 18, term: 'XII', termYears: '2021-2026', date: '2023-12-06' }],
      people: [
        { name: 'Phạm Đức Thành', positions: [{ title: 'Chủ tịch', organization: 'HĐND huyện Hòa Vang' }], roles: ['chaired'] },
        { name: 'Lương Thị Quỳnh', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND thành phố Đà Nẵng' }], roles: ['attended'] },
        { name: 'Nguyễn Thị Lệ', positions: [{ title: 'Đại biểu', organization: 'HĐND huyện Hòa Vang' }], roles: ['spoke'] },
        { name: 'Đoàn Văn Khánh', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Hòa Vang' }], roles: ['spoke'] },
      ],
    },
  },
];
