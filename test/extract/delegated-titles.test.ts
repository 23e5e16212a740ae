// "Thừa ủy quyền của Chủ tịch nước Thứ trưởng Bộ Xây dựng A trao tặng …": the press leaves out the
// comma after the principal's title, and A was given "Chủ tịch nước". The principal's title is
// the first of the chain after "thay mặt", "thừa ủy quyền của", "thừa lệnh"; A's are the others.
// First run of the 4 cases written before the fix (on 5cbb851): 2/4 cases pass (the 2 controls),
// facts 24/28.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Phú Thọ 2017: a state honour handed over on the President\'s behalf, comma left out',
    place: 'Phú Thọ',
    text: `Công ty Licogi 14 đón nhận Huân chương Lao động
Sáng 8/7/2017, tại Phú Thọ, Công ty cổ phần Licogi 14 tổ chức lễ kỷ niệm 35 năm thành lập. Thừa ủy quyền của Chủ tịch nước Thứ trưởng Bộ Xây dựng Lê Quang Hùng trao tặng Huân chương Lao động hạng Nhì cho công ty.`,
    expect: {
      people: [{ name: 'Lê Quang Hùng', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Xây dựng' }] }],
      exhaustive: false,
    },
    forbidden: [{ person: 'Lê Quang Hùng', organizations: ['Nhà nước'] }],
  },
  {
    name: 'Hà Giang 2020: on the Prime Minister\'s behalf, comma left out',
    place: 'Hà Giang',
    text: `Trao Bằng khen của Thủ tướng Chính phủ
Ngày 15/9/2020, UBND tỉnh Hà Giang tổ chức lễ trao Bằng khen. Thừa ủy quyền của Thủ tướng Chính phủ Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn trao Bằng khen cho 12 tập thể.`,
    expect: {
      people: [{ name: 'Nguyễn Văn Sơn', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Hà Giang' }] }],
      exhaustive: false,
    },
    forbidden: [{ person: 'Nguyễn Văn Sơn', organizations: ['Chính phủ'] }],
  },
  {
    name: 'control, Bình Thuận 2018: with the comma, as before',
    place: 'Bình Thuận',
    text: `Trao Huân chương cho Hội Nông dân tỉnh
Ngày 3/12/2018, Hội Nông dân tỉnh Bình Thuận tổ chức lễ kỷ niệm. Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Bình Thuận Dương Văn An trao Huân chương Lao động hạng Ba cho Hội.`,
    expect: {
      people: [{ name: 'Dương Văn An', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Bình Thuận' }] }],
      exhaustive: false,
    },
    forbidden: [{ person: 'Dương Văn An', organizations: ['Nhà nước'] }],
  },
  {
    name: 'control, Long An 2021: on behalf of a named principal, the single title is the principal\'s own',
    place: 'Long An',
    text: `Thăm hỏi gia đình chính sách
Ngày 25/7/2021, đoàn công tác tỉnh Long An thăm gia đình chính sách. Thay mặt Bí thư Tỉnh ủy Long An Nguyễn Văn Được, ông Trần Văn Cần, Phó Chủ tịch HĐND tỉnh, trao quà cho các gia đình.`,
    expect: {
      people: [
        { name: 'Nguyễn Văn Được', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Long An' }] },
        { name: 'Trần Văn Cần', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND tỉnh Long An' }] },
      ],
      exhaustive: false,
    },
  },
];

describeWrongFactBatch('titles of the one acted for, comma left out', CASES, 4);
