// Personnel news, a genre beside the seeds' meeting reports: ceremonies announcing or
// handing over decisions (lễ công bố, trao quyết định), elections and dismissals at
// people's council sessions, appointments after the 2025 reform. What they test:
//   - the one who announces, reads or hands over a decision speaks ("công bố", "trao
//     quyết định", "phát biểu giao nhiệm vụ", "phát biểu nhận nhiệm vụ"); the appointee
//     handed it has no role for being handed it;
//   - a post one is appointed or elected to is current, one dismissed from
//     ("miễn nhiệm … đối với"), moved from ("được điều động") or retired from ("nguyên") is
//     former; the giver of a retirement decision keeps theirs;
//   - acting "thay mặt" a body gives the body no role and the person theirs;
//   - the term of the post one is appointed to is not the event's term.
// First run (on the code before any fix for it): 8/10 cases pass, facts 153/157. One of the two
// was the case's fault, corrected after: a post its holder is moved from ("A, Phó Bí thư Đảng
// ủy phường X được điều động, chỉ định giữ chức …") is left, so former, as the extractor had
// it. The other was a wrong fact: the giver of a retirement decision ("A, Bí thư Tỉnh ủy trao
// quyết định nghỉ hưu cho B") was made to leave his own post.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Nghệ An 2019: the province\'s ceremony appointing a department director',
    place: 'Nghệ An',
    text: `Nghệ An công bố quyết định bổ nhiệm Giám đốc Sở Y tế
Chiều 15/5/2019, UBND tỉnh Nghệ An tổ chức lễ công bố quyết định bổ nhiệm Giám đốc Sở Y tế. Ông Lê Ngọc Hoa, Phó Chủ tịch UBND tỉnh Nghệ An dự và trao quyết định. Ông Đinh Văn Hòa, Chánh Văn phòng UBND tỉnh công bố quyết định bổ nhiệm ông Dương Đình Chỉnh giữ chức Giám đốc Sở Y tế tỉnh Nghệ An. Phát biểu nhận nhiệm vụ, ông Dương Đình Chỉnh cảm ơn sự tin tưởng của lãnh đạo tỉnh.`,
    expect: {
      people: [
        { name: 'Lê Ngọc Hoa', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Nghệ An' }], roles: ['attended', 'spoke'] },
        { name: 'Đinh Văn Hòa', positions: [{ title: 'Chánh Văn phòng', organization: ['Văn phòng UBND tỉnh Nghệ An', 'UBND tỉnh Nghệ An'] }], roles: ['spoke'] },
        { name: 'Dương Đình Chỉnh', positions: [{ title: 'Giám đốc', organization: 'Sở Y tế tỉnh Nghệ An' }], roles: ['spoke'] },
      ],
      events: [{ kind: 'meeting', organizer: 'UBND tỉnh Nghệ An', date: '2019-05-15' }],
    },
    eventCount: 1,
  },
  {
    name: 'Quảng Ninh 2026: a provincial standing committee moves a ward\'s deputy secretary to another ward',
    place: 'Quảng Ninh',
    text: `Ban Thường vụ Tỉnh ủy Quảng Ninh trao quyết định về công tác cán bộ
Sáng 12/3/2026, Ban Thường vụ Tỉnh ủy Quảng Ninh tổ chức hội nghị công bố, trao quyết định về công tác cán bộ. Đồng chí Vũ Đại Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Ninh chủ trì và trao quyết định. Theo đó, đồng chí Nguyễn Văn Hồi, Phó Bí thư Đảng ủy phường Hạ Long được điều động, chỉ định giữ chức Bí thư Đảng ủy phường Bãi Cháy.`,
    expect: {
      people: [
        {
          name: 'Vũ Đại Thắng',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Chấp hành Trung ương Đảng' },
            { title: 'Bí thư', organization: 'Tỉnh ủy Quảng Ninh' },
          ],
          roles: ['chaired', 'spoke'],
        },
        {
          name: 'Nguyễn Văn Hồi',
          positions: [
            { title: 'Phó Bí thư', organization: 'Đảng ủy phường Hạ Long', former: true },
            { title: 'Bí thư', organization: 'Đảng ủy phường Bãi Cháy' },
          ],
          roles: [],
        },
      ],
      events: [{ kind: 'conference', organizer: 'Ban Thường vụ Tỉnh ủy Quảng Ninh', date: '2026-03-12' }],
    },
    eventCount: 1,
  },
  {
    name: 'Cần Thơ 2018: a city council session elects the city\'s chairman',
    place: 'Cần Thơ',
    text: `HĐND thành phố Cần Thơ bầu Chủ tịch UBND thành phố
Sáng 5/7/2018, HĐND thành phố Cần Thơ khóa IX khai mạc kỳ họp thứ bảy. Ông Phạm Văn Hiểu, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố Cần Thơ chủ trì kỳ họp. Tại kỳ họp, các đại biểu đã bầu ông Trần Việt Trường giữ chức Chủ tịch UBND thành phố Cần Thơ nhiệm kỳ 2016-2021. Phát biểu nhận nhiệm vụ, ông Trần Việt Trường cam kết cùng tập thể UBND thành phố hoàn thành nhiệm vụ.`,
    expect: {
      people: [
        {
          name: 'Phạm Văn Hiểu',
          positions: [
            { title: 'Phó Bí thư Thường trực', organization: 'Thành ủy Cần Thơ' },
            { title: 'Chủ tịch', organization: 'HĐND thành phố Cần Thơ' },
          ],
          roles: ['chaired'],
        },
        { name: 'Trần Việt Trường', positions: [{ title: 'Chủ tịch', organization: 'UBND thành phố Cần Thơ' }], roles: ['spoke'] },
      ],
      events: [{ kind: 'session', organizer: 'HĐND thành phố Cần Thơ', ordinal: 7, term: 'IX', date: '2018-07-05' }],
    },
    eventCount: 1,
  },
  {
    name: 'Hà Tĩnh 2021: a vice-chairman dismissed at a session holds the post no more; the one presenting the proposal reports',
    place: 'Hà Tĩnh',
    text: `Kỳ họp thứ 2 HĐND tỉnh Hà Tĩnh khóa XVIII
Chiều 28/7/2021, HĐND tỉnh Hà Tĩnh khóa XVIII tổ chức kỳ họp thứ 2. Ông Hoàng Trung Dũng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hà Tĩnh chủ trì kỳ họp. Kỳ họp đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 đối với ông Đặng Quốc Vinh để nhận nhiệm vụ mới. Ông Trần Báu Hà, Phó Chủ tịch UBND tỉnh Hà Tĩnh trình bày tờ trình.`,
    expect: {
      people: [
        {
          name: 'Hoàng Trung Dũng',
          positions: [
            { title: 'Bí thư', organization: 'Tỉnh ủy Hà Tĩnh' },
            { title: 'Chủ tịch', organization: 'HĐND tỉnh Hà Tĩnh' },
          ],
          roles: ['chaired'],
        },
        { name: 'Đặng Quốc Vinh', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Hà Tĩnh', former: true }], roles: [] },
        { name: 'Trần Báu Hà', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Hà Tĩnh' }], roles: ['reported'] },
      ],
      events: [{ kind: 'session', organizer: 'HĐND tỉnh Hà Tĩnh', ordinal: 2, term: 'XVIII', date: '2021-07-28' }],
    },
    eventCount: 1,
  },
  {
    name: 'Lào Cai 2025: the province hands a new ward\'s secretary the decision on the reform\'s first day',
    place: 'Lào Cai',
    text: `Lào Cai công bố quyết định chỉ định Bí thư Đảng ủy phường
Sáng 1/7/2025, Tỉnh ủy Lào Cai tổ chức lễ công bố quyết định chỉ định Ban Chấp hành Đảng bộ phường Cam Đường nhiệm kỳ 2025-2030. Đồng chí Nguyễn Tuấn Anh, Phó Bí thư Tỉnh ủy Lào Cai dự và trao quyết định. Đồng chí Hoàng Quốc Khánh được chỉ định giữ chức Bí thư Đảng ủy phường Cam Đường.`,
    expect: {
      people: [
        { name: 'Nguyễn Tuấn Anh', positions: [{ title: 'Phó Bí thư', organization: 'Tỉnh ủy Lào Cai' }], roles: ['attended', 'spoke'] },
        { name: 'Hoàng Quốc Khánh', positions: [{ title: 'Bí thư', organization: 'Đảng ủy phường Cam Đường' }], roles: [] },
      ],
      events: [{ kind: 'meeting', organizer: 'Tỉnh ủy Lào Cai', date: '2025-07-01' }],
    },
    eventCount: 1,
  },
  {
    name: 'Đắk Lắk 2017: a provincial youth union elects its secretary; "anh" is an honorific',
    place: 'Đắk Lắk',
    text: `Tỉnh đoàn Đắk Lắk có tân Bí thư
Ngày 20/9/2017, Ban Chấp hành Tỉnh đoàn Đắk Lắk tổ chức hội nghị bầu bổ sung chức danh Bí thư Tỉnh đoàn. Dự hội nghị có bà H'Yim Kđoh, Phó Trưởng ban Dân vận Tỉnh ủy Đắk Lắk. Hội nghị đã bầu anh Y Khoa Niê giữ chức Bí thư Tỉnh đoàn Đắk Lắk khóa XIV.`,
    expect: {
      people: [
        { name: "H'Yim Kđoh", positions: [{ title: 'Phó Trưởng ban', organization: 'Ban Dân vận Tỉnh ủy Đắk Lắk' }], roles: ['attended'] },
        { name: 'Y Khoa Niê', positions: [{ title: 'Bí thư', organization: 'Tỉnh đoàn Đắk Lắk' }], roles: [] },
      ],
      events: [{ kind: 'conference', date: '2017-09-20' }],
    },
    eventCount: 1,
  },
  {
    name: 'TP.HCM 2022: the city\'s inspection commission disciplines a former district chairman',
    place: 'Hồ Chí Minh',
    text: `Ủy ban Kiểm tra Thành ủy TP.HCM đề nghị kỷ luật nguyên Chủ tịch UBND quận 7
Ngày 14/10/2022, Ủy ban Kiểm tra Thành ủy TP.HCM họp kỳ thứ 15. Đồng chí Dương Ngọc Hải, Ủy viên Ban Thường vụ Thành ủy, Chủ nhiệm Ủy ban Kiểm tra Thành ủy TP.HCM chủ trì kỳ họp. Ủy ban Kiểm tra quyết định thi hành kỷ luật bằng hình thức cảnh cáo đối với ông Nguyễn Văn Bình, nguyên Chủ tịch UBND quận 7.`,
    expect: {
      people: [
        {
          name: 'Dương Ngọc Hải',
          positions: [
            { title: 'Ủy viên', organization: 'Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh' },
            { title: 'Chủ nhiệm', organization: 'Ủy ban Kiểm tra Thành ủy Thành phố Hồ Chí Minh' },
          ],
          roles: ['chaired'],
        },
        { name: 'Nguyễn Văn Bình', positions: [{ title: 'Chủ tịch', organization: 'UBND Quận 7', former: true }], roles: [] },
      ],
    },
    eventCount: 1,
  },
  {
    name: 'Thanh Hóa 2023: a secretary hands a retiring vice-chairwoman her decision "thay mặt" the standing committee',
    place: 'Thanh Hóa',
    text: `Trao quyết định nghỉ hưu cho nguyên Phó Chủ tịch HĐND tỉnh
Chiều 4/8/2023, Ban Thường vụ Tỉnh ủy Thanh Hóa tổ chức buổi lễ trao quyết định nghỉ hưu theo chế độ. Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy Thanh Hóa trao quyết định nghỉ hưu cho bà Cầm Thị Hiền, nguyên Phó Chủ tịch HĐND tỉnh.`,
    expect: {
      people: [
        { name: 'Đỗ Trọng Hưng', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Thanh Hóa' }], roles: ['spoke'] },
        { name: 'Cầm Thị Hiền', positions: [{ title: 'Phó Chủ tịch', organization: 'HĐND tỉnh Thanh Hóa', former: true }], roles: [] },
      ],
      events: [{ kind: 'meeting', organizer: 'Ban Thường vụ Tỉnh ủy Thanh Hóa', date: '2023-08-04' }],
    },
    eventCount: 1,
  },
  {
    name: 'Gia Lai 2026: the merged province appoints the director of a merged department',
    place: 'Gia Lai',
    text: `Gia Lai bổ nhiệm Giám đốc Sở Nông nghiệp và Môi trường
Sáng 10/1/2026, tại phường Quy Nhơn, UBND tỉnh Gia Lai tổ chức hội nghị công bố quyết định bổ nhiệm Giám đốc Sở Nông nghiệp và Môi trường. Ông Phạm Anh Tuấn, Chủ tịch UBND tỉnh Gia Lai trao quyết định bổ nhiệm ông Nguyễn Văn Dũng giữ chức Giám đốc Sở Nông nghiệp và Môi trường tỉnh Gia Lai.`,
    expect: {
      people: [
        { name: 'Phạm Anh Tuấn', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Gia Lai' }], roles: ['spoke'] },
        { name: 'Nguyễn Văn Dũng', positions: [{ title: 'Giám đốc', organization: 'Sở Nông nghiệp và Môi trường tỉnh Gia Lai' }], roles: [] },
      ],
      events: [{ kind: 'conference', organizer: 'UBND tỉnh Gia Lai', date: '2026-01-10' }],
    },
    eventCount: 1,
  },
  {
    name: 'Hải Dương 2018: a district committee hears the province\'s decision; the post\'s term is not the event\'s',
    place: 'Hải Dương',
    text: `Huyện ủy Thanh Miện công bố quyết định về công tác cán bộ
Chiều 6/6/2018, Huyện ủy Thanh Miện tổ chức hội nghị công bố quyết định của Ban Thường vụ Tỉnh ủy Hải Dương về công tác cán bộ. Đồng chí Nguyễn Mạnh Hiển, Phó Bí thư Thường trực Tỉnh ủy Hải Dương dự và phát biểu giao nhiệm vụ. Đồng chí Lương Văn Cầu, Trưởng ban Tổ chức Tỉnh ủy công bố quyết định điều động, chỉ định đồng chí Trần Xuân Bản giữ chức Bí thư Huyện ủy Thanh Miện nhiệm kỳ 2015-2020.`,
    expect: {
      people: [
        { name: 'Nguyễn Mạnh Hiển', positions: [{ title: 'Phó Bí thư Thường trực', organization: 'Tỉnh ủy Hải Dương' }], roles: ['attended', 'spoke'] },
        { name: 'Lương Văn Cầu', positions: [{ title: 'Trưởng ban', organization: 'Ban Tổ chức Tỉnh ủy Hải Dương' }], roles: ['spoke'] },
        { name: 'Trần Xuân Bản', positions: [{ title: 'Bí thư', organization: 'Huyện ủy Thanh Miện' }], roles: [] },
      ],
      events: [{ kind: 'conference', organizer: 'Huyện ủy Thanh Miện', date: '2018-06-06', termYears: null, term: null }],
    },
    eventCount: 1,
  },
];

describeWrongFactBatch('personnel news', CASES, 10);
