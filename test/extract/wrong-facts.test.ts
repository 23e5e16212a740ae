// Wrong facts seen on real news, in a blind batch: cases written from the phenomena
// before reading the code that handles them, with other provinces, bodies and
// phrasings. A wrong fact is worse than a missing one, so most checks here say what
// must NOT come out:
//   - events of other worlds than public life (a developers' conference, a football
//     press conference, a festival, a product launch, a bank's customer conference),
//     where officials who attend get no role;
//   - events only referred to ("trong Báo cáo … tại kỳ họp", "tiến tới Đại hội"),
//     beside a conference that does take place;
//   - a bare "UBND" or "HĐND" in an article naming several provinces, which is none
//     of them;
//   - abbreviated titles read as names ("Phó TGĐ Cty", "Phó GĐ Sở", "Phó CT UBND");
//   - a body's name with the clause's next word glued on ("Hội … nhằm", "… diễn ra").
//
// First run, before any fix: 6 of 16 cases passed; 75 of 90 facts held (83.3%).
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'a software developers’ conference held by a company is no event; the vice-chairman attending gets no role',
    place: 'Đà Nẵng',
    text: `Khai mạc Hội nghị các nhà phát triển phần mềm di động 2017
Ngày đăng 12/10/2017 | 09:15

Sáng 11/10, tại TP Đà Nẵng, Công ty Cổ phần Phần mềm Sao Việt tổ chức Hội nghị các nhà phát triển phần mềm di động lần thứ 3 với sự tham gia của hơn 2.000 lập trình viên.

Phát biểu khai mạc hội nghị, ông Đặng Quốc Bảo, Tổng Giám đốc công ty cho biết năm nay hội nghị tập trung vào trí tuệ nhân tạo và dữ liệu lớn. Dự hội nghị có ông Lưu Thành Trung, Phó Chủ tịch UBND thành phố Đà Nẵng.`,
    eventCount: 0,
    expect: {
      exhaustive: false,
      people: [{ name: 'Lưu Thành Trung', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thành phố Đà Nẵng' }], roles: [] }],
    },
  },
  {
    name: 'a press conference before a football match is no event',
    place: 'Hà Nội',
    text: `Đội tuyển U22 Việt Nam tự tin trước trận gặp Thái Lan
Ngày đăng 20/08/2017 | 21:40

Chiều 20/8, Ban tổ chức giải đã tổ chức buổi họp báo trước trận đấu giữa U22 Việt Nam và U22 Thái Lan.

Tại buổi họp báo, huấn luyện viên trưởng cho biết toàn đội đã sẵn sàng. Ông Lê Hoài Thanh, Tổng Thư ký Liên đoàn Bóng đá Việt Nam, trưởng đoàn cũng có mặt tại buổi họp báo.`,
    eventCount: 0,
    expect: { exhaustive: false, people: [{ name: 'Lê Hoài Thanh', roles: [] }] },
  },
  {
    name: 'the opening ceremony of a flower festival is no event, though a vice-chairman opens it',
    place: 'Điện Biên',
    text: `Khai mạc Lễ hội Hoa ban tỉnh Điện Biên năm 2018
Ngày đăng 10/03/2018 | 20:30

Tối 10/3, tại Quảng trường thành phố Điện Biên Phủ, UBND tỉnh Điện Biên tổ chức Lễ khai mạc Lễ hội Hoa ban lần thứ 7 năm 2018.

Đồng chí Mùa A Sính, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức Lễ hội phát biểu khai mạc. Đến dự có hàng nghìn du khách trong và ngoài nước.`,
    eventCount: 0,
    expect: {
      exhaustive: false,
      people: [{ name: 'Mùa A Sính', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Điện Biên' }], roles: [] }],
    },
  },
  {
    name: 'a company’s product launch is no event; the deputy minister attending gets no role',
    place: 'Hà Nội',
    text: `Ra mắt dòng xe máy điện mới tại Hà Nội
Ngày đăng 05/11/2019 | 14:00

Sáng 5/11, Công ty TNHH Ô tô Minh Phát tổ chức lễ ra mắt dòng xe máy điện thế hệ mới tại Trung tâm Hội nghị Quốc gia.

Phát biểu tại lễ ra mắt, ông Vương Đình Luân, Tổng Giám đốc công ty khẳng định sản phẩm đạt tiêu chuẩn châu Âu. Tham dự buổi lễ có ông Cao Minh Khải, Thứ trưởng Bộ Công Thương.`,
    eventCount: 0,
    expect: { exhaustive: false, people: [{ name: 'Cao Minh Khải', roles: [] }] },
  },
  {
    name: 'a bank’s customer conference is no event',
    place: 'Cần Thơ',
    text: `Ngân hàng Nam Việt gặp gỡ khách hàng doanh nghiệp
Ngày đăng 28/12/2017 | 10:05

Ngày 27/12, tại TP Cần Thơ, Ngân hàng TMCP Nam Việt chi nhánh Cần Thơ tổ chức Hội nghị khách hàng doanh nghiệp năm 2017.

Phát biểu tại hội nghị, ông Trịnh Quang Vinh, Giám đốc chi nhánh cảm ơn các doanh nghiệp đã đồng hành. Dự hội nghị có ông Đoàn Văn Sáu, Phó Giám đốc Ngân hàng Nhà nước chi nhánh TP Cần Thơ.`,
    eventCount: 0,
    expect: { exhaustive: false, people: [{ name: 'Đoàn Văn Sáu', roles: [] }] },
  },
  {
    name: 'a Party committee’s conference on digital transformation stays an event',
    place: 'Bắc Ninh',
    text: `Tỉnh ủy Bắc Ninh hội nghị chuyên đề về chuyển đổi số
Ngày đăng 14/06/2022 | 17:20

Sáng 14/6, Ban Thường vụ Tỉnh ủy Bắc Ninh tổ chức hội nghị chuyên đề về chuyển đổi số giai đoạn 2022 - 2025.

Đồng chí Đào Xuân Hiển, Bí thư Tỉnh ủy chủ trì hội nghị. Đồng chí Ngô Thị Lụa, Giám đốc Sở Thông tin và Truyền thông báo cáo kết quả chuyển đổi số của tỉnh.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'conference', date: '2022-06-14' }],
      people: [
        { name: 'Đào Xuân Hiển', roles: ['chaired'] },
        { name: 'Ngô Thị Lụa', roles: ['reported'] },
      ],
    },
  },
  {
    name: 'figures from a report to a people’s council session make no session',
    place: 'Long An',
    text: `Thu ngân sách tỉnh Long An vượt dự toán
Ngày đăng 08/12/2017 | 11:00

Theo số liệu trong Báo cáo của UBND tỉnh trình tại kỳ họp thứ 7 HĐND tỉnh Long An khóa IX, thu ngân sách năm 2017 ước đạt 9.800 tỷ đồng, vượt 12% dự toán.

Ông Trần Văn Kiệm, Phó Chủ tịch UBND tỉnh cho biết tỉnh sẽ tiếp tục cải thiện môi trường đầu tư trong năm tới.`,
    eventCount: 0,
    expect: {
      exhaustive: false,
      people: [{ name: 'Trần Văn Kiệm', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Long An' }], roles: [] }],
    },
  },
  {
    name: 'a court’s yearly report sent to a National Assembly session makes no session',
    place: 'Hà Nội',
    text: `Số vụ án hành chính tăng mạnh
Ngày đăng 24/10/2017 | 16:45

Trong Báo cáo công tác năm gửi tới kỳ họp thứ 4, Quốc hội khóa XIV, TAND tối cao cho biết số vụ án hành chính thụ lý tăng gần 30% so với năm trước.

Ông Lương Đức Trọng, Phó Chánh án TAND tối cao nhận định nguyên nhân chủ yếu là các khiếu kiện về đất đai.`,
    eventCount: 0,
    expect: { exhaustive: false, people: [{ name: 'Lương Đức Trọng', roles: [] }] },
  },
  {
    name: 'an emulation movement “tiến tới Đại hội” makes no congress',
    place: 'Hà Giang',
    text: `Sôi nổi phong trào thi đua tiến tới Đại hội Đảng bộ tỉnh
Ngày đăng 03/07/2020 | 08:45

Những tháng qua, các cấp ủy trong tỉnh Hà Giang đẩy mạnh phong trào thi đua lập thành tích chào mừng đại hội đảng bộ các cấp, tiến tới Đại hội đại biểu Đảng bộ tỉnh Hà Giang lần thứ XVII, nhiệm kỳ 2020 - 2025.

Đồng chí Sùng Mí Páo, Phó Bí thư Thường trực Tỉnh ủy đề nghị các địa phương nhân rộng các mô hình hay.`,
    eventCount: 0,
    expect: { exhaustive: false, people: [{ name: 'Sùng Mí Páo', roles: [] }] },
  },
  {
    name: 'a conference preparing congresses is one event, not also the congress it leads to',
    place: 'Đắk Lắk',
    text: `Huyện ủy Krông Pắc triển khai công tác chuẩn bị đại hội
Ngày đăng 22/02/2020 | 15:10

Sáng 21/2, Ban Thường vụ Huyện ủy Krông Pắc tổ chức hội nghị triển khai kế hoạch tổ chức đại hội đảng bộ cơ sở, tiến tới Đại hội đại biểu Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 - 2025.

Đồng chí Đinh Văn Tụ, Bí thư Huyện ủy chủ trì hội nghị.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'conference', ordinal: null, date: '2020-02-21' }],
      people: [{ name: 'Đinh Văn Tụ', roles: ['chaired'] }],
    },
  },
  {
    name: 'a bare "Phó Chủ tịch UBND" in an article on two provinces is neither province’s',
    place: 'Quảng Nam',
    text: `Hai tỉnh bàn giải pháp kết nối giao thông
Ngày đăng 16/05/2017 | 10:30

Ngày 15/5, tại TP Tam Kỳ, UBND tỉnh Quảng Nam và UBND tỉnh Kon Tum tổ chức buổi làm việc về tuyến đường nối hai tỉnh.

Tại buổi làm việc, ông Phan Trí Dũng, Phó Chủ tịch UBND cho biết dự án sẽ khởi công trong năm nay.`,
    expect: { exhaustive: false, people: [{ name: 'Phan Trí Dũng', positions: [] }] },
  },
  {
    name: 'a bare "Chủ tịch UBND" before a name in an article on two provinces is neither province’s',
    place: 'Sóc Trăng',
    text: `Hậu Giang và Sóc Trăng phối hợp nạo vét kênh Quản lộ
Ngày đăng 09/06/2017 | 09:20

Ngày 8/6, lãnh đạo tỉnh Hậu Giang và tỉnh Sóc Trăng khảo sát tuyến kênh Quản lộ - Phụng Hiệp. Ông Tạ Minh Hoàng, Phó Giám đốc Sở NN&PTNT tỉnh Sóc Trăng báo cáo tiến độ nạo vét.

Chủ tịch UBND Võ Hữu Lâm cho biết hai tỉnh sẽ cùng bố trí vốn trong năm 2018.`,
    expect: { exhaustive: false, people: [{ name: 'Võ Hữu Lâm', positions: [] }] },
  },
  {
    name: '"Phó TGĐ Cty" is a title, not a name',
    place: 'Nghệ An',
    text: `Giá đường bán buôn giảm mạnh
Ngày đăng 02/10/2017 | 07:30

Bà Huỳnh Thị Kim Liên, Phó TGĐ Cty CP Đường Sông Lam cho biết giá đường bán buôn đã giảm 20% so với đầu năm.`,
    expect: { exhaustive: false, notPeople: ['Phó TGĐ Cty', 'TGĐ Cty'] },
  },
  {
    name: '"Phó GĐ Sở" and "Phó CT UBND" are titles, not names',
    place: 'Thanh Hóa',
    text: `Thanh Hóa rà soát các công trình chậm tiến độ
Ngày đăng 11/07/2017 | 15:00

Ông Hà Văn Khuê, Phó GĐ Sở Xây dựng tỉnh Thanh Hóa cho biết có 14 công trình chậm tiến độ. Theo ông Kiều Văn Sỹ, Phó CT UBND huyện Nga Sơn, huyện sẽ xử lý dứt điểm trong quý III.`,
    expect: { exhaustive: false, notPeople: ['Phó GĐ Sở', 'Phó CT UBND'] },
  },
  {
    name: 'an association’s congress named before "nhằm": the body ends before the clause',
    place: 'Cần Thơ',
    text: `Kiến trúc sư Cần Thơ bầu ban chấp hành mới
Ngày đăng 13/04/2018 | 18:00

Đại hội Hội Kiến trúc sư TP Cần Thơ nhằm tổng kết hoạt động nhiệm kỳ qua và bầu ban chấp hành mới đã diễn ra sáng 12/4. Ông Quách Văn Đức, Chủ tịch Hội Kiến trúc sư TP Cần Thơ phát biểu khai mạc.`,
    expect: { exhaustive: false },
  },
  {
    name: 'a farmers’ association congress named before "diễn ra": the body ends before the clause',
    place: 'Tiền Giang',
    text: `Nông dân xã Tân Hòa Thành bầu ban chấp hành mới
Ngày đăng 04/05/2017 | 16:10

Đại hội Hội Nông dân xã Tân Hòa Thành diễn ra sáng 3/5 với sự tham dự của 120 đại biểu. Ông Lâm Văn Nhựt, Chủ tịch UBND xã Tân Hòa Thành phát biểu chỉ đạo.`,
    expect: { exhaustive: false },
  },
];

describeWrongFactBatch('blind batch', CASES, 12);
