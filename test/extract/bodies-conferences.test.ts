// Conferences and congresses of bodies beyond the Party committees of the seeds:
// mass organizations' congresses, a ministry's and a provincial police's year-end
// conferences, the Government's regular meeting, a National Assembly question time,
// a Fatherland Front congress after the 2025 reform. What they test: the organizer is
// the body that holds the event, written in full; the central leader who directs is
// given that role and central posts; questioners and those answering speak; ordinals and
// terms of mass organizations' congresses.
// First run (on the code before any fix for it): 5/10 cases pass, facts 173/187. Two of the
// misses were the case's own faults, corrected after: the project's canonical name of the
// central youth union ("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh") was not among the
// forms accepted, and a youth union congress is organized by the union of its unit ("Đoàn
// Thanh niên tỉnh Sơn La"), as a Party congress by its Đảng bộ, not by the committee written
// as holding it (Tỉnh đoàn). The wrong facts: "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"
// and "… Trung ương Đoàn" read as the Party's Central Committee. Missed: the ordinals of
// "Đại hội Công đoàn thành phố …" and "Đại hội đại biểu MTTQ Việt Nam tỉnh …"; a bare
// "Thứ trưởng" after the ministry was named (found since: the one ministry an article names).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Thái Bình 2018: a provincial farmers\' union congress',
    place: 'Thái Bình',
    text: `Đại hội đại biểu Hội Nông dân tỉnh Thái Bình lần thứ X
Ngày 28/6/2018, Hội Nông dân tỉnh Thái Bình tổ chức Đại hội đại biểu Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2018-2023. Đồng chí Thào Xuân Sùng, Ủy viên Trung ương Đảng, Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam dự và phát biểu chỉ đạo. Đồng chí Nguyễn Văn Thuộc, Chủ tịch Hội Nông dân tỉnh Thái Bình trình bày báo cáo chính trị.`,
    expect: {
      people: [
        {
          name: 'Thào Xuân Sùng',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Chủ tịch', organization: ['Ban Chấp hành Trung ương Hội Nông dân Việt Nam', 'Hội Nông dân Việt Nam'] },
          ],
          roles: ['attended', 'directed'],
        },
        { name: 'Nguyễn Văn Thuộc', positions: [{ title: 'Chủ tịch', organization: 'Hội Nông dân tỉnh Thái Bình' }], roles: ['reported'] },
      ],
      events: [{ kind: 'congress', organizer: 'Hội Nông dân tỉnh Thái Bình', ordinal: 10, termYears: '2018-2023', date: '2018-06-28' }],
    },
    eventCount: 1,
  },
  {
    name: 'Bộ GD&ĐT 2019: a ministry\'s year-end conference with the Deputy Prime Minister',
    place: 'Hà Nội',
    text: `Bộ GD&ĐT tổng kết năm học 2018-2019
Sáng 13/8/2019, tại Hà Nội, Bộ GD&ĐT tổ chức hội nghị tổng kết năm học 2018-2019, triển khai nhiệm vụ năm học mới. Phó Thủ tướng Vũ Đức Đam dự và phát biểu chỉ đạo. Bộ trưởng Bộ GD&ĐT Phùng Xuân Nhạ chủ trì hội nghị. Thứ trưởng Nguyễn Hữu Độ trình bày báo cáo tổng kết.`,
    expect: {
      people: [
        { name: 'Vũ Đức Đam', positions: [{ title: 'Phó Thủ tướng', organization: 'Chính phủ' }], roles: ['attended', 'directed'] },
        { name: 'Phùng Xuân Nhạ', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Giáo dục và Đào tạo' }], roles: ['chaired'] },
        { name: 'Nguyễn Hữu Độ', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Giáo dục và Đào tạo' }], roles: ['reported'] },
      ],
      events: [{ kind: 'conference', organizer: 'Bộ Giáo dục và Đào tạo', date: '2019-08-13' }],
    },
    eventCount: 1,
  },
  {
    name: 'Bình Dương 2020: the provincial police\'s year-end conference',
    place: 'Bình Dương',
    text: `Công an tỉnh Bình Dương triển khai công tác năm 2021
Sáng 30/12/2020, Công an tỉnh Bình Dương tổ chức hội nghị tổng kết công tác công an năm 2020. Ông Trần Văn Nam, Bí thư Tỉnh ủy Bình Dương dự và phát biểu chỉ đạo. Đại tá Trịnh Ngọc Quyên, Giám đốc Công an tỉnh Bình Dương chủ trì hội nghị. Đại tá Nguyễn Thanh Hải, Phó Giám đốc Công an tỉnh báo cáo kết quả công tác năm 2020.`,
    expect: {
      people: [
        { name: 'Trần Văn Nam', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Bình Dương' }], roles: ['attended', 'directed'] },
        { name: 'Trịnh Ngọc Quyên', positions: [{ title: 'Giám đốc', organization: 'Công an tỉnh Bình Dương' }], roles: ['chaired'] },
        { name: 'Nguyễn Thanh Hải', positions: [{ title: 'Phó Giám đốc', organization: 'Công an tỉnh Bình Dương' }], roles: ['reported'] },
      ],
      events: [{ kind: 'conference', organizer: 'Công an tỉnh Bình Dương', date: '2020-12-30' }],
    },
    eventCount: 1,
  },
  {
    name: 'Chính phủ 2022: the Government\'s regular meeting',
    place: 'Hà Nội',
    text: `Chính phủ họp phiên thường kỳ tháng 9
Ngày 1/10/2022, Chính phủ họp phiên thường kỳ tháng 9 năm 2022. Thủ tướng Phạm Minh Chính chủ trì phiên họp. Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng báo cáo tình hình kinh tế - xã hội. Phó Thủ tướng Lê Minh Khái phát biểu tại phiên họp.`,
    expect: {
      people: [
        { name: 'Phạm Minh Chính', positions: [{ title: 'Thủ tướng', organization: 'Chính phủ' }], roles: ['chaired'] },
        { name: 'Nguyễn Chí Dũng', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Kế hoạch và Đầu tư' }], roles: ['reported'] },
        { name: 'Lê Minh Khái', positions: [{ title: 'Phó Thủ tướng', organization: 'Chính phủ' }], roles: ['spoke'] },
      ],
      events: [{ kind: 'meeting', organizer: 'Chính phủ', date: '2022-10-01' }],
    },
    eventCount: 1,
  },
  {
    name: 'Quốc hội 2023: question time; the questioner and the minister both speak',
    place: 'Hà Nội',
    text: `Bộ trưởng Bộ Y tế trả lời chất vấn
Chiều 6/6/2023, tiếp tục kỳ họp thứ 5, Quốc hội khóa XV chất vấn và trả lời chất vấn. Chủ tịch Quốc hội Vương Đình Huệ điều hành phiên chất vấn. Đại biểu Nguyễn Anh Trí (Đoàn ĐBQH thành phố Hà Nội) chất vấn về tình trạng thiếu thuốc. Bộ trưởng Bộ Y tế Đào Hồng Lan trả lời chất vấn.`,
    expect: {
      people: [
        { name: 'Vương Đình Huệ', positions: [{ title: 'Chủ tịch', organization: 'Quốc hội' }], roles: ['chaired'] },
        { name: 'Nguyễn Anh Trí', roles: ['spoke'] },
        { name: 'Đào Hồng Lan', positions: [{ title: 'Bộ trưởng', organization: 'Bộ Y tế' }], roles: ['spoke'] },
      ],
      events: [{ kind: 'session', organizer: 'Quốc hội', ordinal: 5, term: 'XV', date: '2023-06-06' }],
    },
    eventCount: 1,
  },
  {
    name: 'Đà Nẵng 2023: a city trade union congress',
    place: 'Đà Nẵng',
    text: `Đại hội Công đoàn thành phố Đà Nẵng lần thứ XII
Ngày 25/7/2023, Liên đoàn Lao động thành phố Đà Nẵng tổ chức Đại hội Công đoàn thành phố lần thứ XII, nhiệm kỳ 2023-2028. Ông Nguyễn Đình Khang, Ủy viên Trung ương Đảng, Chủ tịch Tổng Liên đoàn Lao động Việt Nam dự và phát biểu chỉ đạo. Bà Phan Thị Thúy Linh, Chủ tịch Liên đoàn Lao động thành phố Đà Nẵng khai mạc đại hội.`,
    expect: {
      people: [
        {
          name: 'Nguyễn Đình Khang',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Chủ tịch', organization: 'Tổng Liên đoàn Lao động Việt Nam' },
          ],
          roles: ['attended', 'directed'],
        },
        { name: 'Phan Thị Thúy Linh', positions: [{ title: 'Chủ tịch', organization: 'Liên đoàn Lao động thành phố Đà Nẵng' }], roles: ['opened'] },
      ],
      events: [{ kind: 'congress', organizer: 'Liên đoàn Lao động thành phố Đà Nẵng', ordinal: 12, termYears: '2023-2028', date: '2023-07-25' }],
    },
    eventCount: 1,
  },
  {
    name: 'Vĩnh Long 2025: the merged province\'s first Fatherland Front congress',
    place: 'Vĩnh Long',
    text: `Đại hội đại biểu MTTQ Việt Nam tỉnh Vĩnh Long lần thứ I
Sáng 20/9/2025, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh lần thứ I, nhiệm kỳ 2025-2030. Ông Trần Văn Lâu, Bí thư Tỉnh ủy Vĩnh Long dự và phát biểu chỉ đạo. Bà Lâm Thị Hồng Ngọc, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long trình bày báo cáo.`,
    expect: {
      people: [
        { name: 'Trần Văn Lâu', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Vĩnh Long' }], roles: ['attended', 'directed'] },
        { name: 'Lâm Thị Hồng Ngọc', positions: [{ title: 'Chủ tịch', organization: 'Ủy ban MTTQ tỉnh Vĩnh Long' }], roles: ['reported'] },
      ],
      events: [{ kind: 'congress', organizer: 'Ủy ban MTTQ tỉnh Vĩnh Long', ordinal: 1, termYears: '2025-2030', date: '2025-09-20' }],
    },
    eventCount: 1,
  },
  {
    name: 'Sơn La 2022: a provincial youth union congress with its central secretary',
    place: 'Sơn La',
    text: `Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Sơn La lần thứ XV
Ngày 15/6/2022, Tỉnh đoàn Sơn La tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XV, nhiệm kỳ 2022-2027. Anh Bùi Quang Huy, Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn dự và phát biểu chỉ đạo. Đồng chí Hoàng Văn Chất, Bí thư Tỉnh ủy Sơn La dự đại hội. Chị Lò Thị Hải Yến, Bí thư Tỉnh đoàn Sơn La trình bày báo cáo chính trị.`,
    expect: {
      people: [
        { name: 'Bùi Quang Huy', positions: [{ title: 'Bí thư thứ nhất', organization: ['Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Ban Chấp hành Trung ương Đoàn', 'Trung ương Đoàn'] }], roles: ['attended', 'directed'] },
        { name: 'Hoàng Văn Chất', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Sơn La' }], roles: ['attended'] },
        { name: 'Lò Thị Hải Yến', positions: [{ title: 'Bí thư', organization: 'Tỉnh đoàn Sơn La' }], roles: ['reported'] },
      ],
      events: [{ kind: 'congress', organizer: 'Đoàn Thanh niên tỉnh Sơn La', ordinal: 15, termYears: '2022-2027', date: '2022-06-15' }],
    },
    eventCount: 1,
  },
  {
    name: 'An Giang 2024: a provincial Party committee conference where a central leader directs',
    place: 'An Giang',
    text: `Hội nghị Ban Chấp hành Đảng bộ tỉnh An Giang lần thứ 20
Ngày 12/7/2024, Tỉnh ủy An Giang tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20, khóa X. Đồng chí Lê Hồng Quang, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy An Giang chủ trì hội nghị. Đồng chí Đinh Văn Thu, Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy báo cáo về công tác cán bộ.`,
    expect: {
      people: [
        {
          name: 'Lê Hồng Quang',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy An Giang' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Đinh Văn Thu',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy An Giang' },
            { title: 'Trưởng ban', organization: 'Ban Tổ chức Tỉnh ủy An Giang' },
          ],
          roles: ['reported'],
        },
      ],
      events: [{ kind: 'conference', organizer: 'Tỉnh ủy An Giang', ordinal: 20, term: 'X', date: '2024-07-12' }],
    },
    eventCount: 1,
  },
  {
    name: 'Kon Tum 2021: a provincial women\'s union conference with its vice-chairwoman reporting',
    place: 'Kon Tum',
    text: `Hội LHPN tỉnh Kon Tum sơ kết 6 tháng đầu năm
Chiều 8/7/2021, Hội Liên hiệp Phụ nữ tỉnh Kon Tum tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2021. Bà Y Ngọc, Chủ tịch Hội LHPN tỉnh Kon Tum chủ trì hội nghị. Bà Lê Thị Thu Hà, Phó Chủ tịch Hội LHPN tỉnh báo cáo kết quả 6 tháng. Dự hội nghị có bà Y Thị Bích Thọ, Phó Chủ tịch UBND tỉnh Kon Tum.`,
    expect: {
      people: [
        { name: 'Y Ngọc', positions: [{ title: 'Chủ tịch', organization: 'Hội Liên hiệp Phụ nữ tỉnh Kon Tum' }], roles: ['chaired'] },
        { name: 'Lê Thị Thu Hà', positions: [{ title: 'Phó Chủ tịch', organization: 'Hội Liên hiệp Phụ nữ tỉnh Kon Tum' }], roles: ['reported'] },
        { name: 'Y Thị Bích Thọ', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Kon Tum' }], roles: ['attended'] },
      ],
      events: [{ kind: 'conference', organizer: 'Hội Liên hiệp Phụ nữ tỉnh Kon Tum', date: '2021-07-08' }],
    },
    eventCount: 1,
  },
];

describeWrongFactBatch('bodies\' conferences and congresses', CASES, 10);

describe('a subject whose appositive the press left unclosed', () => {
  const roles = (body: string): Record<string, string[]> => {
    const out = extractArticle(`Hội nghị tổng kết công tác Hội năm 2019\nNgày đăng 20/12/2019 | 08:45\n\nSáng 19/12, Hội Chữ thập đỏ huyện Yên Thế tổ chức hội nghị tổng kết công tác Hội năm 2019. ${body}`, { id: 't' });
    return Object.fromEntries(out.people.map((p) => [p.name, p.roles.map((r) => r.role).sort()]));
  };

  it('gives the verb after an unclosed appositive to the name that opens the sentence', () => {
    expect(roles('Ông Thân Văn Hùng, Hội trưởng Hội Chữ thập đỏ huyện chủ trì hội nghị. Bà Giáp Thị Mai, cán bộ Hội phụ trách địa bàn xã Đồng Kỳ phát biểu. Thượng tá Ngô Văn Tú, Phó Chỉ huy trưởng dự.'))
      .toEqual({ 'Thân Văn Hùng': ['chaired'], 'Giáp Thị Mai': ['spoke'], 'Ngô Văn Tú': ['attended'] });
  });

  it('never for a name the sentence does not open on, a verb of saying, or a weak cue used as a noun', () => {
    const got = roles('Theo ông Thân Văn Hùng, Hội trưởng Hội Chữ thập đỏ huyện nhiều hộ dân dự. Chị Giáp Thị Mai, nhân viên văn phòng cho biết chị ủng hộ 2 triệu đồng. Ông Ngô Văn Tú, Phó Chủ tịch Hội báo cáo về tình hình thu chi quỹ.');
    expect(got['Thân Văn Hùng'] ?? []).toEqual([]);
    expect(got['Giáp Thị Mai'] ?? []).toEqual([]);
    expect(got['Ngô Văn Tú'] ?? []).toEqual([]);
  });
});

describe('a minister written without a ministry', () => {
  const posts = (body: string): Record<string, string[]> => {
    const out = extractArticle(`Hội nghị tổng kết năm học\nNgày đăng 14/08/2019 | 08:45\n\n${body}`, { id: 't' });
    return Object.fromEntries(out.people.map((p) => [p.name, p.positions.map((q) => `${q.title} / ${q.organization}${q.former ? ' (nguyên)' : ''}`)]));
  };

  it('is of the one ministry the article names', () => {
    expect(posts('Sáng 13/8, Bộ GD&ĐT tổ chức hội nghị tổng kết năm học. Bộ trưởng Bộ GD&ĐT Phùng Xuân Nhạ chủ trì. Thứ trưởng Nguyễn Hữu Độ trình bày báo cáo.'))
      .toEqual({ 'Phùng Xuân Nhạ': ['Bộ trưởng / Bộ Giáo dục và Đào tạo'], 'Nguyễn Hữu Độ': ['Thứ trưởng / Bộ Giáo dục và Đào tạo'] });
  });

  it('is of none when two ministries are named, when former, or when the title is another office\'s rank', () => {
    const two = posts('Sáng 13/8, Bộ GD&ĐT phối hợp với Bộ Y tế tổ chức hội nghị. Thứ trưởng Nguyễn Hữu Độ trình bày báo cáo.');
    expect(two['Nguyễn Hữu Độ'] ?? []).toEqual([]);
    const former = posts('Sáng 13/8, Bộ Công Thương tổ chức hội nghị. Nguyên Bộ trưởng Trương Đình Tuyển phát biểu.');
    expect(former['Trương Đình Tuyển'] ?? []).toEqual([]);
    const rank = posts('Sáng 13/8, Bộ Tài chính tổ chức hội nghị. Bộ trưởng, Chủ nhiệm VPCP Mai Tiến Dũng dự. Bộ trưởng Mai Tiến Dũng phát biểu.');
    expect(rank['Mai Tiến Dũng']).toEqual(['Chủ nhiệm / Văn phòng Chính phủ']);
  });
});

describe('a voters\' meeting written "tiếp xúc với cử tri"', () => {
  it('is that meeting, not a reception ("Buổi tiếp")', () => {
    const out = extractArticle('Cử tri kiến nghị về sân bay\nNgày đăng 13/05/2017 | 08:45\n\nNgày 12/5, Tổ đại biểu Quốc hội đơn vị 5 có buổi tiếp xúc với cử tri quận Tân Bình. Đại biểu Trương Trọng Nghĩa phát biểu tại buổi tiếp xúc.', { id: 't' });
    expect(out.events.map((e) => e.name)).toEqual(['Buổi tiếp xúc với cử tri']);
    expect(out.events[0]?.date).toBe('2017-05-12');
  });
});

describe('a foreign official\'s posts written after the name', () => {
  it('are the foreign state\'s when no other name follows them, and the one before keeps none of them', () => {
    const out = extractArticle('Thượng tướng Nguyễn Chí Vịnh thăm Trung Quốc\nNgày đăng 13/05/2017 | 08:45\n\nNgày 12/5, Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng, đã có cuộc gặp Thượng tướng Hứa Kỳ Lượng, Ủy viên Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương Trung Quốc. Chiều cùng ngày, Tổng Bí thư Nguyễn Phú Trọng tiếp Ủy viên Bộ Chính trị, Thủ tướng Lào Thongloun Sisoulith.', { id: 't' });
    const posts = Object.fromEntries(out.people.map((p) => [p.name, p.positions.map((q) => `${q.title} / ${q.organization}`)]));
    expect(posts['Nguyễn Chí Vịnh']).toEqual(['Thứ trưởng / Bộ Quốc phòng']);
    expect(posts['Hứa Kỳ Lượng'] ?? []).toEqual([]);
    expect(posts['Nguyễn Phú Trọng']).toEqual(['Tổng Bí thư / Ban Chấp hành Trung ương Đảng']);
  });
});

describe('a deputy written with the delegation in brackets', () => {
  it('is a National Assembly deputy for a province\'s delegation, never for a district\'s', () => {
    const out = extractArticle('Quốc hội thảo luận về Luật Du lịch\nNgày đăng 07/06/2017 | 08:45\n\nSáng 6/6, Quốc hội thảo luận ở hội trường. ĐB Lưu Bình Nhưỡng (đoàn Bến Tre) phát biểu. ĐB Nguyễn Hữu Chính (Đoàn ĐBQH TP Hà Nội) phát biểu. Đại biểu Trần Văn Lâm (Đoàn ĐBQH tỉnh Bắc Giang) phát biểu. Đại biểu Nguyễn Văn Hùng (đoàn huyện Mỹ Đức) phát biểu.', { id: 't' });
    const posts = Object.fromEntries(out.people.map((p) => [p.name, p.positions.map((q) => `${q.title} / ${q.organization}`)]));
    expect(posts).toEqual({
      'Lưu Bình Nhưỡng': ['Đại biểu / Quốc hội'],
      'Nguyễn Hữu Chính': ['Đại biểu / Quốc hội'],
      'Trần Văn Lâm': ['Đại biểu / Quốc hội'],
      'Nguyễn Văn Hùng': [],
    });
  });
});
