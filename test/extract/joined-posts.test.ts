// Two posts joined by "kiêm" or a comma share one body written once, and each post is the
// person's (seen on real news: the office's post lost after "Chánh Văn phòng … kiêm người
// phát ngôn", a chief executive's post lost before "kiêm Chủ tịch HĐQT", an inspector's
// body after a comma). Sentences of other provinces, bodies and years.
// First run (on the code before the fixes): 0/4 cases pass, facts 21/25. The fourth case then
// expected a post for "Thanh tra viên chính", which the contract calls a grade: corrected after.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Quảng Ngãi 2019: "Chánh Văn phòng kiêm Người phát ngôn UBND tỉnh" holds both posts',
    place: 'Quảng Ngãi',
    text: `UBND tỉnh Quảng Ngãi họp báo thường kỳ
Chiều 5/7/2019, UBND tỉnh Quảng Ngãi tổ chức họp báo thường kỳ quý II. Ông Nguyễn Văn Hiệp, Chánh Văn phòng kiêm Người phát ngôn UBND tỉnh Quảng Ngãi chủ trì buổi họp báo.`,
    expect: {
      people: [
        {
          name: 'Nguyễn Văn Hiệp',
          positions: [
            { title: 'Chánh Văn phòng', organization: 'Văn phòng UBND tỉnh Quảng Ngãi' },
            { title: 'Người phát ngôn', organization: 'UBND tỉnh Quảng Ngãi' },
          ],
          roles: ['chaired'],
        },
      ],
    },
  },
  {
    name: 'Hà Nội 2018: "Tổng Giám đốc kiêm Chủ tịch HĐQT Tổng công ty X" holds both posts in it',
    place: 'Hà Nội',
    text: `Hội nghị tổng kết năm 2018 của Tổng công ty Vận tải Hà Nội
Sáng 28/12/2018, Tổng công ty Vận tải Hà Nội tổ chức hội nghị tổng kết năm 2018. Ông Vũ Hồng Trường, Tổng Giám đốc kiêm Chủ tịch HĐQT Tổng công ty Vận tải Hà Nội phát biểu tại hội nghị.`,
    expect: {
      people: [
        {
          name: 'Vũ Hồng Trường',
          positions: [
            { title: 'Tổng Giám đốc', organization: 'Tổng công ty Vận tải Hà Nội' },
            { title: 'Chủ tịch', organization: ['Hội đồng quản trị Tổng công ty Vận tải Hà Nội', 'HĐQT Tổng công ty Vận tải Hà Nội'] },
          ],
          roles: ['spoke'],
        },
      ],
    },
  },
  {
    name: 'Cần Thơ 2022: "Phó Chánh Văn phòng kiêm Người phát ngôn Sở Y tế" holds both posts',
    place: 'Cần Thơ',
    text: `Sở Y tế thành phố Cần Thơ thông tin về dịch sốt xuất huyết
Ngày 18/8/2022, Sở Y tế thành phố Cần Thơ tổ chức họp báo. Bà Trần Thị Hồng Vân, Phó Chánh Văn phòng kiêm Người phát ngôn Sở Y tế thành phố Cần Thơ cho biết số ca mắc giảm.`,
    expect: {
      people: [
        {
          name: 'Trần Thị Hồng Vân',
          positions: [
            { title: 'Phó Chánh Văn phòng', organization: 'Văn phòng Sở Y tế thành phố Cần Thơ' },
            { title: 'Người phát ngôn', organization: 'Sở Y tế thành phố Cần Thơ' },
          ],
        },
      ],
      exhaustive: false,
    },
  },
  {
    name: 'Hà Nội 2020: "Thanh tra viên chính, Thanh tra Bộ Y tế": a grade, no post, and the person kept',
    place: 'Hà Nội',
    text: `Thanh tra Bộ Y tế kiểm tra an toàn thực phẩm
Ngày 10/9/2020, Thanh tra Bộ Y tế tổ chức đoàn kiểm tra an toàn thực phẩm tại Hà Nội. Ông Lê Văn Thắng, Thanh tra viên chính, Thanh tra Bộ Y tế cho biết nhiều cơ sở vi phạm.`,
    expect: {
      // The contract calls "Thanh tra viên (chính, cao cấp)" a civil-service grade: no post.
      people: [{ name: 'Lê Văn Thắng', positions: [] }],
      exhaustive: false,
    },
  },
];

describeWrongFactBatch('posts joined by kiêm or a comma', CASES, 4);
