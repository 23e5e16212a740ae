// The head of a foreign delegation, introduced after "Đoàn đại biểu <foreign party or state> do
// (đồng chí) A, <posts>": the posts are the foreign party's or state's ("Ủy viên Bộ Chính trị, Bí
// thư Ban Bí thư" of the Communist Party of China), never the Vietnamese Politburo's. Seen in the
// real 2017 corpus ("Đoàn đại biểu Đảng Cộng sản Trung Quốc do đồng chí Lưu Kỳ Bảo, Ủy viên Bộ
// Chính trị, …"): a foreign official given Vietnamese posts, a wrong fact.
// First run of the 4 cases written before the fix (the last two controls; on 9a75499): 3/4 cases
// pass, facts 22/23 (a state's delegation, "Quốc hội Lào", was already foreign). Whole corpus: 1
// article, 2 wrong posts gone (the Chinese Politburo member's), nothing else.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: '2019: the head of a Chinese Party delegation holds no post of the Vietnamese Party',
    place: 'Hà Nội',
    text: `Tăng cường hợp tác hai Đảng
2019-05-20
Đoàn đại biểu Đảng Cộng sản Trung Quốc do đồng chí Hoàng Khôn Minh, Ủy viên Bộ Chính trị, Bí thư Ban Bí thư, Trưởng Ban Tuyên truyền Trung ương làm trưởng đoàn thăm Việt Nam. Chiều 20/5, Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng hội đàm với Đoàn.`,
    expect: {
      people: [{ name: 'Võ Văn Thưởng', positions: [{ title: 'Trưởng ban', organization: 'Ban Tuyên giáo Trung ương' }] }],
      exhaustive: false,
    },
    forbidden: [{ person: 'Hoàng Khôn Minh', organizations: ['Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương Đảng'] }],
  },
  {
    name: '2023: the head of a Lao state delegation holds no Vietnamese post',
    place: 'Hà Nội',
    text: `Hợp tác Việt - Lào
2023-09-12
Đoàn đại biểu Quốc hội Lào do ông Xaysomphone Phomvihane, Chủ tịch Quốc hội, làm trưởng đoàn thăm chính thức Việt Nam. Chủ tịch Quốc hội Vương Đình Huệ chủ trì lễ đón.`,
    expect: {
      people: [{ name: 'Vương Đình Huệ', positions: [{ title: 'Chủ tịch', organization: 'Quốc hội' }] }],
      exhaustive: false,
    },
    forbidden: [{ person: 'Xaysomphone Phomvihane', organizations: ['Quốc hội'] }],
  },
  {
    name: 'control, 2018: a Vietnamese delegation visiting a foreign country keeps its head\'s posts',
    place: 'Quảng Ninh',
    text: `Quảng Ninh xúc tiến đầu tư
2018-04-10
Đoàn công tác tỉnh Quảng Ninh do đồng chí Nguyễn Văn Đọc, Bí thư Tỉnh ủy Quảng Ninh làm trưởng đoàn sang thăm Trung Quốc từ ngày 8 đến 10/4.`,
    expect: {
      people: [{ name: 'Nguyễn Văn Đọc', positions: [{ title: 'Bí thư', organization: 'Tỉnh ủy Quảng Ninh' }] }],
    },
  },
  {
    name: 'control, 2017: the Vietnamese Party\'s delegation keeps its head\'s posts',
    place: 'Hà Nội',
    text: `Đoàn đại biểu Đảng ta thăm Trung Quốc
2017-05-22
Đoàn đại biểu Đảng Cộng sản Việt Nam do đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo Trung ương làm trưởng đoàn thăm Trung Quốc.`,
    expect: {
      people: [{ name: 'Võ Văn Thưởng', positions: [{ title: 'Ủy viên', organization: 'Bộ Chính trị' }, { title: 'Trưởng ban', organization: 'Ban Tuyên giáo Trung ương' }] }],
    },
  },
];

describeWrongFactBatch('foreign delegations', CASES, 4);
