// Wrong facts left by a hand check of real 2017 news, pinned with sentences of other
// provinces and bodies than the articles':
//   - an article with no dateline takes its year from its body; a year a plan, programme,
//     estimate, resolution or forecast names ("chương trình xây dựng luật năm 2018", "dự toán
//     ngân sách năm 2019", "dự kiến … năm 2021") may lie ahead of the news: it counts when it
//     is at most one year after every other year written (last year's results, this year's
//     plan), the year under way ("những tháng đầu năm 2017") outweighs it, and further ahead
//     it leaves the article without a year; "là … năm 2017" after a programme is no plan's
//     year; "đối tác chiến lược toàn diện, năm 2015" is a milestone, no plan;
//   - "Giám đốc Quan Hệ Công Chúng": "Quan" is a family name, but "quan hệ" is a common word
//     and opens no person's name (nor do "Quản Trị", "Đào Tạo" in capitals).
import { describe, expect, it } from 'vitest';
import { describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';
import { extractArticle } from '../../src/extract/index.js';
import { yearFromBody } from '../../src/extract/recognize/dates.js';

describe('year of an undated article', () => {
  it('a planned year more than one ahead of every other year gives no year', () => {
    expect(
      yearFromBody([
        'HĐND tỉnh Quảng Trị xem xét quyết toán ngân sách năm 2016.',
        'Kỳ họp thông qua Nghị quyết về dự toán ngân sách năm 2019; Nghị quyết về kế hoạch đầu tư công năm 2019.',
      ]),
    ).toBeNull();
    expect(
      yearFromBody([
        'Thường trực HĐND thành phố Cần Thơ báo cáo quyết toán ngân sách năm 2018.',
        'Kỳ họp thông qua Nghị quyết về việc thành lập các đoàn giám sát chuyên đề của HĐND năm 2020.',
      ]),
    ).toBeNull();
    expect(yearFromBody(['Năm 2014 đạt 18.400 tỷ USD.', 'Hội nghị bàn kế hoạch công tác trong năm 2017.'])).toBeNull();
    // A plan's year alone is all the body gives: kept.
    expect(yearFromBody(['Sở Du lịch tỉnh Ninh Bình công bố chương trình Năm du lịch Ninh Bình năm 2020.'])).toBe(2020);
  });

  it("last year's results and this year's plan or forecast give this year", () => {
    expect(
      yearFromBody([
        'Tỉnh Lạng Sơn đánh giá tình hình kinh tế năm 2020.',
        'Kỳ họp thông qua kế hoạch đầu tư công năm 2021.',
      ]),
    ).toBe(2021);
    expect(yearFromBody(['Năm 2016, GDP của tỉnh Bình Phước tăng 6,2% và dự kiến đạt 6,7% trong năm 2017.'])).toBe(2017);
    expect(
      yearFromBody(['Năm 2016, thành phố Quy Nhơn đưa vào sử dụng 5 xe buýt điện; tuyến đường sắt dự kiến hoàn thành vào cuối năm 2021.']),
    ).toBeNull();
  });

  it('the year under way outweighs a plan for the next', () => {
    expect(
      yearFromBody([
        'Quốc hội xem xét kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2016 và những tháng đầu năm 2017.',
        'Quốc hội thông qua Nghị quyết về chương trình xây dựng luật, pháp lệnh năm 2018.',
      ]),
    ).toBe(2017);
  });

  it('what a programme is, and a strategic partnership, are no plans', () => {
    expect(yearFromBody(['Năm 2014 có nhiều tiến bộ.', 'Chương trình kỳ họp thứ tư HĐND tỉnh Bến Tre là kỳ đầu của năm 2017.'])).toBe(2017);
    expect(yearFromBody(['Năm 2012 hai nước ký tuyên bố về quan hệ đối tác chiến lược toàn diện, năm 2015 ký hiệp định.'])).toBe(2015);
  });

  it('a full date still dates the article, whatever plans it names', () => {
    expect(
      yearFromBody(['Ngày 6/12/2018, HĐND tỉnh Lào Cai khai mạc kỳ họp, xem xét chương trình giám sát năm 2020.']),
    ).toBe(2018);
  });

  it('a session report without a dateline takes the year under way, not the plan year', () => {
    const text = `Khai mạc kỳ họp thứ 7 HĐND tỉnh Quảng Trị
Hôm nay 5.12, kỳ họp thứ 7, HĐND tỉnh Quảng Trị khóa VII khai mạc tại Đông Hà. Chủ tịch HĐND tỉnh Quảng Trị Nguyễn Văn Hùng chủ trì kỳ họp.
Kỳ họp xem xét báo cáo tình hình kinh tế - xã hội năm 2017 và 11 tháng đầu năm 2018, thông qua Nghị quyết về chương trình giám sát của HĐND tỉnh năm 2019; Nghị quyết về dự toán ngân sách năm 2019.`;
    const out = extractArticle(text, { id: 'quang_tri_undated' });
    expect(out.events.length).toBeGreaterThan(0);
    expect(out.events[0]!.date).toBe('2018-12-05');
    const farPlan = extractArticle(
      `Khai mạc kỳ họp thứ 5 HĐND tỉnh Kon Tum
Hôm nay 10.7, kỳ họp thứ 5, HĐND tỉnh Kon Tum khai mạc. Chủ tịch HĐND tỉnh Kon Tum Nguyễn Văn Hòa chủ trì kỳ họp.
Kỳ họp xem xét quyết toán ngân sách năm 2016 và thông qua Nghị quyết về chương trình giám sát của HĐND tỉnh năm 2019.`,
      { id: 'kon_tum_undated' },
    );
    expect(farPlan.events.length).toBeGreaterThan(0);
    for (const e of farPlan.events) expect(e.date).toBeNull();
  });
});

const CASES: WrongFactCase[] = [
  {
    name: 'Đồng Nai 2019: capitalised department words after a title are no person',
    place: 'Đồng Nai',
    text: `Hội thảo khởi nghiệp cho sinh viên Đồng Nai
Ngày đăng 14/04/2019 | 09:00

Khách mời gồm ông Nguyễn Văn Hậu, Chủ tịch Hội Doanh nhân trẻ tỉnh Đồng Nai - Bà Lê Thị Thu Hà, Giám đốc Quan Hệ Khách Hàng và Quản Trị Rủi Ro của Ngân hàng Bản Việt - Ông Phạm Minh Tâm, Trưởng phòng Đào Tạo Nhân Sự của Công ty Sonadezi.`,
    expect: {
      exhaustive: true,
      people: [
        { name: 'Nguyễn Văn Hậu', positions: [{ title: 'Chủ tịch', organization: 'Hội Doanh nhân trẻ tỉnh Đồng Nai' }] },
        { name: 'Lê Thị Thu Hà' },
        { name: 'Phạm Minh Tâm' },
      ],
    },
  },
  {
    name: 'Tiền Giang 2018: a name opening like a common word, but with a given name after it, stays a name',
    place: 'Tiền Giang',
    text: `Kiểm tra công tác quản lý thị trường
Ngày đăng 20/09/2018 | 10:00

Sáng 19/9, ông Quan Văn Hệ, Phó Giám đốc Sở Công Thương tỉnh Tiền Giang, kiểm tra công tác quản lý thị trường tại huyện Cái Bè.`,
    expect: {
      people: [{ name: 'Quan Văn Hệ', positions: [{ title: 'Phó Giám đốc', organization: 'Sở Công Thương tỉnh Tiền Giang' }] }],
    },
  },
];

describeWrongFactBatch('wrong facts 3', CASES, 2);
