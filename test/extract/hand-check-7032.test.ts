// Causes found by a hand check of real 2017 articles (seed 7032), each pinned with sentences of
// other provinces, bodies and years:
//   - A post in a ministry that no longer exists ("nguyên Thứ trưởng Bộ Thủy sản", "nguyên Bộ
//     trưởng Bộ Thương mại", "Bộ Bưu chính, Viễn thông") was dropped: the person kept no post.
//   - A work session written in a condition ("Trong trường hợp cần thiết, đoàn kiểm tra … làm việc
//     với …", "Nếu …, Sở … làm việc với …") read as a meeting that took place, and the minister who
//     ordered the inspection given a role at it.
//   - A police division and its force written with a comma between ("Phó Trưởng phòng Tham mưu,
//     Công an tỉnh Yên Bái"): the post was dropped (a dash or brackets were read).
// First run of the 7 cases written before the fixes (two controls; on lead-s14 2887051): 3/7 cases
// pass, facts 30/36. The 4 police-division cases written after (one control; on 75c576a): 1/4 cases
// pass, facts 17/20.
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
  {
    name: 'Bộ Công Thương 2019: a work session "trong trường hợp cần thiết" is no meeting',
    place: 'Hà Nội',
    text: `Kiểm tra hoạt động của một công ty bán hàng đa cấp
2019-09-12
Ngày 11/9/2019, Bộ trưởng Bộ Công Thương Trần Tuấn Anh đã chỉ đạo thành lập đoàn kiểm tra do Thanh tra Bộ chủ trì. Trong trường hợp cần thiết, đoàn kiểm tra phối hợp với Bộ Công an làm việc với công ty để xử lý các vi phạm.`,
    expect: {
      people: [{ name: 'Trần Tuấn Anh', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Công Thương' }], roles: [] }],
    },
    eventCount: 0,
  },
  {
    name: 'Đắk Lắk 2023: "Nếu …, Sở … sẽ làm việc với …" is no meeting',
    place: 'Đắk Lắk',
    text: `Rà soát các cơ sở kinh doanh phân bón
2023-06-20
Ông Nguyễn Văn Tiến, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Đắk Lắk, cho biết nếu phát hiện phân bón giả, Sở làm việc với cơ quan công an để xử lý.`,
    expect: {
      people: [{ name: 'Nguyễn Văn Tiến', positions: [{ title: 'Giám đốc', organization: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Đắk Lắk' }], roles: [] }],
    },
    eventCount: 0,
  },
  {
    name: 'Quảng Trị 2026: a work session that took place stays a meeting (control)',
    place: 'Quảng Trị',
    text: `Kiểm tra tiến độ dự án đường ven biển
2026-03-04
Sáng 3/3, đoàn công tác của UBND tỉnh Quảng Trị do ông Lê Hồng Phong, Phó Chủ tịch UBND tỉnh, làm trưởng đoàn đã làm việc với nhà thầu về tiến độ dự án.`,
    expect: {
      people: [{ name: 'Lê Hồng Phong', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Quảng Trị' }] }],
    },
    eventCount: 1,
  },
  {
    name: 'Nghệ An 2019: "Phó Trưởng phòng Tham mưu, Công an tỉnh Nghệ An" is a post in that division, the comma between',
    place: 'Nghệ An',
    text: `Xác minh thông tin tài sản của một cán bộ
2019-03-02
Thượng tá Lê Văn Hải, Phó Trưởng phòng Tham mưu, Công an tỉnh Nghệ An cho biết đơn vị chưa nhận được công văn nào.`,
    expect: {
      people: [{ name: 'Lê Văn Hải', positions: [{ title: 'Phó Trưởng phòng', organization: 'Phòng Tham mưu Công an tỉnh Nghệ An' }] }],
    },
  },
  {
    name: 'Lâm Đồng 2024: "Trưởng phòng Cảnh sát hình sự, Công an tỉnh Lâm Đồng" between dashes',
    place: 'Lâm Đồng',
    text: `Triệt phá đường dây cá độ bóng đá
2024-07-15
Trung tá Nguyễn Thành Công - Trưởng phòng Cảnh sát hình sự, Công an tỉnh Lâm Đồng - cho biết đường dây có hơn 20 đối tượng.`,
    expect: {
      people: [{ name: 'Nguyễn Thành Công', positions: [{ title: 'Trưởng phòng', organization: 'Phòng Cảnh sát hình sự Công an tỉnh Lâm Đồng' }] }],
    },
  },
  {
    name: 'Gia Lai 2026: "Trưởng phòng Cảnh sát giao thông, Công an tỉnh Gia Lai" after the reform',
    place: 'Gia Lai',
    text: `Kiểm soát tải trọng xe trên quốc lộ 19
2026-02-10
Thượng tá Rah Lan Chung, Trưởng phòng Cảnh sát giao thông, Công an tỉnh Gia Lai, cho biết lực lượng sẽ tăng cường tuần tra.`,
    expect: {
      people: [{ name: 'Rah Lan Chung', positions: [{ title: 'Trưởng phòng', organization: 'Phòng Cảnh sát giao thông Công an tỉnh Gia Lai' }] }],
    },
  },
  {
    name: 'Thái Bình 2018: a division written without the comma stays right (control)',
    place: 'Thái Bình',
    text: `Bắt giữ nhóm trộm cắp xe máy
2018-11-20
Thiếu tá Phạm Văn Hưng, Phó Trưởng phòng Cảnh sát hình sự Công an tỉnh Thái Bình cho biết nhóm đối tượng đã khai nhận.`,
    expect: {
      people: [{ name: 'Phạm Văn Hưng', positions: [{ title: 'Phó Trưởng phòng', organization: 'Phòng Cảnh sát hình sự Công an tỉnh Thái Bình' }] }],
    },
  },
];

describeWrongFactBatch('hand check 7032', CASES, 11);
