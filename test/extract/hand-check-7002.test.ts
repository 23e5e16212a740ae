// Causes of wrong facts found by a hand check of 25 real 2017 articles, each pinned with
// sentences of other provinces and bodies than the articles':
//   - "A (được Chủ tịch UBND tỉnh ủy quyền)": the title between "được" and a verb of
//     delegation is the delegator's, never a post of A.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Bắc Giang 2019: "(được Chủ tịch UBND tỉnh ủy quyền)" gives the deputy no post of the chair',
    place: 'Bắc Giang',
    text: `Đối thoại với công dân về khiếu nại đất đai
Ngày đăng 13/03/2019 | 08:00

Ngày 12/3, Phó Chủ tịch UBND tỉnh Bắc Giang Lê Văn Bình (được Chủ tịch UBND tỉnh ủy quyền) tổ chức đối thoại với bà Trần Thị Cúc. Sau đó, Chủ tịch UBND tỉnh Bắc Giang Nguyễn Văn Linh đã giao Sở Tài chính xem xét.`,
    expect: {
      people: [
        { name: 'Lê Văn Bình', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Bắc Giang' }] },
        { name: 'Nguyễn Văn Linh', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Bắc Giang' }] },
      ],
    },
  },
  {
    name: 'Phú Yên 2020: "ông A, được Giám đốc Sở phân công" keeps only his own post',
    place: 'Phú Yên',
    text: `Kiểm tra công tác phòng cháy tại chợ Tuy Hòa
Ngày đăng 05/08/2020 | 15:20

Sáng 4/8, ông Phan Văn Tâm, Phó Giám đốc Sở Công Thương tỉnh Phú Yên, được Giám đốc Sở Công Thương phân công, đã kiểm tra công tác phòng cháy tại chợ Tuy Hòa.`,
    expect: {
      people: [{ name: 'Phan Văn Tâm', positions: [{ title: 'Phó Giám đốc', organization: 'Sở Công Thương tỉnh Phú Yên' }] }],
    },
  },
];

describeWrongFactBatch('hand check 7002', CASES, 2);
