// Wrong facts still seen on real news, pinned with sentences of other provinces, bodies
// and years than the articles they were seen in:
//   - "nguyên" opens a list of posts joined by commas ("nguyên Bí thư Tỉnh ủy, Chủ tịch
//     HĐND tỉnh X"): every post of the list is former; a semicolon and another person, or
//     "hiện là", end it;
//   - a meeting that is not of a public body (parents' meetings, a school's staff meeting,
//     a club's annual meeting) is no council session and gives no one a role;
//   - a round-up of local meetings ("Tại các buổi họp thôn", "Trước đó, tại hội nghị ở xã
//     Y") gives no speech to the event the article reports;
//   - two unnumbered events of one article (a welcome ceremony and the working session
//     after it; a visit and a working session) stay two, and one's chair is not the other's;
//   - an undated article's event never takes its year from a past year named in the body.
// First run (on the code before the fixes): 4/12 cases pass, facts 122/144.
// Changed after the first run: the Kon Tum case wrote the district "Đăk Hà"; the registry
// (and so the output) writes "Đắk Hà", and both spellings are now accepted.
// Added after the first run: the Nam Định control (a post of an association or a deputy's after
// "nguyên …" stays current, seen in the corpus check of the first fix) and the Hà Nội 2017 case
// (a bare "kỳ họp" with no private word after it, as in the real article, spelled there "phụ huỵnh"),
// the Quảng Trị case (the Thanh Hóa round-up passed only because its article reports no event) and
// the Bến Tre control (a delegation's working sessions, seen in the corpus check of that fix), and
// the two Hà Nội cases of a welcome and talks (the Bình Dương case's ceremony is no event word), and
// the TP Hồ Chí Minh case (a board "Hội đồng thành viên" is no association; seen in the last corpus check).
// Changed after the first run: the Bình Dương and Sơn La cases expected the welcome ceremony of a
// delegation and the visit to a hospital as events; the graph holds neither a visit nor a
// "lễ đón" other than a state visit's official welcome (EVENT_WORDS in src/extract/lexicon/events.ts),
// so each now expects one event, the working session, chaired by its own chair only.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Cao Bằng 2018: "nguyên Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh" makes both posts former',
    place: 'Cao Bằng',
    text: `Tặng sách cho thư viện tỉnh Cao Bằng
Ngày 16/8/2018, ông Hà Ngọc Chiến, nguyên Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Cao Bằng, đã trao tặng 500 cuốn sách về lịch sử địa phương cho Thư viện tỉnh.`,
    expect: {
      people: [
        {
          name: 'Hà Ngọc Chiến',
          positions: [
            { title: 'Bí thư', organization: 'Tỉnh ủy Cao Bằng', former: true },
            { title: 'Chủ tịch', organization: 'HĐND tỉnh Cao Bằng', former: true },
          ],
          roles: [],
        },
      ],
    },
    eventCount: 0,
  },
  {
    name: 'Kon Tum 2023: "nguyên" carries over a list of three posts; "hiện là" ends it',
    place: 'Kon Tum',
    text: `Xét xử vụ án sai phạm trong giao đất tại Kon Tum
Ngày 21/6/2023, TAND tỉnh Kon Tum mở phiên tòa sơ thẩm vụ án vi phạm quy định về quản lý đất đai. Bị cáo Trần Văn Phúc, nguyên Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, Giám đốc Sở Tài nguyên và Môi trường tỉnh Kon Tum, bị truy tố cùng 4 bị cáo khác. Ông Lê Đức Thịnh, nguyên Chủ tịch UBND huyện Đăk Hà, hiện là Phó Giám đốc Sở Nội vụ tỉnh Kon Tum, được triệu tập với tư cách người làm chứng.`,
    expect: {
      people: [
        {
          name: 'Trần Văn Phúc',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Tỉnh ủy Kon Tum', former: true },
            { title: 'Phó Chủ tịch', organization: 'UBND tỉnh Kon Tum', former: true },
            { title: 'Giám đốc', organization: 'Sở Tài nguyên và Môi trường tỉnh Kon Tum', former: true },
          ],
        },
        {
          name: 'Lê Đức Thịnh',
          positions: [
            { title: 'Chủ tịch', organization: ['UBND huyện Đăk Hà', 'UBND huyện Đắk Hà'], former: true },
            { title: 'Phó Giám đốc', organization: 'Sở Nội vụ tỉnh Kon Tum' },
          ],
        },
      ],
    },
    eventCount: 0,
  },
  {
    name: 'TP Hồ Chí Minh 2018: a list of posts each marked "nguyên", a board\'s among them, stays former to its end',
    place: 'TP Hồ Chí Minh',
    text: `Thi hành án vụ sai phạm tại Tổng công ty Bến Nghé
Ngày 9/3/2018, Cục Thi hành án dân sự TP.HCM cho biết đang thi hành bản án đối với bị cáo Lê Văn Tâm (nguyên Chủ tịch HĐQT Ngân hàng TMCP Phương Nam, nguyên Chủ tịch HĐTV kiêm Tổng giám đốc Tổng công ty Bến Nghé).`,
    expect: {
      people: [
        {
          name: 'Lê Văn Tâm',
          positions: [
            { title: 'Chủ tịch', organization: 'Hội đồng quản trị Ngân hàng TMCP Phương Nam', former: true },
            { title: 'Chủ tịch', organization: 'Hội đồng thành viên Tổng công ty Bến Nghé', former: true },
            { title: 'Tổng Giám đốc', organization: 'Tổng công ty Bến Nghé', former: true },
          ],
        },
      ],
    },
    eventCount: 0,
  },
  {
    name: 'Thái Bình 2021 (control): "nguyên" of one guest does not carry across a semicolon to the next',
    place: 'Thái Bình',
    text: `Hội nghị tổng kết 20 năm xây dựng nông thôn mới tỉnh Thái Bình
Sáng 5/9/2021, Tỉnh ủy Thái Bình tổ chức hội nghị tổng kết 20 năm thực hiện phong trào xây dựng nông thôn mới. Dự hội nghị có ông Phạm Văn Sinh, nguyên Bí thư Tỉnh ủy Thái Bình; ông Nguyễn Khắc Thận, Chủ tịch UBND tỉnh Thái Bình. Ông Ngô Đông Hải, Bí thư Tỉnh ủy Thái Bình chủ trì hội nghị.`,
    expect: {
      people: [
        { name: 'Phạm Văn Sinh', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Thái Bình', former: true }], roles: ['attended'] },
        { name: 'Nguyễn Khắc Thận', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Thái Bình' }], roles: ['attended'] },
        { name: 'Ngô Đông Hải', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Thái Bình' }], roles: ['chaired'] },
      ],
      events: [{ kind: 'conference', organizer: 'Tỉnh ủy Thái Bình', date: '2021-09-05' }],
    },
    eventCount: 1,
  },
  {
    name: 'Nam Định 2020 (control): "nguyên" does not reach an association\'s post or a deputy\'s listed after it',
    place: 'Nam Định',
    text: `Cần thêm điều dưỡng cho người cao tuổi ở Nam Định
Ngày 14/10/2020, ông Phạm Văn Tuấn, nguyên Thứ trưởng Bộ Y tế, Chủ tịch Hội Điều dưỡng Việt Nam, cho rằng cần tăng số điều dưỡng ở tuyến xã. Bà Trần Thị Mai, nguyên Phó Chủ tịch UBND tỉnh Nam Định, Đại biểu Quốc hội tỉnh Nam Định, đồng tình với ý kiến này.`,
    expect: {
      people: [
        {
          name: 'Phạm Văn Tuấn',
          positions: [
            { title: 'Thứ trưởng', organization: 'Bộ Y tế', former: true },
            { title: 'Chủ tịch', organization: 'Hội Điều dưỡng Việt Nam' },
          ],
          roles: [],
        },
        {
          name: 'Trần Thị Mai',
          positions: [
            { title: 'Phó Chủ tịch', organization: 'UBND tỉnh Nam Định', former: true },
            { title: 'Đại biểu', organization: 'Quốc hội' },
          ],
          roles: [],
        },
      ],
    },
    eventCount: 0,
  },
  {
    name: 'Bắc Giang 2024: a parents\' meeting is no session, and the teacher\'s remark there no speech',
    place: 'Bắc Giang',
    text: `Phụ huynh lo lắng vì các khoản thu đầu năm học
Đầu năm học 2024-2025, nhiều phụ huynh ở thành phố Bắc Giang phản ánh các khoản thu ngoài quy định. Tại kỳ họp phụ huynh đầu năm, cô Nguyễn Thị Hằng, giáo viên chủ nhiệm một lớp 4, cho biết các khoản đóng góp đều do ban đại diện cha mẹ học sinh đề xuất. Một phụ huynh phát biểu rằng mức đóng góp quá cao.`,
    expect: { people: [], exhaustive: false },
    eventCount: 0,
    forbiddenEvents: ['Kỳ họp', 'họp phụ huynh'],
  },
  {
    name: 'Lâm Đồng 2019: a club\'s annual "kỳ họp" and a school\'s staff meeting are no council sessions',
    place: 'Lâm Đồng',
    text: `Câu lạc bộ Doanh nhân trẻ Đà Lạt kết nạp hội viên mới
Tại kỳ họp thường niên năm 2019 của Câu lạc bộ Doanh nhân trẻ Đà Lạt, ông Trần Minh Khoa, Chủ nhiệm câu lạc bộ, cho biết câu lạc bộ đã kết nạp thêm 30 hội viên. Trong cuộc họp hội đồng sư phạm của Trường THPT Bùi Thị Xuân, thầy Lê Văn Tâm phát biểu về kế hoạch hợp tác với các doanh nghiệp.`,
    expect: { people: [], exhaustive: false },
    eventCount: 0,
    forbiddenEvents: ['Kỳ họp', 'cuộc họp'],
  },
  {
    name: 'Hà Nội 2017: a bare "kỳ họp" in an article naming no council, assembly or deputy is no sitting of one',
    place: 'Hà Nội',
    text: `Con học kém, bố mẹ ngại đến lớp
Mỗi lần đến kỳ họp cuối năm, vợ chồng chị Lê Thu Trang ở quận Cầu Giấy lại thoái thác, người nọ đùn người kia. Cô Đỗ Thị Hạnh, giáo viên một trường tiểu học, cho biết học sinh yếu thì cha mẹ càng ngại đến trường.`,
    expect: { people: [], exhaustive: false },
    eventCount: 0,
    forbiddenEvents: ['Kỳ họp'],
  },
  {
    name: 'Phú Yên 2022 (control): a real council session keeps its fields and chair; parents\' meetings a delegate mentions add nothing',
    place: 'Phú Yên',
    text: `Kỳ họp thứ 9 HĐND tỉnh Phú Yên khóa VIII
Sáng 8/12/2022, HĐND tỉnh Phú Yên khóa VIII tổ chức kỳ họp thứ 9. Ông Trần Hữu Thế, Chủ tịch HĐND tỉnh Phú Yên chủ trì kỳ họp. Thảo luận tại kỳ họp, bà Nguyễn Thị Thanh Hiền, đại biểu HĐND tỉnh Phú Yên cho biết tại các buổi họp phụ huynh, cử tri phản ánh tình trạng thiếu phòng học.`,
    expect: {
      people: [
        { name: 'Trần Hữu Thế', positions: [{ title: 'Chủ tịch', organization: 'HĐND tỉnh Phú Yên' }], roles: [{ role: 'chaired', event: 'e1' }] },
        {
          name: 'Nguyễn Thị Thanh Hiền',
          positions: [{ title: 'Đại biểu', organization: 'HĐND tỉnh Phú Yên' }],
          roles: [{ role: 'spoke', event: 'e1' }],
        },
      ],
      events: [{ id: 'e1', kind: 'session', organizer: 'HĐND tỉnh Phú Yên', ordinal: 9, term: 'VIII', date: '2022-12-08' }],
    },
    eventCount: 1,
  },
  {
    name: 'Hà Tĩnh 2018: "Trước đó, tại hội nghị ở xã Y" gives the commune chairman no speech at the district\'s conference',
    place: 'Hà Tĩnh',
    text: `Huyện Đức Thọ sơ kết công tác dồn điền đổi thửa
Sáng 20/3/2018, UBND huyện Đức Thọ tổ chức hội nghị sơ kết công tác dồn điền đổi thửa. Ông Trần Hoài Nam, Chủ tịch UBND huyện Đức Thọ chủ trì hội nghị. Trước đó, tại hội nghị ở xã Tùng Ảnh, ông Nguyễn Văn Đông, Chủ tịch UBND xã Tùng Ảnh cho biết toàn xã đã giảm từ 8 thửa xuống còn 2 thửa mỗi hộ.`,
    expect: {
      people: [
        { name: 'Trần Hoài Nam', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Đức Thọ' }], roles: [{ role: 'chaired', event: 'e1' }] },
        { name: 'Nguyễn Văn Đông', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Tùng Ảnh' }], roles: [] },
      ],
      events: [{ id: 'e1', kind: 'conference', organizer: 'UBND huyện Đức Thọ', date: '2018-03-20' }],
    },
    eventCount: 1,
  },
  {
    name: 'Thanh Hóa 2020: "Tại các buổi họp thôn, ông A cho biết" is a round-up, no event and no speech',
    place: 'Thanh Hóa',
    text: `Người dân huyện Quan Sơn đồng thuận hiến đất làm đường
Tháng 10/2020, các thôn trên địa bàn huyện Quan Sơn đồng loạt họp dân bàn việc hiến đất mở rộng đường giao thông nông thôn. Tại các buổi họp thôn, ông Lương Văn Hùng, Chủ tịch UBND xã Sơn Thủy cho biết đã có hơn 120 hộ tự nguyện hiến đất.`,
    expect: {
      people: [{ name: 'Lương Văn Hùng', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Sơn Thủy' }], roles: [] }],
    },
    eventCount: 0,
  },
  {
    name: 'Quảng Trị 2019: after a district\'s conference, "Tại các buổi họp thôn, ông A cho biết" is no speech at it',
    place: 'Quảng Trị',
    text: `Huyện Gio Linh triển khai đề án sắp xếp thôn
Sáng 16/4/2019, UBND huyện Gio Linh tổ chức hội nghị triển khai đề án sắp xếp thôn, khu phố. Ông Nguyễn Văn Lâm, Chủ tịch UBND huyện Gio Linh chủ trì hội nghị. Tại các buổi họp thôn, ông Lê Văn Hòa, Chủ tịch UBND xã Gio Mai cho biết 95% cử tri đồng tình sáp nhập.`,
    expect: {
      people: [
        { name: 'Nguyễn Văn Lâm', positions: [{ title: 'Chủ tịch', organization: 'UBND huyện Gio Linh' }], roles: [{ role: 'chaired', event: 'e1' }] },
        { name: 'Lê Văn Hòa', positions: [{ title: 'Chủ tịch', organization: 'UBND xã Gio Mai' }], roles: [] },
      ],
      events: [{ id: 'e1', kind: 'conference', organizer: 'UBND huyện Gio Linh', date: '2019-04-16' }],
    },
    eventCount: 1,
  },
  {
    name: 'Bến Tre 2022 (control): on a delegation\'s working visit, "Tại các buổi làm việc, A đề nghị" is a speech at it',
    place: 'Bến Tre',
    text: `Đoàn công tác tỉnh Bến Tre làm việc tại Hàn Quốc
Ngày 20/9/2022, đoàn công tác tỉnh Bến Tre do ông Trần Ngọc Tam, Chủ tịch UBND tỉnh Bến Tre dẫn đầu đã làm việc với tỉnh Gyeongsangbuk. Tại các buổi làm việc, ông Trần Ngọc Tam đề nghị hai bên đẩy mạnh hợp tác đào tạo nghề.`,
    expect: {
      people: [{ name: 'Trần Ngọc Tam', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Bến Tre' }], roles: ['spoke'] }],
    },
    eventCount: 1,
  },
  {
    name: 'Bình Dương 2023: the chair of a welcome ceremony is not the chair of the working session after it',
    place: 'Bình Dương',
    text: `Lãnh đạo tỉnh Bình Dương đón và làm việc với đoàn tỉnh Gyeonggi
Sáng 10/5/2023, tại Trung tâm Hành chính tỉnh, ông Nguyễn Văn Lợi, Bí thư Tỉnh ủy Bình Dương chủ trì lễ đón đoàn đại biểu tỉnh Gyeonggi (Hàn Quốc). Sau lễ đón, ông Võ Văn Minh, Chủ tịch UBND tỉnh Bình Dương chủ trì buổi làm việc với đoàn.`,
    expect: {
      people: [
        { name: 'Nguyễn Văn Lợi', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Bình Dương' }], roles: [] },
        { name: 'Võ Văn Minh', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Bình Dương' }], roles: [{ role: 'chaired', event: 'e1' }] },
      ],
      events: [{ id: 'e1', kind: 'meeting', date: '2023-05-10' }],
    },
    eventCount: 1,
  },
  {
    name: 'Sơn La 2025: the deputy minister who led a visit does not chair the province\'s working session; its chair does',
    place: 'Sơn La',
    text: `Thứ trưởng Bộ Y tế làm việc tại Sơn La
Chiều 3/4/2025, đoàn công tác của Bộ Y tế do Thứ trưởng Nguyễn Tri Thức dẫn đầu đã thăm Bệnh viện Đa khoa tỉnh Sơn La. Sau đó, đoàn làm việc với UBND tỉnh Sơn La. Ông Đặng Ngọc Hậu, Phó Chủ tịch UBND tỉnh Sơn La chủ trì buổi làm việc.`,
    expect: {
      people: [
        { name: 'Nguyễn Tri Thức', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Y tế' }], roles: [] },
        { name: 'Đặng Ngọc Hậu', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Sơn La' }], roles: [{ role: 'chaired', event: 'e1' }] },
      ],
      events: [{ id: 'e1', kind: 'meeting', date: '2025-04-03' }],
    },
    eventCount: 1,
  },
  {
    name: 'Hà Nội 2024: the official welcome and the talks after it are two events, each with its own people',
    place: 'Hà Nội',
    text: `Chủ tịch nước đón và hội đàm với Tổng thống Indonesia
Sáng 12/3/2024, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng chủ trì Lễ đón chính thức Tổng thống Indonesia Joko Widodo thăm cấp nhà nước tới Việt Nam. Sau lễ đón, Chủ tịch nước Võ Văn Thưởng và Tổng thống Joko Widodo đã hội đàm. Phó Thủ tướng Trần Lưu Quang dự hội đàm.`,
    expect: {
      people: [
        { name: 'Võ Văn Thưởng', positions: [{ title: 'Chủ tịch nước', organization: 'Nhà nước' }], roles: [{ role: 'chaired', event: 'e1' }] },
        { name: 'Trần Lưu Quang', positions: [{ title: 'Phó Thủ tướng', organization: 'Chính phủ' }], roles: [{ role: 'attended', event: 'e2' }] },
      ],
      events: [
        { id: 'e1', kind: 'meeting', date: '2024-03-12' },
        { id: 'e2', kind: 'meeting', date: '2024-03-12' },
      ],
      exhaustive: false,
    },
    eventCount: 2,
  },
  {
    name: 'Hà Nội 2025: the deputy prime minister who chairs the welcome does not chair the talks',
    place: 'Hà Nội',
    text: `Thủ tướng hội đàm với Thủ tướng Lào
Sáng 8/1/2025, tại Hà Nội, Phó Thủ tướng Bùi Thanh Sơn chủ trì lễ đón Thủ tướng Lào Sonexay Siphandone. Sau lễ đón, Thủ tướng Phạm Minh Chính chủ trì hội đàm với Thủ tướng Sonexay Siphandone.`,
    expect: {
      people: [
        { name: 'Bùi Thanh Sơn', positions: [{ title: 'Phó Thủ tướng', organization: 'Chính phủ' }], roles: [] },
        { name: 'Phạm Minh Chính', positions: [{ title: 'Thủ tướng', organization: 'Chính phủ' }], roles: [{ role: 'chaired', event: 'e1' }] },
      ],
      exhaustive: false,
    },
    eventCount: 1,
  },
  {
    name: 'Đắk Lắk, undated: "Chiều 12/7" takes no year from "năm 2015" or "từ năm 2010" in the body',
    place: 'Đắk Lắk',
    text: `HĐND huyện Krông Pắc khai mạc kỳ họp thứ 4
Chiều 12/7, HĐND huyện Krông Pắc khóa XII tổ chức kỳ họp thứ 4. Ông Y Khiêm Niê, Chủ tịch HĐND huyện Krông Pắc chủ trì kỳ họp. Năm 2015, huyện đã hoàn thành chương trình kiên cố hóa kênh mương; từ năm 2010 đến nay, huyện đã xây dựng hơn 300 km đường giao thông nông thôn.`,
    expect: {
      people: [{ name: 'Y Khiêm Niê', positions: [{ title: 'Chủ tịch', organization: 'HĐND huyện Krông Pắc' }], roles: [{ role: 'chaired', event: 'e1' }] }],
      events: [{ id: 'e1', kind: 'session', organizer: 'HĐND huyện Krông Pắc', ordinal: 4, term: 'XII', date: null }],
    },
    eventCount: 1,
  },
  {
    name: 'Cần Thơ 2026 (control): an undated conference on "6 tháng đầu năm 2026" keeps that year',
    place: 'Cần Thơ',
    text: `UBND thành phố Cần Thơ sơ kết 6 tháng đầu năm 2026
Sáng 9/7, UBND thành phố Cần Thơ tổ chức hội nghị sơ kết tình hình kinh tế - xã hội 6 tháng đầu năm 2026. Ông Trần Văn Lâu, Chủ tịch UBND thành phố Cần Thơ chủ trì hội nghị. Năm 2020, thành phố từng chịu ảnh hưởng nặng nề của hạn mặn.`,
    expect: {
      people: [{ name: 'Trần Văn Lâu', positions: [{ title: 'Chủ tịch', organization: 'UBND thành phố Cần Thơ' }], roles: [{ role: 'chaired', event: 'e1' }] }],
      events: [{ id: 'e1', kind: 'conference', organizer: 'UBND thành phố Cần Thơ', date: '2026-07-09' }],
    },
    eventCount: 1,
  },
];

describeWrongFactBatch('wrong facts 6: former lists, meetings of no public body, round-ups, two events, body years', CASES, 12);
