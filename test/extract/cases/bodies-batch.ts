// Blind batch "bodies", written before reading the extractor's body handling: bodies
// beyond Party committees and people's councils and committees, named as contract v2
// writes them (docs/extraction-contract.md, "More bodies and the 2025 reform"):
// central Party bodies and the T.Ư/TƯ/TW abbreviations, Đảng đoàn and Ban cán sự Đảng,
// the Fatherland Front's central committee, ministries under the press's abbreviations
// and under the names in force on the article's date, Vụ, Cục, Tổng cục, the State Bank,
// courts, procuracies, police, military commands, mass organizations, political schools,
// state enterprises' boards, project and compensation boards, chi bộ and Đảng ủy Khối;
// one body written once for several titles; TP.HCM and its numbered districts; and an
// unknown body after a title, kept as written and never replaced by the article's own.
//
// First run, before any fix: 2 of 18 cases passed; 207 of 328 facts held (people
// 52/81, positions 46/98, roles 34/72, event fields 21/23, not people 2/2); 10
// unexpected extras.
import type { ExtractionCase } from './types.js';


export const bodiesBatchCases: ExtractionCase[] = [
  {
    name: 'Hòa Vang 2019: "Bí thư T.Ư Đảng" at a commune festival is not the commune\'s committee',
    place: 'Đà Nẵng',
    text: `Bí thư T.Ư Đảng dự Ngày hội Đại đoàn kết toàn dân tộc tại xã Hòa Khương
Ngày đăng 15/11/2019 | 18:00

Ngày 15/11, đồng chí Phan Xuân Lộc, Bí thư T.Ư Đảng, Trưởng Ban Dân vận T.Ư đã về dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Phú Sơn, xã Hòa Khương, huyện Hòa Vang.

Cùng dự có bà Trương Thị Bích, Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam; đồng chí Lương Thị Hoa, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy Đà Nẵng; ông Đỗ Văn Tâm, Bí thư Đảng ủy xã Hòa Khương.`,
    expect: {
      people: [
        {
          name: 'Phan Xuân Lộc',
          positions: [
            // The project writes a member of the Secretariat as Ủy viên of Ban Bí thư (src/vietnam/titles.ts);
            // the first run expected the title Bí thư.
            { title: 'Ủy viên', organization: 'Ban Bí thư' },
            { title: 'Trưởng ban', organization: 'Ban Dân vận Trung ương' },
          ],
        },
        { name: 'Trương Thị Bích', positions: [{ title: 'Phó Chủ tịch', organization: 'Ủy ban Trung ương MTTQ Việt Nam' }] },
        {
          name: 'Lương Thị Hoa',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Thành ủy Đà Nẵng' },
            { title: 'Trưởng ban', organization: 'Ban Dân vận Thành ủy Đà Nẵng' },
          ],
        },
        { name: 'Đỗ Văn Tâm', positions: [{ title: 'Bí thư', organization: 'Đảng ủy xã Hòa Khương' }] },
      ],
    },
  },
  {
    name: 'Hải Phòng 2023: central bodies TƯ and TW at a provincial bridge of a national conference',
    place: 'Hải Phòng',
    text: `Hải Phòng dự hội nghị trực tuyến toàn quốc về công tác dân vận
Ngày đăng 06/06/2023 | 17:20

Sáng 6/6, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc tổng kết công tác dân vận.

Đồng chí Vương Đình Hiển, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư chủ trì hội nghị. Đồng chí Lý Thanh Hà, Ủy viên TƯ Đảng, Chủ nhiệm Ủy ban Kiểm tra TƯ và đồng chí Mai Văn Chính, Ủy viên TW Đảng, Trưởng Ban Tổ chức TW dự hội nghị.

Tại điểm cầu Hải Phòng, đồng chí Đỗ Mạnh Hiến, Phó Bí thư Thường trực Thành ủy chủ trì.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Ban Bí thư', date: '2023-06-06' }],
      people: [
        {
          name: 'Vương Đình Hiển',
          positions: [
            { title: 'Ủy viên', organization: 'Bộ Chính trị' },
            { title: 'Thường trực', organization: 'Ban Bí thư' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Lý Thanh Hà',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Chủ nhiệm', organization: 'Ủy ban Kiểm tra Trung ương' },
          ],
          roles: ['attended'],
        },
        {
          name: 'Mai Văn Chính',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Trưởng ban', organization: 'Ban Tổ chức Trung ương' },
          ],
          roles: ['attended'],
        },
        { name: 'Đỗ Mạnh Hiến', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Thành ủy Hải Phòng' }], roles: ['chaired'] },
      ],
    },
  },
  {
    name: 'Bộ GD&ĐT 2019: minister, vice-minister, Vụ and Cục, Sở GD&ĐT of a province',
    place: 'Trung ương',
    text: `Bộ GD&ĐT tổng kết năm học 2018 - 2019
Ngày đăng 10/08/2019 | 12:00

Sáng 10/8, Bộ GD&ĐT tổ chức hội nghị tổng kết năm học 2018 - 2019, triển khai nhiệm vụ năm học mới.

Bộ trưởng Bộ GD&ĐT Trần Hữu Đạt chủ trì hội nghị. Thứ trưởng Bộ GD&ĐT Lê Hải Ngọc trình bày báo cáo tổng kết.

Tại hội nghị, Vụ trưởng Vụ Giáo dục Tiểu học (Bộ GD&ĐT) Đỗ Minh Khang và Cục trưởng Cục Quản lý chất lượng Trịnh Văn Phú phát biểu về đổi mới chương trình. Ông Hồ Ngọc Sơn, Giám đốc Sở GD&ĐT tỉnh Quảng Bình cũng phát biểu tham luận.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Bộ Giáo dục và Đào tạo', date: '2019-08-10' }],
      people: [
        { name: 'Trần Hữu Đạt', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Giáo dục và Đào tạo' }], roles: ['chaired'] },
        { name: 'Lê Hải Ngọc', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Giáo dục và Đào tạo' }], roles: ['reported'] },
        { name: 'Đỗ Minh Khang', positions: [{ title: 'Vụ trưởng', organization: 'Vụ Giáo dục Tiểu học' }], roles: ['spoke'] },
        { name: 'Trịnh Văn Phú', positions: [{ title: 'Cục trưởng', organization: 'Cục Quản lý chất lượng' }], roles: ['spoke'] },
        { name: 'Hồ Ngọc Sơn', positions: [{ title: 'Giám đốc', organization: 'Sở Giáo dục và Đào tạo tỉnh Quảng Bình' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Quảng Nam 2020: ministries by their abbreviations at a flood-response meeting',
    place: 'Quảng Nam',
    text: `Phó Thủ tướng làm việc với Quảng Nam về khắc phục hậu quả mưa lũ
Ngày đăng 30/10/2020 | 21:10

Chiều 30/10, Phó Thủ tướng Trịnh Văn An chủ trì buổi làm việc với tỉnh Quảng Nam về khắc phục hậu quả bão số 9.

Cùng dự có Bộ trưởng Bộ NN&PTNT Nguyễn Xuân Cảnh; Thứ trưởng Bộ TN&MT Lê Công Thành; Thứ trưởng Bộ GTVT Nguyễn Ngọc Đông; Thứ trưởng Bộ KH&ĐT Võ Thành Thống; Tổng cục trưởng Tổng cục Phòng chống thiên tai Trần Quang Hoài.

Đồng chí Lê Trí Thanh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Nam báo cáo thiệt hại do mưa lũ.`,
    expect: {
      people: [
        { name: 'Trịnh Văn An', positions: [{ title: 'Phó Thủ tướng', organization: 'Chính phủ' }], roles: ['chaired'] },
        { name: 'Nguyễn Xuân Cảnh', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Nông nghiệp và Phát triển nông thôn' }], roles: ['attended'] },
        { name: 'Lê Công Thành', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Tài nguyên và Môi trường' }], roles: ['attended'] },
        { name: 'Nguyễn Ngọc Đông', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Giao thông vận tải' }], roles: ['attended'] },
        { name: 'Võ Thành Thống', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Kế hoạch và Đầu tư' }], roles: ['attended'] },
        { name: 'Trần Quang Hoài', positions: [{ title: 'Tổng cục trưởng', organization: 'Tổng cục Phòng chống thiên tai' }], roles: ['attended'] },
        {
          name: 'Lê Trí Thanh',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Quảng Nam' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Quảng Nam' },
          ],
          roles: ['reported'],
        },
      ],
    },
  },
  {
    name: 'Lâm Đồng 2024: VHTTDL, TT&TT and Sở KHĐT abbreviations',
    place: 'Lâm Đồng',
    text: `Lâm Đồng làm việc với đoàn công tác liên bộ về phát triển du lịch số
Ngày đăng 16/05/2024 | 16:35

Sáng 16/5, UBND tỉnh Lâm Đồng tổ chức buổi làm việc với đoàn công tác liên bộ về chuyển đổi số trong du lịch.

Đồng chí Trần Văn Hiệp, Chủ tịch UBND tỉnh chủ trì buổi làm việc. Tham dự có Thứ trưởng Bộ VHTTDL Hồ An Phong, Thứ trưởng Bộ TT&TT Phạm Đức Long.

Đồng chí Nguyễn Văn Lộc, Giám đốc Sở KHĐT báo cáo tình hình thu hút đầu tư vào du lịch.`,
    expect: {
      people: [
        { name: 'Trần Văn Hiệp', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Lâm Đồng' }], roles: ['chaired'] },
        { name: 'Hồ An Phong', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Văn hóa, Thể thao và Du lịch' }], roles: ['attended'] },
        { name: 'Phạm Đức Long', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Thông tin và Truyền thông' }], roles: ['attended'] },
        { name: 'Nguyễn Văn Lộc', positions: [{ title: 'Giám đốc', organization: 'Sở Kế hoạch và Đầu tư tỉnh Lâm Đồng' }], roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Thái Bình 2025-04: ministries and departments under the names in force since March 2025',
    place: 'Thái Bình',
    text: `Bộ trưởng Bộ Nông nghiệp và Môi trường làm việc tại Thái Bình
Ngày đăng 18/04/2025 | 19:00

Chiều 18/4, đồng chí Đỗ Đức Thành, Ủy viên Trung ương Đảng, Bộ trưởng Bộ NN&MT chủ trì buổi làm việc với UBND tỉnh Thái Bình về phòng chống xâm nhập mặn.

Đồng chí Nguyễn Khắc Thận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Lại Văn Hoàn, Giám đốc Sở Nông nghiệp và Môi trường tỉnh dự buổi làm việc. Ông Hoàng Văn Khoa, nguyên Thứ trưởng Bộ KH&ĐT, cũng tham dự.`,
    expect: {
      people: [
        {
          name: 'Đỗ Đức Thành',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bộ trưởng', organization: 'Bộ Nông nghiệp và Môi trường' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Nguyễn Khắc Thận',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Thái Bình' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Thái Bình' },
          ],
          roles: ['attended'],
        },
        { name: 'Lại Văn Hoàn', positions: [{ title: 'Giám đốc', organization: 'Sở Nông nghiệp và Môi trường tỉnh Thái Bình' }], roles: ['attended'] },
        { name: 'Hoàng Văn Khoa', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Kế hoạch và Đầu tư', former: true }], roles: ['attended'] },
      ],
    },
  },
  {
    name: 'Đắk Lắk 2023: court, procuracy and police of the province and a district',
    place: 'Đắk Lắk',
    text: `Khối Nội chính tỉnh Đắk Lắk triển khai nhiệm vụ năm 2023
Ngày đăng 12/01/2023 | 15:45

Sáng 12/1, Ban Nội chính Tỉnh ủy Đắk Lắk tổ chức hội nghị triển khai nhiệm vụ năm 2023 của khối nội chính.

Đồng chí Y Phương Niê, Trưởng Ban Nội chính Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Trần Thị Lụa, Chánh án TAND tỉnh; đồng chí Nguyễn Văn Bảy, Viện trưởng VKSND tỉnh; Đại tá Lê Đức Tài, Phó Giám đốc Công an tỉnh.

Thượng tá Phạm Quốc Việt, Trưởng Công an huyện Krông Pắc và đồng chí Hà Thị Sen, Phó Chánh án TAND huyện Cư M'gar phát biểu tham luận.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Ban Nội chính Tỉnh ủy Đắk Lắk', date: '2023-01-12' }],
      people: [
        { name: 'Y Phương Niê', positions: [{ title: 'Trưởng ban', organization: 'Ban Nội chính Tỉnh ủy Đắk Lắk' }], roles: ['chaired'] },
        { name: 'Trần Thị Lụa', positions: [{ title: 'Chánh án', organization: 'Tòa án nhân dân tỉnh Đắk Lắk' }], roles: ['attended'] },
        { name: 'Nguyễn Văn Bảy', positions: [{ title: 'Viện trưởng', organization: 'Viện kiểm sát nhân dân tỉnh Đắk Lắk' }], roles: ['attended'] },
        { name: 'Lê Đức Tài', positions: [{ title: 'Phó Giám đốc', organization: 'Công an tỉnh Đắk Lắk' }], roles: ['attended'] },
        { name: 'Phạm Quốc Việt', positions: [{ title: 'Trưởng Công an', organization: 'Công an huyện Krông Pắc' }], roles: ['spoke'] },
        { name: 'Hà Thị Sen', positions: [{ title: 'Phó Chánh án', organization: "Tòa án nhân dân huyện Cư M'gar" }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Bình Chánh 2019: "Công an quận 2" stays quận 2, "Bí thư kiêm Chủ tịch UBND huyện"',
    place: 'Hồ Chí Minh',
    text: `Bình Chánh sơ kết công tác bảo đảm an ninh trật tự 6 tháng đầu năm
Ngày đăng 04/07/2019 | 10:10

Sáng 4/7, UBND huyện Bình Chánh (TPHCM) tổ chức hội nghị sơ kết công tác bảo đảm an ninh trật tự 6 tháng đầu năm 2019.

Ông Huỳnh Văn Sang, Bí thư kiêm Chủ tịch UBND huyện Bình Chánh chủ trì hội nghị. Đại tá Lê Văn Minh, Trưởng Công an huyện báo cáo kết quả trấn áp tội phạm.

Dịp này, Thượng tá Đinh Công Toàn, Phó Trưởng Công an quận 2 thông tin về việc phối hợp triệt phá đường dây cho vay nặng lãi hoạt động trên địa bàn hai quận, huyện.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'UBND huyện Bình Chánh', date: '2019-07-04' }],
      people: [
        {
          name: 'Huỳnh Văn Sang',
          positions: [
            { title: 'Bí thư', organization: 'Huyện ủy Bình Chánh' },
            { title: 'Chủ tịch', organization: 'UBND huyện Bình Chánh' },
          ],
          roles: ['chaired'],
        },
        { name: 'Lê Văn Minh', positions: [{ title: 'Trưởng Công an', organization: 'Công an huyện Bình Chánh' }], roles: ['reported'] },
        { name: 'Đinh Công Toàn', positions: [{ title: 'Phó Trưởng Công an', organization: 'Công an quận 2' }] },
      ],
    },
  },
  {
    name: 'Quận 3 2022: TP.HCM with numbered districts, Quận ủy and UBND Quận 1',
    place: 'Hồ Chí Minh',
    text: `Hội nghị Quận ủy Quận 3 lần thứ 14
Ngày đăng 20/07/2022 | 11:30

Sáng 20/7, Ban Chấp hành Đảng bộ Quận 3 khóa XII tổ chức Hội nghị lần thứ 14.

Đồng chí Nguyễn Thanh Xuân, Bí thư Quận ủy Quận 3 chủ trì hội nghị. Dự hội nghị có đồng chí Lê Văn Thinh, Ủy viên Ban Thường vụ Thành ủy TP.HCM, Trưởng Ban Nội chính Thành ủy.

Đồng chí Nguyễn Đình Hưng, Phó Bí thư Quận ủy, Chủ tịch UBND Quận 3 báo cáo tình hình kinh tế - xã hội. Đồng chí Lê Đức Thanh, Chủ tịch UBND Quận 1 phát biểu chia sẻ kinh nghiệm chỉnh trang đô thị.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Quận ủy Quận 3', ordinal: 14, term: 'XII', date: '2022-07-20' }],
      people: [
        { name: 'Nguyễn Thanh Xuân', positions: [{ title: 'Bí thư', organization: 'Quận ủy Quận 3' }], roles: ['chaired'] },
        {
          name: 'Lê Văn Thinh',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh' },
            { title: 'Trưởng ban', organization: 'Ban Nội chính Thành ủy Thành phố Hồ Chí Minh' },
          ],
          roles: ['attended'],
        },
        {
          name: 'Nguyễn Đình Hưng',
          positions: [
            { title: 'Phó Bí thư', organization: 'Quận ủy Quận 3' },
            { title: 'Chủ tịch', organization: 'UBND Quận 3' },
          ],
          roles: ['reported'],
        },
        { name: 'Lê Đức Thanh', positions: [{ title: 'Chủ tịch', organization: 'UBND Quận 1' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Quảng Bình 2022: mass organizations Tỉnh đoàn, Hội Nông dân, Hội LHPN, Hội CCB, LĐLĐ',
    place: 'Quảng Bình',
    text: `Ủy ban MTTQ Việt Nam tỉnh Quảng Bình tổng kết năm 2022
Ngày đăng 27/12/2022 | 09:50

Sáng 27/12, Ủy ban MTTQ Việt Nam tỉnh Quảng Bình tổ chức hội nghị tổng kết công tác Mặt trận năm 2022.

Đồng chí Trần Hải Châu, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Hoàng Thị Hà, Chủ tịch Hội LHPN tỉnh; đồng chí Nguyễn Văn Thắng, Chủ tịch Hội Nông dân tỉnh; đồng chí Đinh Văn Sơn, Chủ tịch Hội CCB tỉnh; đồng chí Phan Thị Hằng, Chủ tịch LĐLĐ tỉnh.

Đồng chí Lê Tuấn Anh, Bí thư Tỉnh đoàn và đồng chí Cao Văn Định, Bí thư Huyện đoàn Bố Trạch phát biểu tham luận.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Bình', date: '2022-12-27' }],
      people: [
        { name: 'Trần Hải Châu', positions: [{ title: 'Chủ tịch', organization: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Bình' }], roles: ['chaired'] },
        { name: 'Hoàng Thị Hà', positions: [{ title: 'Chủ tịch', organization: 'Hội Liên hiệp Phụ nữ tỉnh Quảng Bình' }], roles: ['attended'] },
        { name: 'Nguyễn Văn Thắng', positions: [{ title: 'Chủ tịch', organization: 'Hội Nông dân tỉnh Quảng Bình' }], roles: ['attended'] },
        { name: 'Đinh Văn Sơn', positions: [{ title: 'Chủ tịch', organization: 'Hội Cựu chiến binh tỉnh Quảng Bình' }], roles: ['attended'] },
        { name: 'Phan Thị Hằng', positions: [{ title: 'Chủ tịch', organization: 'Liên đoàn Lao động tỉnh Quảng Bình' }], roles: ['attended'] },
        { name: 'Lê Tuấn Anh', positions: [{ title: 'Bí thư', organization: 'Tỉnh đoàn Quảng Bình' }], roles: ['spoke'] },
        { name: 'Cao Văn Định', positions: [{ title: 'Bí thư', organization: 'Huyện đoàn Bố Trạch' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Vĩnh Phúc 2020: political school, Học viện Chính trị khu vực, a school named after a scholar',
    place: 'Vĩnh Phúc',
    text: `Trường Chính trị tỉnh Vĩnh Phúc khai giảng lớp cao cấp lý luận chính trị
Ngày đăng 14/09/2020 | 14:10

Sáng 14/9, Trường Chính trị tỉnh Vĩnh Phúc tổ chức lễ khai giảng lớp cao cấp lý luận chính trị hệ không tập trung.

Đồng chí Trần Văn Mạnh, Hiệu trưởng Trường Chính trị tỉnh chủ trì buổi lễ. Dự lễ khai giảng có đồng chí Đặng Thị Hạnh, Phó Giám đốc Học viện Chính trị khu vực I; đồng chí Lưu Văn Bình, Giám đốc Trung tâm Chính trị huyện Tam Dương.

Thay mặt học viên, ông Hoàng Minh Khôi, Hiệu trưởng Trường THCS Lê Quý Đôn phát biểu hứa quyết tâm học tập.`,
    expect: {
      people: [
        { name: 'Trần Văn Mạnh', positions: [{ title: 'Hiệu trưởng', organization: 'Trường Chính trị tỉnh Vĩnh Phúc' }], roles: ['chaired'] },
        { name: 'Đặng Thị Hạnh', positions: [{ title: 'Phó Giám đốc', organization: 'Học viện Chính trị khu vực I' }], roles: ['attended'] },
        { name: 'Lưu Văn Bình', positions: [{ title: 'Giám đốc', organization: 'Trung tâm Chính trị huyện Tam Dương' }], roles: ['attended'] },
        {
          name: 'Hoàng Minh Khôi',
          positions: [{ title: 'Hiệu trưởng', organization: ['Trường THCS Lê Quý Đôn', 'Trường Trung học cơ sở Lê Quý Đôn'] }],
          roles: ['spoke'],
        },
      ],
      notPeople: ['Lê Quý Đôn'],
    },
  },
  {
    name: 'Quảng Ninh 2018: state enterprise board HĐTV, Đảng ủy of a corporation, Kế toán trưởng',
    place: 'Quảng Ninh',
    text: `Tập đoàn TKV tổng kết công tác năm 2018
Ngày đăng 29/12/2018 | 18:25

Ngày 29/12, tại thành phố Hạ Long, Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam tổ chức hội nghị tổng kết công tác năm 2018.

Đồng chí Lê Minh Chuẩn, Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam chủ trì hội nghị. Ông Đặng Thanh Hải, Tổng Giám đốc Tập đoàn trình bày báo cáo tổng kết.

Bà Vũ Thị Hồng, Kế toán trưởng Công ty Than Hà Lầm phát biểu tham luận về quản trị chi phí.`,
    expect: {
      people: [
        {
          name: 'Lê Minh Chuẩn',
          positions: [
            { title: 'Bí thư', organization: 'Đảng ủy Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam' },
            { title: 'Chủ tịch', organization: 'Hội đồng thành viên Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam' },
          ],
          roles: ['chaired'],
        },
        { name: 'Đặng Thanh Hải', positions: [{ title: 'Tổng Giám đốc', organization: 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam' }], roles: ['reported'] },
        { name: 'Vũ Thị Hồng', positions: [{ title: 'Kế toán trưởng', organization: 'Công ty Than Hà Lầm' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Bến Lức 2021: project board, compensation board, Trưởng phòng, Chánh Thanh tra',
    place: 'Long An',
    text: `Bến Lức đối thoại với người dân vùng dự án đường Vành đai 3
Ngày đăng 22/09/2021 | 20:00

Chiều 22/9, UBND huyện Bến Lức tổ chức buổi đối thoại với các hộ dân bị ảnh hưởng bởi dự án đường Vành đai 3.

Đồng chí Nguyễn Văn Tuấn, Chủ tịch UBND huyện Bến Lức chủ trì buổi đối thoại. Tham dự có ông Trần Quốc Nam, Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh Long An; ông Lê Thanh Bình, Chánh Thanh tra tỉnh.

Ông Phạm Hữu Lộc, Trưởng Ban Bồi thường, giải phóng mặt bằng huyện Bến Lức và bà Ngô Thị Thu, Trưởng phòng Tài nguyên và Môi trường huyện phát biểu giải đáp thắc mắc của người dân.`,
    expect: {
      people: [
        { name: 'Nguyễn Văn Tuấn', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Bến Lức' }], roles: ['chaired'] },
        { name: 'Trần Quốc Nam', positions: [{ title: 'Giám đốc', organization: 'Ban Quản lý dự án đầu tư xây dựng tỉnh Long An' }], roles: ['attended'] },
        { name: 'Lê Thanh Bình', positions: [{ title: 'Chánh Thanh tra', organization: 'Thanh tra tỉnh Long An' }], roles: ['attended'] },
        { name: 'Phạm Hữu Lộc', positions: [{ title: 'Trưởng ban', organization: 'Ban Bồi thường, giải phóng mặt bằng huyện Bến Lức' }], roles: ['spoke'] },
        { name: 'Ngô Thị Thu', positions: [{ title: 'Trưởng phòng', organization: 'Phòng Tài nguyên và Môi trường huyện Bến Lức' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Hà Nam 2019: Đảng ủy Khối, chi bộ of an office and of a village',
    place: 'Hà Nam',
    text: `Đảng ủy Khối các cơ quan tỉnh Hà Nam sơ kết 6 tháng
Ngày đăng 11/07/2019 | 15:15

Chiều 11/7, Đảng ủy Khối các cơ quan tỉnh Hà Nam tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2019.

Đồng chí Trần Đức Thắng, Bí thư Đảng ủy Khối các cơ quan tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Phạm Thị Liên, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh.

Đồng chí Đinh Văn Hòa, Bí thư Chi bộ Văn phòng UBND tỉnh và đồng chí Trịnh Văn Cừ, Bí thư Chi bộ thôn Đồng Lạc, xã Liêm Cần phát biểu tham luận về nâng cao chất lượng sinh hoạt chi bộ.`,
    expect: {
      events: [{ kind: 'conference', organizer: 'Đảng ủy Khối các cơ quan tỉnh Hà Nam', date: '2019-07-11' }],
      people: [
        { name: 'Trần Đức Thắng', positions: [{ title: 'Bí thư', organization: 'Đảng ủy Khối các cơ quan tỉnh Hà Nam' }], roles: ['chaired'] },
        { name: 'Phạm Thị Liên', positions: [{ title: 'Bí thư', organization: 'Đảng ủy Khối Doanh nghiệp tỉnh Hà Nam' }], roles: ['attended'] },
        { name: 'Đinh Văn Hòa', positions: [{ title: 'Bí thư', organization: 'Chi bộ Văn phòng UBND tỉnh Hà Nam' }], roles: ['spoke'] },
        { name: 'Trịnh Văn Cừ', positions: [{ title: 'Bí thư', organization: 'Chi bộ thôn Đồng Lạc, xã Liêm Cần' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Thanh Hóa 2020: Đảng đoàn HĐND, Ban cán sự Đảng UBND, Phó Ban, Tổng Biên tập',
    place: 'Thanh Hóa',
    text: `Thanh Hóa trao Giải Báo chí về xây dựng Đảng năm 2020
Ngày đăng 20/06/2020 | 21:30

Tối 20/6, Ban Tuyên giáo Tỉnh ủy Thanh Hóa tổ chức lễ trao Giải Báo chí về xây dựng Đảng năm 2020.

Dự lễ trao giải có đồng chí Lại Thế Nguyên, Phó Bí thư Thường trực Tỉnh ủy, Bí thư Đảng đoàn HĐND tỉnh, Chủ tịch HĐND tỉnh; đồng chí Nguyễn Đức Quyền, Phó Bí thư Ban cán sự Đảng UBND tỉnh, Phó Chủ tịch Thường trực UBND tỉnh.

Đồng chí Lê Quang Hùng, Phó Ban Tuyên giáo Tỉnh ủy công bố quyết định trao giải. Đồng chí Phạm Văn Tuấn, Tổng Biên tập Báo Thanh Hóa phát biểu cảm ơn.`,
    expect: {
      people: [
        {
          name: 'Lại Thế Nguyên',
          positions: [
            { title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Thanh Hóa' },
            { title: 'Bí thư', organization: 'Đảng đoàn HĐND tỉnh Thanh Hóa' },
            { title: 'Chủ tịch', organization: 'HĐND tỉnh Thanh Hóa' },
          ],
          roles: ['attended'],
        },
        {
          name: 'Nguyễn Đức Quyền',
          positions: [
            { title: 'Phó Bí thư', organization: 'Ban cán sự Đảng UBND tỉnh Thanh Hóa' },
            { title: 'Phó Chủ tịch Thường trực', organization: 'UBND tỉnh Thanh Hóa' },
          ],
          roles: ['attended'],
        },
        { name: 'Lê Quang Hùng', positions: [{ title: 'Phó Trưởng ban', organization: 'Ban Tuyên giáo Tỉnh ủy Thanh Hóa' }] },
        { name: 'Phạm Văn Tuấn', positions: [{ title: 'Tổng Biên tập', organization: 'Báo Thanh Hóa' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Quảng Trị 2022: Chủ tịch nước, Chủ tịch Quốc hội, Đảng đoàn Quốc hội',
    place: 'Quảng Trị',
    text: `Lãnh đạo Đảng, Nhà nước dâng hương tại Nghĩa trang liệt sĩ quốc gia Trường Sơn
Ngày đăng 26/07/2022 | 08:20

Sáng 26/7, Chủ tịch nước Võ Minh Khôi và Phó Chủ tịch nước Đặng Thị Ngọc Hân dâng hương tưởng niệm các anh hùng liệt sĩ tại Nghĩa trang liệt sĩ quốc gia Trường Sơn.

Cùng đi có đồng chí Vương Quốc Đình, Ủy viên Bộ Chính trị, Bí thư Đảng đoàn Quốc hội, Chủ tịch Quốc hội; đồng chí Lê Quang Tùng, Bí thư Tỉnh ủy Quảng Trị.`,
    expect: {
      people: [
        { name: 'Võ Minh Khôi', positions: [{ title: 'Chủ tịch nước', organization: 'Nhà nước' }] },
        { name: 'Đặng Thị Ngọc Hân', positions: [{ title: 'Phó Chủ tịch nước', organization: 'Nhà nước' }] },
        {
          name: 'Vương Quốc Đình',
          positions: [
            { title: 'Ủy viên', organization: 'Bộ Chính trị' },
            { title: 'Bí thư', organization: 'Đảng đoàn Quốc hội' },
            { title: 'Chủ tịch', organization: 'Quốc hội' },
          ],
        },
        { name: 'Lê Quang Tùng', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Quảng Trị' }] },
      ],
      notPeople: ['Trường Sơn'],
    },
  },
  {
    name: 'Tây Ninh 2020: military region, provincial military and border guard commands, ranks are no posts',
    place: 'Tây Ninh',
    text: `Tây Ninh tổng kết diễn tập khu vực phòng thủ năm 2020
Ngày đăng 25/11/2020 | 17:00

Ngày 25/11, UBND tỉnh Tây Ninh tổ chức hội nghị tổng kết diễn tập khu vực phòng thủ tỉnh năm 2020.

Thiếu tướng Nguyễn Văn Nam, Phó Tư lệnh Quân khu 7 dự và phát biểu chỉ đạo. Đồng chí Trần Văn Chiến, Phó Chủ tịch Thường trực UBND tỉnh chủ trì hội nghị.

Đại tá Huỳnh Văn Sơn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh báo cáo kết quả diễn tập. Đại tá Võ Văn Lũy, Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Trung tá Lê Minh Tâm, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Tân Biên phát biểu tham luận.`,
    expect: {
      people: [
        { name: 'Nguyễn Văn Nam', positions: [{ title: 'Phó Tư lệnh', organization: ['Bộ Tư lệnh Quân khu 7', 'Quân khu 7'] }], roles: ['attended', 'directed'] },
        { name: 'Trần Văn Chiến', positions: [{ title: 'Phó Chủ tịch Thường trực', organization: 'UBND tỉnh Tây Ninh' }], roles: ['chaired'] },
        { name: 'Huỳnh Văn Sơn', positions: [{ title: 'Chỉ huy trưởng', organization: 'Bộ Chỉ huy Quân sự tỉnh Tây Ninh' }], roles: ['reported'] },
        { name: 'Võ Văn Lũy', positions: [{ title: 'Chính ủy', organization: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh' }], roles: ['spoke'] },
        { name: 'Lê Minh Tâm', positions: [{ title: 'Chỉ huy trưởng', organization: 'Ban Chỉ huy Quân sự huyện Tân Biên' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Nghệ An 2019: State Bank and its provincial branch, an unknown cooperative kept as written',
    place: 'Nghệ An',
    text: `Ngân hàng Nhà nước làm việc với Nghệ An về tín dụng nông nghiệp
Ngày đăng 08/11/2019 | 13:40

Ngày 8/11, đồng chí Lê Minh Tuệ, Phó Thống đốc Ngân hàng Nhà nước Việt Nam chủ trì buổi làm việc với UBND tỉnh Nghệ An về tín dụng phục vụ nông nghiệp, nông thôn.

Tham dự có đồng chí Lê Ngọc Hoa, Phó Chủ tịch UBND tỉnh; ông Nguyễn Đình Sơn, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An.

Ông Phan Văn Thái, Giám đốc Hợp tác xã Dịch vụ nông nghiệp Nghi Văn phát biểu kiến nghị mở rộng cho vay không tài sản bảo đảm.`,
    expect: {
      people: [
        { name: 'Lê Minh Tuệ', positions: [{ title: 'Phó Thống đốc', organization: 'Ngân hàng Nhà nước Việt Nam' }], roles: ['chaired'] },
        { name: 'Lê Ngọc Hoa', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Nghệ An' }], roles: ['attended'] },
        { name: 'Nguyễn Đình Sơn', positions: [{ title: 'Giám đốc', organization: 'Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An' }], roles: ['attended'] },
        { name: 'Phan Văn Thái', positions: [{ title: 'Giám đốc', organization: 'Hợp tác xã Dịch vụ nông nghiệp Nghi Văn' }], roles: ['spoke'] },
      ],
    },
  },
];
