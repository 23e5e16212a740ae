// Articles from after the 1 July 2025 reform name the new units: new wards and
// communes, merged provinces, special zones (đặc khu); the same names before the
// reform are the old units. Each case is a short article written for this test, and
// the unit each body resolves to is checked by its qualified code (see
// docs/extraction-contract.md, "What the extractor resolved").
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';

interface Case {
  name: string;
  /** dd/mm/yyyy, the article's publication date. */
  date: string;
  headline: string;
  body: string;
  /** [person, title, organization as the contract writes it, unit id, former?]. */
  positions?: ReadonlyArray<readonly [string, string, string, string, boolean?]>;
  /** [organizer as written, unit id] of the article's first event. */
  organizer?: readonly [string, string];
}

const article = (c: Case): string => `${c.headline}\nNgày đăng ${c.date} | 09:00\n\n${c.body}`;

const AFTER: Case[] = [
  {
    name: 'a new ward the press names in the weeks before the reform: Hạ Long, 30 June 2025',
    date: '30/06/2025',
    headline: 'Công bố quyết định về công tác cán bộ tại phường Hạ Long',
    body: 'Sáng 30/6, Ban Thường vụ Tỉnh ủy Quảng Ninh tổ chức lễ công bố quyết định thành lập Đảng bộ phường Hạ Long. Đồng chí Phạm Thị Hồng Hạnh được chỉ định giữ chức Bí thư Đảng ủy phường Hạ Long.',
    positions: [['Phạm Thị Hồng Hạnh', 'Bí thư', 'Đảng ủy phường Hạ Long', '2025:06688']],
  },
  {
    name: 'a new ward that reuses an old ward name: Mông Dương (Quảng Ninh)',
    date: '12/09/2025',
    headline: 'Đảng ủy phường Mông Dương tổ chức hội nghị Ban Chấp hành Đảng bộ phường lần thứ 2',
    body: 'Sáng 11/9, Đảng ủy phường Mông Dương, tỉnh Quảng Ninh tổ chức hội nghị Ban Chấp hành Đảng bộ phường lần thứ 2. Đồng chí Trần Văn Hưng, Bí thư Đảng ủy phường Mông Dương chủ trì hội nghị.',
    positions: [['Trần Văn Hưng', 'Bí thư', 'Đảng ủy phường Mông Dương', '2025:06760']],
    organizer: ['Đảng ủy phường Mông Dương', '2025:06760'],
  },
  {
    name: '"Bí thư Đảng ủy phường X, Chủ tịch HĐND phường": Ba Đình (Hà Nội)',
    date: '03/10/2025',
    headline: 'Phường Ba Đình sơ kết công tác quý III',
    body: 'Chiều 2/10, phường Ba Đình, thành phố Hà Nội tổ chức hội nghị sơ kết công tác quý III năm 2025. Đồng chí Nguyễn Thị Thu Lan, Bí thư Đảng ủy phường Ba Đình, Chủ tịch HĐND phường chủ trì hội nghị.',
    positions: [
      ['Nguyễn Thị Thu Lan', 'Bí thư', 'Đảng ủy phường Ba Đình', '2025:00004'],
      ['Nguyễn Thị Thu Lan', 'Chủ tịch', 'HĐND phường Ba Đình', '2025:00004'],
    ],
  },
  {
    name: 'a merged province under its old name: Tỉnh ủy Phú Thọ in 2026',
    date: '15/01/2026',
    headline: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh Phú Thọ lần thứ 3',
    body: 'Ngày 14/1, Tỉnh ủy Phú Thọ tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 3. Đồng chí Lê Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phú Thọ trình bày báo cáo.',
    positions: [
      ['Lê Minh Tuấn', 'Phó Bí thư', 'Tỉnh ủy Phú Thọ', '2025:25'],
      ['Lê Minh Tuấn', 'Chủ tịch', 'UBND tỉnh Phú Thọ', '2025:25'],
    ],
  },
  {
    name: 'UBND of a merged province: Đồng Nai',
    date: '20/08/2025',
    headline: 'UBND tỉnh Đồng Nai làm việc với doanh nghiệp',
    body: 'Sáng 19/8, đồng chí Võ Thanh Sơn, Phó Chủ tịch UBND tỉnh Đồng Nai chủ trì buổi làm việc với các doanh nghiệp khu công nghiệp.',
    positions: [['Võ Thanh Sơn', 'Phó Chủ tịch', 'UBND tỉnh Đồng Nai', '2025:75']],
  },
  {
    name: 'a merged centrally run city: Thành ủy Hải Phòng',
    date: '05/09/2025',
    headline: 'Thành ủy Hải Phòng quán triệt nghị quyết',
    body: 'Ngày 4/9, Thành ủy Hải Phòng tổ chức hội nghị quán triệt nghị quyết. Đồng chí Phạm Quốc Khánh, Phó Bí thư Thành ủy Hải Phòng phát biểu chỉ đạo.',
    positions: [['Phạm Quốc Khánh', 'Phó Bí thư', 'Thành ủy Hải Phòng', '2025:31']],
  },
  {
    name: 'đặc khu Phú Quốc: Đảng ủy and UBND',
    date: '02/08/2025',
    headline: 'Đặc khu Phú Quốc ra mắt bộ máy chính quyền mới',
    body: 'Sáng 1/8, đặc khu Phú Quốc, tỉnh An Giang tổ chức hội nghị triển khai nhiệm vụ. Đồng chí Đặng Văn Hòa, Bí thư Đảng ủy đặc khu Phú Quốc chủ trì; đồng chí Lý Thanh Phong, Chủ tịch UBND đặc khu Phú Quốc báo cáo tình hình kinh tế.',
    positions: [
      ['Đặng Văn Hòa', 'Bí thư', 'Đảng ủy đặc khu Phú Quốc', '2025:31078'],
      ['Lý Thanh Phong', 'Chủ tịch', 'UBND đặc khu Phú Quốc', '2025:31078'],
    ],
  },
  {
    name: 'đặc khu Côn Đảo, now in Thành phố Hồ Chí Minh',
    date: '22/09/2025',
    headline: 'Đặc khu Côn Đảo đón đoàn công tác',
    body: 'Chiều 21/9, đồng chí Huỳnh Văn Tâm, Phó Bí thư Đảng ủy đặc khu Côn Đảo tiếp đoàn công tác của Thành phố Hồ Chí Minh.',
    positions: [['Huỳnh Văn Tâm', 'Phó Bí thư', 'Đảng ủy đặc khu Côn Đảo', '2025:26732']],
  },
  {
    name: 'đặc khu Vân Đồn',
    date: '10/10/2025',
    headline: 'Vân Đồn tổng kết mùa du lịch',
    body: 'Sáng 9/10, đồng chí Bùi Đức Thắng, Chủ tịch UBND đặc khu Vân Đồn chủ trì hội nghị tổng kết mùa du lịch.',
    positions: [['Bùi Đức Thắng', 'Chủ tịch', 'UBND đặc khu Vân Đồn', '2025:06994']],
  },
  {
    name: 'đặc khu Lý Sơn',
    date: '14/11/2025',
    headline: 'Lý Sơn khai mạc kỳ họp HĐND',
    body: 'Ngày 13/11, đồng chí Phạm Thị Hương, Chủ tịch HĐND đặc khu Lý Sơn khai mạc kỳ họp thứ ba.',
    positions: [['Phạm Thị Hương', 'Chủ tịch', 'HĐND đặc khu Lý Sơn', '2025:21548']],
  },
  {
    name: '"Đảng ủy xã X" of a new commune named after an old district: Tam Đảo',
    date: '08/08/2025',
    headline: 'Đảng ủy xã Tam Đảo triển khai nhiệm vụ',
    body: 'Ngày 7/8, Đảng ủy xã Tam Đảo, tỉnh Phú Thọ tổ chức hội nghị. Đồng chí Đỗ Văn Khánh, Bí thư Đảng ủy xã Tam Đảo chủ trì hội nghị.',
    positions: [['Đỗ Văn Khánh', 'Bí thư', 'Đảng ủy xã Tam Đảo', '2025:08911']],
    organizer: ['Đảng ủy xã Tam Đảo', '2025:08911'],
  },
  {
    name: 'a ward named after a dissolved city: Việt Trì',
    date: '25/07/2025',
    headline: 'Phường Việt Trì họp bàn phát triển đô thị',
    body: 'Đồng chí Nguyễn Hữu Lợi, Bí thư Đảng ủy phường Việt Trì, tỉnh Phú Thọ chủ trì cuộc họp.',
    positions: [['Nguyễn Hữu Lợi', 'Bí thư', 'Đảng ủy phường Việt Trì', '2025:07900']],
  },
  {
    name: 'phường Hạ Long',
    date: '30/07/2025',
    headline: 'Phường Hạ Long ra quân chỉnh trang đô thị',
    body: 'Đồng chí Vũ Thị Mai, Chủ tịch UBND phường Hạ Long, tỉnh Quảng Ninh phát biểu tại lễ ra quân.',
    positions: [['Vũ Thị Mai', 'Chủ tịch', 'UBND phường Hạ Long', '2025:06688']],
  },
  {
    name: 'phường Biên Hòa',
    date: '18/09/2025',
    headline: 'Phường Biên Hòa giải quyết kiến nghị cử tri',
    body: 'Đồng chí Lâm Văn Phúc, Phó Chủ tịch UBND phường Biên Hòa, tỉnh Đồng Nai trả lời kiến nghị của cử tri.',
    positions: [['Lâm Văn Phúc', 'Phó Chủ tịch', 'UBND phường Biên Hòa', '2025:26068']],
  },
  {
    name: 'phường Hoa Lư of Ninh Bình, not the old ward of Pleiku',
    date: '06/10/2025',
    headline: 'Phường Hoa Lư kiện toàn bộ máy',
    body: 'Đồng chí Trịnh Minh Đức, Bí thư Đảng ủy phường Hoa Lư, tỉnh Ninh Bình trao quyết định cho các cán bộ.',
    positions: [['Trịnh Minh Đức', 'Bí thư', 'Đảng ủy phường Hoa Lư', '2025:14329']],
  },
  {
    name: 'phường Thủ Dầu Một, now in Thành phố Hồ Chí Minh',
    date: '11/08/2025',
    headline: 'Phường Thủ Dầu Một tiếp xúc cử tri',
    body: 'Đồng chí Nguyễn Văn Thành, Chủ tịch HĐND phường Thủ Dầu Một, Thành phố Hồ Chí Minh chủ trì buổi tiếp xúc cử tri.',
    positions: [['Nguyễn Văn Thành', 'Chủ tịch', 'HĐND phường Thủ Dầu Một', '2025:25747']],
  },
  {
    name: 'xã Tân An of An Giang among eleven new Tân An',
    date: '19/08/2025',
    headline: 'Xã Tân An đẩy mạnh chuyển đổi số',
    body: 'Đồng chí Châu Văn Lực, Bí thư Đảng ủy xã Tân An, tỉnh An Giang chủ trì hội nghị chuyển đổi số.',
    positions: [['Châu Văn Lực', 'Bí thư', 'Đảng ủy xã Tân An', '2025:30388']],
  },
  {
    name: 'phường Tân An of Đắk Lắk',
    date: '27/08/2025',
    headline: 'Phường Tân An ra mắt trung tâm hành chính công',
    body: 'Đồng chí Y Khim Niê, Chủ tịch UBND phường Tân An, tỉnh Đắk Lắk phát biểu tại buổi lễ.',
    positions: [['Y Khim Niê', 'Chủ tịch', 'UBND phường Tân An', '2025:24163']],
  },
  {
    name: 'xã Thanh Trì of Hà Nội, not the old huyện',
    date: '09/09/2025',
    headline: 'Xã Thanh Trì triển khai nhiệm vụ năm học mới',
    body: 'Đồng chí Hoàng Văn Bình, Bí thư Đảng ủy xã Thanh Trì, thành phố Hà Nội chủ trì hội nghị.',
    positions: [['Hoàng Văn Bình', 'Bí thư', 'Đảng ủy xã Thanh Trì', '2025:00640']],
  },
  {
    name: 'xã Phù Ninh of Phú Thọ',
    date: '16/09/2025',
    headline: 'Xã Phù Ninh họp triển khai kế hoạch',
    body: 'Đồng chí Đinh Công Sơn, Phó Chủ tịch UBND xã Phù Ninh, tỉnh Phú Thọ trình bày kế hoạch.',
    positions: [['Đinh Công Sơn', 'Phó Chủ tịch', 'UBND xã Phù Ninh', '2025:08230']],
  },
  {
    name: 'xã Châu Thành of Tây Ninh',
    date: '01/10/2025',
    headline: 'Xã Châu Thành tổ chức đối thoại với nông dân',
    body: 'Đồng chí Trương Văn Hải, Bí thư Đảng ủy xã Châu Thành, tỉnh Tây Ninh chủ trì buổi đối thoại.',
    positions: [['Trương Văn Hải', 'Bí thư', 'Đảng ủy xã Châu Thành', '2025:25585']],
  },
  {
    name: 'TP.HCM after its merger',
    date: '12/08/2025',
    headline: 'Thành ủy TP.HCM triển khai nghị quyết',
    body: 'Đồng chí Lê Quốc Hùng, Phó Bí thư Thành ủy Thành phố Hồ Chí Minh phát biểu tại hội nghị.',
    positions: [['Lê Quốc Hùng', 'Phó Bí thư', 'Thành ủy Thành phố Hồ Chí Minh', '2025:79']],
  },
  {
    name: 'a province that went through the reform unchanged keeps its unit: Huế',
    date: '21/10/2025',
    headline: 'Thành ủy Huế tổng kết công tác',
    body: 'Đồng chí Nguyễn Đình Trung, Phó Bí thư Thành ủy Huế phát biểu tại hội nghị.',
    positions: [['Nguyễn Đình Trung', 'Phó Bí thư', 'Thành ủy Huế', '2004:46']],
  },
  {
    name: 'An Giang, merged with Kiên Giang',
    date: '03/12/2025',
    headline: 'UBND tỉnh An Giang họp thường kỳ',
    body: 'Đồng chí Hồ Văn Mừng, Chủ tịch UBND tỉnh An Giang chủ trì phiên họp thường kỳ tháng 11.',
    positions: [['Hồ Văn Mừng', 'Chủ tịch', 'UBND tỉnh An Giang', '2025:91']],
  },
  {
    name: 'a post in a body that ended with the reform, written as former',
    date: '24/09/2025',
    headline: 'Xã Sóc Sơn đón nhận danh hiệu',
    body: 'Đồng chí Phan Văn Quang, Bí thư Đảng ủy xã Sóc Sơn, nguyên Bí thư Huyện ủy Thanh Trì phát biểu tại buổi lễ.',
    positions: [
      ['Phan Văn Quang', 'Bí thư', 'Đảng ủy xã Sóc Sơn', '2025:00376'],
      ['Phan Văn Quang', 'Bí thư', 'Huyện ủy Thanh Trì', '2004:020', true],
    ],
  },
  {
    name: 'Tỉnh ủy Ninh Bình after the merger',
    date: '07/02/2026',
    headline: 'Tỉnh ủy Ninh Bình gặp mặt đầu xuân',
    body: 'Đồng chí Đoàn Minh Huấn, Bí thư Tỉnh ủy Ninh Bình chủ trì buổi gặp mặt.',
    positions: [['Đoàn Minh Huấn', 'Bí thư', 'Tỉnh ủy Ninh Bình', '2025:37']],
  },
  {
    name: 'a ward of the new Hà Nội: Cửa Nam',
    date: '13/08/2025',
    headline: 'Phường Cửa Nam ra mắt mô hình dân vận khéo',
    body: 'Đồng chí Lưu Thị Hạnh, Phó Bí thư Đảng ủy phường Cửa Nam, thành phố Hà Nội phát biểu tại buổi ra mắt.',
    positions: [['Lưu Thị Hạnh', 'Phó Bí thư', 'Đảng ủy phường Cửa Nam', '2025:00082']],
  },
  {
    name: 'the first congress of a new ward, "lần thứ I"',
    date: '20/08/2025',
    headline: 'Đại hội đại biểu Đảng bộ phường Hồng Hà lần thứ I, nhiệm kỳ 2025 - 2030',
    body: 'Sáng 19/8, Đại hội đại biểu Đảng bộ phường Hồng Hà lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc. Đồng chí Tô Văn Nam, Bí thư Đảng ủy phường Hồng Hà phát biểu khai mạc.',
    positions: [['Tô Văn Nam', 'Bí thư', 'Đảng ủy phường Hồng Hà', '2025:00097']],
    organizer: ['Đảng bộ phường Hồng Hà', '2025:00097'],
  },
];

const BEFORE: Case[] = [
  {
    name: 'a ward named before the new units were: Mông Dương in early June 2025',
    date: '10/06/2025',
    headline: 'Đảng ủy phường Mông Dương tổ chức hội nghị Ban Chấp hành Đảng bộ phường',
    body: 'Sáng 9/6, Đảng ủy phường Mông Dương, tỉnh Quảng Ninh tổ chức hội nghị Ban Chấp hành Đảng bộ phường lần thứ 30. Đồng chí Trần Văn Hưng, Bí thư Đảng ủy phường Mông Dương chủ trì hội nghị.',
    positions: [['Trần Văn Hưng', 'Bí thư', 'Đảng ủy phường Mông Dương', '2004:06760']],
  },
  {
    name: 'the old ward of Mông Dương, in thành phố Cẩm Phả',
    date: '12/09/2023',
    headline: 'Đảng ủy phường Mông Dương tổ chức hội nghị Ban Chấp hành Đảng bộ phường',
    body: 'Sáng 11/9, Đảng ủy phường Mông Dương, thành phố Cẩm Phả tổ chức hội nghị Ban Chấp hành Đảng bộ phường lần thứ 12. Đồng chí Trần Văn Hưng, Bí thư Đảng ủy phường Mông Dương chủ trì hội nghị.',
    positions: [['Trần Văn Hưng', 'Bí thư', 'Đảng ủy phường Mông Dương', '2004:06760']],
    organizer: ['Đảng ủy phường Mông Dương', '2004:06760'],
  },
  {
    name: 'the old province of Phú Thọ',
    date: '15/01/2019',
    headline: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh Phú Thọ lần thứ 20',
    body: 'Ngày 14/1, Tỉnh ủy Phú Thọ tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20. Đồng chí Lê Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phú Thọ trình bày báo cáo.',
    positions: [
      ['Lê Minh Tuấn', 'Phó Bí thư', 'Tỉnh ủy Phú Thọ', '2004:25'],
      ['Lê Minh Tuấn', 'Chủ tịch', 'UBND tỉnh Phú Thọ', '2004:25'],
    ],
  },
  {
    name: 'the old huyện Tam Đảo',
    date: '08/08/2022',
    headline: 'Huyện ủy Tam Đảo triển khai nhiệm vụ',
    body: 'Ngày 7/8, Huyện ủy Tam Đảo, tỉnh Vĩnh Phúc tổ chức hội nghị. Đồng chí Đỗ Văn Khánh, Bí thư Huyện ủy Tam Đảo chủ trì hội nghị.',
    positions: [['Đỗ Văn Khánh', 'Bí thư', 'Huyện ủy Tam Đảo', '2004:248']],
  },
  {
    name: 'the old city of Việt Trì',
    date: '25/07/2020',
    headline: 'Thành ủy Việt Trì họp bàn phát triển đô thị',
    body: 'Đồng chí Nguyễn Hữu Lợi, Bí thư Thành ủy Việt Trì, tỉnh Phú Thọ chủ trì cuộc họp.',
    positions: [['Nguyễn Hữu Lợi', 'Bí thư', 'Thành ủy Việt Trì', '2004:227']],
  },
  {
    name: 'the old ward of Ba Đình, in thành phố Thanh Hóa',
    date: '03/10/2021',
    headline: 'Phường Ba Đình sơ kết công tác quý III',
    body: 'Chiều 2/10, phường Ba Đình, thành phố Thanh Hóa tổ chức hội nghị. Đồng chí Nguyễn Thị Thu Lan, Bí thư Đảng ủy phường Ba Đình chủ trì hội nghị.',
    positions: [['Nguyễn Thị Thu Lan', 'Bí thư', 'Đảng ủy phường Ba Đình', '2004:14776']],
  },
  {
    name: 'TP.HCM before its merger',
    date: '12/08/2021',
    headline: 'Thành ủy TP.HCM triển khai nghị quyết',
    body: 'Đồng chí Lê Quốc Hùng, Phó Bí thư Thành ủy Thành phố Hồ Chí Minh phát biểu tại hội nghị.',
    positions: [['Lê Quốc Hùng', 'Phó Bí thư', 'Thành ủy Thành phố Hồ Chí Minh', '2004:79']],
  },
];

function check(c: Case, index: number): void {
  const record = extractArticle(article(c), { id: `reform-${index}` });
  for (const [name, title, organization, unit, former = false] of c.positions ?? []) {
    const person = record.people.find((p) => p.name === name);
    expect(person, `${name} in ${JSON.stringify(record.people.map((p) => p.name))}`).toBeDefined();
    const position = person?.positions.find((p) => p.title === title && p.organization === organization);
    expect(position, `${name}: ${title} / ${organization} in ${JSON.stringify(person?.positions)}`).toBeDefined();
    expect([position?.unit, position?.former]).toEqual([unit, former]);
  }
  if (c.organizer) {
    const event = record.events[0];
    expect([event?.organizer, event?.organizerUnit]).toEqual([...c.organizer]);
  }
}

describe('after the reform, names are the new units', () => {
  it(`has at least 25 articles`, () => expect(AFTER.length).toBeGreaterThanOrEqual(25));
  it.each(AFTER.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => check(c, i));
});

describe('before the reform, the same names are the old units', () => {
  it.each(BEFORE.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => check(c, 100 + i));
});
