// Wrong facts left by a hand check of real 2017 news, pinned with sentences of other
// provinces and bodies than the articles':
//   - an article with no dateline takes its year from its body; a year a plan, programme,
//     estimate or resolution names ("chương trình xây dựng luật năm 2018", "dự toán ngân sách
//     năm 2019") may lie ahead of the news, so when it is the latest year written the event
//     gets no date rather than that year; a year foreseen ("dự kiến … năm 2021", "dự báo … năm
//     2018") is never the year of the news; "là … năm 2017" after a programme is no plan's year;
//     "đối tác chiến lược toàn diện, năm 2015" is a milestone, no plan.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { yearFromBody } from '../../src/extract/recognize/dates.js';

describe('year of an undated article', () => {
  it('a planned year later than every other year gives no year', () => {
    expect(
      yearFromBody([
        'HĐND tỉnh Quảng Trị xem xét báo cáo tình hình kinh tế - xã hội năm 2018.',
        'Kỳ họp thông qua Nghị quyết về dự toán ngân sách năm 2019; Nghị quyết về kế hoạch đầu tư công năm 2019.',
      ]),
    ).toBeNull();
    expect(
      yearFromBody([
        'Thường trực HĐND thành phố Cần Thơ báo cáo quyết toán ngân sách năm 2018.',
        'Kỳ họp thông qua Nghị quyết về việc thành lập các đoàn giám sát chuyên đề của HĐND năm 2020.',
      ]),
    ).toBeNull();
    // A plan's year alone is all the body gives: kept.
    expect(yearFromBody(['Sở Du lịch tỉnh Ninh Bình công bố chương trình Năm du lịch Ninh Bình năm 2020.'])).toBe(2020);
  });

  it('a planned year no later than the news year leaves that year', () => {
    expect(
      yearFromBody([
        'Tỉnh Lạng Sơn đánh giá kết quả thực hiện kế hoạch năm 2020.',
        'Năm 2021, tỉnh đón 3 triệu lượt khách.',
      ]),
    ).toBe(2021);
  });

  it('a foreseen year is not the news year', () => {
    expect(
      yearFromBody([
        'Năm 2016, thành phố Quy Nhơn đưa vào sử dụng 5 xe buýt điện.',
        'Dự kiến, năm 2018 dự án sẽ áp dụng thêm 10 xe; tuyến đường sắt dự kiến hoàn thành vào cuối năm 2021.',
      ]),
    ).toBe(2016);
  });

  it('what a programme is, and a strategic partnership, are no plans', () => {
    expect(yearFromBody(['Năm 2016 có nhiều tiến bộ.', 'Chương trình kỳ họp thứ tư HĐND tỉnh Bến Tre là kỳ đầu của năm 2017.'])).toBe(2017);
    expect(yearFromBody(['Năm 2012 hai nước ký tuyên bố về quan hệ đối tác chiến lược toàn diện, năm 2015 ký hiệp định.'])).toBe(2015);
  });

  it('a full date still dates the article, whatever plans it names', () => {
    expect(
      yearFromBody(['Ngày 6/12/2018, HĐND tỉnh Lào Cai khai mạc kỳ họp, xem xét chương trình giám sát năm 2019.']),
    ).toBe(2018);
  });

  it('a session report without a dateline gives its event no year from a plan', () => {
    const text = `Khai mạc kỳ họp thứ 7 HĐND tỉnh Quảng Trị
Hôm nay 5.12, kỳ họp thứ 7, HĐND tỉnh Quảng Trị khóa VII khai mạc tại Đông Hà. Chủ tịch HĐND tỉnh Quảng Trị Nguyễn Văn Hùng chủ trì kỳ họp.
Kỳ họp xem xét báo cáo tình hình kinh tế - xã hội năm 2018 và thông qua Nghị quyết về chương trình giám sát của HĐND tỉnh năm 2019; Nghị quyết về dự toán ngân sách năm 2019.`;
    const out = extractArticle(text, { id: 'quang_tri_undated' });
    expect(out.events.length).toBeGreaterThan(0);
    for (const e of out.events) expect(e.date === null || e.date.startsWith('2018')).toBe(true);
    expect(out.events.some((e) => e.date?.startsWith('2019'))).toBe(false);
  });
});
