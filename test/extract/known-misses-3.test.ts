// Blind batch "known misses 3": cases written from the phenomena before reading the code that
// handles them, in other provinces and years, before and after the July 2025 reform:
//   a. a district's education office ("Trưởng phòng Giáo dục huyện X", "Trưởng Phòng GD&ĐT quận
//      Y", "Phó Trưởng phòng Giáo dục và Đào tạo thị xã Z"): title "Trưởng phòng" / "Phó Trưởng
//      phòng", organization "Phòng Giáo dục và Đào tạo <district>"; a department's own division
//      ("Trưởng phòng Giáo dục phổ thông Sở GD&ĐT") and a commune's office after 2025 ("Phòng
//      Văn hóa - Xã hội xã X") are never made a district's education office;
//   b. a title in lower case, a comma, then the name, when signing or acting ("phó chủ tịch UBND
//      tỉnh X, Nguyễn Văn A ký quyết định …", "chủ tịch UBND tỉnh X, ông A yêu cầu …"); acting
//      on someone's behalf ("Thay mặt chủ tịch UBND tỉnh, ông A, Giám đốc Sở …") and a list after
//      the title ("có chủ tịch UBND huyện X, ông A, bà B và ông C") never give the title to the
//      wrong person;
//   controls: a capitalised title before the name with no comma, and a department's director.
//
// First run, before any fix (on lead-s13, 9a75499): 9/10 cases pass; facts 59/60. Failing: "Trưởng
// phòng Giáo dục huyện Quỳnh Lưu" (the office named by "Giáo dục" alone) kept the person and the
// speech but gave no post. The lower-case titles before a comma and the name (b) and the cases of
// wrong titles they could give passed on the first run.
// Of b, the real articles' misses were the passive's agent: "Quyết định … do chủ tịch UBND tỉnh X,
// (ông) A ký", whose title the comma did not attach after "do" (the comma form was only taken
// at a clause's or a list item's start).
// After the fixes: 12/12 cases, facts 73/73, with two cases added after the first run (marked).
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'a, Nghệ An 2017: "Trưởng phòng Giáo dục huyện X" in an appositive',
    place: 'Nghệ An',
    text: `Quỳnh Lưu tổng kết năm học 2016-2017
2017-08-16
Ngày 15/8, UBND huyện Quỳnh Lưu tổ chức hội nghị tổng kết năm học 2016-2017. Ông Hồ Văn Thắng, Trưởng phòng Giáo dục huyện Quỳnh Lưu, cho biết toàn huyện có 98% học sinh tốt nghiệp THCS.`,
    expect: {
      people: [
        {
          name: 'Hồ Văn Thắng',
          positions: [{ title: 'Trưởng phòng', organization: 'Phòng Giáo dục và Đào tạo huyện Quỳnh Lưu' }],
          roles: ['spoke'],
        },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'a, Hà Nội 2019: "Trưởng Phòng GD&ĐT quận Y" before the name',
    place: 'Hà Nội',
    text: `Cầu Giấy triển khai nhiệm vụ năm học mới
2019-08-29
Sáng 28/8, UBND quận Cầu Giấy tổ chức hội nghị triển khai nhiệm vụ năm học 2019-2020. Trưởng Phòng GD&ĐT quận Cầu Giấy Nguyễn Thị Hương báo cáo kết quả năm học vừa qua.`,
    expect: {
      people: [
        {
          name: 'Nguyễn Thị Hương',
          positions: [{ title: 'Trưởng phòng', organization: 'Phòng Giáo dục và Đào tạo quận Cầu Giấy' }],
          roles: ['reported'],
        },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'a, Quảng Ngãi 2021: "Phó Trưởng phòng Giáo dục và Đào tạo thị xã Z"',
    place: 'Quảng Ngãi',
    text: `Đức Phổ sơ kết công tác phổ cập giáo dục
2021-06-11
Ngày 10/6, UBND thị xã Đức Phổ tổ chức hội nghị sơ kết công tác phổ cập giáo dục. Bà Phạm Thị Thu Hà, Phó Trưởng phòng Giáo dục và Đào tạo thị xã Đức Phổ, phát biểu tại hội nghị.`,
    expect: {
      people: [
        {
          name: 'Phạm Thị Thu Hà',
          positions: [{ title: 'Phó Trưởng phòng', organization: 'Phòng Giáo dục và Đào tạo thị xã Đức Phổ' }],
          roles: ['spoke'],
        },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'a, Lâm Đồng 2025: a department\'s division and a commune\'s office are no district education office',
    place: 'Lâm Đồng',
    text: `Xã Hàm Thuận Nam khai giảng năm học mới
2025-09-06
Ngày 5/9, UBND xã Hàm Thuận Nam tổ chức lễ khai giảng năm học 2025-2026. Ông Trần Minh Tâm, Trưởng phòng Văn hóa - Xã hội xã Hàm Thuận Nam, cho biết xã có 12 trường học. Bà Nguyễn Thị Lan, Trưởng phòng Giáo dục phổ thông Sở GD&ĐT tỉnh Lâm Đồng, phát biểu tại buổi lễ.`,
    expect: { people: [{ name: 'Trần Minh Tâm' }, { name: 'Nguyễn Thị Lan' }], exhaustive: false },
    forbidden: [
      { person: 'Trần Minh Tâm', organizations: ['Phòng Giáo dục và Đào tạo xã Hàm Thuận Nam', 'Phòng Giáo dục và Đào tạo', 'UBND xã Hàm Thuận Nam'] },
      {
        person: 'Nguyễn Thị Lan',
        organizations: ['Phòng Giáo dục và Đào tạo tỉnh Lâm Đồng', 'Phòng Giáo dục và Đào tạo xã Hàm Thuận Nam', 'Phòng Giáo dục và Đào tạo', 'Phòng Giáo dục'],
      },
    ],
  },
  {
    // Added after the first run, with the fix: the short name is a district's office only with a
    // district written after it.
    name: 'a, Ninh Bình 2018: "Phòng Giáo dục" with a province, or alone in a list of hosts, names no office',
    place: 'Ninh Bình',
    text: `Khen thưởng học sinh trả lại của rơi
2018-03-13
Ngày 12/3, Sở Giáo dục và Đào tạo, Phòng Giáo dục cùng UBND huyện Yên Mô tổ chức lễ tuyên dương học sinh. Bà Đinh Thị Hạnh, Trưởng phòng Giáo dục tỉnh Ninh Bình, phát biểu tại buổi lễ.`,
    expect: { people: [{ name: 'Đinh Thị Hạnh' }], exhaustive: false },
    forbidden: [{ person: 'Đinh Thị Hạnh', organizations: ['Phòng Giáo dục và Đào tạo tỉnh Ninh Bình', 'Phòng Giáo dục và Đào tạo huyện Yên Mô'] }],
    forbiddenOrganizers: ['Phòng Giáo dục và Đào tạo huyện Yên Mô'],
  },
  {
    name: 'b, Hưng Yên 2017: "phó chủ tịch UBND tỉnh X, Nguyễn Văn A ký quyết định"',
    place: 'Hưng Yên',
    text: `Hưng Yên phê duyệt đề án phát triển làng nghề
2017-03-07
Ngày 6/3, phó chủ tịch UBND tỉnh Hưng Yên, Đặng Minh Quân đã ký quyết định phê duyệt đề án phát triển làng nghề giai đoạn 2017-2020.`,
    expect: {
      people: [{ name: 'Đặng Minh Quân', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Hưng Yên' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'b, Quảng Nam 2018: "chủ tịch UBND tỉnh X, ông A" directs a conference',
    place: 'Quảng Nam',
    text: `Quảng Nam sơ kết kinh tế - xã hội 6 tháng đầu năm
2018-07-21
Sáng 20/7, UBND tỉnh Quảng Nam tổ chức hội nghị sơ kết tình hình kinh tế - xã hội 6 tháng đầu năm 2018. Phát biểu chỉ đạo hội nghị, chủ tịch UBND tỉnh Quảng Nam, ông Đinh Văn Thu yêu cầu các sở, ngành đẩy nhanh giải ngân vốn đầu tư công.`,
    expect: {
      people: [
        { name: 'Đinh Văn Thu', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Quảng Nam' }], roles: ['directed'] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'b, Đồng Nai 2025: a commune chairman in lower case signs a decision',
    place: 'Đồng Nai',
    text: `Xã Phú Riềng thành lập tổ công tác chuyển đổi số
2025-10-16
Ngày 15/10, UBND xã Phú Riềng tổ chức hội nghị triển khai chuyển đổi số năm 2025. Cùng ngày, chủ tịch UBND xã Phú Riềng, Trần Quốc Khánh đã ký quyết định thành lập tổ công tác chuyển đổi số cộng đồng.`,
    expect: {
      people: [{ name: 'Trần Quốc Khánh', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Phú Riềng' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'b, Sơn La 2018: on the chairman\'s behalf, and a list after the title, give no one the wrong title',
    place: 'Sơn La',
    text: `Sơn La trao quyết định bổ nhiệm cán bộ
2018-04-10
Chiều 9/4, UBND tỉnh Sơn La tổ chức hội nghị công bố quyết định về công tác cán bộ. Thay mặt chủ tịch UBND tỉnh Sơn La, ông Lò Văn Mừng, Giám đốc Sở Nội vụ trao quyết định cho các cán bộ được bổ nhiệm. Dự hội nghị có chủ tịch UBND huyện Mai Sơn, ông Tráng A Tủa, bà Cầm Thị Mai và ông Quàng Văn Bình.`,
    expect: { people: [{ name: 'Lò Văn Mừng' }], exhaustive: false },
    forbidden: [
      { person: 'Lò Văn Mừng', organizations: ['UBND tỉnh Sơn La'] },
      { person: 'Cầm Thị Mai', organizations: ['UBND huyện Mai Sơn'] },
      { person: 'Quàng Văn Bình', organizations: ['UBND huyện Mai Sơn'] },
    ],
  },
  {
    // Added after the first run, with the fix: the form the real articles missed, a passive's agent.
    name: 'b, Bắc Giang 2020: "Quyết định … do chủ tịch UBND tỉnh X, ông A ký"; "Do … vắng" gives no title',
    place: 'Bắc Giang',
    text: `Bắc Giang điều chỉnh giá dịch vụ xe buýt
2020-06-03
Quyết định số 412/QĐ-UBND do chủ tịch UBND tỉnh Bắc Giang, ông Lê Ánh Dương ký ngày 2/6 quy định giá dịch vụ xe buýt. Do chủ tịch UBND huyện Lục Nam vắng mặt, ông Hoàng Văn Tuấn chủ trì cuộc họp với các hợp tác xã vận tải.`,
    expect: {
      people: [
        { name: 'Lê Ánh Dương', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Bắc Giang' }] },
        { name: 'Hoàng Văn Tuấn', positions: [] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'control, Nghệ An 2019: a capitalised title before the name, no comma',
    place: 'Nghệ An',
    text: `Nghệ An công bố quy hoạch khu kinh tế Đông Nam
2019-05-14
Ngày 13/5, Chủ tịch UBND tỉnh Nghệ An Lê Văn Khải ký quyết định công bố quy hoạch chung Khu kinh tế Đông Nam.`,
    expect: {
      people: [{ name: 'Lê Văn Khải', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Nghệ An' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'control, Vĩnh Phúc 2022: a department of education\'s director speaks',
    place: 'Vĩnh Phúc',
    text: `Vĩnh Phúc tổng kết năm học 2021-2022
2022-08-20
Sáng 19/8, UBND tỉnh Vĩnh Phúc tổ chức hội nghị tổng kết năm học 2021-2022. Ông Đỗ Hữu Tài, Giám đốc Sở GD&ĐT tỉnh Vĩnh Phúc, phát biểu tại hội nghị.`,
    expect: {
      people: [
        {
          name: 'Đỗ Hữu Tài',
          positions: [{ title: 'Giám đốc', organization: 'Sở Giáo dục và Đào tạo tỉnh Vĩnh Phúc' }],
          roles: ['spoke'],
        },
      ],
      exhaustive: false,
    },
  },
  {
    // Added after the fixes: the whole-corpus diff showed a typo ("…, Hà Nội Nội cho biết") made a
    // person once the office before it was read.
    name: 'Hà Nội 2017: a province\'s last word typed twice after a post is no person',
    place: 'Hà Nội',
    text: `Họp báo về vụ việc tại trường mầm non
2017-02-07
Tại cuộc họp, bà Trần Thu Hà, Phó trưởng phòng Giáo dục quận Đống Đa, Hà Nội Nội cho biết, trường đã bị đình chỉ.`,
    expect: { people: [{ name: 'Trần Thu Hà' }], exhaustive: false },
    forbiddenPeople: ['Hà Nội Nội'],
  },
];

describeWrongFactBatch('known misses 3', CASES, 13);
