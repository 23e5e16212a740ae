// Blind batch "post-reform news", written before reading how the extractor handles these
// phenomena of news published after the July 2025 reform: first congresses of wards,
// communes and special zones ("lần thứ I, nhiệm kỳ 2025 - 2030") under brand-new names and
// under old names reused; merged provinces' congresses and council sessions ("tỉnh Đắk
// Lắk sau sáp nhập", "tỉnh Gia Lai (mới)"); combined titles ("Phó Bí thư Thường trực Đảng
// ủy, Chủ tịch UBND xã", "Bí thư Đảng ủy, Chủ tịch HĐND đặc khu"); the bodies reorganised
// in 2025 (Đảng ủy UBND tỉnh, Đảng ủy Chính phủ, Đảng ủy Quốc hội, Đảng ủy Mặt trận Tổ
// quốc, các đoàn thể Trung ương, Ban Tuyên giáo và Dân vận, the merged ministries and
// departments, the Fatherland Front with the mass organisations under it, commune police,
// Trung tâm Phục vụ hành chính công xã); 2026 news (Đại hội XIV, Quốc hội khóa XVI,
// appointments in the new provinces); posts in units that ended with the reform ("nguyên
// Bí thư Huyện ủy X", "huyện X (cũ)"), never resolved to a current unit. Sentences and
// people are written for this test; unit names are those of the 2025 registry.
//
// First run, before any fix: 11 of 17 cases passed; facts 357 of 371 held. Wrong facts among
// the misses: "Phó Bí thư Tỉnh ủy, nguyên Bí thư Tỉnh ủy Đắk Nông" made the current post
// Đắk Nông's; "Giải trình ý kiến đại biểu, Bộ trưởng A" made the minister a deputy. Misses:
// names opening on a glued "H'" ("H'Yim Niê"); "Đại hội đại biểu toàn quốc lần thứ XIV" with
// no ordinal or term. Two failures were faults of the cases, corrected: a deputy addressed
// as "Đại biểu A, Phó Trưởng đoàn ĐBQH" at a sitting is a deputy of the National Assembly
// (the contract's reading of "Đại biểu" at a session); and a check that "UBND huyện Vũ Thư"
// is not "UBND xã Vũ Thư", which the scorer's name matching (levels left out) cannot tell
// apart (the title and body are checked by the case's positions).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Nam Nha Trang 2025: first congress of a ward with a brand-new name, Khánh Hòa after the merger, Đảng ủy UBND tỉnh',
    place: 'Khánh Hòa',
    text: `Đại hội đại biểu Đảng bộ phường Nam Nha Trang lần thứ I, nhiệm kỳ 2025 - 2030
Ngày đăng 26/07/2025 | 10:15

Sáng 26/7, Đảng bộ phường Nam Nha Trang, tỉnh Khánh Hòa long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên của phường được thành lập trên cơ sở sáp nhập các phường Phước Long, Vĩnh Trường và Phước Đồng.

Dự và chỉ đạo đại hội có đồng chí Trịnh Văn Hào, Phó Bí thư Tỉnh ủy, Bí thư Đảng ủy UBND tỉnh Khánh Hòa.

Đồng chí Đoàn Thị Mỹ Linh, Bí thư Đảng ủy, Chủ tịch HĐND phường Nam Nha Trang phát biểu khai mạc đại hội. Đồng chí Cao Văn Phát, Phó Bí thư Đảng ủy, Chủ tịch UBND phường trình bày báo cáo chính trị.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ phường Nam Nha Trang', ordinal: 1, termYears: '2025-2030', date: '2025-07-26' }],
      people: [
        {
          name: 'Trịnh Văn Hào',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Khánh Hòa' },
            { title: 'Bí thư', organization: 'Đảng ủy UBND tỉnh Khánh Hòa' },
          ],
          roles: ['attended', 'directed'],
        },
        {
          name: 'Đoàn Thị Mỹ Linh',
          positions: [
            { title: 'Bí thư', organization: 'Đảng ủy phường Nam Nha Trang' },
            { title: 'Chủ tịch', organization: 'HĐND phường Nam Nha Trang' },
          ],
          roles: ['opened'],
        },
        {
          name: 'Cao Văn Phát',
          positions: [
            { title: 'Phó Bí thư', organization: 'Đảng ủy phường Nam Nha Trang' },
            { title: 'Chủ tịch', organization: 'UBND phường Nam Nha Trang' },
          ],
          roles: ['reported'],
        },
      ],
      notPeople: ['Phước Long', 'Vĩnh Trường', 'Phước Đồng'],
    },
    eventCount: 1,
  },
  {
    name: 'Lâm Đồng 2025: first congress of a merged province, Ban Tuyên giáo và Dân vận, a former secretary of Đắk Nông',
    place: 'Lâm Đồng',
    text: `Khai mạc Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030
Ngày đăng 08/10/2025 | 08:45

Sáng 8/10, tại phường Xuân Hương - Đà Lạt, Đảng bộ tỉnh Lâm Đồng khai mạc Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030, đại hội đầu tiên sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.

Đồng chí Hà Quang Vinh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lâm Đồng phát biểu khai mạc đại hội. Đồng chí Lưu Văn Trung, Phó Bí thư Tỉnh ủy, nguyên Bí thư Tỉnh ủy Đắk Nông trình bày báo cáo chính trị.

Tham dự đại hội có bà Nguyễn Thị Thanh Thủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng và ông Mạc Văn Sáu, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ tỉnh Lâm Đồng', ordinal: 1, termYears: '2025-2030', date: '2025-10-08' }],
      people: [
        {
          name: 'Hà Quang Vinh',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy Lâm Đồng' },
          ],
          roles: ['opened'],
        },
        {
          name: 'Lưu Văn Trung',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Lâm Đồng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy Đắk Nông', former: true },
          ],
          roles: ['reported'],
        },
        { name: 'Nguyễn Thị Thanh Thủy', positions: [{ title: 'Trưởng ban', organization: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng' }], roles: ['attended'] },
        { name: 'Mạc Văn Sáu', positions: [{ title: 'Chủ tịch', organization: 'Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng' }], roles: ['attended'] },
      ],
      notPeople: ['Đắk Nông', 'Bình Thuận', 'Xuân Hương'],
    },
    eventCount: 1,
  },
  {
    name: 'Đắk Lắk 2025: a council session of the province "sau sáp nhập", merged departments answering',
    place: 'Đắk Lắk',
    text: `Kỳ họp thứ 9 HĐND tỉnh Đắk Lắk khóa X: tỉnh Đắk Lắk sau sáp nhập thông qua 25 nghị quyết
Ngày đăng 12/12/2025 | 17:30

Chiều 12/12, tại phường Buôn Ma Thuột, HĐND tỉnh Đắk Lắk khóa X, nhiệm kỳ 2021 - 2026 bế mạc kỳ họp thứ 9. Đây là kỳ họp thường lệ cuối năm đầu tiên của tỉnh Đắk Lắk sau sáp nhập với tỉnh Phú Yên.

Ông Huỳnh Thanh Bình, Chủ tịch HĐND tỉnh chủ trì kỳ họp. Bà H'Yim Niê, Giám đốc Sở Tài chính trình bày tờ trình về dự toán ngân sách năm 2026. Trả lời chất vấn của đại biểu, ông Phan Đình Lộc, Giám đốc Sở Xây dựng tỉnh Đắk Lắk cho biết sở đang rà soát các dự án chậm tiến độ.

Phát biểu bế mạc kỳ họp, ông Huỳnh Thanh Bình đề nghị UBND tỉnh khẩn trương triển khai các nghị quyết.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND tỉnh Đắk Lắk', ordinal: 9, term: 'X', termYears: '2021-2026', date: '2025-12-12' }],
      people: [
        { name: 'Huỳnh Thanh Bình', positions: [{ title: 'Chủ tịch', organization: 'HĐND tỉnh Đắk Lắk' }], roles: ['chaired', 'concluded'] },
        { name: "H'Yim Niê", positions: [{ title: 'Giám đốc', organization: 'Sở Tài chính tỉnh Đắk Lắk' }], roles: ['reported'] },
        { name: 'Phan Đình Lộc', positions: [{ title: 'Giám đốc', organization: 'Sở Xây dựng tỉnh Đắk Lắk' }], roles: ['spoke'] },
      ],
      notPeople: ['Phú Yên'],
    },
    eventCount: 1,
  },
  {
    name: 'Gia Lai 2025: a department head appointed in "tỉnh Gia Lai (mới)", his post in "tỉnh Bình Định (cũ)" former',
    place: 'Gia Lai',
    text: `Gia Lai công bố quyết định bổ nhiệm giám đốc sở
Ngày đăng 05/08/2025 | 14:00

Chiều 5/8, tại phường Pleiku, UBND tỉnh Gia Lai tổ chức lễ công bố quyết định về công tác cán bộ. Ông Trần Quốc Bảo, Chủ tịch UBND tỉnh Gia Lai trao quyết định.

Theo đó, ông Nguyễn Văn Khoa, nguyên Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định (cũ), được điều động, bổ nhiệm giữ chức Giám đốc Sở Nông nghiệp và Môi trường tỉnh Gia Lai (mới). Bà Rơ Châm H'Liên được bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ tỉnh Gia Lai.`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'UBND tỉnh Gia Lai', date: '2025-08-05' }],
      people: [
        { name: 'Trần Quốc Bảo', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Gia Lai' }], roles: ['spoke'] },
        {
          name: 'Nguyễn Văn Khoa',
          positions: [
            { title: 'Phó Giám đốc', organization: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định', former: true },
            { title: 'Giám đốc', organization: 'Sở Nông nghiệp và Môi trường tỉnh Gia Lai' },
          ],
          roles: [],
        },
        { name: "Rơ Châm H'Liên", positions: [{ title: 'Phó Giám đốc', organization: 'Sở Nội vụ tỉnh Gia Lai' }], roles: [] },
      ],
      notPeople: ['Pleiku', 'Bình Định'],
    },
    eventCount: 1,
  },
  {
    name: 'Bạch Long Vĩ 2025: first congress of a special zone of Hải Phòng, "Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND đặc khu"',
    place: 'Hải Phòng',
    text: `Đảng bộ đặc khu Bạch Long Vĩ tổ chức Đại hội lần thứ I
Ngày đăng 18/07/2025 | 16:20

Ngày 18/7, Đảng bộ đặc khu Bạch Long Vĩ, thành phố Hải Phòng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.

Đồng chí Đỗ Mạnh Hùng, Phó Bí thư Thành ủy Hải Phòng dự và phát biểu chỉ đạo đại hội. Đồng chí Vũ Quang Trung, Bí thư Đảng ủy đặc khu Bạch Long Vĩ chủ trì đại hội. Đồng chí Nguyễn Thị Loan, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND đặc khu trình bày báo cáo chính trị.

Đại hội đã bầu 15 đồng chí vào Ban Chấp hành Đảng bộ đặc khu khóa I.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ đặc khu Bạch Long Vĩ', ordinal: 1, term: 'I', termYears: '2025-2030', date: '2025-07-18' }],
      people: [
        { name: 'Đỗ Mạnh Hùng', positions: [{ title: 'Phó Bí thư', organization: 'Thành ủy Hải Phòng' }], roles: ['attended', 'directed'] },
        { name: 'Vũ Quang Trung', positions: [{ title: 'Bí thư', organization: 'Đảng ủy đặc khu Bạch Long Vĩ' }], roles: ['chaired'] },
        {
          name: 'Nguyễn Thị Loan',
          positions: [
            { title: 'Phó Bí thư Thường trực', organization: 'Đảng ủy đặc khu Bạch Long Vĩ' },
            { title: 'Chủ tịch', organization: 'HĐND đặc khu Bạch Long Vĩ' },
          ],
          roles: ['reported'],
        },
      ],
    },
    eventCount: 1,
  },
  {
    name: 'Ea Kar 2025: a commune public service centre opens on 1 July, commune police, Ê Đê names',
    place: 'Đắk Lắk',
    text: `Xã Ea Kar ra mắt Trung tâm Phục vụ hành chính công
Ngày đăng 02/07/2025 | 11:00

Sáng 1/7, UBND xã Ea Kar, tỉnh Đắk Lắk tổ chức lễ ra mắt Trung tâm Phục vụ hành chính công xã. Ông Lê Đình Tuấn, Phó Bí thư Thường trực Đảng ủy, Chủ tịch UBND xã Ea Kar chủ trì buổi lễ.

Bà H'Bla Êban, Phó Chủ tịch UBND xã, Giám đốc Trung tâm Phục vụ hành chính công xã Ea Kar báo cáo quy trình tiếp nhận hồ sơ. Thiếu tá Đinh Văn Cường, Trưởng Công an xã Ea Kar cho biết công an xã đã bố trí cán bộ hỗ trợ người dân làm thủ tục.`,
    expect: {
      events: [{ kind: 'meeting', organizer: 'UBND xã Ea Kar', date: '2025-07-01' }],
      people: [
        {
          name: 'Lê Đình Tuấn',
          positions: [
            { title: 'Phó Bí thư Thường trực', organization: 'Đảng ủy xã Ea Kar' },
            { title: 'Chủ tịch', organization: 'UBND xã Ea Kar' },
          ],
          roles: ['chaired'],
        },
        {
          name: "H'Bla Êban",
          positions: [
            { title: 'Phó Chủ tịch', organization: 'UBND xã Ea Kar' },
            { title: 'Giám đốc', organization: 'Trung tâm Phục vụ hành chính công xã Ea Kar' },
          ],
          roles: ['reported'],
        },
        { name: 'Đinh Văn Cường', positions: [{ title: 'Trưởng Công an', organization: 'Công an xã Ea Kar' }], roles: ['spoke'] },
      ],
    },
    eventCount: 1,
  },
  {
    name: 'Hà Nội 2026: the 14th Party Congress opens, "Tổng Bí thư Tô Lâm", a report of the outgoing committee referred to',
    place: 'Hà Nội',
    text: `Khai mạc trọng thể Đại hội đại biểu toàn quốc lần thứ XIV của Đảng
Ngày đăng 20/01/2026 | 10:30

Sáng 20/1, tại Trung tâm Hội nghị Quốc gia, Hà Nội, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng Cộng sản Việt Nam khai mạc trọng thể.

Tổng Bí thư Tô Lâm trình bày Báo cáo chính trị của Ban Chấp hành Trung ương Đảng khóa XIII tại đại hội.

Phát biểu tham luận tại đại hội, đồng chí Nguyễn Văn Phong, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An cho biết tỉnh đã hoàn thành sắp xếp bộ máy chính quyền địa phương hai cấp.`,
    expect: {
      events: [{ kind: 'congress', ordinal: 14, term: 'XIV', date: '2026-01-20' }],
      people: [
        { name: 'Tô Lâm', positions: [{ title: 'Tổng Bí thư', organization: 'Ban Chấp hành Trung ương Đảng' }], roles: ['reported'] },
        {
          name: 'Nguyễn Văn Phong',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy Nghệ An' },
          ],
          roles: ['spoke'],
        },
      ],
    },
    eventCount: 1,
  },
  {
    name: 'Quốc hội 2026: the first session of the 16th National Assembly, a merged ministry answering',
    place: 'Hà Nội',
    text: `Kỳ họp thứ nhất, Quốc hội khóa XVI: thảo luận về kế hoạch phát triển kinh tế - xã hội
Ngày đăng 14/04/2026 | 18:00

Chiều 14/4, tại Nhà Quốc hội, Quốc hội khóa XVI tiếp tục kỳ họp thứ nhất, thảo luận ở hội trường về kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030.

Đại biểu Mai Văn Hải (Đoàn ĐBQH tỉnh Thanh Hóa) đề nghị Chính phủ ưu tiên nguồn lực cho vùng miền núi. Đại biểu Thạch Thị Mỹ Hạnh, Phó Trưởng đoàn ĐBQH tỉnh Vĩnh Long cho rằng cần đầu tư hạ tầng giao thông vùng đồng bằng sông Cửu Long.

Giải trình ý kiến đại biểu, Bộ trưởng Bộ Tài chính Đặng Quốc Hưng cho biết Chính phủ sẽ bố trí vốn cho các dự án trọng điểm.`,
    expect: {
      events: [{ kind: 'session', organizer: 'Quốc hội', ordinal: 1, term: 'XVI', date: '2026-04-14' }],
      people: [
        { name: 'Mai Văn Hải', roles: ['spoke'] },
        {
          name: 'Thạch Thị Mỹ Hạnh',
          positions: [
            { title: 'Đại biểu', organization: 'Quốc hội' },
            { title: 'Phó Trưởng đoàn', organization: 'Đoàn ĐBQH tỉnh Vĩnh Long' },
          ],
          roles: ['spoke'],
        },
        { name: 'Đặng Quốc Hưng', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Tài chính' }], roles: ['spoke'] },
      ],
    },
    eventCount: 1,
  },
  {
    name: 'Bộ Nông nghiệp và Môi trường 2026: the merged ministries of 1 March 2025, an Ê Đê deputy minister',
    place: 'Hà Nội',
    text: `Bộ Nông nghiệp và Môi trường triển khai nhiệm vụ năm 2026
Ngày đăng 08/01/2026 | 15:45

Sáng 8/1, tại Hà Nội, Bộ Nông nghiệp và Môi trường tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Bộ trưởng Bộ Nông nghiệp và Môi trường Trịnh Minh Quang chủ trì hội nghị.

Dự hội nghị có ông Y Bhin Niê, Thứ trưởng Bộ Dân tộc và Tôn giáo, và bà Lê Thị Hòa, Thứ trưởng Bộ Khoa học và Công nghệ. Ông Phùng Đức Thịnh, Thứ trưởng Bộ Nông nghiệp và Môi trường trình bày báo cáo tổng kết.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Bộ Nông nghiệp và Môi trường', date: '2026-01-08' }],
      people: [
        { name: 'Trịnh Minh Quang', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Nông nghiệp và Môi trường' }], roles: ['chaired'] },
        { name: 'Y Bhin Niê', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Dân tộc và Tôn giáo' }], roles: ['attended'] },
        { name: 'Lê Thị Hòa', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Khoa học và Công nghệ' }], roles: ['attended'] },
        { name: 'Phùng Đức Thịnh', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Nông nghiệp và Môi trường' }], roles: ['reported'] },
      ],
    },
    eventCount: 1,
  },
  {
    name: 'Đà Nẵng 2025: congress of the Party organization of the city\'s UBND, a merged department',
    place: 'Đà Nẵng',
    text: `Đảng bộ UBND thành phố Đà Nẵng tổ chức Đại hội lần thứ I
Ngày đăng 22/08/2025 | 09:10

Sáng 22/8, tại phường Hải Châu, Đảng bộ UBND thành phố Đà Nẵng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.

Đồng chí Nguyễn Hữu Thắng, Bí thư Thành ủy Đà Nẵng dự và phát biểu chỉ đạo đại hội. Đồng chí Lê Trung Kiên, Phó Bí thư Thành ủy, Bí thư Đảng ủy UBND thành phố, Chủ tịch UBND thành phố Đà Nẵng phát biểu khai mạc. Bà Trần Thị Hồng Vân, Giám đốc Sở Nội vụ thành phố Đà Nẵng trình bày báo cáo chính trị.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ UBND thành phố Đà Nẵng', ordinal: 1, termYears: '2025-2030', date: '2025-08-22' }],
      people: [
        { name: 'Nguyễn Hữu Thắng', positions: [{ title: 'Bí thư', organization: 'Thành ủy Đà Nẵng' }], roles: ['attended', 'directed'] },
        {
          name: 'Lê Trung Kiên',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thành ủy Đà Nẵng' },
            { title: 'Bí thư', organization: 'Đảng ủy UBND thành phố Đà Nẵng' },
            { title: 'Chủ tịch', organization: 'UBND thành phố Đà Nẵng' },
          ],
          roles: ['opened'],
        },
        { name: 'Trần Thị Hồng Vân', positions: [{ title: 'Giám đốc', organization: 'Sở Nội vụ thành phố Đà Nẵng' }], roles: ['reported'] },
      ],
    },
    eventCount: 1,
  },
  {
    name: 'Kiến Xương 2025: a commune of Hưng Yên named after its old district, "nguyên … Huyện ủy", "huyện X (cũ)"',
    place: 'Hưng Yên',
    text: `Xã Kiến Xương tổng kết công tác năm 2025
Ngày đăng 26/12/2025 | 16:00

Chiều 26/12, Đảng ủy xã Kiến Xương, tỉnh Hưng Yên tổ chức hội nghị tổng kết công tác năm 2025. Ông Phạm Văn Đông, Bí thư Đảng ủy xã Kiến Xương, nguyên Phó Bí thư Huyện ủy Kiến Xương chủ trì hội nghị.

Dự hội nghị có ông Bùi Quang Hưng, nguyên Chủ tịch UBND huyện Vũ Thư (cũ). Bà Trần Thị Nhung, Phó Chủ tịch UBND xã Kiến Xương, nguyên Trưởng phòng Kinh tế huyện Kiến Xương (cũ), trình bày báo cáo.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Đảng ủy xã Kiến Xương', date: '2025-12-26' }],
      people: [
        {
          name: 'Phạm Văn Đông',
          positions: [
            { title: 'Bí thư', organization: 'Đảng ủy xã Kiến Xương' },
            { title: 'Phó Bí thư', organization: 'Huyện ủy Kiến Xương', former: true },
          ],
          roles: ['chaired'],
        },
        { name: 'Bùi Quang Hưng', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Vũ Thư', former: true }], roles: ['attended'] },
        {
          name: 'Trần Thị Nhung',
          positions: [
            { title: 'Phó Chủ tịch', organization: 'UBND xã Kiến Xương' },
            { title: 'Trưởng phòng', organization: ['Phòng Kinh tế huyện Kiến Xương', 'Phòng Kinh tế UBND huyện Kiến Xương'], former: true },
          ],
          roles: ['reported'],
        },
      ],
    },
    eventCount: 1,
  },
  {
    name: 'Cô Tô 2025: a session of a special zone\'s council, "Bí thư Đảng ủy, Chủ tịch HĐND đặc khu"',
    place: 'Quảng Ninh',
    text: `HĐND đặc khu Cô Tô tổ chức kỳ họp thứ ba
Ngày đăng 16/10/2025 | 10:40

Sáng 16/10, HĐND đặc khu Cô Tô, tỉnh Quảng Ninh khóa I, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ ba. Ông Nguyễn Văn Thiện, Bí thư Đảng ủy, Chủ tịch HĐND đặc khu Cô Tô chủ trì kỳ họp. Ông Đào Mạnh Toàn, Chủ tịch UBND đặc khu trình bày báo cáo tình hình kinh tế - xã hội 9 tháng.`,
    expect: {
      events: [{ kind: 'session', organizer: 'HĐND đặc khu Cô Tô', ordinal: 3, term: 'I', termYears: '2021-2026', date: '2025-10-16' }],
      people: [
        {
          name: 'Nguyễn Văn Thiện',
          positions: [
            { title: 'Bí thư', organization: 'Đảng ủy đặc khu Cô Tô' },
            { title: 'Chủ tịch', organization: 'HĐND đặc khu Cô Tô' },
          ],
          roles: ['chaired'],
        },
        { name: 'Đào Mạnh Toàn', positions: [{ title: 'Chủ tịch', organization: 'UBND đặc khu Cô Tô' }], roles: ['reported'] },
      ],
    },
    eventCount: 1,
  },
  {
    name: 'Vĩnh Long 2025: the Fatherland Front after its merger with the mass organisations, Khmer names',
    place: 'Vĩnh Long',
    text: `Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long triển khai nhiệm vụ sau hợp nhất
Ngày đăng 03/07/2025 | 09:00

Sáng 3/7, tại phường Trà Vinh, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị triển khai nhiệm vụ sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh. Ông Lữ Văn Hùng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long chủ trì hội nghị.

Bà Kim Thị Sa Ry, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Vĩnh Long báo cáo phương hướng hoạt động. Ông Thạch Sô Phal, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn Vĩnh Long phát biểu tại hội nghị.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long', date: '2025-07-03' }],
      people: [
        { name: 'Lữ Văn Hùng', positions: [{ title: 'Chủ tịch', organization: 'Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long' }], roles: ['chaired'] },
        {
          name: 'Kim Thị Sa Ry',
          positions: [
            { title: 'Phó Chủ tịch', organization: 'Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long' },
            { title: 'Chủ tịch', organization: 'Hội Liên hiệp Phụ nữ tỉnh Vĩnh Long' },
          ],
          roles: ['reported'],
        },
        {
          name: 'Thạch Sô Phal',
          positions: [
            { title: 'Phó Chủ tịch', organization: 'Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long' },
            { title: 'Bí thư', organization: 'Tỉnh đoàn Vĩnh Long' },
          ],
          roles: ['spoke'],
        },
      ],
      notPeople: ['Bến Tre', 'Trà Vinh'],
    },
    eventCount: 1,
  },
  {
    name: 'Đảng ủy Chính phủ 2026: studying the 14th Congress\'s resolution, the 2025 central Party committees',
    place: 'Hà Nội',
    text: `Đảng ủy Chính phủ quán triệt Nghị quyết Đại hội XIV
Ngày đăng 12/03/2026 | 11:20

Sáng 12/3, tại Hà Nội, Đảng ủy Chính phủ tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Đồng chí Hoàng Minh Châu, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Chính phủ, Thủ tướng Chính phủ chủ trì hội nghị.

Đồng chí Phan Thanh Bình, Phó Bí thư Thường trực Đảng ủy Chính phủ quán triệt nội dung cơ bản của Nghị quyết. Dự hội nghị có đồng chí Lê Thu Hà, Phó Bí thư Đảng ủy Quốc hội, và đồng chí Nông Văn Tư, Phó Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Đảng ủy Chính phủ', date: '2026-03-12' }],
      people: [
        {
          name: 'Hoàng Minh Châu',
          positions: [
            { title: 'Ủy viên', organization: 'Bộ Chính trị' },
            { title: 'Bí thư', organization: 'Đảng ủy Chính phủ' },
            { title: 'Thủ tướng', organization: 'Chính phủ' },
          ],
          roles: ['chaired'],
        },
        { name: 'Phan Thanh Bình', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Đảng ủy Chính phủ' }], roles: ['spoke'] },
        { name: 'Lê Thu Hà', positions: [{ title: 'Phó Bí thư', organization: 'Đảng ủy Quốc hội' }], roles: ['attended'] },
        { name: 'Nông Văn Tư', positions: [{ title: 'Phó Bí thư', organization: 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương' }], roles: ['attended'] },
      ],
    },
    eventCount: 1,
  },
  {
    name: 'Vị Thanh 2025: first congress of a ward that reuses a dissolved city\'s name, Cần Thơ after the merger',
    place: 'Cần Thơ',
    text: `Đại hội Đảng bộ phường Vị Thanh lần thứ I, nhiệm kỳ 2025 - 2030
Ngày đăng 29/07/2025 | 15:30

Ngày 29/7, Đảng bộ phường Vị Thanh, thành phố Cần Thơ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có ông Lâm Văn Mến, Phó Bí thư Thành ủy Cần Thơ, nguyên Bí thư Tỉnh ủy Sóc Trăng.

Ông Lê Hoàng Nghĩa, Bí thư Đảng ủy phường Vị Thanh, nguyên Bí thư Thành ủy Vị Thanh phát biểu khai mạc đại hội. Bà Trần Thị Xuân Mai, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường trình bày báo cáo chính trị. Đại hội đã bầu Ban Chấp hành Đảng bộ phường khóa I gồm 25 đồng chí.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ phường Vị Thanh', ordinal: 1, term: 'I', termYears: '2025-2030', date: '2025-07-29' }],
      people: [
        {
          name: 'Lâm Văn Mến',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thành ủy Cần Thơ' },
            { title: 'Bí thư', organization: 'Tỉnh ủy Sóc Trăng', former: true },
          ],
          roles: ['attended'],
        },
        {
          name: 'Lê Hoàng Nghĩa',
          positions: [
            { title: 'Bí thư', organization: 'Đảng ủy phường Vị Thanh' },
            { title: 'Bí thư', organization: 'Thành ủy Vị Thanh', former: true },
          ],
          roles: ['opened'],
        },
        {
          name: 'Trần Thị Xuân Mai',
          positions: [
            { title: 'Phó Bí thư Thường trực', organization: 'Đảng ủy phường Vị Thanh' },
            { title: 'Chủ tịch', organization: 'HĐND phường Vị Thanh' },
          ],
          roles: ['reported'],
        },
      ],
      notPeople: ['Sóc Trăng'],
    },
    eventCount: 1,
  },
  {
    name: 'Ninh Bình 2026: department heads appointed in a merged province ("điều động, bổ nhiệm ông A giữ chức")',
    place: 'Ninh Bình',
    text: `Ninh Bình điều động, bổ nhiệm nhiều cán bộ lãnh đạo sở
Ngày đăng 10/02/2026 | 17:05

Chiều 10/2, tại phường Hoa Lư, Ban Thường vụ Tỉnh ủy Ninh Bình tổ chức hội nghị công bố quyết định về công tác cán bộ. Đồng chí Đặng Minh Khôi, Phó Bí thư Thường trực Tỉnh ủy Ninh Bình trao quyết định và phát biểu giao nhiệm vụ.

Theo đó, Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm ông Vũ Đức Thuận giữ chức Giám đốc Sở Khoa học và Công nghệ tỉnh Ninh Bình; bổ nhiệm bà Tống Thị Hạnh giữ chức Phó Giám đốc Sở Tài chính.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Ban Thường vụ Tỉnh ủy Ninh Bình', date: '2026-02-10' }],
      people: [
        { name: 'Đặng Minh Khôi', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Ninh Bình' }], roles: ['spoke'] },
        { name: 'Vũ Đức Thuận', positions: [{ title: 'Giám đốc', organization: 'Sở Khoa học và Công nghệ tỉnh Ninh Bình' }], roles: [] },
        { name: 'Tống Thị Hạnh', positions: [{ title: 'Phó Giám đốc', organization: 'Sở Tài chính tỉnh Ninh Bình' }], roles: [] },
      ],
    },
    eventCount: 1,
  },
  {
    name: 'Trường Vinh 2025: first congress of a ward with a brand-new name in Nghệ An, a post of the dissolved city former',
    place: 'Nghệ An',
    text: `Đại hội đại biểu Đảng bộ phường Trường Vinh lần thứ I
Ngày đăng 31/07/2025 | 20:10

Sáng 30/7, Đảng bộ phường Trường Vinh, tỉnh Nghệ An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Phường Trường Vinh được thành lập trên cơ sở sáp nhập các phường Trường Thi, Vinh Tân, Trung Đô và Hưng Bình của thành phố Vinh (cũ).

Đồng chí Võ Hồng Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Nghệ An dự và phát biểu chỉ đạo đại hội. Đồng chí Phan Đức Thắng, Bí thư Đảng ủy phường Trường Vinh, nguyên Chủ tịch UBND thành phố Vinh chủ trì đại hội.`,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ phường Trường Vinh', ordinal: 1, termYears: '2025-2030', date: '2025-07-30' }],
      people: [
        {
          name: 'Võ Hồng Sơn',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Nghệ An' },
            { title: 'Trưởng ban', organization: 'Ban Tổ chức Tỉnh ủy Nghệ An' },
          ],
          roles: ['attended', 'directed'],
        },
        {
          name: 'Phan Đức Thắng',
          positions: [
            { title: 'Bí thư', organization: 'Đảng ủy phường Trường Vinh' },
            { title: 'Chủ tịch', organization: 'UBND thành phố Vinh', former: true },
          ],
          roles: ['chaired'],
        },
      ],
      notPeople: ['Trường Thi', 'Vinh Tân', 'Trung Đô', 'Hưng Bình'],
    },
    eventCount: 1,
  },
];

describeWrongFactBatch('post-reform news', CASES, 17);

describe('post-reform news: the causes fixed, in other sentences', () => {
  const text = `UBND tỉnh Quảng Ngãi triển khai nhiệm vụ
Ngày đăng 05/09/2025 | 10:00

Sáng 5/9, UBND tỉnh Quảng Ngãi tổ chức hội nghị triển khai nhiệm vụ. Ông Lê Văn Toàn, Phó Chủ tịch UBND tỉnh, nguyên Chủ tịch UBND tỉnh Kon Tum chủ trì hội nghị. Ông Giàng A Páo, Chủ tịch UBND xã Sơn Tây, cho biết đồng bào H'Mông Sơn Tây đã ổn định cuộc sống. Tiếp thu ý kiến của các đại biểu, Giám đốc Sở Xây dựng Phạm Văn Tâm cho biết sẽ sửa đổi quy hoạch. Bà H’Hoa Byă, Phó Giám đốc Sở Y tế, báo cáo tại hội nghị.`;
  const out = extractArticle(text, { id: 'post-reform-causes' });
  const positions = (name: string) => (out.people.find((p) => p.name === name)?.positions ?? []).map((q) => `${q.title} / ${q.organization}${q.former ? ' (former)' : ''}`);

  it('gives a current post the article\'s province, not that of a former post written after it', () => {
    expect(positions('Lê Văn Toàn')).toEqual(['Phó Chủ tịch / UBND tỉnh Quảng Ngãi', 'Chủ tịch / UBND tỉnh Kon Tum (former)']);
  });

  it('makes no one a delegate for answering "ý kiến của các đại biểu"', () => {
    expect(positions('Phạm Văn Tâm')).toEqual(['Giám đốc / Sở Xây dựng tỉnh Quảng Ngãi']);
  });

  it('reads a name opening on a glued H\' (typographic apostrophe too), never the people H\'Mông', () => {
    expect(positions('H’Hoa Byă')).toEqual(['Phó Giám đốc / Sở Y tế tỉnh Quảng Ngãi']);
    expect(out.people.map((p) => p.name).filter((n) => /mông/i.test(n))).toEqual([]);
  });
});

describe('post-reform news: a commune of the Central Highlands written with the other apostrophe', () => {
  it('finds the 2025 commune "Ea H’Leo" of the registry from the press\'s "Ea H\'leo"', () => {
    const text = `Đại hội đại biểu Đảng bộ xã Ea H'leo lần thứ I, nhiệm kỳ 2025 - 2030
Ngày đăng 14/08/2025 | 09:00

Sáng 14/8, Đảng bộ xã Ea H'leo, tỉnh Đắk Lắk tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Bà H'Nga Ayŭn, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trình bày báo cáo chính trị.`;
    const out = extractArticle(text, { id: 'ea-hleo' });
    expect([out.events[0]?.organizerUnit]).toEqual(['2025:24184']);
    const units = out.people.find((p) => p.name === "H'Nga Ayŭn")?.positions.map((q) => `${q.title} / ${q.unit}`);
    expect(units).toEqual(['Phó Bí thư / 2025:24184', 'Chủ tịch / 2025:24184']);
  });
});

describe('post-reform news: an article whose own commune the registry does not hold', () => {
  // "xã Hòa Bình" is no commune of Đồng Tháp; the communes merged into it are named after the
  // reform, when they are no more.
  const text = `Đại hội đại biểu Đảng bộ xã Hòa Bình lần thứ I, nhiệm kỳ 2025 - 2030
Ngày đăng 12/08/2025 | 09:00

Sáng 12/8, Đảng bộ xã Hòa Bình, tỉnh Đồng Tháp tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Xã Hòa Bình được thành lập trên cơ sở sáp nhập các xã Hòa Định, Bình Phan và Bình Phục Nhứt của huyện Chợ Gạo (cũ).

Ông Lê Văn Bé, Bí thư Đảng ủy xã phát biểu khai mạc. Thiếu tá Phan Văn Đủ, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Công an xã báo cáo tình hình an ninh.`;
  const out = extractArticle(text, { id: 'unknown-commune' });
  const organizations = out.people.flatMap((p) => p.positions.map((q) => q.organization));

  it('never places its bodies in a commune that ended with the reform', () => {
    expect(organizations.filter((o) => /Hòa Định|Bình Phan|Bình Phục Nhứt/.test(o))).toEqual([]);
  });

  it('never reads "Đảng ủy" written alone as the province\'s or a former district\'s committee', () => {
    expect(organizations.filter((o) => /Tỉnh ủy|Huyện ủy/.test(o))).toEqual([]);
  });
});

describe('"Đảng ủy" written alone beside an institution\'s post, 2017', () => {
  it('is no province\'s or city\'s committee', () => {
    const text = `Cục Thi hành án dân sự tỉnh Bình Dương sơ kết 6 tháng
Ngày đăng 14/07/2017 | 09:00

Ngày 14/7, tại TP Thủ Dầu Một, tỉnh Bình Dương, Cục Thi hành án dân sự tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Ông Trần Văn Hùng - Bí thư Đảng ủy, Cục trưởng THADS tỉnh Bình Dương chủ trì hội nghị. Tham dự có đồng chí Lý Minh Tâm, Bí thư Đảng ủy, Tổng Giám đốc Công ty Cao su Dầu Tiếng.`;
    const out = extractArticle(text, { id: 'agency-party-committee' });
    const organizations = out.people.flatMap((p) => p.positions.map((q) => q.organization));
    expect(organizations.filter((o) => /Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy/.test(o))).toEqual([]);
  });
});

describe('post-reform news: a former district the registry spells the old way', () => {
  it('finds "Huyện ủy Phú Quý" (the 2004 registry\'s "Phú Quí", written "Quý") beside the special zone of that name', () => {
    const text = `Đặc khu Phú Quý tổ chức kỳ họp thứ nhất
Ngày đăng 02/07/2025 | 18:00

Chiều 1/7, HĐND đặc khu Phú Quý, tỉnh Lâm Đồng tổ chức kỳ họp thứ nhất. Ông Lê Quang Hùng, Bí thư Đảng ủy đặc khu, nguyên Bí thư Huyện ủy Phú Quý phát biểu chỉ đạo kỳ họp.`;
    const out = extractArticle(text, { id: 'phu-quy' });
    const person = out.people.find((p) => p.name === 'Lê Quang Hùng');
    expect(person?.positions.map((q) => `${q.title} / ${q.unit} / ${q.former}`)).toEqual(['Bí thư / 2025:23272 / false', 'Bí thư / 2004:602 / true']);
    expect(person?.positions.map((q) => q.organization)).toEqual(['Đảng ủy đặc khu Phú Quý', 'Huyện ủy Phú Quý']);
    expect(person?.roles.map((r) => r.role)).toEqual(['directed']);
  });
});
