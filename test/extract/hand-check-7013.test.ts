// Causes found by a hand check of real 2017 articles (seed 7013), each pinned with sentences of
// other provinces, bodies and years:
//   - "các Bộ trưởng sẽ lần lượt trả lời chất vấn …, gồm: A; B": a plan, with an adverb between
//     "sẽ" and the cue, gives no role;
//   - the year of an undated article: a date a law takes effect from ("có hiệu lực từ ngày
//     1/7/2020"), a year striven for ("phấn đấu … vào năm 2025"), and the programmes of two
//     years discussed together ("Chương trình xây dựng luật năm 2021 và … năm 2020") are not the
//     news's;
//   - "Hội Hữu nghị Thái Việt": the countries of a friendship association are no person;
//   - "gồm: bị cáo A, B (Giám đốc Công ty X)": a post in brackets is only the name's before it;
//   - "ông A, Thứ trưởng Bộ X và bà <foreign name>, Vụ trưởng Vụ Y của Ủy ban châu Âu": the
//     second post is the foreign official's, never A's.
// First run of the 7 cases written before the fixes: 0/7 cases pass, facts 47/54. One of them
// (a post in brackets after a list of names) was dropped with its fix, which the corpus showed
// wrong five times for each time right; the two Đồng Nai cases were written after the fixes (the
// fire police's a miss of the same check: its first run gave no post), and so was the ambassadors'
// case (missed in seeds 7012 to 7014: no post on the code before) and the photographer's (found
// on the corpus: 'Quang Hiếu', 'Thủ tướng, Chính phủ' 17 times, and 'reported' on the code before).
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Quốc hội 2019: ministers who will answer questions have no role yet',
    place: 'Hà Nội',
    text: `Bốn bộ trưởng sẽ đăng đàn
Theo chương trình, ngày 4/6/2019, các Bộ trưởng sẽ lần lượt trả lời chất vấn tại phiên họp, gồm: Bộ trưởng Bộ Công Thương Trần Tuấn Anh; Bộ trưởng Bộ Tài chính Đinh Tiến Dũng. Thủ tướng Nguyễn Xuân Phúc sẽ trực tiếp phát biểu cuối phiên chất vấn.`,
    expect: {
      people: [
        { name: 'Trần Tuấn Anh', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Công Thương' }], roles: [] },
        { name: 'Đinh Tiến Dũng', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Tài chính' }], roles: [] },
        { name: 'Nguyễn Xuân Phúc', positions: [{ title: 'Thủ tướng', organization: 'Chính phủ' }], roles: [] },
      ],
    },
  },
  {
    name: 'Bình Dương 2019: the day a law takes effect is not the news year, and leaves another open',
    place: 'Bình Dương',
    text: `Tập huấn Luật Kiến trúc
Sáng 12/11, Sở Xây dựng tỉnh Bình Dương tổ chức hội nghị tập huấn Luật Kiến trúc. Luật được Quốc hội thông qua tại kỳ họp thứ 7 năm 2019 và có hiệu lực từ ngày 1/7/2020. Ông Nguyễn Văn Lộc, Giám đốc Sở Xây dựng tỉnh Bình Dương, phát biểu khai mạc.`,
    expect: {
      people: [{ name: 'Nguyễn Văn Lộc', positions: [{ title: 'Giám đốc', organization: 'Sở Xây dựng tỉnh Bình Dương' }], roles: ['opened'] }],
      // Passed in 2019, in force from 2020: a training on it may be in either year.
      events: [{ kind: 'conference', organizer: 'Sở Xây dựng tỉnh Bình Dương', date: null }],
    },
  },
  {
    name: 'Đồng Nai 2019: a rule taking effect in the year the words give keeps it',
    place: 'Đồng Nai',
    text: `Triển khai Luật Quy hoạch
Sáng 9/1, Sở Kế hoạch và Đầu tư tỉnh Đồng Nai tổ chức hội nghị triển khai Luật Quy hoạch, có hiệu lực từ ngày 1/1/2019. Trong năm 2019, toàn tỉnh rà soát 120 quy hoạch ngành. Ông Phạm Anh Dũng, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Đồng Nai, chủ trì hội nghị.`,
    expect: {
      people: [{ name: 'Phạm Anh Dũng', positions: [{ title: 'Giám đốc', organization: 'Sở Kế hoạch và Đầu tư tỉnh Đồng Nai' }], roles: ['chaired'] }],
      events: [{ kind: 'conference', organizer: 'Sở Kế hoạch và Đầu tư tỉnh Đồng Nai', date: '2019-01-09' }],
    },
  },
  {
    name: 'Hà Nội 2020: a year striven for is not the news year',
    place: 'Hà Nội',
    text: `Thủ tướng tiếp Bộ trưởng Kinh tế Hàn Quốc
Chiều 6/7, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc tiếp Bộ trưởng Thương mại Hàn Quốc. Hai bên phấn đấu đưa kim ngạch thương mại song phương đạt 100 tỷ USD vào năm 2023. Tại buổi tiếp, Thủ tướng Nguyễn Xuân Phúc đề nghị Hàn Quốc mở cửa thị trường cho nông sản Việt Nam.`,
    expect: {
      people: [{ name: 'Nguyễn Xuân Phúc', positions: [{ title: 'Thủ tướng', organization: 'Chính phủ' }] }],
      events: [{ date: null }],
      exhaustive: false,
    },
  },
  {
    name: 'Quốc hội 2020: the programmes of two years discussed together date no news',
    place: 'Hà Nội',
    text: `Thảo luận tổ về chương trình xây dựng luật
Sáng 23/5, Quốc hội thảo luận tại tổ về Chương trình xây dựng luật, pháp lệnh năm 2021 và điều chỉnh Chương trình xây dựng luật, pháp lệnh năm 2020. Đại biểu Quốc hội Lê Thanh Vân (Cà Mau) cho rằng dự án luật bổ sung vào kỳ họp này là quá gấp.`,
    expect: {
      people: [{ name: 'Lê Thanh Vân', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] }],
      events: [{ date: null }],
      exhaustive: false,
    },
  },
  {
    name: 'Udon Thani 2018: the countries of a friendship association are no person',
    place: 'Hà Nội',
    text: `Kiều bào dâng hương tưởng niệm Bác Hồ
Sáng 19/5/2018, tại tỉnh Udon Thani, buổi lễ có sự tham dự của ông Somchai Prasert – Chủ tịch Hội Hữu nghị Thái Việt, cùng đông đảo kiều bào. Bà Trần Thị Hương, Chủ tịch Hội Hữu nghị Việt Lào tỉnh Nghệ An, cũng đến dự.`,
    expect: { notPeople: ['Thái Việt', 'Việt Lào'], exhaustive: false },
  },
  {
    name: 'Brussels 2018: a foreign co-signer\'s post is never the Vietnamese official\'s',
    place: 'Hà Nội',
    text: `Ký tắt hiệp định
Ngày 25/6/2018, hai trưởng đoàn là ông Lê Quốc Hùng, Thứ trưởng Bộ Tài chính và bà Maria Schmidt, Vụ trưởng Vụ Hợp tác quốc tế, Tổng cục Thương mại của Ủy ban châu Âu, đã ký tắt hiệp định.`,
    expect: {
      people: [{ name: 'Lê Quốc Hùng', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Tài chính' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'Đồng Nai 2017: a province\'s fire police is a body of its own',
    place: 'Đồng Nai',
    text: `Cháy kho hàng ở Biên Hòa
Sáng 14/3/2017, Thượng tá Nguyễn Văn Sơn, Phó Giám đốc Cảnh sát PCCC tỉnh Đồng Nai, cho biết đám cháy đã được khống chế sau 3 giờ.`,
    expect: {
      people: [{ name: 'Nguyễn Văn Sơn', positions: [{ title: 'Phó Giám đốc', organization: 'Cảnh sát PCCC tỉnh Đồng Nai' }] }],
    },
  },
  {
    name: 'Tokyo and Praha 2019: Vietnam\'s ambassadors and consuls head its missions; a foreign ambassador none of ours',
    place: 'Hà Nội',
    text: `Kỷ niệm Quốc khánh tại nước ngoài
Ngày 2/9/2019, Đại sứ đặc mệnh toàn quyền Việt Nam tại Nhật Bản Vũ Hồng Nam phát biểu tại lễ kỷ niệm. Bà Trần Thị Hoàng Mai, Tổng Lãnh sự Việt Nam tại Quảng Châu, dự. Ông Thái Xuân Dũng, Đại sứ Việt Nam tại Cộng hòa Séc, cũng dự. Đại sứ Trung Quốc tại Việt Nam Hùng Ba gửi thư chúc mừng.`,
    expect: {
      people: [
        { name: 'Vũ Hồng Nam', positions: [{ title: 'Đại sứ', organization: 'Đại sứ quán Việt Nam tại Nhật Bản' }] },
        { name: 'Trần Thị Hoàng Mai', positions: [{ title: 'Tổng Lãnh sự', organization: 'Tổng Lãnh sự quán Việt Nam tại Quảng Châu' }] },
        { name: 'Thái Xuân Dũng', positions: [{ title: 'Đại sứ', organization: 'Đại sứ quán Việt Nam tại Cộng hòa Séc' }] },
      ],
      exhaustive: false,
    },
    forbidden: [{ person: 'Hùng Ba', organizations: ['Đại sứ quán Việt Nam tại Trung Quốc', 'Đại sứ quán Việt Nam tại Việt Nam'] }],
  },
  {
    name: 'Hà Nội 2018: a photographer after the agency\'s mark, a country in Latin script and a report agreed with are no person nor role',
    place: 'Hà Nội',
    text: `Thủ tướng dự Hội nghị Quân chính toàn quân
Sáng 27/6/2018, tại Hà Nội, Quân ủy Trung ương tổ chức Hội nghị Quân chính toàn quân. Thủ tướng Nguyễn Xuân Phúc dự hội nghị. Ảnh: TTXVN/Trần Hải Thay mặt lãnh đạo Đảng, Nhà nước, Thủ tướng biểu dương toàn quân. Nhất trí với báo cáo tại hội nghị, Thủ tướng Nguyễn Xuân Phúc cho rằng toàn quân đã hoàn thành tốt nhiệm vụ. Ông David Cohen - Phó Đại Sứ Quan Israel, cũng dự.`,
    expect: {
      people: [{ name: 'Nguyễn Xuân Phúc', positions: [{ title: 'Thủ tướng', organization: 'Chính phủ' }], roles: ['attended', 'spoke'] }],
      notPeople: ['Trần Hải', 'Quan Israel'],
    },
  },
];

describeWrongFactBatch('hand check 7013', CASES, 7);
