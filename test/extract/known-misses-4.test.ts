// Blind batch "known misses 4": cases written from the phenomena before reading the code that
// handles them, in other provinces and years, before and after the July 2025 reform:
//   a. election or appointment by "bầu": "Hội nghị đã bầu ông A làm Bí thư Huyện ủy X", "bầu bà B
//      giữ chức Chủ tịch UBND xã Y", "bầu A làm X và B làm Y": the elected person holds the post
//      (current), and each post goes to its own person of a pair;
//   b. a birth year or an age in brackets between a name and its title ("anh A (SN 1980), Chủ tịch
//      UBND xã Z, cho biết", "ông B (56 tuổi), Phó Chủ tịch HĐND huyện …"): the title is the
//      person's, as without the bracket; never when the bracket is followed by another name;
//   controls: the same posts without "bầu" and without a bracket.
//
// First run, before any fix (on lead-s13, 9c8c3c3): 7/10 cases pass; facts 45/51. Failing: the three
// brackets of b ("(SN 1980)", "(56 tuổi)", "(sinh năm 1978)") between a name and its title: neither
// the person nor the post came out. The elections by "bầu" of a (one person, a pair joined by
// "và", "làm" and "giữ chức") and the bracket followed by another name passed on the first run.
// After the fixes: 11/11 cases, facts 60/60, with one case added after the first run (marked).
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'a, Thanh Hóa 2017: "Hội nghị đã bầu ông A làm Bí thư Huyện ủy X"',
    place: 'Thanh Hóa',
    text: `Huyện Nga Sơn có tân Bí thư Huyện ủy
2017-05-12
Chiều 11/5, Ban Chấp hành Đảng bộ huyện Nga Sơn tổ chức hội nghị kiện toàn nhân sự. Hội nghị đã bầu ông Mai Xuân Bình làm Bí thư Huyện ủy Nga Sơn nhiệm kỳ 2015-2020.`,
    expect: {
      people: [{ name: 'Mai Xuân Bình', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Nga Sơn' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'a, Sóc Trăng 2018: "bầu bà B giữ chức Chủ tịch UBND xã Y"',
    place: 'Sóc Trăng',
    text: `Xã Tham Đôn có tân Chủ tịch UBND
2018-09-21
Ngày 20/9, HĐND xã Tham Đôn, huyện Mỹ Xuyên tổ chức kỳ họp bất thường. Các đại biểu đã bầu bà Lâm Thị Ngọc Hân giữ chức Chủ tịch UBND xã Tham Đôn nhiệm kỳ 2016-2021.`,
    expect: {
      people: [{ name: 'Lâm Thị Ngọc Hân', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Tham Đôn' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'a, Quảng Trị 2017: "bầu A làm X và B làm Y": each post to its own person',
    place: 'Quảng Trị',
    text: `Hải Lăng kiện toàn chức danh lãnh đạo HĐND, UBND huyện
2017-07-08
Sáng 7/7, HĐND huyện Hải Lăng tổ chức kỳ họp thứ 4. Kỳ họp đã bầu ông Lê Văn Hoàng làm Chủ tịch HĐND huyện Hải Lăng và ông Trần Quốc Dũng làm Chủ tịch UBND huyện Hải Lăng.`,
    expect: {
      people: [
        { name: 'Lê Văn Hoàng', positions: [{ title: 'Chủ tịch', organization: 'HĐND huyện Hải Lăng' }] },
        { name: 'Trần Quốc Dũng', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Hải Lăng' }] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'a, An Giang 2025: a commune\'s council elects its chair after the reform',
    place: 'An Giang',
    text: `Xã Vĩnh Hậu bầu Chủ tịch HĐND
2025-08-04
Ngày 3/8, HĐND xã Vĩnh Hậu tổ chức kỳ họp chuyên đề. Kỳ họp đã bầu bà Nguyễn Thị Kim Loan giữ chức Chủ tịch HĐND xã Vĩnh Hậu nhiệm kỳ 2021-2026.`,
    expect: {
      people: [{ name: 'Nguyễn Thị Kim Loan', positions: [{ title: 'Chủ tịch', organization: 'HĐND xã Vĩnh Hậu' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'b, Bắc Giang 2017: "anh A (SN 1980), Chủ tịch UBND xã Z, cho biết"',
    place: 'Bắc Giang',
    text: `Xã Tân Sơn làm đường bê tông
2017-10-03
Anh Hoàng Văn Tuấn (SN 1980), Chủ tịch UBND xã Tân Sơn, huyện Lục Ngạn, cho biết năm nay xã đã làm được 12 km đường bê tông.`,
    expect: {
      people: [{ name: 'Hoàng Văn Tuấn', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Tân Sơn' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'b, Bình Định 2019: "ông B (56 tuổi), Phó Chủ tịch HĐND huyện"',
    place: 'Bình Định',
    text: `Người nuôi tôm ở Phù Mỹ lo mất mùa
2019-04-15
Ông Trần Đình Khiêm (56 tuổi), Phó Chủ tịch HĐND huyện Phù Mỹ, cho rằng người dân cần theo lịch thời vụ của huyện.`,
    expect: {
      people: [{ name: 'Trần Đình Khiêm', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND huyện Phù Mỹ' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'b, Lào Cai 2025: "(sinh năm 1978)" before a commune\'s post after the reform',
    place: 'Lào Cai',
    text: `Xã Bắc Hà phát triển cây mận
2025-11-20
Bà Vàng Thị Mai (sinh năm 1978), Phó Chủ tịch UBND xã Bắc Hà, cho biết toàn xã có hơn 600 ha mận.`,
    expect: {
      people: [{ name: 'Vàng Thị Mai', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND xã Bắc Hà' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'b, Hà Tĩnh 2017: a bracket followed by another name gives the first person no title',
    place: 'Hà Tĩnh',
    text: `Trao nhà tình nghĩa ở Hương Khê
2017-12-02
Gia đình bà Nguyễn Thị Lài (72 tuổi), ông Phan Văn Hải, Chủ tịch UBND xã Hương Trà, huyện Hương Khê đã trao nhà cho bà.`,
    expect: {
      people: [{ name: 'Phan Văn Hải', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Hương Trà' }] }],
      exhaustive: false,
    },
    forbidden: [{ person: 'Nguyễn Thị Lài', organizations: ['UBND xã Hương Trà'] }],
  },
  {
    name: 'control, Nghệ An 2017: a post without "bầu"',
    place: 'Nghệ An',
    text: `Thanh Chương ra quân làm giao thông nông thôn
2017-03-10
Ông Nguyễn Hữu Sáng, Bí thư Huyện ủy Thanh Chương, phát biểu tại lễ ra quân.`,
    expect: {
      people: [{ name: 'Nguyễn Hữu Sáng', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Thanh Chương' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'control, Kiên Giang 2018: a post without a bracket',
    place: 'Kiên Giang',
    text: `Xã Mong Thọ A vượt khó
2018-06-18
Ông Danh Sơn, Chủ tịch UBND xã Mong Thọ A, huyện Châu Thành, cho biết xã đã hoàn thành 15 tiêu chí nông thôn mới.`,
    expect: {
      people: [{ name: 'Danh Sơn', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Mong Thọ A' }] }],
      exhaustive: false,
    },
  },
  {
    // Added after the first run: the corpus showed a post left named after "thôi giữ chức" made
    // every post of the chain before it former.
    name: 'Quảng Bình 2018: "A, X, Y thôi giữ chức Y": only Y is left',
    place: 'Quảng Bình',
    text: `Quảng Bình điều động cán bộ
2018-03-14
Sáng 13/3, Ban Thường vụ Tỉnh ủy Quảng Bình công bố quyết định về công tác cán bộ. Theo đó, ông Phan Văn Long, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy Quảng Bình thôi giữ chức Trưởng ban Dân vận Tỉnh ủy để nhận nhiệm vụ mới.`,
    expect: {
      people: [
        {
          name: 'Phan Văn Long',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Quảng Bình' },
            { title: 'Trưởng ban', organization: 'Ban Dân vận Tỉnh ủy Quảng Bình', former: true },
          ],
        },
      ],
      exhaustive: false,
    },
  },
];

describeWrongFactBatch('known misses 4', CASES, 11);
