// Causes found by a hand check of real 2017 articles (seed 7030), each pinned with sentences of
// other provinces, bodies and years:
//   - A body's parent written after "thuộc" / "trực thuộc" glued to its name and cut where the
//     name's length ran out ("Cục … thuộc Bộ GD-ĐT" → "… thuộc Bộ GD"): the name ends before "thuộc".
//   - A word of feeling before the speech verb glued to a body's name ("Phó Giám đốc Bệnh viện
//     Chợ Rẫy vui mừng cho biết").
//   - The organising committee of a festival or contest ("Trưởng Ban tổ chức Lễ hội …", "Trưởng
//     BTC <festival>") read as the Party committee's Organisation Commission.
//   - "Chủ tịch Trung ương Hội …" (an association's central committee) read as a post of the
//     Party's Central Committee.
//   - Lists led by a group's label ("các đồng chí Ủy viên Bộ Chính trị: A, …; các đồng chí Ủy viên
//     Trung ương Đảng: B, …"): the first label given to the second group's members too.
// First run of the 12 cases written before the fixes (the Nghệ An one a control; on main
// 170cbde): 5/12 cases pass, facts 70/87. The two festival committees there passed without the
// corpus' shapes; the two written after them with those shapes ("(BTC)" glossed, an unknown
// acronym after an unplaced commission) gave the Party's Ban Tổ chức on 170cbde too.
// Whole corpus: 22 articles changed; 15 wrong Politburo memberships gone (the second group of two
// lists, who keep their Central Committee seat), 3 names cut after "thuộc" now whole and 13
// parents after "thuộc" left out as the contract writes them ("Cục Quản lý giá", "Vụ Y (Bộ Z)"),
// 2 posts with a word of feeling glued now right, 1 post found, 2 posts and 1 organizer of the
// Party's Central Committee for an association's now right or gone; no right fact lost. The
// festival committees: 2 wrong Organisation Commission posts gone, 1 person found.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Bộ Tài chính 2018: "Cục trưởng Cục Quản lý giá thuộc Bộ Tài chính" is the department\'s head',
    place: 'Hà Nội',
    text: `Giá xăng dầu có thể giảm trong tháng tới
Ông Nguyễn Anh Tuấn, Cục trưởng Cục Quản lý giá thuộc Bộ Tài chính, cho biết giá xăng có thể giảm nhẹ.`,
    expect: {
      people: [{ name: 'Nguyễn Anh Tuấn', positions: [{ title: 'Cục trưởng', organization: 'Cục Quản lý giá' }] }],
    },
  },
  {
    name: 'Bộ GD-ĐT 2019: a long department name then "thuộc Bộ GD-ĐT" is never cut at "Bộ GD"',
    place: 'Hà Nội',
    text: `Hướng dẫn tuyển dụng giáo viên
Ông Vũ Minh Đức - Cục trưởng Cục Nhà giáo và Cán bộ quản lý cơ sở giáo dục thuộc Bộ GD-ĐT đề nghị các sở rà soát đội ngũ giáo viên.`,
    expect: {
      people: [{ name: 'Vũ Minh Đức', positions: [{ title: 'Cục trưởng', organization: 'Cục Nhà giáo và Cán bộ quản lý cơ sở giáo dục' }] }],
    },
  },
  {
    name: 'Hiệp hội 2018: "Giám đốc Trung tâm … thuộc Hiệp hội các trường …" is the centre\'s director',
    place: 'Hà Nội',
    text: `Kiểm định chất lượng các trường cao đẳng
Bà Trần Thị Hoa, Giám đốc Trung tâm Kiểm định chất lượng giáo dục thuộc Hiệp hội các trường đại học, cao đẳng Việt Nam, cho rằng cần siết chặt tiêu chuẩn.`,
    expect: {
      people: [{ name: 'Trần Thị Hoa', positions: [{ title: 'Giám đốc', organization: 'Trung tâm Kiểm định chất lượng giáo dục' }] }],
    },
  },
  {
    name: 'Lâm Đồng 2026: "Chi cục trưởng Chi cục Thủy lợi trực thuộc Sở Nông nghiệp và Môi trường" is the branch\'s head',
    place: 'Lâm Đồng',
    text: `Chủ động ứng phó mùa mưa lũ
2026-08-14
Ông Đỗ Minh Khoa, Chi cục trưởng Chi cục Thủy lợi trực thuộc Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng, cho biết các hồ chứa đã được kiểm tra.`,
    expect: {
      people: [{ name: 'Đỗ Minh Khoa', positions: [{ title: 'Chi cục trưởng', organization: 'Chi cục Thủy lợi' }] }],
    },
  },
  {
    name: 'Huế 2018: "Giám đốc Bệnh viện Trung ương Huế xúc động cho biết" keeps the hospital\'s name whole',
    place: 'Thừa Thiên Huế',
    text: `Ca ghép gan thành công
Ông Phạm Như Hiệp, Giám đốc Bệnh viện Trung ương Huế xúc động cho biết bệnh nhân đã hồi phục.`,
    expect: {
      people: [{ name: 'Phạm Như Hiệp', positions: [{ title: 'Giám đốc', organization: 'Bệnh viện Trung ương Huế' }] }],
    },
  },
  {
    name: 'Cần Thơ 2019: "Phó Giám đốc Bệnh viện Đa khoa thành phố Cần Thơ phấn khởi chia sẻ" keeps the name whole',
    place: 'Cần Thơ',
    text: `Bệnh viện đưa vào vận hành máy chụp cộng hưởng từ
Bác sĩ Lê Văn Nam, Phó Giám đốc Bệnh viện Đa khoa Trung ương Cần Thơ phấn khởi chia sẻ kết quả sau một tháng.`,
    expect: {
      people: [{ name: 'Lê Văn Nam', positions: [{ title: 'Phó Giám đốc', organization: 'Bệnh viện Đa khoa Trung ương Cần Thơ' }] }],
    },
  },
  {
    name: 'Quảng Ninh 2018: "Trưởng Ban tổ chức Lễ hội …" heads a festival\'s committee, not the Party\'s',
    place: 'Quảng Ninh',
    text: `Lễ hội Carnaval Hạ Long sẵn sàng
Ông Đặng Huy Hậu, Phó Chủ tịch UBND tỉnh Quảng Ninh, Trưởng Ban tổ chức Lễ hội Carnaval Hạ Long 2018 cho biết công tác chuẩn bị đã hoàn tất.`,
    expect: {
      people: [{ name: 'Đặng Huy Hậu', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Quảng Ninh' }] }],
    },
    forbidden: [{ person: 'Đặng Huy Hậu', organizations: ['Ban Tổ chức Tỉnh ủy Quảng Ninh'] }],
  },
  {
    name: 'Khánh Hòa 2019: "Trưởng BTC Festival Biển" is the festival\'s committee',
    place: 'Khánh Hòa',
    text: `Festival Biển Nha Trang khai mạc tối nay
Ông Đào Công Thiên - Phó Chủ tịch UBND tỉnh Khánh Hòa - Trưởng BTC Festival Biển 2019 cho biết có hơn 40 hoạt động.`,
    expect: {
      people: [{ name: 'Đào Công Thiên', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Khánh Hòa' }] }],
    },
    forbidden: [{ person: 'Đào Công Thiên', organizations: ['Ban Tổ chức Tỉnh ủy Khánh Hòa'] }],
  },
  {
    name: 'Ninh Bình 2018: "Trưởng Ban tổ chức (BTC) lễ hội …" with its short form glossed is the festival\'s committee',
    place: 'Ninh Bình',
    text: `Lễ hội đền Thái Vi thu hút du khách
Sáng 5/8, ông Nguyễn Văn Hải – Phó Chủ tịch UBND huyện Kim Sơn, tỉnh Ninh Bình, Trưởng Ban tổ chức (BTC) lễ hội đền Thái Vi năm 2018 cho biết, lễ hội thu hút nhiều du khách.`,
    expect: {
      people: [{ name: 'Nguyễn Văn Hải', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Kim Sơn' }] }],
    },
    forbidden: [{ person: 'Nguyễn Văn Hải', organizations: ['Ban Tổ chức Huyện ủy Kim Sơn'] }],
  },
  {
    name: 'Đà Nẵng 2019: "Trưởng BTC DIFF 2019" after an unplaced commission is the festival\'s committee',
    place: 'Đà Nẵng',
    text: `Bốc thăm thứ tự thi đấu pháo hoa
Ông Lê Trung Chinh - Trưởng Ban Tuyên giáo, Phó Chủ tịch UBND TP. Đà Nẵng - Trưởng BTC DIFF 2019 bốc thăm thứ tự thi đấu.`,
    expect: {
      people: [{ name: 'Lê Trung Chinh', positions: [{ title: 'Trưởng ban', organization: 'Ban Tuyên giáo Thành ủy Đà Nẵng' }, { title: 'Phó Chủ tịch', organization: 'UBND thành phố Đà Nẵng' }] }],
    },
    forbidden: [{ person: 'Lê Trung Chinh', organizations: ['Ban Tổ chức Thành ủy Đà Nẵng'] }],
  },
  {
    name: 'Control, Nghệ An 2020: "Trưởng Ban Tổ chức Tỉnh ủy" stays the Party\'s commission',
    place: 'Nghệ An',
    text: `Hội nghị cán bộ chủ chốt
Ông Lê Đình Lý, Trưởng Ban Tổ chức Tỉnh ủy Nghệ An, công bố quyết định của Ban Thường vụ Tỉnh ủy.`,
    expect: {
      people: [{ name: 'Lê Đình Lý', positions: [{ title: 'Trưởng ban', organization: 'Ban Tổ chức Tỉnh ủy Nghệ An' }] }],
    },
  },
  {
    name: 'Hội Chữ thập đỏ 2018: "Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam" is the association\'s president',
    place: 'Hà Nội',
    text: `Tôn vinh người hiến máu
Bà Nguyễn Thị Xuân Thu - Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam ghi nhận đóng góp của các tình nguyện viên.`,
    expect: {
      people: [{ name: 'Nguyễn Thị Xuân Thu', positions: [{ title: 'Chủ tịch', organization: ['Hội Chữ thập đỏ Việt Nam', 'Trung ương Hội Chữ thập đỏ Việt Nam'] }] }],
    },
    forbidden: [{ person: 'Nguyễn Thị Xuân Thu', organizations: ['Ban Chấp hành Trung ương Đảng'] }],
  },
  {
    name: 'Hội Nông dân 2021: "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam" is not the Party\'s Central Committee',
    place: 'Hà Nội',
    text: `Hỗ trợ nông dân chuyển đổi số
Ông Đinh Khắc Đính, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam phát biểu tại hội thảo.`,
    expect: {
      people: [{ name: 'Đinh Khắc Đính', positions: [{ title: 'Phó Chủ tịch', organization: ['Hội Nông dân Việt Nam', 'Trung ương Hội Nông dân Việt Nam'] }] }],
      exhaustive: false,
    },
    forbidden: [{ person: 'Đinh Khắc Đính', organizations: ['Ban Chấp hành Trung ương Đảng'] }],
  },
  {
    name: 'MTTQ 2017: the second group\'s label ("các đồng chí Ủy viên T.Ư Đảng:") is its members\' own',
    place: 'Hà Nội',
    text: `Hội nghị Ủy ban Trung ương MTTQ Việt Nam
Dự hội nghị có các đồng chí Ủy viên Bộ Chính trị: Võ Văn Thưởng, Trưởng Ban Tuyên giáo T.Ư; Trương Thị Mai, Trưởng Ban Dân vận T.Ư; các đồng chí Ủy viên T.Ư Đảng: Hầu A Lềnh, Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam; Mai Văn Chính, Phó Trưởng Ban Tổ chức T.Ư.`,
    expect: {
      people: [
        { name: 'Võ Văn Thưởng', positions: [{ title: 'Ủy viên', organization: 'Bộ Chính trị' }, { title: 'Trưởng ban', organization: 'Ban Tuyên giáo Trung ương' }] },
        { name: 'Trương Thị Mai', positions: [{ title: 'Ủy viên', organization: 'Bộ Chính trị' }, { title: 'Trưởng ban', organization: 'Ban Dân vận Trung ương' }] },
        { name: 'Hầu A Lềnh', positions: [{ title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' }, { title: 'Phó Chủ tịch', organization: 'Ủy ban Trung ương MTTQ Việt Nam' }] },
        { name: 'Mai Văn Chính', positions: [{ title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' }, { title: 'Phó Trưởng ban', organization: 'Ban Tổ chức Trung ương' }] },
      ],
      exhaustive: false,
    },
    forbidden: [
      { person: 'Hầu A Lềnh', organizations: ['Bộ Chính trị'] },
      { person: 'Mai Văn Chính', organizations: ['Bộ Chính trị'] },
    ],
  },
];

describeWrongFactBatch('hand check 7030', CASES, 14);
