// Causes of wrong and missed facts found by a hand check of 25 random real articles
// (seed 7001), each written here as sentences of our own in other places and years. Not a
// blind batch: written after reading the code that handles them.
//   - an undated article's year from "tháng 1-2017" beside a past "năm 2008";
//   - "Xét báo cáo của Bộ …, Phó Thủ tướng A có ý kiến": a report weighed, not A reporting;
//   - a body's name ends before "khi", "nhằm" ("Hiệp hội X khi kiến nghị …");
//   - a foreign leader after the country ("Thủ tướng Thái Lan Prayut …"): no name
//     starting with the country;
//   - "Trường" inside a person's name ("ông Lê Trường Giang, Giám đốc …");
//   - "Đăk Lăk" spelled otherwise than the registry; a town upgraded since the article
//     ("Thị ủy Dĩ An" in 2017); "huyện X, tỉnh Y" after a title, before the verb;
//   - the head of an inspection team ("trưởng đoàn Thanh tra việc …") is no post of a body;
//   - a second meeting told with its body as subject ("Ban Bí thư đã họp dưới sự chủ trì
//     của …"): an event of its own, which takes its chair's role;
//   - and, found by comparing the whole corpus's output before and after: a colon list whose
//     names carry their own titles ("các Ủy viên Trung ương Đảng: A - title; title B") or
//     hold a list of their own ("; các Bí thư Tỉnh ủy: C, D") gives its title to each; a
//     colon after an official's titles that opens a quotation shares them with no one.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'an undated article takes its year from "tháng 1-2017", not from a past "năm 2008"',
    place: 'Hà Nội',
    text: `Chủ tịch nước dự hội nghị cấp cao tại Bắc Kinh

Ngày 15-5, Chủ tịch nước Trần Đại Quang dự hội nghị bàn tròn các nhà lãnh đạo tại Bắc Kinh (Trung Quốc).

Chủ tịch nước nhắc lại kết quả cuộc gặp cấp cao tháng 1-2017 và chuyến thăm năm 2008 của lãnh đạo hai nước.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'conference', date: '2017-05-15' }],
      people: [{ name: 'Trần Đại Quang', positions: [{ title: 'Chủ tịch nước', organization: 'Nhà nước' }], roles: ['attended'] }],
    },
  },
  {
    name: 'a report weighed ("Xét báo cáo của Bộ Nội vụ") is no role of the official after it',
    place: 'Bình Định',
    text: `Yêu cầu giảm số cấp phó tại các sở
Ngày đăng 26/05/2017 | 10:00

Sáng 25/5, UBND tỉnh Bình Định tổ chức hội nghị rà soát số lượng cấp phó tại các sở. Ông Hồ Quốc Dũng, Chủ tịch UBND tỉnh chủ trì hội nghị.

Xét báo cáo của Bộ Nội vụ về số phó giám đốc vượt quy định, Phó Thủ tướng Thường trực Trương Hòa Bình đã có văn bản yêu cầu tỉnh giải quyết dứt điểm.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      people: [
        { name: 'Hồ Quốc Dũng', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Bình Định' }], roles: ['chaired'] },
        { name: 'Trương Hòa Bình', positions: [{ title: 'Phó Thủ tướng Thường trực', organization: 'Chính phủ' }], roles: [] },
      ],
    },
  },
  {
    name: 'an association’s name ends before "khi" ("Hiệp hội DN … TP.HCM khi kiến nghị …")',
    place: 'Hồ Chí Minh',
    text: `Doanh nghiệp kiến nghị gỡ vướng thủ tục đất đai
Ngày đăng 14/09/2018 | 15:30

Sáng 13/9, UBND TP.HCM tổ chức hội nghị đối thoại với doanh nghiệp. Ông Nguyễn Thành Phong, Chủ tịch UBND thành phố chủ trì hội nghị.

Bộ Tài chính đồng tình với ý kiến của ông Trần Văn Lộc, Chủ tịch Hiệp hội DN bất động sản TP.HCM khi kiến nghị Chính phủ sớm thay thế Quyết định 09 về cấp giấy chứng nhận.`,
    expect: {
      exhaustive: false,
      people: [{ name: 'Trần Văn Lộc', positions: [{ title: 'Chủ tịch', organization: 'Hiệp hội DN bất động sản Thành phố Hồ Chí Minh' }] }],
    },
  },
  {
    name: 'a foreign prime minister written after the country: no person named with the country',
    place: 'Hà Nội',
    text: `Thúc đẩy hợp tác kinh tế Việt Nam - Thái Lan
Ngày đăng 23/03/2018 | 19:00

Chiều 23/3, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang hội kiến Thủ tướng Thái Lan Prayut Chan O Cha.

Thủ tướng Prayut mong muốn hai nước sớm đạt kim ngạch thương mại 20 tỷ USD.`,
    expect: {
      exhaustive: false,
      people: [{ name: 'Trần Đại Quang', positions: [{ title: 'Chủ tịch nước', organization: 'Nhà nước' }] }],
      notPeople: ['Thái Lan'],
    },
    forbidden: [{ person: 'Prayut Chan O Cha', organizations: ['Nhà nước', 'Chính phủ', 'Quốc hội'] }],
  },
  {
    name: '"Trường" inside a name is no school: "ông Lê Trường Giang, Giám đốc Sở Tư pháp"',
    place: 'Ninh Thuận',
    text: `Ninh Thuận triển khai Luật Trợ giúp pháp lý
Ngày đăng 04/04/2018 | 08:40

Sáng 3/4, UBND tỉnh Ninh Thuận tổ chức hội nghị triển khai Luật Trợ giúp pháp lý. Dự hội nghị có ông Lê Trường Giang, Giám đốc Sở Tư pháp.`,
    expect: {
      exhaustive: false,
      people: [{ name: 'Lê Trường Giang', positions: [{ title: 'Giám đốc', organization: 'Sở Tư pháp tỉnh Ninh Thuận' }], roles: ['attended'] }],
    },
  },
  {
    name: '"Đăk Lăk", "Thị ủy Dĩ An" in 2017 and "huyện Krông Pắc, tỉnh Đăk Lăk" before the verb',
    place: 'Bình Dương',
    text: `Dĩ An học tập mô hình dân vận khéo
Ngày đăng 19/10/2017 | 09:30

Ngày 18/10, Thị ủy Dĩ An tổ chức hội nghị sơ kết mô hình dân vận khéo. Đồng chí Võ Văn Minh, Bí thư Thị ủy Dĩ An chủ trì hội nghị.

Đồng chí Nguyễn Văn Hòa, Phó Chủ tịch UBND huyện Krông Pắc, tỉnh Đăk Lăk dự và phát biểu tại hội nghị.`,
    eventCount: 1,
    expect: {
      exhaustive: false,
      events: [{ kind: 'conference', organizer: 'Thị ủy Dĩ An', date: '2017-10-18' }],
      people: [
        { name: 'Võ Văn Minh', positions: [{ title: 'Bí thư', organization: 'Thị ủy Dĩ An' }], roles: ['chaired'] },
        { name: 'Nguyễn Văn Hòa', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND huyện Krông Pắc' }], roles: ['attended', 'spoke'] },
      ],
    },
  },
  {
    name: 'the head of an inspection team ("trưởng đoàn Thanh tra việc …") holds no post in an inspectorate',
    place: 'Hà Nội',
    text: `Sắp công bố kết luận thanh tra đất đai tại xã Tiên Phong
Ngày đăng 20/06/2017 | 16:00

Trao đổi với báo chí, ông Đỗ Văn Khải, Phó Chánh Thanh tra thành phố Hà Nội, trưởng đoàn Thanh tra việc quản lý, sử dụng đất đai tại xã Tiên Phong (huyện Ba Vì) cho biết kết luận sẽ được công bố trong tháng 7.`,
    expect: {
      exhaustive: false,
      people: [{ name: 'Đỗ Văn Khải', positions: [{ title: 'Phó Chánh Thanh tra', organization: 'Thanh tra thành phố Hà Nội' }] }],
    },
  },
  {
    name: 'a second meeting told as "Ban Bí thư đã họp dưới sự chủ trì của …" is an event of its own',
    place: 'Bình Định',
    text: `Đoàn kiểm tra của Bộ Chính trị làm việc với Tỉnh ủy Bình Định
Ngày đăng 26/05/2017 | 10:00

Ngày 25/5, tại thành phố Quy Nhơn, đoàn kiểm tra của Bộ Chính trị do Phó Thủ tướng Vương Đình Huệ làm trưởng đoàn làm việc với Tỉnh ủy Bình Định. Tại buổi làm việc, ông Hồ Quốc Dũng, Chủ tịch UBND tỉnh Bình Định cho biết tỉnh đã giảm số cấp phó.

Cùng ngày, tại Hà Nội, Ban Bí thư đã họp dưới sự chủ trì của Tổng Bí thư Nguyễn Phú Trọng để xem xét kỷ luật ông Nguyễn Văn Thiện, nguyên Bí thư Tỉnh ủy Bình Định.`,
    eventCount: 2,
    expect: {
      exhaustive: false,
      events: [
        { kind: 'meeting', organizer: 'Bộ Chính trị', date: '2017-05-25' },
        { kind: 'meeting', organizer: 'Ban Bí thư', date: '2017-05-25' },
      ],
      people: [
        { name: 'Hồ Quốc Dũng', roles: [{ role: 'spoke', event: 'e1' }] },
        { name: 'Nguyễn Phú Trọng', positions: [{ title: 'Tổng Bí thư', organization: 'Ban Chấp hành Trung ương Đảng' }], roles: [{ role: 'chaired', event: 'e2' }] },
        { name: 'Nguyễn Văn Thiện', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Bình Định', former: true }], roles: [] },
      ],
    },
  },
  {
    name: 'a colon list of names with their own titles, before or after them, shares its title with each; so does a list inside it',
    place: 'Yên Bái',
    text: `Khai mạc Tuần văn hóa các dân tộc Tây Bắc
Ngày đăng 20/05/2017 | 21:00

Tối 20/5, UBND tỉnh Yên Bái tổ chức lễ khai mạc Tuần văn hóa các dân tộc vùng Tây Bắc. Dự buổi lễ có các Ủy viên Trung ương Đảng: Đỗ Bá Tỵ - Phó Chủ tịch Quốc hội; Bộ trưởng Bộ Tư pháp Lê Thành Long; các Bí thư Tỉnh ủy: Phạm Thị Thanh Trà, Đặng Xuân Phong.`,
    expect: {
      exhaustive: false,
      people: [
        {
          name: 'Đỗ Bá Tỵ',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Phó Chủ tịch', organization: 'Quốc hội' },
          ],
          roles: ['attended'],
        },
        {
          name: 'Lê Thành Long',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bộ trưởng', organization: 'Bộ Tư pháp' },
          ],
          roles: ['attended'],
        },
        { name: 'Đặng Xuân Phong', roles: ['attended'] },
      ],
    },
  },
  {
    name: 'a colon after an official’s titles that opens a quotation shares the titles with no one',
    place: 'Hải Phòng',
    text: `Chưa có cơ sở khẳng định tìm thấy đền thờ cổ
Ngày đăng 10/02/2017 | 14:00

PV đã trao đổi với ông Phạm Văn Thành - Thành ủy viên, Bí thư Huyện ủy Tiên Lãng, TP. Hải Phòng: Thông tin từ hội thảo cho rằng đã tìm thấy đền thờ Trạng Trình Nguyễn Bỉnh Khiêm là chưa có cơ sở.`,
    expect: {
      exhaustive: false,
      people: [
        {
          name: 'Phạm Văn Thành',
          positions: [
            { title: 'Ủy viên', organization: 'Thành ủy Hải Phòng' },
            { title: 'Bí thư', organization: 'Huyện ủy Tiên Lãng' },
          ],
        },
      ],
      notPeople: ['Trình Nguyễn Bỉnh Khiêm'],
    },
    forbidden: [{ person: 'Nguyễn Bỉnh Khiêm', organizations: ['Thành ủy Hải Phòng', 'Huyện ủy Tiên Lãng'] }],
  },
  {
    name: 'a colon list opening on a title whose body has lower-case words ("Phó Thủ tướng Chính phủ A") still shares its title',
    place: 'Phú Thọ',
    text: `Lễ dâng hương tưởng niệm các Vua Hùng
Ngày đăng 06/04/2017 | 09:00

Sáng 6/4, UBND tỉnh Phú Thọ tổ chức lễ dâng hương tưởng niệm các Vua Hùng. Dự lễ có các đồng chí Ủy viên Bộ Chính trị: Phó Thủ tướng Chính phủ Vương Đình Huệ; Hoàng Trung Hải, Bí thư Thành ủy Hà Nội.`,
    expect: {
      exhaustive: false,
      people: [
        { name: 'Vương Đình Huệ', positions: [{ title: 'Ủy viên', organization: 'Bộ Chính trị' }, { title: 'Phó Thủ tướng', organization: 'Chính phủ' }] },
        {
          name: 'Hoàng Trung Hải',
          positions: [
            { title: 'Ủy viên', organization: 'Bộ Chính trị' },
            { title: 'Bí thư', organization: 'Thành ủy Hà Nội' },
          ],
        },
      ],
    },
  },
];

describeWrongFactBatch('causes found by the hand check of seed 7001', CASES, 11);
