// An article with no publication date: an event dated "Chiều 19/5" takes its year only from the
// body's evidence of the year under way ("năm nay", a plan or a target of the year, the latest year
// that is no past event's). A year the body gives a past event (a document signed, a figure compared
// with, an anniversary's, a death's or a sacrifice's, an election's) is not the news's own: with no
// other evidence the date keeps no year (a missing fact), never a wrong one.
// First run of the cases written before the fix (on e0bf4b3): 5/11 cases pass, facts 34/40.
// After the fix: 6/11 of them pass, and the two cases added after the first run (8/8 below). Kept
// as known misses: a date after "đã ký … ngày" (told as done, but so are this year's decisions
// "đã ban hành Quyết định … ngày 6/2/2017": no safe rule found), a year opening a sentence of
// results with no "đã" ("Năm 2018, doanh thu … đạt": read as past, it gave a round table the speech
// of another day's meeting on the whole corpus), two memorials that come out as no event at all,
// and a session whose earlier, referred session is taken as the event.
import { describeKnownMisses, describeWrongFactBatch, type WrongFactCase } from './cases/wrong-fact-checks.js';

const CASES: WrongFactCase[] = [
  {
    name: 'Nghệ An: a briefing, an earlier decision "ngày 25/4/2014" and "năm 2014" of a past result',
    place: 'Nghệ An',
    text: `Nghệ An thông tin về lễ hội Làng Sen
Sáng 12/5, Sở Văn hóa và Thể thao tỉnh Nghệ An tổ chức họp báo thông tin về lễ hội Làng Sen. Lễ hội được tỉnh quyết định tổ chức lần đầu ngày 25/4/2014. Năm 2014, lễ hội đã đón hơn 200.000 lượt khách.`,
    expect: { exhaustive: false, events: [{ kind: 'meeting', date: null }] },
  },
  {
    name: 'Đà Nẵng: a past year\'s figures and the year under way\'s target: the target\'s year',
    place: 'Đà Nẵng',
    text: `Quận Hải Châu quyết tâm kéo giảm tai nạn giao thông
Chiều 14/2, UBND quận Hải Châu tổ chức hội nghị triển khai công tác bảo đảm trật tự an toàn giao thông. Trong năm 2016, trên địa bàn quận đã xảy ra 87 vụ tai nạn giao thông. Trong năm 2017, quận phải giảm từ 5 đến 10% số vụ tai nạn trên cả ba tiêu chí.`,
    expect: { exhaustive: false, events: [{ kind: 'conference', date: '2017-02-14' }] },
  },
  {
    name: 'Lâm Đồng 2025: a commune conference, the year compared with "so với cùng kỳ năm 2024"',
    place: 'Lâm Đồng',
    text: `Xã Đức Trọng sơ kết công tác quý III
Chiều 3/10, Đảng ủy xã Đức Trọng (tỉnh Lâm Đồng) tổ chức hội nghị sơ kết công tác quý III. Thu ngân sách trên địa bàn xã tăng 12% so với cùng kỳ năm 2024.`,
    expect: { exhaustive: false, events: [{ kind: 'conference', date: null }] },
  },
  {
    name: 'control, Đà Nẵng 2025: "9 tháng năm 2025" is the year under way',
    place: 'Đà Nẵng',
    text: `Phường Hải Châu sơ kết 9 tháng
Chiều 9/10, UBND phường Hải Châu (TP Đà Nẵng) tổ chức hội nghị sơ kết tình hình kinh tế - xã hội 9 tháng năm 2025. Năm 2024, phường đã hoàn thành 15/16 chỉ tiêu.`,
    expect: { exhaustive: false, events: [{ kind: 'conference', date: '2025-10-09' }] },
  },
  {
    name: 'control, Bình Định: an anniversary with both its years, the latest is the news\'s',
    place: 'Bình Định',
    text: `Kỷ niệm 50 năm giải phóng tỉnh Bình Định
Tối 31/3, Tỉnh ủy Bình Định tổ chức lễ kỷ niệm 50 năm Ngày giải phóng tỉnh (31/3/1975 - 31/3/2025). Ông Hồ Quốc Dũng, Bí thư Tỉnh ủy đọc diễn văn.`,
    expect: { exhaustive: false, events: [{ date: '2025-03-31' }] },
  },
  {
    name: 'control, Hải Phòng: a plan "năm 2018" after a past year "năm 2017"',
    place: 'Hải Phòng',
    text: `Hải Phòng triển khai nhiệm vụ ngành giáo dục
Sáng 10/1, Sở Giáo dục và Đào tạo Hải Phòng tổ chức hội nghị triển khai nhiệm vụ năm 2018. Năm 2017, toàn ngành đã có thêm 40 trường đạt chuẩn quốc gia.`,
    expect: { exhaustive: false, events: [{ kind: 'conference', date: '2018-01-10' }] },
  },
  // Added after the first run, for the rules the corpus asked for.
  {
    name: 'Hải Dương: "Tháng 9 - 10/2018" names two months, no day; the year under way is the plan\'s',
    place: 'Hải Dương',
    text: `Huyện Cẩm Giàng siết chặt quản lý đất đai
Sáng 20/2, Huyện ủy Cẩm Giàng tổ chức hội nghị về công tác quản lý đất đai. Tháng 9 - 10/2018, huyện đã phát hiện 14 trường hợp lấn chiếm đất công. Trong năm 2019, huyện phải xử lý dứt điểm các vi phạm.`,
    expect: { exhaustive: false, events: [{ kind: 'conference', date: '2019-02-20' }] },
  },
  {
    name: 'Bắc Giang: "kết quả thực hiện … năm 2021" is a year over, the news of a later one',
    place: 'Bắc Giang',
    text: `HĐND tỉnh Bắc Giang khai mạc kỳ họp giữa năm
Sáng 12/7, HĐND tỉnh Bắc Giang khai mạc kỳ họp thứ 6. Kỳ họp xem xét báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2021 và phê chuẩn quyết toán ngân sách địa phương năm 2021.`,
    expect: { exhaustive: false, events: [{ kind: 'session', date: null }] },
  },
];

// Still missed after the fix, for other reasons than the body's years (see the header).
const KNOWN_MISSES: WrongFactCase[] = [
  {
    name: 'Hà Nội: a press conference, the body names an earlier signing "ngày 22.5.2016"',
    place: 'Hà Nội',
    text: `Hà Nội công bố chương trình phát triển giao thông đô thị
Chiều 19/5, UBND thành phố Hà Nội tổ chức họp báo công bố chương trình phát triển giao thông đô thị. Ông Lê Văn Hùng, Phó Chủ tịch UBND thành phố chủ trì buổi họp báo. Chương trình tiếp nối biên bản ghi nhớ mà thành phố đã ký với Ngân hàng Thế giới ngày 22.5.2016.`,
    expect: { exhaustive: false, events: [{ kind: 'meeting', date: null }] },
  },
  {
    name: 'TP Hồ Chí Minh: a round table, "Năm 2018, doanh thu … đạt" is a past year',
    place: 'TP Hồ Chí Minh',
    text: `Doanh nghiệp viễn thông bàn về chuyển đổi số
Sáng 8/3, Sở Thông tin và Truyền thông TP Hồ Chí Minh tổ chức tọa đàm về chuyển đổi số trong doanh nghiệp. Năm 2018, doanh thu của các doanh nghiệp viễn thông trên địa bàn đạt hơn 40.000 tỷ đồng, tăng 9% so với năm 2017.`,
    expect: { exhaustive: false, events: [{ date: null }] },
  },
  {
    name: 'Quảng Trị: a memorial of soldiers fallen "vào đêm 31-1-1968"',
    place: 'Quảng Trị',
    text: `Tưởng niệm các liệt sĩ hy sinh trong trận đánh Thành cổ
Sáng 30/1, Huyện ủy Triệu Phong tổ chức lễ tưởng niệm các liệt sĩ đã hy sinh trong trận đánh vào đêm 31-1-1968. Ông Nguyễn Văn Cường, Bí thư Huyện ủy đọc diễn văn ôn lại truyền thống.`,
    expect: { exhaustive: false, events: [{ date: null }] },
  },
  {
    name: 'Thái Bình: a memorial on a leader\'s death day "qua đời ngày 14/7/2012"',
    place: 'Thái Bình',
    text: `Tưởng nhớ nguyên Bí thư Tỉnh ủy
Sáng 14/7, Tỉnh ủy Thái Bình tổ chức lễ tưởng niệm đồng chí Trần Văn Lộc, nguyên Bí thư Tỉnh ủy, người đã qua đời ngày 14/7/2012 tại quê nhà.`,
    expect: { exhaustive: false, events: [{ date: null }] },
  },
  {
    name: 'Cần Thơ: a session, the chairman was elected at an earlier one "ngày 28/6/2021"',
    place: 'Cần Thơ',
    text: `HĐND thành phố Cần Thơ họp chuyên đề
Sáng 5/9, HĐND thành phố Cần Thơ tổ chức kỳ họp chuyên đề. Ông Phạm Văn Hiểu, Chủ tịch HĐND thành phố, người được bầu tại kỳ họp thứ nhất ngày 28/6/2021, chủ trì kỳ họp.`,
    expect: { exhaustive: false, events: [{ kind: 'session', date: null }] },
  },
];

describeWrongFactBatch('undated articles\' years', CASES, 6);
describeKnownMisses('undated articles\' years', KNOWN_MISSES);
