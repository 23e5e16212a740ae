// Causes found by a hand check of real 2017 articles (seed 7029), each pinned with sentences of
// other provinces, bodies and years:
//   - A post the person held at the time of the story, followed by the one held now ("bà …,
//     Chủ tịch UBND tỉnh … nay là Bí thư Tỉnh ủy …"): both came out current, though the first
//     is a former post.
// First run of the 4 cases written before the fix (1 a control; on main 170cbde): 2/4 cases pass, facts 21/25.
// The third case ("… thời điểm đó, nay là …") passed already: the time words after the post mark it.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const NOW_CASES: WrongFactCase[] = [
  {
    name: 'Nghệ An 2019: the post held "khi đó" before "nay là" is former',
    place: 'Nghệ An',
    text: `Thanh tra việc cấp phép khai thác đá
Ngày 12/9/2019, Thanh tra tỉnh Nghệ An công bố kết luận thanh tra việc cấp phép khai thác đá. Người ký các giấy phép khi đó là ông Trần Quốc Khải - Giám đốc Sở Tài nguyên và Môi trường tỉnh Nghệ An, nay là Phó Chủ tịch UBND tỉnh Nghệ An.`,
    expect: {
      people: [
        {
          name: 'Trần Quốc Khải',
          positions: [
            { title: 'Giám đốc', organization: 'Sở Tài nguyên và Môi trường tỉnh Nghệ An', former: true },
            { title: 'Phó Chủ tịch', organization: 'UBND tỉnh Nghệ An' },
          ],
        },
      ],
    },
  },
  {
    name: 'Bắc Ninh 2025: a district chairman "nay là" a commune chairman after the reform keeps the district post as former',
    place: 'Bắc Ninh',
    text: `Kiểm điểm sai phạm đất đai ở Lục Nam cũ
Ngày 20/10/2025, UBND tỉnh Bắc Ninh yêu cầu kiểm điểm bà Hoàng Thị Mai Lan, Chủ tịch UBND huyện Lục Nam, nay là Chủ tịch UBND xã Lục Nam, về những sai phạm trong giao đất giai đoạn 2020-2023.`,
    expect: {
      people: [
        {
          name: 'Hoàng Thị Mai Lan',
          positions: [
            { title: 'Chủ tịch', organization: 'UBND huyện Lục Nam', former: true },
            { title: 'Chủ tịch', organization: 'UBND xã Lục Nam' },
          ],
        },
      ],
    },
  },
  {
    name: 'Đắk Lắk 2018: "thời điểm đó" after the post, then "nay là", marks the first post former',
    place: 'Đắk Lắk',
    text: `Bổ nhiệm cán bộ chưa đủ tiêu chuẩn
Chiều 5/4/2018, Sở Nội vụ tỉnh Đắk Lắk cho biết, ông Phạm Văn Tú, Trưởng phòng Nội vụ huyện Krông Pắc thời điểm đó, nay là Phó Chủ tịch UBND huyện Krông Pắc, đã ký đề xuất bổ nhiệm khi hồ sơ còn thiếu.`,
    expect: {
      people: [
        {
          name: 'Phạm Văn Tú',
          positions: [
            { title: 'Trưởng phòng', organization: 'Phòng Nội vụ huyện Krông Pắc', former: true },
            { title: 'Phó Chủ tịch', organization: 'UBND huyện Krông Pắc' },
          ],
        },
      ],
    },
  },
  {
    name: 'Quảng Trị 2019: "nay là" about a road, not the official, leaves the post current (control)',
    place: 'Quảng Trị',
    text: `Nâng cấp đường vào khu kinh tế
Sáng 3/6/2019, ông Võ Văn Hưng, Chủ tịch UBND tỉnh Quảng Trị, cho biết con đường mòn ven biển nay là tuyến giao thông chính vào Khu kinh tế Đông Nam.`,
    expect: {
      people: [{ name: 'Võ Văn Hưng', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Quảng Trị' }] }],
    },
  },
];

describeWrongFactBatch('hand check 7029: posts held then and now', NOW_CASES, 4);
