// Sessions of the people's councils of communes and wards after the July 2025 reform, and
// their first congresses and conferences: the new units by name, their councils, committees
// and Party committees, the elections at a first session ("bầu … giữ chức"), the province's
// leader who attends and directs, and the first term ("khóa I", "lần thứ I", "nhiệm kỳ 2025-2030").
// First run (on the code before any fix for it): 5/6 cases pass, facts 102/103: "HĐND phường X
// họp kỳ thứ ba" in the headline came out as a second event beside the session ("Cuộc họp").
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Nghệ An 2025: the first session of a new commune\'s council elects its chairs',
    place: 'Nghệ An',
    text: `Kỳ họp thứ nhất HĐND xã Vạn An khóa I
Sáng 1/7/2025, HĐND xã Vạn An tổ chức kỳ họp thứ nhất, khóa I, nhiệm kỳ 2021-2026. Ông Nguyễn Văn Đệ, Phó Chủ tịch UBND tỉnh Nghệ An dự và phát biểu chỉ đạo. Kỳ họp đã bầu ông Trần Quốc Hùng, Bí thư Đảng ủy xã giữ chức Chủ tịch HĐND xã Vạn An; bầu ông Lê Văn Hào giữ chức Chủ tịch UBND xã Vạn An.`,
    expect: {
      people: [
        { name: 'Nguyễn Văn Đệ', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Nghệ An' }], roles: ['attended', 'directed'] },
        {
          name: 'Trần Quốc Hùng',
          positions: [
            { title: 'Bí thư', organization: 'Đảng ủy xã Vạn An' },
            { title: 'Chủ tịch', organization: 'HĐND xã Vạn An' },
          ],
          roles: [],
        },
        { name: 'Lê Văn Hào', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Vạn An' }], roles: [] },
      ],
      events: [{ kind: 'session', organizer: 'HĐND xã Vạn An', ordinal: 1, term: 'I', date: '2025-07-01' }],
    },
    eventCount: 1,
  },
  {
    name: 'Hồ Chí Minh 2025: a ward council\'s session with its chairwoman presiding',
    place: 'Hồ Chí Minh',
    text: `HĐND phường Sài Gòn họp kỳ thứ ba
Chiều 12/12/2025, HĐND phường Sài Gòn tổ chức kỳ họp thứ ba. Bà Phạm Thị Hồng Hà, Phó Bí thư Đảng ủy, Chủ tịch HĐND phường Sài Gòn chủ trì kỳ họp. Ông Trần Văn Hòa, Chủ tịch UBND phường Sài Gòn báo cáo tình hình kinh tế - xã hội năm 2025.`,
    expect: {
      people: [
        {
          name: 'Phạm Thị Hồng Hà',
          positions: [
            { title: 'Phó Bí thư', organization: 'Đảng ủy phường Sài Gòn' },
            { title: 'Chủ tịch', organization: 'HĐND phường Sài Gòn' },
          ],
          roles: ['chaired'],
        },
        { name: 'Trần Văn Hòa', positions: [{ title: 'Chủ tịch', organization: 'UBND phường Sài Gòn' }], roles: ['reported'] },
      ],
      events: [{ kind: 'session', organizer: 'HĐND phường Sài Gòn', ordinal: 3, date: '2025-12-12' }],
    },
    eventCount: 1,
  },
  {
    name: 'Quảng Trị 2025: a special zone\'s first Party congress',
    place: 'Quảng Trị',
    text: `Đại hội Đảng bộ đặc khu Cồn Cỏ lần thứ I
Ngày 20/8/2025, Đảng bộ đặc khu Cồn Cỏ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Đồng chí Lê Ngọc Quang, Bí thư Tỉnh ủy Quảng Trị dự và phát biểu chỉ đạo. Đồng chí Nguyễn Văn Thanh, Bí thư Đảng ủy đặc khu Cồn Cỏ trình bày báo cáo chính trị.`,
    expect: {
      people: [
        { name: 'Lê Ngọc Quang', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Quảng Trị' }], roles: ['attended', 'directed'] },
        { name: 'Nguyễn Văn Thanh', positions: [{ title: 'Bí thư', organization: 'Đảng ủy đặc khu Cồn Cỏ' }], roles: ['reported'] },
      ],
      events: [{ kind: 'congress', organizer: 'Đảng bộ đặc khu Cồn Cỏ', ordinal: 1, termYears: '2025-2030', date: '2025-08-20' }],
    },
    eventCount: 1,
  },
  {
    name: 'Đồng Nai 2026: a commune Party committee\'s conference chaired by its secretary',
    place: 'Đồng Nai',
    text: `Đảng ủy xã Bù Đăng tổng kết năm 2025
Ngày 5/1/2026, Đảng ủy xã Bù Đăng tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5, khóa I. Đồng chí Điểu Văn Lợi, Bí thư Đảng ủy xã Bù Đăng chủ trì hội nghị. Đồng chí Trần Thị Mai, Phó Bí thư Thường trực Đảng ủy xã báo cáo tổng kết công tác năm 2025.`,
    expect: {
      people: [
        { name: 'Điểu Văn Lợi', positions: [{ title: 'Bí thư', organization: 'Đảng ủy xã Bù Đăng' }], roles: ['chaired'] },
        { name: 'Trần Thị Mai', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Đảng ủy xã Bù Đăng' }], roles: ['reported'] },
      ],
      events: [{ kind: 'conference', organizer: 'Đảng ủy xã Bù Đăng', ordinal: 5, term: 'I', date: '2026-01-05' }],
    },
    eventCount: 1,
  },
  {
    name: 'Hải Phòng 2026: the merged city\'s council session, its chairman presiding and a vice-chairman reporting',
    place: 'Hải Phòng',
    text: `Khai mạc kỳ họp thứ 30 HĐND thành phố Hải Phòng
Sáng 9/1/2026, HĐND thành phố Hải Phòng khóa XVI khai mạc kỳ họp thứ 30. Ông Lê Văn Hiệu, Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố Hải Phòng chủ trì kỳ họp. Ông Lê Anh Quân, Phó Chủ tịch UBND thành phố Hải Phòng trình bày tờ trình về kế hoạch đầu tư công.`,
    expect: {
      people: [
        {
          name: 'Lê Văn Hiệu',
          positions: [
            { title: 'Phó Bí thư', organization: 'Thành ủy Hải Phòng' },
            { title: 'Chủ tịch', organization: 'HĐND thành phố Hải Phòng' },
          ],
          roles: ['chaired'],
        },
        { name: 'Lê Anh Quân', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thành phố Hải Phòng' }], roles: ['reported'] },
      ],
      events: [{ kind: 'session', organizer: 'HĐND thành phố Hải Phòng', ordinal: 30, term: 'XVI', date: '2026-01-09' }],
    },
    eventCount: 1,
  },
  {
    name: 'Cà Mau 2025: a ward front\'s first congress with the ward\'s secretary directing',
    place: 'Cà Mau',
    text: `Đại hội đại biểu MTTQ Việt Nam phường Bạc Liêu lần thứ I
Ngày 25/9/2025, Ủy ban MTTQ Việt Nam phường Bạc Liêu tổ chức Đại hội đại biểu MTTQ Việt Nam phường lần thứ I, nhiệm kỳ 2025-2030. Bà Lâm Thị Thu, Bí thư Đảng ủy phường Bạc Liêu dự và phát biểu chỉ đạo. Ông Huỳnh Văn Tâm, Chủ tịch Ủy ban MTTQ Việt Nam phường Bạc Liêu khai mạc đại hội.`,
    expect: {
      people: [
        { name: 'Lâm Thị Thu', positions: [{ title: 'Bí thư', organization: 'Đảng ủy phường Bạc Liêu' }], roles: ['attended', 'directed'] },
        { name: 'Huỳnh Văn Tâm', positions: [{ title: 'Chủ tịch', organization: 'Ủy ban MTTQ phường Bạc Liêu' }], roles: ['opened'] },
      ],
      events: [{ kind: 'congress', organizer: 'Ủy ban MTTQ phường Bạc Liêu', ordinal: 1, termYears: '2025-2030', date: '2025-09-25' }],
    },
    eventCount: 1,
  },
];

describeWrongFactBatch('commune and ward sessions after the reform', CASES, 6);
