// A body's head word written in lower case inside a common noun: "sự cố môi trường 4 tỉnh miền
// Trung" made an organizer "Trường 4 tỉnh miền Trung" (a school), "họp báo Chính phủ thường kỳ" one
// "Báo Chính phủ thường kỳ tháng 5" (a newspaper). The words that make such nouns are listed with
// the head words (WORDS_BEFORE_HEADS_IN_NOUNS in src/vietnam/bodies.ts).
// These cases were written with the fix from the two real sentences' phenomena; run on main
// (1409787) they pass 2/4 (the control and "thị trường 2022"), facts 28/30. Whole corpus: 8
// articles differ, each read: 8 wrong organizers gone ("Báo Chính phủ thường kỳ tháng 5" three
// times, "Hội Việt Nam" of "Bảo hiểm xã hội Việt Nam", "Hội Yên Tử" of "lễ hội Yên Tử", "Báo Ngay" of
// "thông báo"), one replaced by the right one (Bộ Y tế), two events left with no organizer and no
// role gone.
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Trung ương 2017: a steering committee on the environment of four provinces',
    place: 'Trung ương',
    text: `Ban Chỉ đạo khắc phục sự cố môi trường 4 tỉnh miền Trung họp phiên thứ 8
2017-06-07
Sáng 7/6, Ban Chỉ đạo khắc phục sự cố môi trường 4 tỉnh miền Trung đã họp phiên thứ 8. Phó Thủ tướng Trương Hòa Bình chủ trì phiên họp.`,
    expect: {
      people: [{ name: 'Trương Hòa Bình', positions: [{ title: 'Phó Thủ tướng', organization: 'Chính phủ' }], roles: ['chaired'] }],
    },
    forbiddenOrganizers: ['Trường 4 tỉnh miền Trung', 'Trường 4 tỉnh miền Trung họp phiên thứ 8'],
  },
  {
    name: 'Chính phủ 2018: the Government\'s regular press conference names no newspaper',
    place: 'Trung ương',
    text: `Họp báo Chính phủ thường kỳ tháng 5
2018-06-01
Chiều 1/6, tại họp báo Chính phủ thường kỳ tháng 5, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng chủ trì họp báo.`,
    expect: {
      people: [{ name: 'Mai Tiến Dũng', roles: ['chaired'] }],
      exhaustive: false,
    },
    forbiddenOrganizers: ['Báo Chính phủ thường kỳ tháng 5', 'Báo Chính phủ'],
  },
  {
    name: 'Lâm Đồng 2022: "thị trường 2022" is no school',
    place: 'Lâm Đồng',
    text: `Hội nghị bàn giải pháp tiêu thụ nông sản
2022-03-15
Ngày 15/3, UBND tỉnh Lâm Đồng tổ chức hội nghị về mở rộng thị trường 2022 cho nông sản. Phó Chủ tịch UBND tỉnh Lâm Đồng Phạm S chủ trì hội nghị.`,
    expect: {
      people: [{ name: 'Phạm S', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Lâm Đồng' }], roles: ['chaired'] }],
      events: [{ kind: 'conference', organizer: 'UBND tỉnh Lâm Đồng', date: '2022-03-15' }],
    },
    forbiddenOrganizers: ['Trường 2022'],
  },
  {
    name: 'control, Hải Dương 2019: a school written with its head word stays a school',
    place: 'Hải Dương',
    text: `Khai giảng năm học mới
2019-09-05
Sáng 5/9, Trường THPT chuyên Nguyễn Trãi tổ chức lễ khai giảng. Hiệu trưởng Trường THPT chuyên Nguyễn Trãi Nguyễn Anh Tuấn phát biểu.`,
    expect: {
      people: [{ name: 'Nguyễn Anh Tuấn', positions: [{ title: 'Hiệu trưởng', organization: 'Trường THPT chuyên Nguyễn Trãi' }] }],
      exhaustive: false,
    },
  },
];

describeWrongFactBatch('head words inside common nouns', CASES, 4);
