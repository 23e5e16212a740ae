// Causes found by a hand check of real 2017 articles (seed 7032), each pinned with sentences of
// other provinces, bodies and years:
//   - A post in a ministry that no longer exists ("nguyên Thứ trưởng Bộ Thủy sản", "nguyên Bộ
//     trưởng Bộ Thương mại", "Bộ Bưu chính, Viễn thông") was dropped: the person kept no post.
// First run of the 4 cases written before the fix (one control; on lead-s14 2887051): 1/4 cases
// pass, facts 13/17.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Cà Mau 2019: "nguyên Thứ trưởng Bộ Thủy sản" is a former post in that ministry',
    place: 'Cà Mau',
    text: `Nuôi tôm siêu thâm canh cần quy hoạch
2019-04-11
Tại hội thảo, ông Trần Văn Khải, nguyên Thứ trưởng Bộ Thủy sản, cho rằng vùng nuôi tôm cần được quy hoạch lại.`,
    expect: {
      people: [{ name: 'Trần Văn Khải', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Thủy sản', former: true }] }],
    },
  },
  {
    name: 'TP.HCM 2018: "nguyên Bộ trưởng Bộ Thương mại" before the name is a former post',
    place: 'TP.HCM',
    text: `Doanh nghiệp cần chủ động với các hiệp định thương mại tự do
2018-10-03
Nguyên Bộ trưởng Bộ Thương mại Lê Quang Hòa nhận định doanh nghiệp trong nước còn chậm tận dụng ưu đãi thuế quan.`,
    expect: {
      people: [{ name: 'Lê Quang Hòa', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Thương mại', former: true }] }],
    },
  },
  {
    name: 'Hà Nội 2021: "nguyên Thứ trưởng Bộ Bưu chính, Viễn thông" keeps the comma of its name',
    place: 'Hà Nội',
    text: `Chuyển đổi số cần bắt đầu từ hạ tầng
2021-08-19
Ông Phạm Đức Lâm - nguyên Thứ trưởng Bộ Bưu chính, Viễn thông - cho biết hạ tầng băng thông rộng cần được ưu tiên.`,
    expect: {
      people: [{ name: 'Phạm Đức Lâm', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Bưu chính, Viễn thông', former: true }] }],
    },
  },
  {
    name: 'Washington 2022: a foreign trade minister is no post in Vietnam\'s former ministry (control)',
    place: 'Hà Nội',
    text: `Việt Nam và Hoa Kỳ thúc đẩy hợp tác chuỗi cung ứng
2022-05-16
Bộ trưởng Bộ Thương mại Hoa Kỳ Gina Raimondo cho biết hai nước sẽ mở rộng hợp tác về chất bán dẫn.`,
    expect: { people: [] },
    forbidden: [{ person: 'Gina Raimondo', organizations: ['Bộ Thương mại'] }],
  },
];

describeWrongFactBatch('hand check 7032', CASES, 4);
