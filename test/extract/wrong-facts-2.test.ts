// Wrong facts on real news, second blind batch: cases written from the phenomena
// before reading the code that handles them, in other provinces, genres and years:
//   - press conferences and launches of films, singers and shows with no public
//     organizer are no events, unless someone with a public post takes a role there;
//     a public body's press conference stays one;
//   - a bare "Tỉnh ủy" or "Ban Thường vụ Tỉnh ủy" in an article about several
//     provinces is none of them; in an article about one province it is that one;
//   - a verb glued to the end of a company's or body's name ("… Công ty X tổ chức",
//     "… tiến hành", "… triển khai");
//   - post-reform congresses of wards, communes and special zones ("lần thứ I, nhiệm
//     kỳ 2025-2030") under merged provinces' new names;
//   - dismissal and transfer frames ("miễn nhiệm … đối với các ông: A; B", "điều động
//     … đến nhận công tác"), ceremonies, "thay mặt" / "được sự ủy quyền của" never
//     giving the role to the one represented, short references ("ông Cường", "Chủ tịch
//     Thắng") linking back to the full name, and lists after "có các đồng chí:".
//
// First run, before any fix: 13 of 17 cases passed; 196 of 201 facts held (97.5%).
// Failing: two press conferences (a film's, a singer's) made events; a bare "Phó Bí
// thư Tỉnh ủy" and "Phó Chủ tịch UBND tỉnh" at a three-province conference given
// the first province named; "Công ty … Phú Tài triển" (the verb's first syllable glued).
// Four cases at the end were added after that run, from the hand check of real news.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'a film crew’s press conference is no event',
    place: 'Hồ Chí Minh',
    text: `Họp báo ra mắt phim điện ảnh "Mùa nước nổi"
Ngày đăng 14/09/2017 | 15:20

Chiều 13/9, tại TP Hồ Chí Minh, đoàn làm phim "Mùa nước nổi" đã tổ chức buổi họp báo ra mắt phim trước ngày công chiếu trên toàn quốc.

Tại buổi họp báo, đạo diễn Lương Minh Khoa cho biết bộ phim được quay trong ba tháng tại Đồng Tháp. Diễn viên Trịnh Thu Hà chia sẻ đây là vai diễn khó nhất của cô.`,
    eventCount: 0,
    expect: { exhaustive: false },
  },
  {
    name: 'a singer’s album launch is no event',
    place: 'Hà Nội',
    text: `Ca sĩ Hồ Quang Minh trở lại với album mới
Ngày đăng 06/10/2017 | 11:00

Sáng 5/10, tại Hà Nội, ca sĩ Hồ Quang Minh tổ chức họp báo giới thiệu album "Phố cũ" gồm 10 ca khúc về Hà Nội.

Phát biểu tại buổi họp báo, nhạc sĩ Đỗ Bảo Trung, người phối khí toàn bộ album, cho biết ê-kíp đã làm việc suốt một năm.`,
    eventCount: 0,
    expect: { exhaustive: false },
  },
  {
    name: 'a game show’s launch by a media company is no event; the official attending gets no role',
    place: 'Hà Nội',
    text: `Ra mắt chương trình truyền hình thực tế "Giọng hát làng quê"
Ngày đăng 22/03/2017 | 20:15

Tối 21/3, Công ty Cổ phần Truyền thông Sao Mai Việt tổ chức lễ ra mắt chương trình truyền hình thực tế "Giọng hát làng quê" mùa thứ hai.

Ông Kiều Văn Thành, Giám đốc Công ty Cổ phần Truyền thông Sao Mai Việt cho biết chương trình sẽ lên sóng từ tháng 4. Tham dự lễ ra mắt có ông Đỗ Quang Vinh, Phó Cục trưởng Cục Nghệ thuật biểu diễn.`,
    eventCount: 0,
    expect: { exhaustive: false, people: [{ name: 'Đỗ Quang Vinh', roles: [] }] },
  },
  {
    name: 'a province’s press conference on its festival stays an event chaired by the vice-chairman',
    place: 'Ninh Bình',
    text: `Họp báo công bố Lễ hội Tràng An năm 2017
Ngày đăng 07/11/2017 | 16:40

Chiều 6/11, UBND tỉnh Ninh Bình tổ chức họp báo công bố các hoạt động của Lễ hội Tràng An năm 2017.

Đồng chí Bùi Mai Hoa, Phó Chủ tịch UBND tỉnh chủ trì buổi họp báo. Ông Phạm Văn Thắm, Giám đốc Sở Văn hóa và Thể thao tỉnh Ninh Bình thông tin về chương trình lễ hội.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'meeting', organizer: 'UBND tỉnh Ninh Bình', date: '2017-11-06' }],
      people: [{ name: 'Bùi Mai Hoa', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Ninh Bình' }], roles: ['chaired'] }],
    },
  },
  {
    name: 'a bare "Phó Bí thư Tỉnh ủy" at a regional conference of three provinces is none of them',
    place: 'Lào Cai',
    text: `Ba tỉnh miền núi phía Bắc bàn phối hợp phát triển du lịch
Ngày đăng 18/05/2017 | 08:45

Ngày 17/5, tại Hà Nội, Ban Chỉ đạo Tây Bắc tổ chức hội nghị bàn giải pháp phối hợp phát triển du lịch giữa các tỉnh Lào Cai, Yên Bái và Hà Giang.

Tại hội nghị, ông Sầm Văn Khải, Phó Bí thư Tỉnh ủy cho biết cần sớm hoàn thành tuyến đường nối các điểm du lịch. Bà Nông Thị Ngân, Phó Chủ tịch UBND tỉnh đề nghị xây dựng chung một bộ sản phẩm du lịch.`,
    expect: { exhaustive: false, people: [{ name: 'Sầm Văn Khải' }, { name: 'Nông Thị Ngân' }] },
    forbidden: [
      { person: 'Sầm Văn Khải', organizations: ['Tỉnh ủy Lào Cai', 'Tỉnh ủy Yên Bái', 'Tỉnh ủy Hà Giang'] },
      { person: 'Nông Thị Ngân', organizations: ['UBND tỉnh Lào Cai', 'UBND tỉnh Yên Bái', 'UBND tỉnh Hà Giang'] },
    ],
  },
  {
    name: 'a bare "Ban Thường vụ Tỉnh ủy" in a storm report on three provinces is none of them',
    place: 'Quảng Bình',
    text: `Các tỉnh Bắc Trung Bộ khẩn trương khắc phục hậu quả bão số 10
Ngày đăng 17/09/2017 | 18:30

Bão số 10 đã làm hư hại hàng nghìn ngôi nhà tại Hà Tĩnh, Quảng Bình và Quảng Trị.

Trong ngày 16/9, ông Hoàng Đăng Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy đã đến thăm hỏi các hộ dân bị sập nhà. Theo ông Khoa, việc cấp bách là bảo đảm nơi ở cho người dân trước mùa mưa lũ.`,
    expect: { exhaustive: false, people: [{ name: 'Hoàng Đăng Khoa' }] },
    forbidden: [
      {
        person: 'Hoàng Đăng Khoa',
        organizations: [
          'Ban Thường vụ Tỉnh ủy Hà Tĩnh',
          'Ban Thường vụ Tỉnh ủy Quảng Bình',
          'Ban Thường vụ Tỉnh ủy Quảng Trị',
          'Ban Dân vận Tỉnh ủy Hà Tĩnh',
          'Ban Dân vận Tỉnh ủy Quảng Bình',
          'Ban Dân vận Tỉnh ủy Quảng Trị',
        ],
      },
    ],
  },
  {
    name: 'a bare "Tỉnh ủy" in an article on one province is that province’s, beside a study visit elsewhere',
    place: 'Bắc Giang',
    text: `Bắc Giang học tập kinh nghiệm xây dựng nông thôn mới
Ngày đăng 03/04/2017 | 10:10

Ngày 2/4, đoàn công tác của tỉnh Bắc Giang do ông Lê Khánh Toàn, Phó Bí thư Tỉnh ủy làm trưởng đoàn đã học tập kinh nghiệm xây dựng nông thôn mới tại tỉnh Nam Định.

Ông Lê Khánh Toàn cho biết tỉnh Bắc Giang sẽ áp dụng cách làm của các xã kiểu mẫu.`,
    expect: {
      exhaustive: false,
      people: [{ name: 'Lê Khánh Toàn', positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Bắc Giang' }] }],
    },
    forbidden: [{ person: 'Lê Khánh Toàn', organizations: ['Tỉnh ủy Nam Định'] }],
  },
  {
    name: 'a company’s and a board’s names stop before "tổ chức", "tiến hành", "triển khai"',
    place: 'Bình Định',
    text: `Bàn giao mặt bằng dự án mở rộng Quốc lộ 19
Ngày đăng 25/07/2017 | 14:50

Sáng 24/7, Ban Quản lý dự án Giao thông tỉnh Bình Định tiến hành bàn giao mặt bằng đoạn tuyến qua huyện Tây Sơn cho nhà thầu.

Ông Hồ Văn Mười, Giám đốc Công ty Cổ phần Xây dựng Phú Tài triển khai ngay phương án thi công. Ông Võ Thành Công, Giám đốc Ban Quản lý dự án Giao thông tỉnh Bình Định tổ chức kiểm tra hiện trường cùng nhà thầu.`,
    expect: { exhaustive: false },
  },
  {
    name: 'an association and a corporation as organizers stop before the verb',
    place: 'Hà Tĩnh',
    text: `Hội nghị tổng kết công tác Hội năm 2017
Ngày đăng 28/12/2017 | 09:30

Sáng 27/12, Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác Hội năm 2017, triển khai nhiệm vụ năm 2018.

Bà Trần Thị Mỹ Hạnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh chủ trì hội nghị. Ông Đặng Quốc Vinh, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'conference', organizer: 'Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh', date: '2017-12-27' }],
      people: [
        { name: 'Trần Thị Mỹ Hạnh', positions: [{ title: 'Chủ tịch', organization: 'Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh' }], roles: ['chaired'] },
        { name: 'Đặng Quốc Vinh', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Hà Tĩnh' }], roles: ['directed'] },
      ],
    },
  },
  {
    name: 'Côn Đảo 2025: a special zone’s first congress in Thành phố Hồ Chí Minh, guests listed after "có các đồng chí:"',
    place: 'Hồ Chí Minh',
    text: `Đại hội đại biểu Đảng bộ đặc khu Côn Đảo lần thứ I, nhiệm kỳ 2025 - 2030
Ngày đăng 20/08/2025 | 17:05

Ngày 20/8, Đảng bộ đặc khu Côn Đảo tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.

Dự đại hội có các đồng chí: Trịnh Văn Hào, Phó Bí thư Thành ủy Thành phố Hồ Chí Minh; Mai Thị Kim Liên, Phó Chủ tịch UBND Thành phố Hồ Chí Minh.

Đồng chí Lữ Minh Đạt, Bí thư Đảng ủy đặc khu Côn Đảo chủ trì đại hội. Đồng chí Vũ Thị Hằng, Phó Bí thư Thường trực Đảng ủy đặc khu trình bày báo cáo chính trị.`,
    eventCount: 1,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ đặc khu Côn Đảo', ordinal: 1, termYears: '2025-2030', date: '2025-08-20' }],
      people: [
        { name: 'Trịnh Văn Hào', positions: [{ title: 'Phó Bí thư', organization: 'Thành ủy Thành phố Hồ Chí Minh' }], roles: ['attended'] },
        { name: 'Mai Thị Kim Liên', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND Thành phố Hồ Chí Minh' }], roles: ['attended'] },
        { name: 'Lữ Minh Đạt', positions: [{ title: 'Bí thư', organization: 'Đảng ủy đặc khu Côn Đảo' }], roles: ['chaired'] },
        { name: 'Vũ Thị Hằng', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Đảng ủy đặc khu Côn Đảo' }], roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Quy Nhơn Nam 2025: a ward congress of the merged Gia Lai, "Bí thư Đảng ủy, Chủ tịch HĐND phường"',
    place: 'Gia Lai',
    text: `Khai mạc Đại hội Đảng bộ phường Quy Nhơn Nam lần thứ I
Ngày đăng 11/08/2025 | 10:20

Sáng 11/8, Đảng bộ phường Quy Nhơn Nam, tỉnh Gia Lai khai mạc Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.

Đồng chí Tạ Quang Vũ, Bí thư Đảng ủy, Chủ tịch HĐND phường phát biểu khai mạc đại hội. Dự đại hội có đồng chí Cao Thị Thu Trang, Ủy viên Ban Thường vụ Tỉnh ủy Gia Lai, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.

Phát biểu chỉ đạo, đồng chí Cao Thị Thu Trang đề nghị Đảng bộ phường tập trung phát triển kinh tế biển.`,
    eventCount: 1,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ phường Quy Nhơn Nam', ordinal: 1, termYears: '2025-2030', date: '2025-08-11' }],
      people: [
        {
          name: 'Tạ Quang Vũ',
          positions: [
            { title: 'Bí thư', organization: 'Đảng ủy phường Quy Nhơn Nam' },
            { title: 'Chủ tịch', organization: 'HĐND phường Quy Nhơn Nam' },
          ],
          roles: ['opened'],
        },
        {
          name: 'Cao Thị Thu Trang',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Gia Lai' },
            { title: 'Trưởng ban', organization: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai' },
          ],
          roles: ['attended', 'directed'],
        },
      ],
    },
  },
  {
    name: 'Sông Đốc 2025: a commune congress of the merged Cà Mau, its former district post marked former',
    place: 'Cà Mau',
    text: `Đảng bộ xã Sông Đốc tổ chức Đại hội lần thứ I
Ngày đăng 02/08/2025 | 15:45

Ngày 1/8, Đảng bộ xã Sông Đốc tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với 150 đại biểu tham dự.

Đồng chí Quách Văn Lũy, Bí thư Đảng ủy xã, nguyên Phó Chủ tịch UBND huyện Trần Văn Thời chủ trì đại hội. Dự đại hội có đồng chí Lâm Văn Bi, Phó Chủ tịch UBND tỉnh Cà Mau.`,
    eventCount: 1,
    expect: {
      events: [{ kind: 'congress', organizer: 'Đảng bộ xã Sông Đốc', ordinal: 1, termYears: '2025-2030', date: '2025-08-01' }],
      people: [
        {
          name: 'Quách Văn Lũy',
          positions: [
            { title: 'Bí thư', organization: 'Đảng ủy xã Sông Đốc' },
            { title: 'Phó Chủ tịch', organization: 'UBND huyện Trần Văn Thời', former: true },
          ],
          roles: ['chaired'],
        },
        { name: 'Lâm Văn Bi', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Cà Mau' }], roles: ['attended'] },
      ],
    },
  },
  {
    name: 'Nghệ An: "miễn nhiệm chức vụ … đối với các ông: A; B" at a conference announcing decisions',
    place: 'Nghệ An',
    text: `Nghệ An công bố quyết định về công tác cán bộ
Ngày đăng 29/12/2017 | 17:10

Chiều 28/12, UBND tỉnh Nghệ An tổ chức hội nghị công bố và trao các quyết định về công tác cán bộ.

Theo đó, UBND tỉnh quyết định miễn nhiệm chức vụ Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn đối với các ông: Nguyễn Văn Hải; Trần Đình Lực để nghỉ hưu theo chế độ.

Đồng chí Lê Hồng Vinh, Phó Chủ tịch UBND tỉnh trao quyết định và chúc mừng các đồng chí.`,
    eventCount: 1,
    expect: {
      events: [{ kind: 'conference', organizer: 'UBND tỉnh Nghệ An', date: '2017-12-28' }],
      people: [
        { name: 'Nguyễn Văn Hải', positions: [{ title: 'Phó Giám đốc', organization: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An', former: true }], roles: [] },
        { name: 'Trần Đình Lực', positions: [{ title: 'Phó Giám đốc', organization: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An', former: true }], roles: [] },
        { name: 'Lê Hồng Vinh', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Nghệ An' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Hà Tĩnh: "điều động … đến nhận công tác", the decision handed over "thay mặt Ban Thường vụ"',
    place: 'Hà Tĩnh',
    text: `Điều động cán bộ về công tác tại Ủy ban MTTQ tỉnh
Ngày đăng 05/06/2017 | 16:00

Sáng 5/6, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị công bố quyết định về công tác cán bộ.

Ban Thường vụ Tỉnh ủy điều động bà Phan Thị Kim Ngân, Phó Trưởng Ban Dân vận Tỉnh ủy, đến nhận công tác tại Ủy ban MTTQ tỉnh và giới thiệu để hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ tỉnh.

Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Trần Minh Đức, Phó Bí thư Tỉnh ủy trao quyết định và giao nhiệm vụ cho bà Phan Thị Kim Ngân.`,
    eventCount: 1,
    expect: {
      events: [{ kind: 'conference', organizer: 'Ban Thường vụ Tỉnh ủy Hà Tĩnh', date: '2017-06-05' }],
      people: [
        { name: 'Phan Thị Kim Ngân', positions: [{ title: 'Phó Trưởng ban', organization: 'Ban Dân vận Tỉnh ủy Hà Tĩnh', former: true }], roles: [] },
        { name: 'Trần Minh Đức', positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Hà Tĩnh' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Hòa Bình: "được sự ủy quyền của" the secretary gives him no role; a ceremony is one event',
    place: 'Hòa Bình',
    text: `Lễ công bố quyết định thành lập Ban Quản lý Khu du lịch hồ Hòa Bình
Ngày đăng 14/08/2017 | 11:25

Sáng 14/8, UBND tỉnh Hòa Bình tổ chức lễ công bố quyết định thành lập Ban Quản lý Khu du lịch hồ Hòa Bình.

Được sự ủy quyền của đồng chí Bí thư Tỉnh ủy Vương Quốc Thắng, đồng chí Đinh Thị Huyền, Phó Bí thư Tỉnh ủy công bố quyết định. Thay mặt đồng chí Chủ tịch UBND tỉnh, đồng chí Bạch Văn Thông, Phó Chủ tịch UBND tỉnh phát biểu giao nhiệm vụ.`,
    eventCount: 1,
    expect: {
      events: [{ kind: 'meeting', organizer: 'UBND tỉnh Hòa Bình', date: '2017-08-14' }],
      people: [
        { name: 'Vương Quốc Thắng', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Hòa Bình' }], roles: [] },
        { name: 'Đinh Thị Huyền', positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Hòa Bình' }], roles: ['spoke'] },
        { name: 'Bạch Văn Thông', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Hòa Bình' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Quảng Ninh: "ông Cường" and "Chủ tịch Thắng" link back to the full names',
    place: 'Quảng Ninh',
    text: `Quảng Ninh đánh giá môi trường đầu tư năm 2017
Ngày đăng 15/11/2017 | 19:40

Ngày 15/11, UBND tỉnh Quảng Ninh tổ chức hội nghị đánh giá môi trường đầu tư, kinh doanh năm 2017.

Ông Hoàng Mạnh Cường, Giám đốc Sở Kế hoạch và Đầu tư báo cáo kết quả thu hút đầu tư. Theo ông Cường, tỉnh đã cấp phép cho 30 dự án mới.

Hội nghị do ông Nguyễn Đức Thắng, Chủ tịch UBND tỉnh chủ trì. Kết luận hội nghị, Chủ tịch Thắng yêu cầu các sở, ngành rút ngắn thời gian giải quyết thủ tục.`,
    eventCount: 1,
    expect: {
      events: [{ kind: 'conference', organizer: 'UBND tỉnh Quảng Ninh', date: '2017-11-15' }],
      people: [
        { name: 'Hoàng Mạnh Cường', positions: [{ title: 'Giám đốc', organization: 'Sở Kế hoạch và Đầu tư tỉnh Quảng Ninh' }], roles: ['reported'] },
        { name: 'Nguyễn Đức Thắng', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Quảng Ninh' }], roles: ['chaired', 'concluded'] },
      ],
    },
  },
  {
    name: 'Thái Nguyên: an anniversary ceremony, a speech read, guests listed after "có các đồng chí:"',
    place: 'Thái Nguyên',
    text: `Kỷ niệm 55 năm thành lập Ban Tổ chức Tỉnh ủy Thái Nguyên
Ngày đăng 10/10/2017 | 21:00

Tối 9/10, Tỉnh ủy Thái Nguyên tổ chức lễ kỷ niệm 55 năm ngày thành lập Ban Tổ chức Tỉnh ủy.

Dự buổi lễ có các đồng chí: Lục Văn Tường, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Ma Thị Bích, Phó Chủ tịch UBND tỉnh; Hứa Văn Nghị, Chủ tịch Ủy ban MTTQ tỉnh.

Đồng chí Tống Văn Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy đọc diễn văn kỷ niệm.`,
    eventCount: 1,
    expect: {
      events: [{ kind: 'meeting', organizer: 'Tỉnh ủy Thái Nguyên', date: '2017-10-09' }],
      people: [
        {
          name: 'Lục Văn Tường',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Thái Nguyên' },
            { title: 'Chủ tịch', organization: 'HĐND tỉnh Thái Nguyên' },
          ],
          roles: ['attended'],
        },
        { name: 'Ma Thị Bích', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Thái Nguyên' }], roles: ['attended'] },
        { name: 'Hứa Văn Nghị', positions: [{ title: 'Chủ tịch', organization: 'Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên' }], roles: ['attended'] },
        {
          name: 'Tống Văn Lâm',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Thái Nguyên' },
            { title: 'Trưởng ban', organization: 'Ban Tổ chức Tỉnh ủy Thái Nguyên' },
          ],
          roles: ['spoke'],
        },
      ],
    },
  },
  // Written after the first run, from wrong facts a hand check of real 2017 news found.
  {
    name: 'a foreign company’s "văn hóa làm việc" and a summit only mentioned make no event',
    place: 'Hà Nội',
    text: `Giám đốc điều hành một hãng công nghệ Mỹ từ chức
Ngày đăng 22/06/2017 | 08:00

Người phát ngôn của hãng cho biết giám đốc điều hành đã chính thức nghỉ việc sau cuộc điều tra nội bộ về văn hóa làm việc tại công ty.

Trước đó, hai nhà lãnh đạo Mỹ và Nga đã bắt tay bên lề hội nghị thượng đỉnh G20 tại Hamburg.`,
    eventCount: 0,
    expect: { exhaustive: false },
  },
  {
    name: '"Cục Chống tham nhũng" keeps its name; an interviewer’s "P/V:" is no part of a name',
    place: 'Yên Bái',
    text: `Kê khai tài sản phải trung thực
Ngày đăng 12/06/2017 | 10:30

Trao đổi với phóng viên, ông Lã Văn Thành, Cục trưởng Cục Chống tham nhũng (Thanh tra Chính phủ) cho rằng việc xác minh tài sản không khó.

Tài sản của gia đình ông Ngô Đình Tuệ, Giám đốc Sở Xây dựng tỉnh Yên Bái P/V: Thưa ông, việc kê khai đã đúng quy định chưa?`,
    expect: {
      exhaustive: false,
      people: [
        { name: 'Lã Văn Thành', positions: [{ title: 'Cục trưởng', organization: 'Cục Chống tham nhũng' }] },
        { name: 'Ngô Đình Tuệ', positions: [{ title: 'Giám đốc', organization: 'Sở Xây dựng tỉnh Yên Bái' }] },
      ],
      notPeople: ['Tuệ P'],
    },
  },
  {
    name: 'the National Assembly’s committees, "QH", "TP.Hà Nội" with no space, and a caption’s next sentence glued to a name',
    place: 'Hà Nội',
    text: `Đại biểu góp ý dự án Luật Tố cáo (sửa đổi)
Ngày đăng 26/05/2017 | 17:00

Phó Chủ tịch QH Uông Chu Lưu cho rằng cần quy định rõ việc xử lý đơn nặc danh. Ông Lê Thị Kim Sa, Ủy viên thường trực Ủy ban Tư pháp, ĐBQH Đoàn TP.Hà Nội đề nghị bổ sung chế tài.

Bà Phùng Thị Lan, Chủ nhiệm Ủy ban Về các vấn đề xã hội của Quốc hội Thông qua nghị quyết về chương trình giám sát năm 2018.`,
    expect: {
      exhaustive: false,
      people: [
        { name: 'Uông Chu Lưu', positions: [{ title: 'Phó Chủ tịch', organization: 'Quốc hội' }] },
        { name: 'Lê Thị Kim Sa', positions: [{ title: 'Ủy viên Thường trực', organization: 'Ủy ban Tư pháp của Quốc hội' }, { title: 'Đại biểu', organization: 'Quốc hội' }] },
        { name: 'Phùng Thị Lan', positions: [{ title: 'Chủ nhiệm', organization: 'Ủy ban Về các vấn đề xã hội của Quốc hội' }] },
      ],
      notPeople: ['Đoàn Tp', 'Lan Thông'],
    },
  },
  {
    name: '"theo chỉ đạo của Phó Thủ tướng A" refers to a directive: A gets no role at the press conference',
    place: 'Kon Tum',
    text: `Kon Tum thông tin kết quả xử lý cán bộ
Ngày đăng 14/06/2017 | 18:00

Chiều 14/6, UBND tỉnh Kon Tum tổ chức họp báo thông tin kết quả xử lý cán bộ theo chỉ đạo của Phó Thủ tướng Lương Văn Khải.

Ông Hà Minh Trí, Chánh Văn phòng UBND tỉnh cho biết hai cán bộ đã bị cách chức.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'meeting', organizer: 'UBND tỉnh Kon Tum', date: '2017-06-14' }],
      people: [
        { name: 'Lương Văn Khải', roles: [] },
        { name: 'Hà Minh Trí', positions: [{ title: 'Chánh Văn phòng', organization: 'Văn phòng UBND tỉnh Kon Tum' }], roles: ['spoke'] },
      ],
    },
  },
];

describeWrongFactBatch('blind batch 2', CASES, 15);
