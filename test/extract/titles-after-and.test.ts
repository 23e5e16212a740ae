// A photo caption "Thủ tướng Nguyễn Xuân Phúc và đại biểu Quốc hội Thành phố Hải Phòng" gave the
// Prime Minister a deputy's seat: a title right after a name and "và", with no name after it,
// names the others in the picture.
// First run of the 4 cases written before the fix (on 9033d1e): 2/4 cases pass, facts 20/22.
// Whole corpus: 22 articles differ, each read: 15 posts gone, 14 of them wrong ("Trần Đại Quang,
// Thủ tướng" three times, "Nguyễn Xuân Phúc, Chủ tịch Ủy ban Trung ương MTTQ" twice, the two
// captions' deputies' seats …); 11 people whose only tie to a post was that title no longer output,
// 3 of them wrong ("Âu Donald Tusk"), the others named without a post of their own (Ngô Xuân Lịch
// among them, his own title before his name being unread).
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const OPENING = `Khai mạc kỳ họp thứ 3, Quốc hội khóa XIV
2017-05-22
Sáng 22/5, Quốc hội khóa XIV khai mạc kỳ họp thứ 3 tại Nhà Quốc hội.`;

const CASES: WrongFactCase[] = [
  {
    name: 'Quốc hội 2017: the Prime Minister with deputies of a city, in a caption',
    place: 'Trung ương',
    text: `${OPENING} Thủ tướng Nguyễn Xuân Phúc và đại biểu Quốc hội Thành phố Hải Phòng.`,
    expect: { people: [{ name: 'Nguyễn Xuân Phúc', positions: [{ title: 'Thủ tướng', organization: 'Chính phủ' }] }], exhaustive: false },
  },
  {
    name: 'Quốc hội 2017: the National Assembly\'s chair with deputies of a city, in a caption',
    place: 'Trung ương',
    text: `${OPENING} Chủ tịch Quốc hội Nguyễn Thị Kim Ngân và đại biểu Quốc hội Thành phố Hồ Chí Minh.`,
    expect: { people: [{ name: 'Nguyễn Thị Kim Ngân', positions: [{ title: 'Chủ tịch', organization: 'Quốc hội' }] }], exhaustive: false },
  },
  {
    name: 'Cà Mau 2019: a secretary with the leaders of departments',
    place: 'Cà Mau',
    text: `Bí thư Tỉnh ủy Cà Mau thăm công trình
2019-04-02
Ngày 2/4, Bí thư Tỉnh ủy Cà Mau Nguyễn Tiến Hải và lãnh đạo Sở Giao thông vận tải tỉnh Cà Mau kiểm tra dự án cầu Gành Hào.`,
    expect: { people: [{ name: 'Nguyễn Tiến Hải', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Cà Mau' }] }], exhaustive: false },
  },
  {
    name: 'control, Hưng Yên 2018: "A và là Chủ tịch …" stays A\'s post',
    place: 'Hưng Yên',
    text: `Bổ nhiệm Giám đốc Sở
2018-06-12
Ngày 12/6, UBND tỉnh Hưng Yên trao quyết định bổ nhiệm ông Trần Văn Hậu, người từng công tác tại huyện Văn Lâm. Ông Trần Văn Hậu và là Giám đốc Sở Nội vụ tỉnh Hưng Yên từ ngày 15/6.`,
    expect: { people: [{ name: 'Trần Văn Hậu', positions: [{ title: 'Giám đốc', organization: 'Sở Nội vụ tỉnh Hưng Yên' }] }], exhaustive: false },
  },
];

describeWrongFactBatch('a title after a name and "và" is the others\'', CASES, 4);
