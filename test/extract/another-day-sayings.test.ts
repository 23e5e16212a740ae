// "Trước đó, ngày 23/6, ông A cho biết …": a sentence opening on another day, told before or
// after the news, holds what was said that day, at none of the article's events; what is done
// there keeps the event it is told at, and sayings count again once a sentence names an event.
// First run of the cases written before the fix (on d6a4c1d): 1/3 cases pass, facts 19/21.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Thanh Hóa 2018: a saying of an earlier day after a press conference',
    place: 'Thanh Hóa',
    text: `Thanh Hóa sẽ công bố kết luận thanh tra trong tháng 8
2018-07-25
Chiều 25/7, UBND tỉnh Thanh Hóa tổ chức họp báo thông tin kinh tế - xã hội 6 tháng. Tại buổi họp báo, ông Lê Văn Sáng, Chánh Văn phòng UBND tỉnh cho biết kết luận thanh tra sẽ được công bố trong tháng 8. Trước đó, ngày 12/7, ông Trịnh Quốc Khánh, Chánh Thanh tra tỉnh cho biết đoàn thanh tra đã kết thúc làm việc.`,
    expect: {
      people: [
        { name: 'Lê Văn Sáng', roles: ['spoke'] },
        { name: 'Trịnh Quốc Khánh', roles: [] },
      ],
    },
  },
  {
    name: 'Bắc Ninh 2026: "Tiếp đó, ngày …" in a chronology after the reform',
    place: 'Bắc Ninh',
    text: `Bắc Ninh họp về dự án khu đô thị
2026-04-10
Sáng 10/4, UBND tỉnh Bắc Ninh tổ chức cuộc họp về tiến độ dự án khu đô thị mới. Phó Chủ tịch UBND tỉnh Đào Quang Minh chủ trì cuộc họp. Tiếp đó, ngày 2/4, Giám đốc Sở Xây dựng Hoàng Văn Lợi cho biết nhà đầu tư đã nộp hồ sơ điều chỉnh.`,
    expect: {
      people: [
        { name: 'Đào Quang Minh', roles: ['chaired'] },
        { name: 'Hoàng Văn Lợi', roles: [] },
      ],
    },
  },
  {
    name: 'control, Nam Định 2017: a role told after the background still is the meeting\'s',
    place: 'Nam Định',
    text: `Nam Định họp bàn phòng chống dịch
2017-03-08
Sáng 8/3, UBND tỉnh Nam Định tổ chức cuộc họp bàn công tác phòng chống dịch cúm gia cầm. Trước đó, ngày 2/3, dịch cúm đã xuất hiện tại huyện Hải Hậu. Phó Chủ tịch UBND tỉnh Trần Lê Đoài chủ trì cuộc họp.`,
    expect: {
      people: [{ name: 'Trần Lê Đoài', roles: ['chaired'] }],
    },
  },
];

describeWrongFactBatch('sayings told on another day', CASES, 3);
