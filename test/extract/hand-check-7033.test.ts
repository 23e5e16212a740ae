// Causes found by a hand check of real 2017 articles (seed 7033), each pinned with sentences of
// other provinces, bodies and years:
//   - A verb after an auxiliary ("Ban Chấp hành Trung ương Đảng đã thảo luận, thống nhất … thi
//     hành kỷ luật đồng chí A") given to the first name after it, as if the verb opened the
//     clause: the one disciplined "spoke" at the plenum.
//   - "Nhà nước" (the State: the body of "Chủ tịch nước", or a word of "Ban Chỉ đạo nhà nước về …")
//     given as a meeting's organizer.
//   - "Quận ủy Quận 2": the committee of a district known by its number came out as a bare
//     "Quận ủy" (the People's Committee of the same district kept its number).
// First run of the 4 cases (two of them controls; on lead 12a896e): 1/4 cases pass, facts
// 24/29; the Bình Thạnh "control" failed too: its "Phó Bí thư Quận ủy quận 9" took the district
// named before it, the same cause. The fifth case ("Nhà nước"), written after the other four were
// fixed, fails with its fix stashed.
// Whole corpus: 4 wrong speeches gone (people disciplined at the meeting that disciplined them), 1
// bare "Quận ủy" now "Quận ủy quận 9"; 10 events organized by "Nhà nước" now without an organizer
// (one now given the newspaper that reprinted a speech, "Báo Nghệ An": wrong either way).
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Ban Bí thư 2019: the one the meeting disciplines after "đã thảo luận, thống nhất" speaks at none',
    place: 'Hà Nội',
    text: `Ban Bí thư thi hành kỷ luật
Ngày 12/9, Ban Bí thư họp dưới sự chủ trì của Thường trực Ban Bí thư Trần Quốc Vượng. Ban Bí thư đã thảo luận, thống nhất thi hành kỷ luật đồng chí Lê Văn Minh, nguyên Bí thư Tỉnh ủy Phú Yên.`,
    expect: {
      people: [
        { name: 'Trần Quốc Vượng', roles: ['chaired'] },
        { name: 'Lê Văn Minh', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Phú Yên', former: true }], roles: [] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Control, Nghệ An 2018: a speech that opens its sentence is still the name\'s after the comma',
    place: 'Nghệ An',
    text: `Hội nghị Ban Chấp hành Đảng bộ tỉnh
Sáng 20/7, Tỉnh ủy Nghệ An tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12. Phát biểu khai mạc, đồng chí Nguyễn Đắc Vinh, Bí thư Tỉnh ủy nhấn mạnh yêu cầu đổi mới.`,
    expect: {
      people: [{ name: 'Nguyễn Đắc Vinh', roles: ['opened'] }],
      exhaustive: false,
    },
  },
  {
    name: 'TP.HCM 2018: "Bí thư Quận ủy Quận 2" keeps the district\'s number',
    place: 'Thành phố Hồ Chí Minh',
    text: `Làm việc với Quận 2
Sáng 8/3/2018, đoàn công tác của Thành ủy làm việc với Quận 2. Bí thư Quận ủy Quận 2 Nguyễn Hoài Nam báo cáo tình hình an ninh trật tự.`,
    expect: {
      people: [{ name: 'Nguyễn Hoài Nam', positions: [{ title: 'Bí thư', organization: 'Quận ủy quận 2' }] }],
      exhaustive: false,
    },
  },
  {
    name: 'Control, TP.HCM 2018: "Bí thư Quận ủy Bình Thạnh" beside it stays the named district\'s',
    place: 'Thành phố Hồ Chí Minh',
    text: `Hai quận ký kết giao ước thi đua
Sáng 9/3/2018, ông Trần Văn Bảy, Bí thư Quận ủy quận Bình Thạnh và ông Lê Văn Tư, Phó Bí thư Quận ủy quận 9 ký kết giao ước thi đua.`,
    expect: {
      people: [
        { name: 'Trần Văn Bảy', positions: [{ title: 'Bí thư', organization: 'Quận ủy Bình Thạnh' }] },
        { name: 'Lê Văn Tư', positions: [{ title: 'Phó Bí thư', organization: 'Quận ủy quận 9' }] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Chính phủ 2019: "Nhà nước" of a steering committee\'s name organizes no working session',
    place: 'Hà Nội',
    text: `Đổi mới cơ chế quản lý đơn vị sự nghiệp
Chiều 14/8 tại Hà Nội, Phó Thủ tướng Vương Đình Huệ, Trưởng ban Chỉ đạo nhà nước về đổi mới cơ chế quản lý đơn vị sự nghiệp công lập, đã làm việc với Bộ Y tế. Tại buổi làm việc, Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến cho biết ngành đã sắp xếp lại 20 đơn vị.`,
    expect: {
      people: [{ name: 'Nguyễn Thị Kim Tiến', roles: ['spoke'] }],
      exhaustive: false,
    },
    forbiddenOrganizers: ['Nhà nước'],
  },
];

describeWrongFactBatch('hand check 7033', CASES, 5);
