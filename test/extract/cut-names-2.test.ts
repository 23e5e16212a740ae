// Names cut in the middle of their phrase: an award ceremony named "Lễ trao" alone ("Lễ trao
// giải …", "Lễ trao Huân chương …", "Lễ trao quyết định …"), a preventive-medicine centre written
// "Trung tâm Y tế Dự phòng" cut to a bare "Trung tâm Y tế", and a construction project board whose
// name goes on past its known head ("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công
// nghiệp tỉnh X") cut to the head and placed from the article's context. Seen over the real 2017
// corpus in 40 events and about 10 posts.
// First run of the 10 cases written before the fix (the last two controls; on 5e827e7): 6/10 cases pass, facts 52/58
// (the second control failed on its own wrong expectations, role "chair" and kind "meeting" for
// "chaired" and "conference", corrected after the run; the four ceremonies already passed, their names being completed only
// where the case's words were not already the kind word). The two project boards' cases came in
// with their fix, and the first case's expected name with the ceremonies' fix. Now 10/10, facts 61/61.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Quảng Ninh 2018: "lễ trao giải" is not named "Lễ trao"',
    place: 'Quảng Ninh',
    text: `Vinh danh doanh nghiệp tiêu biểu
2018-11-22
Sáng 21/11, UBND tỉnh Quảng Ninh tổ chức lễ trao giải Doanh nghiệp tiêu biểu năm 2018. Ông Nguyễn Văn Thắng, Phó Chủ tịch UBND tỉnh Quảng Ninh dự và phát biểu tại lễ trao giải.`,
    expect: {
      people: [{ name: 'Nguyễn Văn Thắng' }],
      events: [{ kind: 'meeting', name: 'Lễ trao giải UBND tỉnh Quảng Ninh', organizer: 'UBND tỉnh Quảng Ninh' }],
      exhaustive: false,
    },
    forbiddenEventNames: ['Lễ trao', 'Lễ trao UBND tỉnh Quảng Ninh'],
  },
  {
    name: 'Nghệ An 2019: "Lễ trao Huân chương Lao động" keeps its decoration',
    place: 'Nghệ An',
    text: `Trao Huân chương cho ngành y tế
2019-03-04
Chiều 3/3, tại TP Vinh diễn ra Lễ trao Huân chương Lao động hạng Nhì cho Bệnh viện Hữu nghị đa khoa Nghệ An. Ông Lê Minh Thông, Phó Chủ tịch UBND tỉnh Nghệ An trao Huân chương cho tập thể bệnh viện.`,
    expect: { people: [{ name: 'Lê Minh Thông' }], exhaustive: false },
    forbiddenEventNames: ['Lễ trao', 'Lễ trao Lao động'],
  },
  {
    name: 'Cần Thơ 2020: "Lễ trao quyết định" keeps "quyết định"',
    place: 'Cần Thơ',
    text: `Bổ nhiệm Giám đốc Sở Tài chính
2020-08-12
Sáng 11/8, UBND TP Cần Thơ tổ chức Lễ trao quyết định bổ nhiệm Giám đốc Sở Tài chính. Ông Trần Việt Trường, Chủ tịch UBND TP Cần Thơ trao quyết định cho ông Phạm Văn Hùng.`,
    expect: { people: [{ name: 'Trần Việt Trường' }], exhaustive: false },
    forbiddenEventNames: ['Lễ trao', 'Lễ trao UBND TP Cần Thơ'],
  },
  {
    name: 'Đồng Nai 2026: "Lễ trao tặng Huy hiệu Đảng" after the reform',
    place: 'Đồng Nai',
    text: `Trao Huy hiệu Đảng đợt 3/2
2026-02-03
Sáng 2/2, Đảng ủy phường Trấn Biên tổ chức Lễ trao tặng Huy hiệu 50 năm tuổi Đảng cho các đảng viên. Ông Võ Tấn Đức, Chủ tịch UBND tỉnh Đồng Nai dự buổi lễ.`,
    expect: { people: [{ name: 'Võ Tấn Đức' }], exhaustive: false },
    forbiddenEventNames: ['Lễ trao'],
  },
  {
    name: 'Thanh Hóa 2017: "Trung tâm Y tế Dự phòng tỉnh Thanh Hóa" is not cut to "Trung tâm Y tế"',
    place: 'Thanh Hóa',
    text: `Phòng chống sốt xuất huyết
2017-09-18
Theo ông Lê Văn Hùng, Giám đốc Trung tâm Y tế Dự phòng tỉnh Thanh Hóa, số ca mắc sốt xuất huyết đã giảm.`,
    expect: { people: [{ name: 'Lê Văn Hùng' }], exhaustive: false },
    forbidden: [{ person: 'Lê Văn Hùng', organizations: ['Trung tâm Y tế', 'Trung tâm Y tế tỉnh Thanh Hóa'] }],
  },
  {
    name: 'Bình Định 2019: "Trung tâm Y tế Dự phòng" of a province kept whole',
    place: 'Bình Định',
    text: `Tiêm vắc xin sởi
2019-04-10
Bà Nguyễn Thị Thu, Phó Giám đốc Trung tâm Y tế Dự phòng tỉnh Bình Định cho biết, đã có 20.000 trẻ được tiêm.`,
    expect: { people: [{ name: 'Nguyễn Thị Thu' }], exhaustive: false },
    forbidden: [{ person: 'Nguyễn Thị Thu', organizations: ['Trung tâm Y tế', 'Trung tâm Y tế tỉnh Bình Định'] }],
  },
  {
    name: 'Hà Tĩnh 2018: "Ban QLDA đầu tư xây dựng công trình dân dụng và công nghiệp" is not its head with a place',
    place: 'Hà Tĩnh',
    text: `Chậm tiến độ bệnh viện huyện
2018-05-15
Ông Trần Đình Long, Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh Hà Tĩnh cho biết, công trình sẽ hoàn thành trong tháng 9. Huyện Kỳ Anh đã bàn giao mặt bằng.`,
    expect: { people: [{ name: 'Trần Đình Long' }], exhaustive: false },
    forbidden: [{ person: 'Trần Đình Long', organizations: ['Ban Quản lý dự án đầu tư xây dựng', 'Ban Quản lý dự án đầu tư xây dựng tỉnh Hà Tĩnh', 'Ban Quản lý dự án đầu tư xây dựng huyện Kỳ Anh'] }],
  },
  {
    name: 'Lâm Đồng 2025: "… công trình giao thông" board, another province in context, gets no guessed place',
    place: 'Lâm Đồng',
    text: `Khởi công đường liên xã
2025-10-20
Ông Phạm Quốc Huy, Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông cho biết, tuyến đường nối xã Đinh Văn Lâm Hà với TP Đà Lạt dài 12 km. Tỉnh Lâm Đồng bố trí 300 tỷ đồng.`,
    expect: { people: [{ name: 'Phạm Quốc Huy' }], exhaustive: false },
    forbidden: [{ person: 'Phạm Quốc Huy', organizations: ['Ban Quản lý dự án đầu tư xây dựng', 'Ban Quản lý dự án đầu tư xây dựng tỉnh Lâm Đồng', 'Ban Quản lý dự án đầu tư xây dựng TP Đà Lạt', 'Ban Quản lý dự án đầu tư xây dựng thành phố Đà Lạt'] }],
  },
  {
    name: 'control, Hải Dương 2017: "Trung tâm Y tế dự phòng" in lower case and a board with only its head',
    place: 'Hải Dương',
    text: `Kiểm tra an toàn thực phẩm
2017-04-03
Ông Vũ Văn Bình, Giám đốc Trung tâm Y tế dự phòng tỉnh Hải Dương và ông Đỗ Văn Tiến, Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh Hải Dương cùng đi kiểm tra.`,
    expect: {
      people: [
        { name: 'Vũ Văn Bình', positions: [{ title: 'Giám đốc', organization: 'Trung tâm Y tế dự phòng tỉnh Hải Dương' }] },
        { name: 'Đỗ Văn Tiến', positions: [{ title: 'Giám đốc', organization: 'Ban Quản lý dự án đầu tư xây dựng tỉnh Hải Dương' }] },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'control, Gia Lai 2017: "Hội nghị" of a provincial committee keeps its name and organizer',
    place: 'Gia Lai',
    text: `Sơ kết quý I
2017-04-06
Sáng 5/4, UBND tỉnh Gia Lai tổ chức Hội nghị sơ kết công tác quý I năm 2017. Ông Võ Ngọc Thành, Chủ tịch UBND tỉnh Gia Lai chủ trì hội nghị.`,
    expect: {
      people: [{ name: 'Võ Ngọc Thành', roles: ['chaired'] }],
      events: [{ kind: 'conference', organizer: 'UBND tỉnh Gia Lai' }],
      exhaustive: false,
    },
  },
];

describeWrongFactBatch('cut names 2', CASES, 10);
