// Causes of wrong facts found by a hand check of 25 real 2017 articles, each pinned with
// sentences of other provinces and bodies than the articles':
//   - "A (được Chủ tịch UBND tỉnh ủy quyền)": the title between "được" and a verb of
//     delegation is the delegator's, never a post of A;
//   - a slash inside an institution's name ("Trung tâm HIV/AIDS tỉnh Gia Lai") joins its
//     words as a dash does, and stays written without spaces;
//   - "Phó Chủ tịch UBND TP A" then "Phó Chủ tịch UBND TP Cần Thơ A": the post written with
//     its city tells which city the bare one meant, not the city the rest of the article is about;
//   - "“…”, ông A lý giải": a verb of saying after a quotation is speaking; "“…”, ông B nói"
//     is not (on real news "nói" is mostly what someone told the reporter), nor what someone
//     says to the press;
//   - "Hội Sinh Viên Việt Nam" written in capitals: "Viên Việt Nam" ends the body's name and is
//     no person;
//   - "PGS.TS Lê Văn Được, Hiệu trưởng …": "Được" closed by a comma is a given name; the
//     sentence opener "Được biết," is not.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Bắc Giang 2019: "(được Chủ tịch UBND tỉnh ủy quyền)" gives the deputy no post of the chair',
    place: 'Bắc Giang',
    text: `Đối thoại với công dân về khiếu nại đất đai
Ngày đăng 13/03/2019 | 08:00

Ngày 12/3, Phó Chủ tịch UBND tỉnh Bắc Giang Lê Văn Bình (được Chủ tịch UBND tỉnh ủy quyền) tổ chức đối thoại với bà Trần Thị Cúc. Sau đó, Chủ tịch UBND tỉnh Bắc Giang Nguyễn Văn Linh đã giao Sở Tài chính xem xét.`,
    expect: {
      people: [
        { name: 'Lê Văn Bình', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Bắc Giang' }] },
        { name: 'Nguyễn Văn Linh', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Bắc Giang' }] },
      ],
    },
  },
  {
    name: 'Phú Yên 2020: "ông A, được Giám đốc Sở phân công" keeps only his own post',
    place: 'Phú Yên',
    text: `Kiểm tra công tác phòng cháy tại chợ Tuy Hòa
Ngày đăng 05/08/2020 | 15:20

Sáng 4/8, ông Phan Văn Tâm, Phó Giám đốc Sở Công Thương tỉnh Phú Yên, được Giám đốc Sở Công Thương phân công, đã kiểm tra công tác phòng cháy tại chợ Tuy Hòa.`,
    expect: {
      people: [{ name: 'Phan Văn Tâm', positions: [{ title: 'Phó Giám đốc', organization: 'Sở Công Thương tỉnh Phú Yên' }] }],
    },
  },
  {
    name: 'Gia Lai 2018: "Trung tâm HIV/AIDS tỉnh Gia Lai" and "Cục Phòng chống HIV/AIDS" keep the slash and what follows',
    place: 'Gia Lai',
    text: `Gia Lai phát hiện thêm ca nhiễm HIV mới
Ngày đăng 06/08/2018 | 10:00

Chiều 5/8, bà Lê Thị Hoa, Giám đốc Trung tâm HIV/AIDS tỉnh Gia Lai, cho biết toàn tỉnh đã phát hiện 20 ca nhiễm mới. Ông Phạm Văn Hải, Cục trưởng Cục Phòng chống HIV/AIDS (Bộ Y tế), đề nghị tỉnh tăng cường xét nghiệm.`,
    expect: {
      people: [
        { name: 'Lê Thị Hoa', positions: [{ title: 'Giám đốc', organization: 'Trung tâm HIV/AIDS tỉnh Gia Lai' }] },
        { name: 'Phạm Văn Hải', positions: [{ title: 'Cục trưởng', organization: 'Cục Phòng chống HIV/AIDS' }] },
      ],
    },
    forbidden: [
      { person: 'Lê Thị Hoa', organizations: ['Trung tâm HIV'] },
      { person: 'Phạm Văn Hải', organizations: ['Cục Phòng chống HIV'] },
    ],
  },
  {
    name: 'Cần Thơ and Sóc Trăng 2017: a bare "UBND TP" is the city the same post names, not the article\'s other city',
    place: 'Cần Thơ',
    text: `Đẩy nhanh tiến độ các công trình trọng điểm
Ngày đăng 10/03/2017 | 07:30

Chiều 9-3, Phó Chủ tịch UBND TP Trần Văn Minh chủ trì cuộc họp với các Sở, ngành về tiến độ các công trình trọng điểm.
Phó Chủ tịch UBND TP Cần Thơ Trần Văn Minh chủ trì buổi làm việc. Phó Chủ tịch Trần Văn Minh yêu cầu các đơn vị tập trung nhân lực. * Chiều 9-3, ông Lê Quang Hải, Chủ tịch UBND tỉnh Sóc Trăng chủ trì cuộc họp để nghe báo cáo công tác chuẩn bị lễ hội tại TP Sóc Trăng, tỉnh Sóc Trăng. Tỉnh Sóc Trăng đã chọn 5 khách sạn. Công an tỉnh Sóc Trăng bảo đảm an ninh. Các khách sạn tại thành phố Sóc Trăng đã sẵn sàng. Tuyến đường vào trung tâm thành phố Sóc Trăng được sửa chữa. Tại Sóc Trăng sẽ diễn ra nhiều hoạt động.`,
    expect: {
      exhaustive: false,
      people: [
        { name: 'Trần Văn Minh', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND thành phố Cần Thơ' }] },
        { name: 'Lê Quang Hải', positions: [{ title: 'Chủ tịch', organization: 'UBND tỉnh Sóc Trăng' }] },
      ],
    },
    forbidden: [{ person: 'Trần Văn Minh', organizations: ['UBND thành phố Sóc Trăng'] }],
  },
  {
    name: 'Hà Giang 2019: "lý giải" after a quotation is speaking; "nói" and "nói với phóng viên" are not',
    place: 'Hà Giang',
    text: `Hội nghị tổng kết ngành nông nghiệp tỉnh Hà Giang
Ngày đăng 15/01/2019 | 09:00

Sáng 14/1, UBND tỉnh Hà Giang tổ chức Hội nghị tổng kết công tác năm 2018 của ngành nông nghiệp. Dự hội nghị có ông Nguyễn Văn Sơn, Phó Chủ tịch UBND tỉnh Hà Giang; ông Lê Văn Tú, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang; ông Trần Đức Quý, Giám đốc Sở Tài chính tỉnh Hà Giang. “Năm nay giá cả thị trường biến động mạnh nên sản lượng giảm”, ông Tú lý giải. “Chúng tôi sẽ cân đối nguồn vốn sớm”, ông Quý nói. Bên lề hội nghị, ông Sơn nói với phóng viên rằng tỉnh sẽ hỗ trợ nông dân.`,
    expect: {
      people: [
        { name: 'Nguyễn Văn Sơn', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Hà Giang' }], roles: [{ role: 'attended', event: 'e1' }] },
        {
          name: 'Lê Văn Tú',
          positions: [{ title: 'Giám đốc', organization: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang' }],
          roles: [{ role: 'attended', event: 'e1' }, { role: 'spoke', event: 'e1' }],
        },
        {
          name: 'Trần Đức Quý',
          positions: [{ title: 'Giám đốc', organization: 'Sở Tài chính tỉnh Hà Giang' }],
          roles: [{ role: 'attended', event: 'e1' }],
        },
      ],
    },
  },
  {
    name: 'Thái Bình 2019: "Chủ tịch Hội Sinh Viên Việt Nam" in capitals is a post, not a person "Viên Việt Nam"',
    place: 'Thái Bình',
    text: `Hội thảo pháp luật tại Thái Bình
Ngày đăng 20/07/2019 | 09:00

Chiều 19/7, tại Thái Bình, ông Lê Minh Khoa, Phó Chủ tịch Hội Luật Gia Việt Nam, và bà Đỗ Thu Hà, Chủ tịch Hội Sinh Viên Việt Nam, đã dự hội thảo về pháp luật cho thanh niên.`,
    expect: {
      people: [
        { name: 'Lê Minh Khoa', positions: [{ title: 'Phó Chủ tịch', organization: 'Hội Luật gia Việt Nam' }], roles: [{ role: 'attended', event: 'e1' }] },
        { name: 'Đỗ Thu Hà', positions: [{ title: 'Chủ tịch', organization: 'Hội Sinh viên Việt Nam' }], roles: [{ role: 'attended', event: 'e1' }] },
      ],
      notPeople: ['Viên Việt Nam'],
    },
  },
  {
    name: 'Cần Thơ 2019: "Lê Văn Được, Hiệu trưởng" keeps the given name "Được"; "Được biết," opens a sentence',
    place: 'Cần Thơ',
    text: `Hội thảo giáo dục đại học tại Cần Thơ
Ngày đăng 20/09/2019 | 09:00

Sáng 19/9, Trường Đại học Cần Thơ tổ chức hội thảo về tự chủ đại học. Dự hội thảo có PGS.TS Lê Văn Được, Hiệu trưởng Trường Đại học Cần Thơ; ông Nguyễn Thanh Hương. Được biết, hội thảo thu hút 200 đại biểu.`,
    expect: {
      people: [
        { name: 'Lê Văn Được', positions: [{ title: 'Hiệu trưởng', organization: 'Trường Đại học Cần Thơ' }], roles: [{ role: 'attended', event: 'e1' }] },
        { name: 'Nguyễn Thanh Hương', roles: [{ role: 'attended', event: 'e1' }] },
      ],
      notPeople: ['Hương Được'],
    },
  },
];

describeWrongFactBatch('hand check 7002', CASES, 2);
