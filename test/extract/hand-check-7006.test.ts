// Causes of wrong facts found by a hand check of 25 real 2017 articles (seed 7006), each
// pinned with sentences of other provinces, bodies and years than the articles':
//   - a bare "làm việc" that is a day's work, not a meeting: "bắt đầu làm việc từ 19h",
//     "liên hệ với ngân hàng … để làm việc về nội dung trên" (with "với" after it, "bắt đầu
//     làm việc với UBND tỉnh", it stays a meeting); and the police's "đang làm việc với số
//     người liên quan", "… với các đối tượng": a questioning;
//   - "trong khuôn khổ Hội nghị lần thứ hai …, đã diễn ra Đối thoại …": the event around the
//     one reported is only referred to, and so is the topic of "họp báo về Hội nghị …";
//   - "Trả lời báo chí bên lề kỳ họp Quốc hội, ĐB A cho rằng …", then "Theo ông A …", "GS B
//     cũng cho hay …": the talk with the press ("trả lời" included) goes on until a sentence
//     names an event again, and an event named only there heard no speech;
//   - "Bộ trưởng A dự và chỉ đạo Hội nghị tổng kết … năm 2016/ Lễ hội …/ Người …": a line of
//     linked headlines is other articles', no fact of this one;
//   - "Phó chủ nhiệm Đoàn Luật sư TP HCM": a lawyers' body, not the person "Đoàn Luật";
//   - "Giám đốc Công ty TNHH Thương mại vận tải và xuất nhập khẩu Khải Anh": a business's
//     trades joined by "và" are inside its name, which its proper name closes;
// and one cause the corpus diff showed (the lawyers' bodies reaching the gazetteer):
//   - "Hội Luật gia Thừa Thiên-Huế" in an undated article: a province written under its former
//     name is the province it then was, not the city of Huế it became in 2025.
// First run (before the fixes): 1/8 cases pass (the Sơn La case pins that "làm việc với" stays a
// meeting), facts 50/65; the linked-headlines check fails. (The ninth case, added after the corpus
// diff, failed on the tree before its fix: "Sở Y tế thành phố Huế".)
import { describe, expect, it } from 'vitest';
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';
import { extractArticle } from '../../src/extract/index.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Bình Dương 2019: "để làm việc về nội dung trên", "bắt đầu làm việc từ 6h" hold no meeting',
    place: 'Bình Dương',
    text: `Doanh nghiệp lúng túng vì công văn mới
Trước việc Tổng cục Hải quan (Bộ Tài chính) vừa có công văn số 1520/TCHQ-GSQL ngày 12/4/2019 về thủ tục tạm nhập, nhiều doanh nghiệp tại Bình Dương đang liên hệ với ngân hàng để làm việc về nội dung trên.
Ông Trần Văn Lực, Phó Chủ tịch UBND tỉnh Bình Dương cho biết tỉnh sẽ kiến nghị tháo gỡ.
Nhiều công nhân bắt đầu làm việc từ 6h sáng.`,
    expect: {
      people: [{ name: 'Trần Văn Lực', positions: [{ title: 'Phó Chủ tịch', organization: 'UBND tỉnh Bình Dương' }], roles: [] }],
      exhaustive: false,
    },
    eventCount: 0,
  },
  {
    name: 'Thanh Hóa 2020: the police "đang làm việc với số người liên quan", "với các đối tượng" hold no meeting',
    place: 'Thanh Hóa',
    text: `Điều tra vụ hỗn chiến tại Thọ Xuân
Ngày 3/8/2020, Công an huyện Thọ Xuân đang làm việc với số người liên quan để làm rõ vụ việc.
Thượng tá Lê Văn Tuấn, Trưởng Công an huyện Thọ Xuân, cho biết cơ quan điều tra đã làm việc với các đối tượng tham gia.`,
    expect: {
      people: [{ name: 'Lê Văn Tuấn', positions: [{ title: 'Trưởng Công an', organization: 'Công an huyện Thọ Xuân' }], roles: [] }],
    },
    eventCount: 0,
  },
  {
    name: 'ASEAN 2020: a dialogue held "trong khuôn khổ" a senior officials\' meeting gives that meeting no place in the news',
    place: 'Hà Nội',
    text: `Thúc đẩy kinh tế số ASEAN
Sáng 10/11/2020, tại Hà Nội, trong khuôn khổ Hội nghị lần thứ hai các quan chức cao cấp ASEAN (SOM2) đã diễn ra Đối thoại ASEAN về chuyển đổi số do Nhóm công tác về kinh tế số tổ chức.
Tại Đối thoại, Thứ trưởng Bộ Thông tin và Truyền thông Phan Tâm nhấn mạnh vai trò của dữ liệu.`,
    expect: {
      people: [{ name: 'Phan Tâm', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Thông tin và Truyền thông' }] }],
    },
    eventCount: 0,
  },
  {
    name: 'Quốc hội 2019: a deputy answering the press "bên lề kỳ họp" speaks at no sitting',
    place: 'Hà Nội',
    text: `Cần làm rõ khái niệm đất công
Đại biểu Quốc hội Nguyễn Văn Minh nhấn mạnh cần minh bạch khái niệm đất công.
ĐB Nguyễn Văn Minh trả lời báo chí bên lề kỳ họp Quốc hội chiều 3/6/2019 về việc thu hồi đất.
Theo ĐB Minh, nhiều địa phương còn lúng túng. Ông Minh nhấn mạnh cần sửa luật sớm.`,
    expect: {
      people: [{ name: 'Nguyễn Văn Minh', roles: [] }],
    },
  },
  {
    name: 'Cần Thơ 2021: "cũng cho hay" after a talk with the press on a seminar\'s sidelines is the same talk',
    place: 'Cần Thơ',
    text: `Hội thảo về dinh dưỡng trẻ em
Trao đổi với phóng viên bên lề hội thảo khoa học về dinh dưỡng vừa diễn ra tại Cần Thơ, ông Lê Văn Hưng, Giám đốc Sở Y tế thành phố Cần Thơ nhấn mạnh việc lạm dụng kháng sinh.
Ông Hưng cũng cho hay nhiều trẻ em bị thiếu vi chất.
Tại hội thảo, Thứ trưởng Bộ Y tế Nguyễn Trường Sơn cho biết Bộ sẽ ban hành hướng dẫn mới.`,
    expect: {
      people: [
        { name: 'Lê Văn Hưng', positions: [{ title: 'Giám đốc', organization: 'Sở Y tế thành phố Cần Thơ' }], roles: [] },
        { name: 'Nguyễn Trường Sơn', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Y tế' }], roles: ['spoke'] },
      ],
    },
  },
  {
    name: 'Đà Nẵng and Bắc Ninh: "Phó chủ nhiệm Đoàn Luật sư TP Đà Nẵng" is a body, "Đoàn Luật" no person',
    place: 'Đà Nẵng',
    text: `Tranh cãi quanh mức xử phạt
Ông Lê Văn Hòa - Phó chủ nhiệm Đoàn Luật sư TP Đà Nẵng cho rằng mức phạt là phù hợp.
Chủ tịch Hội Luật gia tỉnh Bắc Ninh Nguyễn Văn Phong đề nghị sửa quy định.`,
    expect: {
      people: [
        { name: 'Lê Văn Hòa', positions: [{ title: 'Phó Chủ nhiệm', organization: 'Đoàn Luật sư thành phố Đà Nẵng' }] },
        { name: 'Nguyễn Văn Phong', positions: [{ title: 'Chủ tịch', organization: 'Hội Luật gia tỉnh Bắc Ninh' }] },
      ],
      notPeople: ['Đoàn Luật'],
    },
    eventCount: 0,
  },
  {
    name: 'Long An 2018: a business\'s trades joined by "và" are inside its name',
    place: 'Long An',
    text: `Doanh nghiệp xuất khẩu nông sản gặp khó
Ông Phạm Văn Toàn, Giám đốc Công ty TNHH Thương mại và dịch vụ Minh Khang, cho biết đơn hàng giảm mạnh.
Bà Lê Thị Hoa, Phó Giám đốc Công ty Cổ phần Xây dựng vận tải và xuất nhập khẩu Sao Mai cho hay công ty phải giãn việc.`,
    expect: {
      people: [
        { name: 'Phạm Văn Toàn', positions: [{ title: 'Giám đốc', organization: 'Công ty TNHH Thương mại và dịch vụ Minh Khang' }] },
        { name: 'Lê Thị Hoa', positions: [{ title: 'Phó Giám đốc', organization: 'Công ty Cổ phần Xây dựng vận tải và xuất nhập khẩu Sao Mai' }] },
      ],
    },
    eventCount: 0,
  },
  {
    name: 'Sơn La 2019: "bắt đầu làm việc với UBND tỉnh" is a working session still',
    place: 'Sơn La',
    text: `Bộ Nội vụ làm việc tại Sơn La
Sáng 15/5/2019, Đoàn công tác của Bộ Nội vụ do Thứ trưởng Bộ Nội vụ Nguyễn Trọng Thừa làm trưởng đoàn đã bắt đầu làm việc với UBND tỉnh Sơn La.`,
    expect: {
      people: [{ name: 'Nguyễn Trọng Thừa', positions: [{ title: 'Thứ trưởng', organization: 'Bộ Nội vụ' }] }],
      events: [{ id: 'e1', kind: 'meeting', date: '2019-05-15' }],
      exhaustive: false,
    },
    eventCount: 1,
  },
  {
    name: 'Thừa Thiên Huế, undated (corpus diff): "Sở Y tế Thừa Thiên Huế", "Hội Nông dân Thừa Thiên - Huế" are the province\'s, under its former name',
    place: 'Thừa Thiên Huế',
    text: `Phòng chống sốt xuất huyết
Ông Nguyễn Đình Bách, Giám đốc Sở Y tế Thừa Thiên Huế cho biết số ca mắc giảm.
Bà Trần Thị Lan, Chủ tịch Hội Nông dân Thừa Thiên - Huế, đề nghị hỗ trợ nông dân.`,
    expect: {
      people: [
        { name: 'Nguyễn Đình Bách', positions: [{ title: 'Giám đốc', organization: 'Sở Y tế tỉnh Thừa Thiên Huế' }] },
        { name: 'Trần Thị Lan', positions: [{ title: 'Chủ tịch', organization: 'Hội Nông dân tỉnh Thừa Thiên Huế' }] },
      ],
    },
    eventCount: 0,
  },
];

describeWrongFactBatch('hand check 7006', CASES, 9);

describe('a press conference about a conference, and a line of linked headlines', () => {
  it('give no conference and no roles to the official the headlines name', () => {
    const out = extractArticle(
      `Xúc tiến đầu tư vùng Tây Bắc
Ngày 10/3/2019 tại Hà Nội, Ban Chỉ đạo Tây Bắc tổ chức họp báo về Hội nghị Xúc tiến đầu tư vùng Tây Bắc lần thứ 2. Hội nghị sẽ được tổ chức vào ngày 20/4/2019 tại Sơn La. Phó Thủ tướng Trương Hòa Bình dự và chỉ đạo Hội nghị tổng kết năm 2018/ Lễ hội hoa ban Điện Biên năm 2019/ Người giữ rừng Mường Nhé
Hội nghị có quy mô 600 đại biểu.`,
      { id: 'linked-headlines' },
    );
    expect(out.events.filter((e) => e.kind === 'conference')).toEqual([]);
    expect(out.people.flatMap((p) => p.roles)).toEqual([]);
  });
});
