// Background told with its own past month or year: "Tháng 5/2015, Ban Chỉ đạo Tây Nguyên phối hợp
// UBND tỉnh Lâm Đồng tổ chức Hội nghị xúc tiến đầu tư" in a 2017 article became an event of the
// article, with the article's date and the speech of its own briefing. A sentence opening on a
// month or year well before the article's is background: its event is only referred to.
// First run of the 5 cases written before the fix (on be92a1e): 4/5 cases pass, facts 49/52 ("Năm
// 2019, … đã tổ chức" and "Hồi tháng 3/2016, …" were already background). The failing case's
// reported event was a press briefing about a festival, which the project does not take as an
// event (a miss of its own, left): it was made a council session, and then failed on main with
// the background conference as a second event. Whole corpus: 3 articles differ: the background
// conference and a speech at it gone (the article this was found in), a music award abroad told
// as "Đầu tháng 11/2016 vừa qua" gone, and in an article on APEC's preparations one wrong organizer
// ("Hội An") replaced by another ("Chính phủ") for a conference still to come.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Đắk Lắk 2017: an investment conference of May 2015 recalled in a session\'s report',
    place: 'Đắk Lắk',
    text: `HĐND tỉnh Đắk Lắk họp kỳ chuyên đề
2017-02-06
Sáng 6/2, HĐND tỉnh Đắk Lắk khóa IX tổ chức kỳ họp thứ 4 (kỳ họp chuyên đề). Chủ tịch HĐND tỉnh Đắk Lắk Y Biêr Niê chủ trì kỳ họp. Tháng 5/2015, Ban Chỉ đạo Tây Nguyên phối hợp UBND tỉnh Lâm Đồng tổ chức Hội nghị xúc tiến đầu tư vào nông nghiệp công nghệ cao.`,
    expect: {
      people: [{ name: 'Y Biêr Niê', positions: [{ title: 'Chủ tịch', organization: 'HĐND tỉnh Đắk Lắk' }], roles: ['chaired'] }],
      events: [{ kind: 'session', organizer: 'HĐND tỉnh Đắk Lắk', ordinal: 4, date: '2017-02-06' }],
    },
    eventCount: 1,
    forbiddenOrganizers: ['UBND tỉnh Lâm Đồng', 'Ban Chỉ đạo Tây Nguyên'],
  },
  {
    name: 'Quảng Trị 2021: "Năm 2019, …" recalls a conference two years before',
    place: 'Quảng Trị',
    text: `Quảng Trị sơ kết phong trào xây dựng nông thôn mới
2021-08-20
Ngày 20/8, UBND tỉnh Quảng Trị tổ chức hội nghị sơ kết phong trào xây dựng nông thôn mới. Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng chủ trì hội nghị. Năm 2019, Tỉnh ủy Quảng Trị đã tổ chức Hội nghị chuyên đề về nông thôn mới với sự tham gia của các huyện.`,
    expect: {
      people: [{ name: 'Võ Văn Hưng', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Quảng Trị' }], roles: ['chaired'] }],
      events: [{ kind: 'conference', organizer: 'UBND tỉnh Quảng Trị', date: '2021-08-20' }],
    },
    eventCount: 1,
    forbiddenOrganizers: ['Tỉnh ủy Quảng Trị'],
  },
  {
    name: 'control, Tiền Giang 2017: an article of January reporting a December session keeps it',
    place: 'Tiền Giang',
    text: `HĐND tỉnh Tiền Giang tổng kết năm
2017-01-05
Tháng 12/2016, HĐND tỉnh Tiền Giang khóa IX tổ chức kỳ họp thứ 3. Chủ tịch HĐND tỉnh Tiền Giang Võ Văn Bình chủ trì kỳ họp.`,
    expect: {
      people: [{ name: 'Võ Văn Bình', positions: [{ title: 'Chủ tịch', organization: 'HĐND tỉnh Tiền Giang' }], roles: ['chaired'] }],
      events: [{ kind: 'session', organizer: 'HĐND tỉnh Tiền Giang', ordinal: 3 }],
    },
    eventCount: 1,
  },
  {
    name: 'control, Bắc Giang 2023: "Năm 2023" in a 2023 article is this year',
    place: 'Bắc Giang',
    text: `Hội nghị Ban Chấp hành Đảng bộ tỉnh Bắc Giang
2023-07-12
Ngày 12/7, Ban Chấp hành Đảng bộ tỉnh Bắc Giang tổ chức hội nghị lần thứ 15. Bí thư Tỉnh ủy Dương Văn Thái chủ trì hội nghị. Năm 2023, Ban Chấp hành Đảng bộ tỉnh đã tổ chức 3 hội nghị chuyên đề.`,
    expect: {
      people: [{ name: 'Dương Văn Thái', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Bắc Giang' }], roles: ['chaired'] }],
      events: [{ kind: 'conference', organizer: 'Ban Chấp hành Đảng bộ tỉnh Bắc Giang', ordinal: 15, date: '2023-07-12' }],
    },
  },
  {
    name: 'Hà Nam 2018: "Hồi tháng 3/2016" opens a recalled meeting in a 2018 article',
    place: 'Hà Nam',
    text: `Hà Nam đối thoại với doanh nghiệp
2018-09-14
Ngày 14/9, UBND tỉnh Hà Nam tổ chức hội nghị đối thoại với doanh nghiệp. Chủ tịch UBND tỉnh Hà Nam Nguyễn Xuân Đông chủ trì hội nghị. Hồi tháng 3/2016, Sở Kế hoạch và Đầu tư tỉnh Hà Nam tổ chức buổi làm việc với các nhà đầu tư Hàn Quốc.`,
    expect: {
      people: [{ name: 'Nguyễn Xuân Đông', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Hà Nam' }], roles: ['chaired'] }],
      events: [{ kind: 'conference', organizer: 'UBND tỉnh Hà Nam', date: '2018-09-14' }],
    },
    eventCount: 1,
  },
];

describeWrongFactBatch('background told with its own past month or year', CASES, 5);
