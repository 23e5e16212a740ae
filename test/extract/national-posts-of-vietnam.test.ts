// A national post written with the country after it, as the press does beside foreign leaders:
// "Chủ tịch nước Việt Nam Trần Đại Quang", "Thủ tướng Việt Nam Nguyễn Xuân Phúc", "Chủ tịch Quốc
// hội nước CHXHCN Việt Nam …". The country was read as no part of the post and the official was
// lost (4 of the 5 real 2017 articles writing "Chủ tịch nước Việt Nam Trần Đại Quang").
// First run of the 4 cases written before the fix (the last a control; on 3d87b93):
// 1/4 cases pass (the control), facts 12/18. Whole corpus: 11 articles; 9 officials found with
// their post (Trần Đại Quang 4 times, Nguyễn Thị Kim Ngân 4, Phan Văn Khải as former Prime
// Minister), 1 wrong person gone ("Hoa Tập Cận Bình"), and 1 post read off a group's name ("Chủ
// tịch Nhóm nữ đại biểu Quốc hội Việt Nam khóa XIV Tòng Thị Phóng" gives her "Đại biểu, Quốc hội":
// true of her, but read from the group's name).
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: '2017: "Chủ tịch nước Việt Nam A" beside a foreign president',
    place: 'Hà Nội',
    text: `Hội đàm cấp cao Việt - Nga
2017-06-29
Chiều 29/6, tại Moskva, Chủ tịch nước Việt Nam Trần Đại Quang hội đàm với Tổng thống Nga Vladimir Putin.`,
    expect: { people: [{ name: 'Trần Đại Quang', positions: [{ title: 'Chủ tịch nước', organization: 'Nhà nước' }] }], exhaustive: false },
  },
  {
    name: '2019: "Thủ tướng Việt Nam A" in a joint statement',
    place: 'Hà Nội',
    text: `Tuyên bố chung
2019-08-27
Thủ tướng Việt Nam Nguyễn Xuân Phúc và Thủ tướng Australia Scott Morrison đã ký tuyên bố chung.`,
    expect: { people: [{ name: 'Nguyễn Xuân Phúc', positions: [{ title: 'Thủ tướng', organization: 'Chính phủ' }] }], exhaustive: false },
  },
  {
    name: '2024: "Chủ tịch Quốc hội nước CHXHCN Việt Nam A"',
    place: 'Hà Nội',
    text: `Thăm chính thức Lào
2024-10-10
Nhận lời mời của Chủ tịch Quốc hội Lào, Chủ tịch Quốc hội nước CHXHCN Việt Nam Trần Thanh Mẫn thăm chính thức Lào.`,
    expect: { people: [{ name: 'Trần Thanh Mẫn', positions: [{ title: 'Chủ tịch', organization: 'Quốc hội' }] }], exhaustive: false },
  },
  {
    name: 'control, 2018: "Thủ tướng Lào A" stays foreign',
    place: 'Hà Nội',
    text: `Hội đàm Việt - Lào
2018-01-08
Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Lào Thongloun Sisoulith.`,
    expect: { people: [{ name: 'Nguyễn Xuân Phúc', positions: [{ title: 'Thủ tướng', organization: 'Chính phủ' }] }], exhaustive: false },
    forbidden: [{ person: 'Thongloun Sisoulith', organizations: ['Chính phủ'] }],
  },
];

describeWrongFactBatch('national posts of Vietnam', CASES, 4);
