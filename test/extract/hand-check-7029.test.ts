// Causes found by a hand check of real 2017 articles (seed 7029), each pinned with sentences of
// other provinces, bodies and years:
//   - A post the person held at the time of the story, followed by the one held now ("bà …,
//     Chủ tịch UBND tỉnh … nay là Bí thư Tỉnh ủy …"): both came out current, though the first
//     is a former post.
// First run of the 4 cases written before the fix (1 a control; on main 170cbde): 2/4 cases pass, facts 21/25.
// The third case ("… thời điểm đó, nay là …") passed already: the time words after the post mark it.
//   - Deputies listed with their provinces in brackets after one "các đại biểu" ("các đại biểu
//     A (Tỉnh), B (Tỉnh), C (Tỉnh)... đề nghị"): only the first, or those named again later,
//     came out as deputies; the others were missed, or came out with no post.
// First run of the 4 cases written before the fix (1 a control; with the fix above): 0/4 cases pass, facts 19/31.
// The control first named its deputy "Nguyễn Văn Được", a given name the recogniser reads as the
// verb "được" (no person at all, a limit of its own); renamed "Nguyễn Văn Lợi", the first run on
// the same code is 1/4 cases, facts 22/32.
//   - A traffic police division named by its two fields joined by a dash ("Phòng CSGT đường bộ -
//     đường sắt Công an TP Hà Nội", "đường sắt – đường bộ"): the post came out with no body, or
//     not at all (44 mentions of the division in the corpus).
// First run of the 4 cases written before the fix (1 a control; with the fixes above): 1/4 cases pass, facts 17/20.
//   - A research body's name going on in lower case after "Nghiên cứu" ("Trung tâm Nghiên cứu
//     và ứng dụng khoa học tâm lý giáo dục", over the corpus also "Viện Nghiên cứu phát triển xã
//     hội", "Viện Nghiên cứu phát triển du lịch") came out cut to "Trung tâm Nghiên cứu" or
//     "Viện Nghiên cứu": another body, a wrong post. These cases were written after reading the
//     code that ends a body's name (for the misses of lower-case "Viện nghiên cứu …", left alone).
// First run of the 4 cases (1 a control; with the fixes above): 2/4 cases pass, facts 18/20.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const NOW_CASES: WrongFactCase[] = [
  {
    name: 'Nghệ An 2019: the post held "khi đó" before "nay là" is former',
    place: 'Nghệ An',
    text: `Thanh tra việc cấp phép khai thác đá
Ngày 12/9/2019, Thanh tra tỉnh Nghệ An công bố kết luận thanh tra việc cấp phép khai thác đá. Người ký các giấy phép khi đó là ông Trần Quốc Khải - Giám đốc Sở Tài nguyên và Môi trường tỉnh Nghệ An, nay là Phó Chủ tịch UBND tỉnh Nghệ An.`,
    expect: {
      people: [
        {
          name: 'Trần Quốc Khải',
          positions: [
            { title: 'Giám đốc', organization: 'Sở Tài nguyên và Môi trường tỉnh Nghệ An', former: true },
            { title: 'Phó Chủ tịch', organization: 'UBND tỉnh Nghệ An' },
          ],
        },
      ],
    },
  },
  {
    name: 'Bắc Ninh 2025: a district chairman "nay là" a commune chairman after the reform keeps the district post as former',
    place: 'Bắc Ninh',
    text: `Kiểm điểm sai phạm đất đai ở Lục Nam cũ
Ngày 20/10/2025, UBND tỉnh Bắc Ninh yêu cầu kiểm điểm bà Hoàng Thị Mai Lan, Chủ tịch UBND huyện Lục Nam, nay là Chủ tịch UBND xã Lục Nam, về những sai phạm trong giao đất giai đoạn 2020-2023.`,
    expect: {
      people: [
        {
          name: 'Hoàng Thị Mai Lan',
          positions: [
            { title: 'Chủ tịch', organization: 'UBND huyện Lục Nam', former: true },
            { title: 'Chủ tịch', organization: 'UBND xã Lục Nam' },
          ],
        },
      ],
    },
  },
  {
    name: 'Đắk Lắk 2018: "thời điểm đó" after the post, then "nay là", marks the first post former',
    place: 'Đắk Lắk',
    text: `Bổ nhiệm cán bộ chưa đủ tiêu chuẩn
Chiều 5/4/2018, Sở Nội vụ tỉnh Đắk Lắk cho biết, ông Phạm Văn Tú, Trưởng phòng Nội vụ huyện Krông Pắc thời điểm đó, nay là Phó Chủ tịch UBND huyện Krông Pắc, đã ký đề xuất bổ nhiệm khi hồ sơ còn thiếu.`,
    expect: {
      people: [
        {
          name: 'Phạm Văn Tú',
          positions: [
            { title: 'Trưởng phòng', organization: 'Phòng Nội vụ huyện Krông Pắc', former: true },
            { title: 'Phó Chủ tịch', organization: 'UBND huyện Krông Pắc' },
          ],
        },
      ],
    },
  },
  {
    name: 'Quảng Trị 2019: "nay là" about a road, not the official, leaves the post current (control)',
    place: 'Quảng Trị',
    text: `Nâng cấp đường vào khu kinh tế
Sáng 3/6/2019, ông Võ Văn Hưng, Chủ tịch UBND tỉnh Quảng Trị, cho biết con đường mòn ven biển nay là tuyến giao thông chính vào Khu kinh tế Đông Nam.`,
    expect: {
      people: [{ name: 'Võ Văn Hưng', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Quảng Trị' }] }],
    },
  },
];

const DEPUTY_LIST_CASES: WrongFactCase[] = [
  {
    name: 'Quốc hội 2018: three deputies listed with their provinces after "các đại biểu" are all deputies',
    place: 'Trung ương',
    text: `Thảo luận dự án Luật Quy hoạch
Chiều 6/6/2018, tiếp tục Kỳ họp thứ 5, Quốc hội khóa XIV, các đại biểu thảo luận dự án Luật Quy hoạch. Các đại biểu Nguyễn Thị Lan Hương (Hải Dương), Trần Văn Minh (Gia Lai), Lê Thu Hà (Lào Cai)... đề nghị làm rõ thẩm quyền phê duyệt quy hoạch tỉnh.`,
    expect: {
      people: [
        { name: 'Nguyễn Thị Lan Hương', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] },
        { name: 'Trần Văn Minh', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] },
        { name: 'Lê Thu Hà', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] },
      ],
    },
  },
  {
    name: 'Quốc hội 2019: two deputies after one "Đại biểu", each with a province, are both deputies',
    place: 'Trung ương',
    text: `Góp ý dự án Luật Giáo dục sửa đổi
Sáng 30/5/2019, tại Kỳ họp thứ 7, Quốc hội khóa XIV, đại biểu Phạm Thị Thu Trang (Hà Nam), Đinh Văn Quý (Bình Phước) đề nghị giữ quy định miễn học phí cho trẻ mầm non 5 tuổi.`,
    expect: {
      people: [
        { name: 'Phạm Thị Thu Trang', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] },
        { name: 'Đinh Văn Quý', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] },
      ],
    },
  },
  {
    name: 'Quốc hội 2026: a list of deputies of the new provinces, the last before "...", are all deputies',
    place: 'Trung ương',
    text: `Thảo luận về đầu tư công
Chiều 14/4/2026, các đại biểu Quốc hội thảo luận ở hội trường về kế hoạch đầu tư công. Cùng quan điểm, các đại biểu Hà Minh Đức (Quảng Trị), Vũ Thị Hồng Nhung (Hải Phòng), Lò Văn Sơn (Lai Châu)... đề nghị ưu tiên vốn cho các tuyến cao tốc liên vùng.`,
    expect: {
      people: [
        { name: 'Hà Minh Đức', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] },
        { name: 'Vũ Thị Hồng Nhung', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] },
        { name: 'Lò Văn Sơn', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] },
      ],
    },
  },
  {
    name: 'Long An 2018: households listed with their hamlets in brackets are no deputies (control)',
    place: 'Long An',
    text: `Dân chờ bồi thường dự án đường vành đai
Ngày 11/10/2018, đại biểu Quốc hội Nguyễn Văn Lợi (Long An) tiếp xúc cử tri huyện Bến Lức. Các hộ dân Nguyễn Văn Bảy (ấp 3), Trần Thị Tám (ấp 4) phản ánh dự án chậm bồi thường.`,
    expect: {
      people: [{ name: 'Nguyễn Văn Lợi', positions: [{ title: 'Đại biểu', organization: 'Quốc hội' }] }],
      exhaustive: false,
    },
    forbidden: [
      { person: 'Nguyễn Văn Bảy', organizations: ['Quốc hội'] },
      { person: 'Trần Thị Tám', organizations: ['Quốc hội'] },
    ],
  },
];

const TRAFFIC_POLICE_CASES: WrongFactCase[] = [
  {
    name: 'Hà Nội 2018: "Phòng CSGT đường bộ - đường sắt" of the city police is the division\'s whole name',
    place: 'Hà Nội',
    text: `Xử lý xe khách dừng đỗ sai quy định
Ngày 9/3/2018, Đại tá Nguyễn Văn Hùng, Trưởng phòng CSGT đường bộ - đường sắt Công an TP Hà Nội cho biết, đơn vị đã xử lý 120 xe khách dừng đỗ sai quy định.`,
    expect: {
      people: [
        {
          name: 'Nguyễn Văn Hùng',
          positions: [{ title: 'Trưởng phòng', organization: ['Phòng Cảnh sát giao thông đường bộ - đường sắt Công an thành phố Hà Nội', 'Phòng CSGT đường bộ - đường sắt Công an thành phố Hà Nội'] }],
        },
      ],
    },
  },
  {
    name: 'Bình Dương 2019: the fields written the other way round with an en dash, the police in brackets',
    place: 'Bình Dương',
    text: `Ra quân xử lý xe quá tải
Sáng 2/4/2019, Thượng tá Trần Văn Tâm, Phó Trưởng phòng CSGT đường sắt – đường bộ (Công an tỉnh Bình Dương) cho biết, lực lượng sẽ kiểm tra xe quá tải trên các tuyến quốc lộ.`,
    expect: {
      people: [
        {
          name: 'Trần Văn Tâm',
          positions: [{ title: 'Phó Trưởng phòng', organization: ['Phòng Cảnh sát giao thông đường sắt – đường bộ Công an tỉnh Bình Dương', 'Phòng Cảnh sát giao thông đường sắt - đường bộ Công an tỉnh Bình Dương', 'Phòng CSGT đường sắt – đường bộ Công an tỉnh Bình Dương', 'Phòng CSGT đường sắt - đường bộ Công an tỉnh Bình Dương'] }],
        },
      ],
    },
  },
  {
    name: 'TP Hồ Chí Minh 2026: the division written in full after a dash, then the city police after another',
    place: 'TP Hồ Chí Minh',
    text: `Kiểm tra nồng độ cồn dịp Tết
Tối 10/2/2026, Thượng tá Lê Minh Quân - Phó Trưởng phòng Cảnh sát giao thông đường bộ - đường sắt - Công an TP Hồ Chí Minh cho biết, lực lượng đã lập 300 tổ kiểm tra nồng độ cồn.`,
    expect: {
      people: [
        {
          name: 'Lê Minh Quân',
          positions: [{ title: 'Phó Trưởng phòng', organization: ['Phòng Cảnh sát giao thông đường bộ - đường sắt Công an Thành phố Hồ Chí Minh', 'Phòng Cảnh sát giao thông đường bộ - đường sắt Công an thành phố Hồ Chí Minh'] }],
        },
      ],
    },
  },
  {
    name: 'Nghệ An 2018: a traffic police division with no fields keeps its name (control)',
    place: 'Nghệ An',
    text: `Tai nạn giao thông giảm
Ngày 28/12/2018, Thượng tá Phạm Văn Hòa, Trưởng phòng CSGT Công an tỉnh Nghệ An cho biết, số vụ tai nạn giao thông năm 2018 giảm 12%.`,
    expect: {
      people: [
        { name: 'Phạm Văn Hòa', positions: [{ title: 'Trưởng phòng', organization: ['Phòng Cảnh sát giao thông Công an tỉnh Nghệ An', 'Phòng CSGT Công an tỉnh Nghệ An'] }] },
      ],
    },
  },
];

const RESEARCH_BODY_CASES: WrongFactCase[] = [
  {
    name: 'Hà Nội 2018: "Trung tâm Nghiên cứu và ứng dụng …" is not cut to "Trung tâm Nghiên cứu"',
    place: 'Hà Nội',
    text: `Trẻ nghiện điện thoại tăng nhanh
Ngày 14/9/2018, thạc sĩ Phạm Thu Hà, Phó Giám đốc Trung tâm Nghiên cứu và ứng dụng tâm lý học đường cho biết, số trẻ được đưa đến khám vì nghiện điện thoại tăng gấp đôi.`,
    expect: { people: [{ name: 'Phạm Thu Hà' }] },
    forbidden: [{ person: 'Phạm Thu Hà', organizations: ['Trung tâm Nghiên cứu'] }],
  },
  {
    name: 'TP Hồ Chí Minh 2019: "Viện Nghiên cứu phát triển thành phố" is not cut to "Viện Nghiên cứu"',
    place: 'TP Hồ Chí Minh',
    text: `Đề xuất thu phí sử dụng vỉa hè
Chiều 6/3/2019, ông Lê Văn Nam, Phó Viện trưởng Viện Nghiên cứu phát triển thành phố cho biết, viện đang nghiên cứu đề án thu phí sử dụng vỉa hè.`,
    expect: { people: [{ name: 'Lê Văn Nam' }] },
    forbidden: [{ person: 'Lê Văn Nam', organizations: ['Viện Nghiên cứu'] }],
  },
  {
    name: 'Lâm Đồng 2026: "Viện Nghiên cứu hạt nhân" keeps its lower-case words or gives no post',
    place: 'Lâm Đồng',
    text: `Lò phản ứng hạt nhân Đà Lạt hoạt động an toàn
Ngày 20/3/2026, ông Trịnh Văn Phúc, Viện trưởng Viện Nghiên cứu hạt nhân cho biết, lò phản ứng đã vận hành an toàn 40 năm.`,
    expect: { people: [{ name: 'Trịnh Văn Phúc' }] },
    forbidden: [{ person: 'Trịnh Văn Phúc', organizations: ['Viện Nghiên cứu'] }],
  },
  {
    name: 'Trung ương 2018: "Vụ Nghiên cứu" closed by a comma is the whole name (control)',
    place: 'Trung ương',
    text: `Kiểm tra việc tiếp khách
Ngày 2/8/2018, ông Đỗ Văn Khánh, Phó Vụ trưởng Vụ Nghiên cứu, Ủy ban Kiểm tra Trung ương cho biết sẽ kiểm tra việc tiếp khách ở một số địa phương.`,
    expect: { people: [{ name: 'Đỗ Văn Khánh', positions: [{ title: 'Phó Vụ trưởng', organization: ['Vụ Nghiên cứu', 'Vụ Nghiên cứu Ủy ban Kiểm tra Trung ương'] }] }] },
  },
];

describeWrongFactBatch('hand check 7029: posts held then and now', NOW_CASES, 4);
describeWrongFactBatch('hand check 7029: deputies listed with their provinces', DEPUTY_LIST_CASES, 4);
describeWrongFactBatch('hand check 7029: traffic police divisions of two fields', TRAFFIC_POLICE_CASES, 4);
describeWrongFactBatch('hand check 7029: research bodies cut at "Nghiên cứu"', RESEARCH_BODY_CASES, 4);
