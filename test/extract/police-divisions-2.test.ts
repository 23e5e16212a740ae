// Police divisions the lexicon lacked: "Trưởng phòng tham mưu Công an Hà Nội" (the staff division,
// written in lower case in a hand-checked article), "Phòng Quản lý xuất nhập cảnh (QLXNC) Công an
// tỉnh X", "Đội Tham mưu Công an huyện Y". As the other divisions, each is a body only with its
// force written after it (contract: "Phòng Cảnh sát hình sự Công an tỉnh X").
// First run of the 4 cases written before the fix (the last a control; on d11cfba):
// 1/4 cases pass (the control), facts 16/19. Whole corpus: 17 articles, 18 posts found (the staff
// divisions of 9 provinces' police), 17 of them right; 1 wrong: "Phó trưởng Phòng Tham mưu Công an
// Yên Bái", after the same man's post with "tỉnh" written, is placed in the city of Yên Bái (a
// city and its province of one name, as the place resolution reads "Công an Yên Bái"; left).
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Hà Nội 2017: "Trưởng phòng tham mưu Công an Hà Nội" in lower case',
    place: 'Hà Nội',
    text: `Khởi tố vụ án
2017-06-13
Chiều 13/6, đại tá Trần Văn Long, Trưởng phòng tham mưu Công an Hà Nội cho biết cơ quan điều tra đã khởi tố vụ án.`,
    expect: { people: [{ name: 'Trần Văn Long', positions: [{ title: 'Trưởng phòng', organization: 'Phòng Tham mưu Công an thành phố Hà Nội' }] }] },
  },
  {
    name: 'Lào Cai 2020: "Phó Trưởng phòng Quản lý xuất nhập cảnh Công an tỉnh Lào Cai"',
    place: 'Lào Cai',
    text: `Kiểm soát người nhập cảnh
2020-03-05
Thượng tá Hoàng Văn Sơn, Phó Trưởng phòng Quản lý xuất nhập cảnh Công an tỉnh Lào Cai cho biết đã tăng cường kiểm soát.`,
    expect: { people: [{ name: 'Hoàng Văn Sơn', positions: [{ title: 'Phó Trưởng phòng', organization: 'Phòng Quản lý xuất nhập cảnh Công an tỉnh Lào Cai' }] }] },
  },
  {
    name: 'Thái Bình 2019: "Đội trưởng Đội Tham mưu Công an huyện Kiến Xương"',
    place: 'Thái Bình',
    text: `Bảo đảm an ninh lễ hội
2019-02-10
Thiếu tá Phạm Văn Hùng, Đội trưởng Đội Tham mưu Công an huyện Kiến Xương cho biết đã bố trí lực lượng.`,
    expect: { people: [{ name: 'Phạm Văn Hùng', positions: [{ title: 'Đội trưởng', organization: 'Đội Tham mưu Công an huyện Kiến Xương' }] }] },
  },
  {
    name: 'control, Nghệ An 2018: a staff division with no force written is no body',
    place: 'Nghệ An',
    text: `Hội nghị tổng kết
2018-12-20
Ông Lê Văn Thành, Trưởng phòng Tham mưu, báo cáo kết quả công tác năm.`,
    expect: { people: [{ name: 'Lê Văn Thành', positions: [] }], exhaustive: false },
  },
];

describeWrongFactBatch('police divisions 2', CASES, 4);
