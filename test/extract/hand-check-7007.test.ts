// Causes of wrong facts found by a hand check of 25 real 2017 articles (seed 7007), each
// pinned with sentences of other provinces, bodies and years than the articles':
//   - "Giám đốc Văn phòng Đăng ký đất đai tỉnh X", "Chủ nhiệm Văn phòng Kinh tế và Văn hóa
//     Đài Bắc": a committee's part word ("Văn phòng", "Ban Kinh tế", "Thường vụ") followed
//     by a name of its own is another institution, named as written, never the article's
//     committee's office ("Văn phòng Tỉnh ủy X"); "Quân ủy Trung ương" is a body of its own;
//   - an institution's name closed by a foreign state's, after a lower-case word ("Văn
//     phòng Nội các Nhật Bản", "Quân ủy TƯ TQ"), is a foreign post, given to no one
//     (but "Bệnh viện Hữu nghị Việt Đức", "Trường THPT Hồng Đức" are Vietnamese);
//   - "Cục Khảo thí và Kiểm định chất lượng giáo dục", "Trung tâm Đăng kiểm xe cơ giới": an
//     agency's compound ("Kiểm định", "Đăng ký", "Đăng kiểm") goes on in lower case, uncut;
//   - "trường Đại học Mở, nơi chị làm việc", "sinh sống, làm việc và học tập": where
//     someone works, or one of the things people do, is no working session;
//   - "… Bùi Văn Ga Thí sinh vẫn …" (a caption run into the text): a common noun opening
//     the next sentence ends the name before it;
//   - "Sáng nay (6/2), tại cuộc họp …" in an undated article whose latest date is "cuối
//     tháng 12/2016": the day is of a year the text does not give (the news follows what it
//     tells of), so no date, and no other sentence's date either; a year only compared with
//     ("tăng 21% so với năm 2015") is no year of the news.
// and a frequent miss with its neighbour:
//   - "Chủ tịch tỉnh Gia Lai A", "Bí thư huyện Y B", "chủ tịch xã Z": the head of a unit's
//     People's Committee or Party committee named by the unit alone (a unit word is needed:
//     "Chủ tịch Hồ Chí Minh" is the President); "hồ Hoàng Cầu", "suối …", "đầm …": a lake
//     or stream named like a person is no one.
// First run (on the code before the fixes): 1/6 cases pass, facts 34/47; the year check failed.
// The two cases added after it fail on that code too (all eight: 1/8, facts 41/61); so does
// the last, from a miss of the same check (the army's General Staff titles).
import { describe, expect, it } from 'vitest';
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';
import { yearFromBody } from '../../src/extract/recognize/dates.js';

describe('year of an undated article, comparisons aside', () => {
  it('a year only compared with gives none', () => {
    expect(yearFromBody(['Số hồ sơ tăng hơn 30% so với năm 2018.'])).toBeNull();
    expect(yearFromBody(['Doanh thu giảm 5% so với cùng kỳ năm 2019.', 'Năm 2020, công ty có 300 lao động.'])).toBe(2020);
  });
});

const CASES: WrongFactCase[] = [
  {
    name: 'Thanh Hóa 2019: offices with names of their own are not the Party committee\'s office',
    place: 'Thanh Hóa',
    text: `Thanh Hóa đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất
Ngày 12/9/2019, Tỉnh ủy Thanh Hóa họp bàn về công tác đất đai.
Ông Lê Văn Tuấn, Giám đốc Văn phòng Đăng ký đất đai tỉnh Thanh Hóa, cho biết còn 4.000 hồ sơ tồn đọng. Bà Trịnh Thị Hằng, Chánh Văn phòng Điều phối nông thôn mới tỉnh Thanh Hóa, báo cáo tiến độ các xã.`,
    expect: {
      people: [
        { name: 'Lê Văn Tuấn', positions: [{ title: 'Giám đốc', organization: 'Văn phòng Đăng ký đất đai tỉnh Thanh Hóa' }] },
        { name: 'Trịnh Thị Hằng', positions: [{ title: 'Chánh Văn phòng', organization: 'Văn phòng Điều phối nông thôn mới tỉnh Thanh Hóa' }] },
      ],
      exhaustive: false,
    },
    forbidden: [
      { person: 'Lê Văn Tuấn', organizations: ['Văn phòng Tỉnh ủy Thanh Hóa'] },
      { person: 'Trịnh Thị Hằng', organizations: ['Văn phòng Tỉnh ủy Thanh Hóa'] },
    ],
  },
  {
    name: 'Hà Nội 2018: the Central Military Commission and a foreign office named after a minister',
    place: 'Hà Nội',
    text: `Hội nghị quân chính toàn quân năm 2018
Sáng 15/12/2018, tại Hà Nội, Quân ủy Trung ương và Bộ Quốc phòng tổ chức Hội nghị quân chính toàn quân.
Dự hội nghị có Thượng tướng Trần Văn Sơn, Ủy viên Thường vụ Quân ủy Trung ương, Thứ trưởng Bộ Quốc phòng. Cùng dự có Bộ trưởng Quốc phòng Phạm Văn Lâm, Bộ trưởng Văn phòng Nội các Nhật Bản, Đại sứ Nhật Bản tại Việt Nam.`,
    expect: {
      people: [
        {
          name: 'Trần Văn Sơn',
          positions: [
            { title: 'Ủy viên', organization: ['Ban Thường vụ Quân ủy Trung ương', 'Thường vụ Quân ủy Trung ương'] },
            { title: 'Thứ trưởng', organization: 'Bộ Quốc phòng' },
          ],
        },
      ],
      exhaustive: false,
    },
    forbidden: [{ person: 'Phạm Văn Lâm', organizations: ['Văn phòng Nội các Nhật Bản'] }],
  },
  {
    name: 'Cần Thơ 2020: a foreign commission written "Quân ủy TƯ TQ" gives no one a post',
    place: 'Cần Thơ',
    text: `Tiếp đoàn quân sự cấp cao
Chiều 20/10/2020, Bộ trưởng Bộ Quốc phòng Lê Văn Hòa tiếp Phó Chủ tịch Quân ủy TƯ TQ Hứa Kỳ Lượng tại Cần Thơ.`,
    expect: {
      people: [{ name: 'Lê Văn Hòa', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Quốc phòng' }] }],
      exhaustive: false,
    },
    forbidden: [{ person: 'Lê Văn Hòa', organizations: ['Quân ủy Trung ương'] }],
  },
  {
    name: 'Bộ GD&ĐT 2021: agencies\' compounds "Kiểm định", "Đăng kiểm" keep their lower-case words',
    place: 'Hà Nội',
    text: `Công bố kết quả kiểm định trường đại học
Ngày 3/3/2021, ông Phạm Văn Khánh, Cục trưởng Cục Khảo thí và Kiểm định chất lượng giáo dục (Bộ GD&ĐT), công bố kết quả. Ông Đỗ Văn Thái, Giám đốc Trung tâm Đăng kiểm xe cơ giới 43-01D, cũng có mặt.`,
    expect: {
      people: [
        { name: 'Phạm Văn Khánh', positions: [{ title: 'Cục trưởng', organization: 'Cục Khảo thí và Kiểm định chất lượng giáo dục' }] },
        { name: 'Đỗ Văn Thái', positions: [{ title: 'Giám đốc', organization: ['Trung tâm Đăng kiểm xe cơ giới 43-01D', 'Trung tâm Đăng kiểm xe cơ giới'] }] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Đài Loan 2019: where someone works and what people do are no working session',
    place: 'Hà Nội',
    text: `Cô dâu Việt dạy tiếng Việt ở Đài Loan
Nhiều người Việt sinh sống, làm việc và học tập tại Đài Bắc. Chị Nguyễn Thị Mai mở lớp tiếng Việt đầu tiên tại trường Đại học Văn Hóa, nơi chị làm việc từ năm 2010. Chị Mai cho biết lớp học rất đông.`,
    expect: { exhaustive: false },
    eventCount: 0,
  },
  {
    name: 'Hà Nội 2017 undated: a caption run into the text, and a day whose year is open',
    place: 'Hà Nội',
    text: `Yêu cầu làm rõ vụ xe tải đâm vào chợ
Sáng nay (9/1), tại cuộc họp giao ban, Chủ tịch UBND quận Hoàng Mai Lê Văn Dũng yêu cầu báo cáo vụ việc xảy ra cuối tháng 11/2016. Phó Chủ tịch UBND quận Hoàng Mai Trần Quốc Bảo Người dân vẫn lo lắng về an toàn.`,
    expect: {
      people: [
        { name: 'Lê Văn Dũng', positions: [{ title: 'Chủ tịch', organization: 'UBND quận Hoàng Mai' }] },
        { name: 'Trần Quốc Bảo', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND quận Hoàng Mai' }] },
      ],
      events: [{ kind: 'meeting', date: null }],
      exhaustive: false,
    },
    eventCount: 1,
  },
  // Added after the first run, from a frequent miss of the same hand check.
  {
    name: 'Quảng Ngãi 2022: "Chủ tịch tỉnh X", "Bí thư huyện Y", "chủ tịch xã Z": heads named by their unit alone',
    place: 'Quảng Ngãi',
    text: `Khắc phục sạt lở sau bão
Ngày 2/10/2022, Chủ tịch tỉnh Quảng Ngãi Đặng Văn Minh kiểm tra vùng sạt lở. Bí thư huyện Sơn Tây Đinh Thị Hồng Minh báo cáo thiệt hại. Ông Phạm Văn Lộc, chủ tịch xã Tịnh Khê, cho biết đã di dời 40 hộ.`,
    expect: {
      people: [
        { name: 'Đặng Văn Minh', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Quảng Ngãi' }] },
        { name: 'Đinh Thị Hồng Minh', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Sơn Tây' }] },
        { name: 'Phạm Văn Lộc', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Tịnh Khê' }] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Hà Nội 2023: a lake or stream named like a person is no one, and "Chủ tịch Hồ Chí Minh" is the President',
    place: 'Hà Nội',
    text: `Chủ tịch UBND quận Ba Đình: Cá chết hồ Hoàng Cầu vì nắng nóng
Ngày 4/4/2023, quận làm sạch suối Lương Văn Tụy và đầm Lê Văn Tám. Người dân làm theo lời dạy của Chủ tịch Hồ Chí Minh.`,
    expect: { notPeople: ['Hoàng Cầu', 'Lương Văn Tụy', 'Lê Văn Tám'], exhaustive: false },
    forbidden: [{ person: 'Hồ Chí Minh', organizations: ['UBND Thành phố Hồ Chí Minh'] }],
  },
  {
    name: 'Quân khu 9 2024: the army\'s Chief of the General Staff and his deputies',
    place: 'Cần Thơ',
    text: `Kiểm tra sẵn sàng chiến đấu tại Quân khu 9
Ngày 12/3/2024, Thượng tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, Thứ trưởng Bộ Quốc phòng, kiểm tra Quân khu 9. Cùng đi có Trung tướng Huỳnh Chiến Thắng, Phó Tổng Tham mưu trưởng QĐND Việt Nam.`,
    expect: {
      people: [
        {
          name: 'Nguyễn Tân Cương',
          positions: [
            { title: 'Tổng Tham mưu trưởng', organization: 'Quân đội nhân dân Việt Nam' },
            { title: 'Thứ trưởng', organization: 'Bộ Quốc phòng' },
          ],
        },
        { name: 'Huỳnh Chiến Thắng', positions: [{ title: 'Phó Tổng Tham mưu trưởng', organization: 'Quân đội nhân dân Việt Nam' }] },
      ],
      exhaustive: false,
    },
  },
];

describeWrongFactBatch('hand check 7007', CASES, 6);
