// Blind batch "visits, quotations, lists, foreign leaders, spellings, reform": cases
// written from the phenomena before reading the code that handles them, in other
// provinces, levels and years, before and after the July 2025 reform:
//   - working visits: "Đoàn công tác của X do đồng chí A dẫn đầu", "đại diện X đã có
//     buổi làm việc với …": X organizes the meeting, A keeps X's post;
//   - roles from speech verbs around quotations ("…", đồng chí A nhấn mạnh; A cho
//     biết: "…"); a verb inside the quotation is no role; the one addressed gets none;
//   - a plural title list past semicolons ("các Phó Chủ tịch UBND tỉnh: A; B; C"):
//     each gets the title, what follows the list does not;
//   - foreign leaders ("Thủ tướng Hà Lan Mark Rutte", "Chủ tịch Kim Jong Un", "Chủ
//     tịch nước Trung Quốc Tập Cận Bình"): never in a Vietnamese body, the country
//     never a person;
//   - spellings outside the registry ("Đắc Lắc", "Hoà", "Thuỷ", "Tp HCM"): the same
//     canonical unit, never another;
//   - post-reform ward and commune congresses "lần thứ I, nhiệm kỳ 2025-2030" in
//     merged provinces under their new names.
//
// First run, before any fix: 10 of 17 cases passed; 249 of 263 facts held (94.7%).
// Failing: "đại diện Sở … đã có buổi làm việc với" gave no organizer; a semicolon list
// of "các Phó Chủ tịch UBND tỉnh" gave its title to "Giám đốc Sở Tài chính Trần Minh
// Hải" after it; "cùng dự có ông A, Giám đốc Sở …" after a semicolon list found no one;
// "Thủ tướng Hà Lan Mark Rutte" came out as a person "Hà Lan Mark Rutte"; "chủ trì lễ
// đón" gave no role; "Đắc Lắc" stayed as written and its bodies lost their posts;
// "Huyện uỷ Thuỷ Nguyên tổ chức hội nghị" gave its chair and guest no role.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

/** Vietnamese national bodies a foreign leader never belongs to. */
const VIETNAMESE_NATIONAL_BODIES = ['Chính phủ', 'Nhà nước', 'Quốc hội', 'Ban Chấp hành Trung ương Đảng', 'Bộ Chính trị', 'Ban Bí thư'];

const CASES: WrongFactCase[] = [
  {
    name: 'Hà Giang 2019: "Đoàn công tác của Ban Tổ chức Trung ương do đồng chí A … dẫn đầu" organizes the meeting',
    place: 'Hà Giang',
    text: `Ban Tổ chức Trung ương làm việc với Ban Thường vụ Tỉnh ủy Hà Giang
Ngày đăng 16/05/2019 | 08:30

Ngày 15/5, Đoàn công tác của Ban Tổ chức Trung ương do đồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương dẫn đầu đã làm việc với Ban Thường vụ Tỉnh ủy Hà Giang về công tác chuẩn bị đại hội đảng bộ các cấp.

Tiếp và làm việc với đoàn có đồng chí Triệu Tài Vinh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Giang.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'meeting', organizer: 'Ban Tổ chức Trung ương', date: '2019-05-15' }],
      people: [
        {
          name: 'Mai Văn Chính',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Phó Trưởng ban', organization: 'Ban Tổ chức Trung ương' },
          ],
        },
        {
          name: 'Triệu Tài Vinh',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy Hà Giang' },
          ],
        },
      ],
    },
    forbidden: [{ person: 'Mai Văn Chính', organizations: ['Ban Tổ chức Tỉnh ủy Hà Giang'] }],
  },
  {
    name: 'Đồng Tháp 2022: "đại diện Sở … đã có buổi làm việc với UBND huyện" is the department’s meeting',
    place: 'Đồng Tháp',
    text: `Đẩy nhanh tiến độ xây dựng nông thôn mới nâng cao
Ngày đăng 13/10/2022 | 15:10

Ngày 12/10, đại diện Sở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Tháp đã có buổi làm việc với UBND huyện Tháp Mười về tiến độ xây dựng nông thôn mới nâng cao.

Tại buổi làm việc, ông Lê Quốc Phong, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn đề nghị huyện tập trung hoàn thành tiêu chí môi trường trước tháng 12.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'meeting', organizer: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Tháp', date: '2022-10-12' }],
      people: [
        {
          name: 'Lê Quốc Phong',
          positions: [{ title: 'Phó Giám đốc', organization: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Tháp' }],
          roles: ['spoke'],
        },
      ],
    },
    forbidden: [{ person: 'Lê Quốc Phong', organizations: ['Phòng Nông nghiệp và Phát triển nông thôn huyện Tháp Mười'] }],
  },
  {
    name: 'Thanh Hóa 2020: an inspection team of the provincial inspection commission led by its chairman',
    place: 'Thanh Hóa',
    text: `Kiểm tra công tác phòng, chống tham nhũng tại huyện Nga Sơn
Ngày đăng 24/07/2020 | 10:05

Sáng 23/7, Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa do đồng chí Lê Quang Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Nga Sơn.

Báo cáo với đoàn, đồng chí Mai Xuân Bình, Bí thư Huyện ủy Nga Sơn cho biết huyện đã xử lý 4 đảng viên vi phạm.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'meeting', organizer: 'Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa', date: '2020-07-23' }],
      people: [
        {
          name: 'Lê Quang Hùng',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Thanh Hóa' },
            { title: 'Chủ nhiệm', organization: 'Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa' },
          ],
        },
        { name: 'Mai Xuân Bình', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Nga Sơn' }] },
      ],
    },
    forbidden: [{ person: 'Lê Quang Hùng', organizations: ['Ủy ban Kiểm tra Huyện ủy Nga Sơn', 'Ban Thường vụ Huyện ủy Nga Sơn'] }],
  },
  {
    name: 'Gia Lai 2025: a delegation of the merged Tỉnh ủy led by its standing deputy secretary visits a new ward',
    place: 'Gia Lai',
    text: `Đoàn công tác Tỉnh ủy làm việc với Đảng ủy phường Quy Nhơn Nam
Ngày đăng 21/08/2025 | 17:40

Chiều 20/8, Đoàn công tác của Tỉnh ủy Gia Lai do đồng chí Rah Lan Chung, Phó Bí thư Thường trực Tỉnh ủy dẫn đầu đã làm việc với Ban Thường vụ Đảng ủy phường Quy Nhơn Nam.

Đồng chí Nguyễn Văn Thành, Bí thư Đảng ủy phường Quy Nhơn Nam báo cáo tình hình hoạt động của chính quyền hai cấp sau gần hai tháng vận hành.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'meeting', organizer: 'Tỉnh ủy Gia Lai', date: '2025-08-20' }],
      people: [
        { name: 'Rah Lan Chung', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Gia Lai' }] },
        { name: 'Nguyễn Văn Thành', positions: [{ title: 'Bí thư', organization: 'Đảng ủy phường Quy Nhơn Nam' }], roles: ['reported'] },
      ],
    },
    forbidden: [{ person: 'Rah Lan Chung', organizations: ['Tỉnh ủy Bình Định', 'Đảng ủy phường Quy Nhơn Nam'] }],
  },
  {
    name: 'Quảng Ninh 2017: roles from speech verbs after and before quotations; a verb inside a quotation is no role',
    place: 'Quảng Ninh',
    text: `Quảng Ninh tổng kết công tác cải cách hành chính năm 2017
Ngày đăng 06/12/2017 | 09:45

Sáng 5/12, UBND tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2017. Đồng chí Nguyễn Đức Long, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.

"Phải coi cải cách hành chính là nhiệm vụ trọng tâm của cả hệ thống chính trị", đồng chí Nguyễn Văn Đọc, Bí thư Tỉnh ủy Quảng Ninh nhấn mạnh.

Ông Vũ Văn Diện, Phó Chủ tịch UBND tỉnh cho biết: "Năm 2018, Văn phòng UBND tỉnh sẽ chủ trì rà soát toàn bộ thủ tục hành chính".`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'conference', organizer: 'UBND tỉnh Quảng Ninh', date: '2017-12-05' }],
      people: [
        {
          name: 'Nguyễn Đức Long',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Quảng Ninh' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Quảng Ninh' },
          ],
          roles: ['chaired'],
        },
        { name: 'Nguyễn Văn Đọc', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Quảng Ninh' }], roles: ['spoke'] },
        { name: 'Vũ Văn Diện', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Quảng Ninh' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Hà Nội 2024: "A khẳng định: …" and "A đề nghị đồng chí B …": B, the one addressed, gets no role',
    place: 'Hà Nội',
    text: `Hà Nội giao ban công tác phòng, chống dịch sốt xuất huyết
Ngày đăng 19/09/2024 | 20:00

Chiều 19/9, UBND thành phố Hà Nội tổ chức hội nghị giao ban công tác phòng, chống dịch sốt xuất huyết. Phó Chủ tịch UBND thành phố Vũ Thu Hà chủ trì hội nghị.

Bà Vũ Thu Hà khẳng định: "Không để dịch lan rộng trong khu dân cư". Bà đề nghị ông Trần Văn Chung, Giám đốc Sở Y tế bố trí đủ giường bệnh cho các bệnh viện tuyến huyện.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'conference', organizer: 'UBND thành phố Hà Nội', date: '2024-09-19' }],
      people: [
        { name: 'Vũ Thu Hà', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thành phố Hà Nội' }], roles: ['chaired', 'spoke'] },
        { name: 'Trần Văn Chung', positions: [{ title: 'Giám đốc', organization: 'Sở Y tế thành phố Hà Nội' }], roles: [] },
      ],
    },
  },
  {
    name: 'Nam Định 2019: "các Phó Chủ tịch UBND tỉnh: A; B; C; Giám đốc Sở D": the list’s title stops at the list',
    place: 'Nam Định',
    text: `Nam Định triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2019
Ngày đăng 05/01/2019 | 11:20

Sáng 4/1, UBND tỉnh Nam Định tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2019. Đồng chí Phạm Đình Nghị, Chủ tịch UBND tỉnh chủ trì hội nghị.

Dự hội nghị có các Phó Chủ tịch UBND tỉnh: Trần Lê Đoài; Ngô Gia Thịnh; Hà Lan Anh; Giám đốc Sở Tài chính Trần Minh Hải.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'conference', organizer: 'UBND tỉnh Nam Định', date: '2019-01-04' }],
      people: [
        { name: 'Phạm Đình Nghị', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Nam Định' }], roles: ['chaired'] },
        { name: 'Trần Lê Đoài', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Nam Định' }], roles: ['attended'] },
        { name: 'Ngô Gia Thịnh', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Nam Định' }], roles: ['attended'] },
        { name: 'Hà Lan Anh', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Nam Định' }], roles: ['attended'] },
        { name: 'Trần Minh Hải', positions: [{ title: 'Giám đốc', organization: 'Sở Tài chính tỉnh Nam Định' }], roles: ['attended'] },
      ],
    },
  },
  {
    name: 'Bình Phước 2021: "các đồng chí Phó Bí thư Tỉnh ủy: A, title; B, title" gives each both titles',
    place: 'Bình Phước',
    text: `Hội nghị Tỉnh ủy Bình Phước lần thứ 6
Ngày đăng 28/09/2021 | 16:00

Ngày 28/9, Tỉnh ủy Bình Phước tổ chức Hội nghị lần thứ 6 Ban Chấp hành Đảng bộ tỉnh khóa XI.

Chủ trì hội nghị có các đồng chí Phó Bí thư Tỉnh ủy: Trần Tuệ Hiền, Chủ tịch UBND tỉnh; Huỳnh Thị Hằng, Chủ tịch HĐND tỉnh; cùng dự có ông Lê Trường Sơn, Giám đốc Sở Nội vụ.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'conference', organizer: 'Tỉnh ủy Bình Phước', ordinal: 6, term: 'XI', date: '2021-09-28' }],
      people: [
        {
          name: 'Trần Tuệ Hiền',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Bình Phước' },
            { title: 'Chủ tịch', organization: 'UBND tỉnh Bình Phước' },
          ],
          roles: ['chaired'],
        },
        {
          name: 'Huỳnh Thị Hằng',
          positions: [
            { title: 'Phó Bí thư', organization: 'Tỉnh ủy Bình Phước' },
            { title: 'Chủ tịch', organization: 'HĐND tỉnh Bình Phước' },
          ],
          roles: ['chaired'],
        },
        { name: 'Lê Trường Sơn', positions: [{ title: 'Giám đốc', organization: 'Sở Nội vụ tỉnh Bình Phước' }], roles: ['attended'] },
      ],
    },
  },
  {
    name: 'Hà Nội 2019: "Thủ tướng Hà Lan Mark Rutte" is not in Vietnam’s government; Hà Lan is no person',
    place: 'Hà Nội',
    text: `Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Hà Lan
Ngày đăng 09/04/2019 | 18:30

Chiều 9/4, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc chủ trì lễ đón và hội đàm với Thủ tướng Hà Lan Mark Rutte.

Thủ tướng Mark Rutte khẳng định Hà Lan coi trọng quan hệ đối tác chiến lược về thích ứng với biến đổi khí hậu.`,
    expect: {
      exhaustive: false,
      people: [{ name: 'Nguyễn Xuân Phúc', positions: [{ title: 'Thủ tướng', organization: 'Chính phủ' }], roles: ['chaired'] }],
      notPeople: ['Hà Lan'],
    },
    forbidden: [{ person: 'Mark Rutte', organizations: VIETNAMESE_NATIONAL_BODIES }],
  },
  {
    name: 'Hà Nội 2019: "Chủ tịch Kim Jong Un" is no Vietnamese official; Triều Tiên is no person',
    place: 'Hà Nội',
    text: `Lễ đón chính thức Chủ tịch Triều Tiên Kim Jong Un
Ngày đăng 01/03/2019 | 12:00

Sáng 1/3, tại Phủ Chủ tịch, Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng chủ trì lễ đón chính thức Chủ tịch Triều Tiên Kim Jong Un thăm hữu nghị chính thức Việt Nam.

Chủ tịch Kim Jong Un cảm ơn sự đón tiếp trọng thị của Đảng, Nhà nước và nhân dân Việt Nam.`,
    expect: {
      exhaustive: false,
      people: [
        {
          name: 'Nguyễn Phú Trọng',
          positions: [
            { title: 'Tổng Bí thư', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Chủ tịch nước', organization: 'Nhà nước' },
          ],
          roles: ['chaired'],
        },
      ],
      notPeople: ['Triều Tiên', 'Việt Nam'],
    },
    forbidden: [{ person: 'Kim Jong Un', organizations: VIETNAMESE_NATIONAL_BODIES }],
  },
  {
    name: 'Hà Nội 2023: "Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình" and "Tổng thống Hàn Quốc" hold no Vietnamese post',
    place: 'Hà Nội',
    text: `Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng Bí thư, Chủ tịch nước Trung Quốc
Ngày đăng 12/12/2023 | 21:00

Chiều 12/12, tại Trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình.

Trước đó, trong tháng 6, Chủ tịch nước Võ Văn Thưởng đã tiếp Tổng thống Hàn Quốc tại Phủ Chủ tịch.`,
    expect: {
      exhaustive: false,
      people: [
        { name: 'Nguyễn Phú Trọng', positions: [{ title: 'Tổng Bí thư', organization: 'Ban Chấp hành Trung ương Đảng' }] },
        { name: 'Võ Văn Thưởng', positions: [{ title: 'Chủ tịch nước', organization: 'Nhà nước' }] },
      ],
      notPeople: ['Trung Quốc', 'Hàn Quốc'],
    },
    forbidden: [{ person: 'Tập Cận Bình', organizations: VIETNAMESE_NATIONAL_BODIES }],
  },
  {
    name: 'Đắk Lắk 2017: "Đắc Lắc" and "Tỉnh uỷ Đắc Lắc" are Đắk Lắk’s bodies',
    place: 'Đắk Lắk',
    text: `Đắc Lắc sơ kết công tác phòng chống hạn hán
Ngày đăng 11/03/2017 | 14:30

Sáng 10/3, UBND tỉnh Đắc Lắc tổ chức hội nghị sơ kết công tác phòng, chống hạn hán mùa khô 2016-2017. Ông Phạm Ngọc Nghị, Chủ tịch UBND tỉnh chủ trì hội nghị.

Dự hội nghị có bà Y Nguyệt Niê, Phó Bí thư Tỉnh uỷ Đắc Lắc.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'conference', organizer: 'UBND tỉnh Đắk Lắk', date: '2017-03-10' }],
      people: [
        { name: 'Phạm Ngọc Nghị', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Đắk Lắk' }], roles: ['chaired'] },
        { name: 'Y Nguyệt Niê', positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Đắk Lắk' }], roles: ['attended'] },
      ],
    },
  },
  {
    name: 'Hải Phòng 2018 and Đà Nẵng: "Huyện uỷ Thuỷ Nguyên", "huyện Hoà Vang" are the registry’s Thủy Nguyên and Hòa Vang',
    place: 'Hải Phòng',
    text: `Huyện uỷ Thuỷ Nguyên học tập kinh nghiệm tại huyện Hoà Vang
Ngày đăng 18/06/2018 | 09:00

Ngày 17/6, Huyện uỷ Thuỷ Nguyên tổ chức hội nghị sơ kết 6 tháng đầu năm. Đồng chí Phạm Văn Mạnh, Bí thư Huyện uỷ Thuỷ Nguyên chủ trì hội nghị.

Đồng chí Lê Văn Trung, Phó Chủ tịch UBND huyện Hoà Vang, thành phố Đà Nẵng dự và phát biểu tại hội nghị.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'conference', organizer: 'Huyện ủy Thủy Nguyên', date: '2018-06-17' }],
      people: [
        { name: 'Phạm Văn Mạnh', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Thủy Nguyên' }], roles: ['chaired'] },
        { name: 'Lê Văn Trung', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Hòa Vang' }], roles: ['attended', 'spoke'] },
      ],
    },
    forbidden: [{ person: 'Lê Văn Trung', organizations: ['UBND huyện Thủy Nguyên'] }],
  },
  {
    name: 'TP.HCM 2018: "UBND Tp HCM" and "TP. Hồ Chí Minh" are the city’s bodies',
    place: 'Hồ Chí Minh',
    text: `Tp HCM đẩy mạnh giải ngân vốn đầu tư công
Ngày đăng 03/03/2018 | 10:10

Ngày 2/3, UBND Tp HCM tổ chức hội nghị đẩy mạnh giải ngân vốn đầu tư công năm 2018. Ông Lê Thanh Liêm, Phó Chủ tịch Thường trực UBND Tp HCM chủ trì hội nghị.

Bà Nguyễn Thị Bích Hạnh, Giám đốc Kho bạc Nhà nước TP. Hồ Chí Minh báo cáo tình hình giải ngân hai tháng đầu năm.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'conference', organizer: 'UBND Thành phố Hồ Chí Minh', date: '2018-03-02' }],
      people: [
        { name: 'Lê Thanh Liêm', positions: [{ title: 'Phó Chủ tịch Thường trực', organization: 'UBND Thành phố Hồ Chí Minh' }], roles: ['chaired'] },
        { name: 'Nguyễn Thị Bích Hạnh', positions: [{ title: 'Giám đốc', organization: 'Kho bạc Nhà nước Thành phố Hồ Chí Minh' }], roles: ['reported'] },
      ],
    },
  },
  {
    name: 'Ninh Bình 2025: the first congress of phường Phủ Lý, a ward of the merged Ninh Bình',
    place: 'Ninh Bình',
    text: `Đại hội đại biểu Đảng bộ phường Phủ Lý lần thứ I, nhiệm kỳ 2025-2030
Ngày đăng 14/08/2025 | 18:00

Ngày 14/8, Đảng bộ phường Phủ Lý tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.

Đồng chí Trần Xuân Dưỡng, Bí thư Đảng ủy phường chủ trì đại hội. Dự đại hội có đồng chí Đặng Thanh Giang, Ủy viên Ban Thường vụ Tỉnh ủy Ninh Bình.

Phát biểu chỉ đạo, đồng chí Đặng Thanh Giang nhấn mạnh: "Phủ Lý phải trở thành trung tâm kinh tế phía Bắc của tỉnh".`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'congress', organizer: 'Đảng bộ phường Phủ Lý', ordinal: 1, termYears: '2025-2030', date: '2025-08-14' }],
      people: [
        { name: 'Trần Xuân Dưỡng', positions: [{ title: 'Bí thư', organization: 'Đảng ủy phường Phủ Lý' }], roles: ['chaired'] },
        { name: 'Đặng Thanh Giang', positions: [{ title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Ninh Bình' }], roles: ['attended', 'directed'] },
      ],
    },
    forbidden: [{ person: 'Đặng Thanh Giang', organizations: ['Ban Thường vụ Tỉnh ủy Hà Nam'] }],
  },
  {
    name: 'Đồng Nai 2025: phường Đồng Xoài, once Bình Phước’s capital, holds its first congress under Đồng Nai',
    place: 'Đồng Nai',
    text: `Đại hội Đảng bộ phường Đồng Xoài lần thứ I, nhiệm kỳ 2025 – 2030
Ngày đăng 22/08/2025 | 07:30

Sáng 21/8, Đảng bộ phường Đồng Xoài tổ chức Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 – 2030.

Đồng chí Tôn Ngọc Hạnh, Phó Bí thư Tỉnh ủy Đồng Nai dự và phát biểu chỉ đạo đại hội. Đồng chí Lê Minh Tuấn, Phó Bí thư Đảng ủy, Chủ tịch UBND phường Đồng Xoài trình bày báo cáo chính trị.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'congress', organizer: 'Đảng bộ phường Đồng Xoài', ordinal: 1, termYears: '2025-2030', date: '2025-08-21' }],
      people: [
        { name: 'Tôn Ngọc Hạnh', positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Đồng Nai' }], roles: ['attended', 'directed'] },
        {
          name: 'Lê Minh Tuấn',
          positions: [
            { title: 'Phó Bí thư', organization: 'Đảng ủy phường Đồng Xoài' },
            { title: 'Chủ tịch', organization: 'UBND phường Đồng Xoài' },
          ],
          roles: ['reported'],
        },
      ],
    },
    forbidden: [{ person: 'Tôn Ngọc Hạnh', organizations: ['Tỉnh ủy Bình Phước'] }],
  },
  {
    name: 'Lâm Đồng 2025: phường Mũi Né’s congress; "Tỉnh uỷ" unqualified is the merged Lâm Đồng’s',
    place: 'Lâm Đồng',
    text: `Khai mạc Đại hội đại biểu Đảng bộ phường Mũi Né lần thứ I
Ngày đăng 09/08/2025 | 11:15

Sáng 9/8, Đại hội đại biểu Đảng bộ phường Mũi Né lần thứ I, nhiệm kỳ 2025-2030 khai mạc với sự tham dự của 200 đại biểu.

Dự đại hội có đồng chí Nguyễn Hoài Anh, Phó Bí thư Tỉnh uỷ Lâm Đồng. Đồng chí Võ Văn Phong, Bí thư Đảng uỷ phường Mũi Né phát biểu khai mạc đại hội.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'congress', organizer: 'Đảng bộ phường Mũi Né', ordinal: 1, termYears: '2025-2030', date: '2025-08-09' }],
      people: [
        { name: 'Nguyễn Hoài Anh', positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Lâm Đồng' }], roles: ['attended'] },
        { name: 'Võ Văn Phong', positions: [{ title: 'Bí thư', organization: 'Đảng ủy phường Mũi Né' }], roles: ['opened'] },
      ],
    },
    forbidden: [{ person: 'Nguyễn Hoài Anh', organizations: ['Tỉnh ủy Bình Thuận'] }],
  },
];

describeWrongFactBatch('visits, quotations, lists, foreign leaders, spellings, reform', CASES, 15);
