// Causes found by a hand check of real 2017 articles (seed 7025), each pinned with sentences of
// other provinces, bodies and years:
//   - An official's name mistyped once by the article, only in its tone marks ("Bùi Xuân Cương"
//     once beside "Bùi Xuân Cường" twice; over the corpus also "Mai Tiễn Dũng", "Phạm Binh Minh",
//     "Nguyễn Thi Kim Ngân", "Huỳnh Tân Vinh", "Nguyễn Chí Vinh") came out as a second person,
//     often carrying the real one's post: a person and a post that are wrong.
// First run of the 5 cases written before the fix (2 controls; on main 1e885de): 3/5 cases pass, facts 27/32.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Thanh Hóa 2019: the one mistyped mention "Đỗ Minh Tuần" is Đỗ Minh Tuấn, not a second person',
    place: 'Thanh Hóa',
    text: `Thanh Hóa đẩy nhanh giải ngân vốn đầu tư công
Chiều 14/8/2019, Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh Tuấn chủ trì hội nghị về giải ngân vốn đầu tư công. Phát biểu kết luận hội nghị, ông Đỗ Minh Tuần yêu cầu các chủ đầu tư giải ngân hết vốn trước ngày 31/12. Ông Đỗ Minh Tuấn cũng đề nghị xử lý nghiêm các nhà thầu chậm tiến độ.`,
    expect: {
      people: [{ name: 'Đỗ Minh Tuấn', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Thanh Hóa' }] }],
    },
    forbiddenPeople: ['Đỗ Minh Tuần'],
  },
  {
    name: 'Bình Định 2018: the mistyped first mention carries the post; the post goes to the name written twice',
    place: 'Bình Định',
    text: `Đề xuất mở rộng Quốc lộ 19
Tại buổi làm việc với Bộ Giao thông vận tải sáng 9/3/2018, ông Trần Văn Sởn, Giám đốc Sở Giao thông vận tải tỉnh Bình Định đề nghị sớm mở rộng Quốc lộ 19. Theo ông Trần Văn Sơn, lưu lượng xe qua tuyến đã tăng gấp đôi so với năm 2015. Ông Trần Văn Sơn cho biết tỉnh đã hoàn thành giải phóng mặt bằng.`,
    expect: {
      people: [{ name: 'Trần Văn Sơn', positions: [{ title: 'Giám đốc', organization: 'Sở Giao thông vận tải tỉnh Bình Định' }] }],
    },
    forbiddenPeople: ['Trần Văn Sởn'],
  },
  {
    name: 'Quảng Ninh 2026: a dropped tone mark ("Vũ Thi Hương") once beside "Vũ Thị Hương" is the same official',
    place: 'Quảng Ninh',
    text: `Đặc khu Vân Đồn đón khách quốc tế
Sáng 12/1/2026, bà Vũ Thị Hương, Chủ tịch UBND đặc khu Vân Đồn cho biết, đặc khu đã đón 20.000 lượt khách quốc tế. Bà Vũ Thi Hương nói thêm, đặc khu sẽ mở thêm hai tuyến tàu khách. Theo bà Vũ Thị Hương, các bến tàu đang được nâng cấp.`,
    expect: {
      people: [{ name: 'Vũ Thị Hương', positions: [{ title: 'Chủ tịch', organization: 'UBND đặc khu Vân Đồn' }] }],
    },
    forbiddenPeople: ['Vũ Thi Hương'],
  },
  {
    name: 'Gia Lai 2018: two officials whose names differ in a tone mark and whose posts differ stay two people (control)',
    place: 'Gia Lai',
    text: `Giá hồ tiêu xuống thấp
Ngày 20/7/2018, ông Nguyễn Văn Thanh, Chủ tịch UBND xã Ia Blang cho biết giá hồ tiêu đã giảm còn 50.000 đồng/kg. Ông Nguyễn Văn Thành, Giám đốc Hợp tác xã Hồ tiêu Ia Blang nói rằng nhiều hộ đã bỏ vườn. Theo ông Nguyễn Văn Thành, hợp tác xã đang tìm đầu ra mới.`,
    expect: {
      people: [{ name: 'Nguyễn Văn Thanh' }, { name: 'Nguyễn Văn Thành' }],
    },
  },
  {
    name: 'Hải Phòng 2019: names that differ in a letter, not a tone mark, stay two people (control)',
    place: 'Hải Phòng',
    text: `Kiểm tra cảng cá Ngọc Hải
Sáng 3/4/2019, ông Lê Văn Hùng, Phó Chủ tịch UBND quận Đồ Sơn kiểm tra cảng cá Ngọc Hải. Ông Lê Văn Hưng, Trưởng Ban quản lý cảng cá cho biết cảng đã đón 300 tàu cá. Ông Lê Văn Hùng yêu cầu giữ vệ sinh khu vực cảng.`,
    expect: {
      people: [{ name: 'Lê Văn Hùng' }, { name: 'Lê Văn Hưng' }],
    },
  },
];

describeWrongFactBatch('hand check 7025', CASES, 5);
