// A plural title followed by "như" and a list of names ("liên lạc với các đại biểu Quốc hội như A,
// B") introduces each of them with that title, as the list does without "như" ("các đại biểu
// Quốc hội A, B"); a hand-checked article lost both deputies.
// First run of the 4 cases written before the fix (the last a control; on 3b57807): 0/4 cases
// pass, facts 10/25; the control failed on its own error (its text named no province for "UBND
// tỉnh"), put right after the run. "các đồng chí" before a title now opens its list as "các" does
// (the check for those words had never matched). Whole corpus: 2 articles, 2 deputies found in each.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Hà Nội 2017: "các đại biểu Quốc hội như A, B" gives both the title',
    place: 'Hà Nội',
    text: `Người dân mong được đối thoại
2017-06-13
Ban đại diện thôn đã liên lạc với các đại biểu Quốc hội như Nguyễn Văn Hưng, Trần Thị Lan để nắm thông tin.`,
    expect: {
      people: [
        { name: 'Nguyễn Văn Hưng', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] },
        { name: 'Trần Thị Lan', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] },
      ],
    },
  },
  {
    name: 'Nghệ An 2019: "những Phó Chủ tịch UBND tỉnh như A và B" gives both the title',
    place: 'Nghệ An',
    text: `Phân công nhiệm vụ
2019-03-02
Những Phó Chủ tịch UBND tỉnh Nghệ An như Lê Ngọc Hoa và Đinh Viết Hồng được giao phụ trách các lĩnh vực kinh tế.`,
    expect: {
      people: [
        { name: 'Lê Ngọc Hoa', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Nghệ An' }] },
        { name: 'Đinh Viết Hồng', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Nghệ An' }] },
      ],
    },
  },
  {
    name: 'Đắk Lắk 2024: "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy như A, B, C" gives all three',
    place: 'Đắk Lắk',
    text: `Hội nghị Tỉnh ủy
2024-05-10
Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy Đắk Lắk như Huỳnh Thị Chiến Hòa, Cao Thị Hòa An, Y Biêr Niê.`,
    expect: {
      people: [
        { name: 'Huỳnh Thị Chiến Hòa', positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Đắk Lắk' }] },
        { name: 'Cao Thị Hòa An', positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Đắk Lắk' }] },
        { name: 'Y Biêr Niê', positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Đắk Lắk' }] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'control, Huế 2018: "như" after a single title compares, it opens no list',
    place: 'Thừa Thiên Huế',
    text: `Chỉnh trang đô thị
2018-09-20
Chủ tịch UBND tỉnh Thừa Thiên Huế Phan Ngọc Thọ cho biết, thành phố cần làm như Đà Nẵng đã làm.`,
    expect: {
      people: [{ name: 'Phan Ngọc Thọ', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Thừa Thiên Huế' }] }],
    },
  },
];

describeWrongFactBatch('lists after "như"', CASES, 4);
