// Event dates in running text: "Sáng ngày 23/6", "Ngày 2/4", "sáng 31/7",
// "ngày 21/6/2022", "ngày 15 tháng 7 năm 2025", "Chiều 21.4". A date without a
// year takes the publication year (the year before, if that would put it in the
// future); an article with no dateline gives the year its body names instead.
const NUMERIC = /(?:^|[\s,(])(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(?:nay\s*,?\s*)?\(?(?:ngày\s+)?|ngày\s+)(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?(?![\d/])/iu;
// "Ngày 21.4", "chiều 6.7.2017": dots only right after a day word, and never inside a number.
const DOTTED = /(?:^|[\s,(])(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(?:nay\s*,?\s*)?\(?(?:ngày\s+)?|ngày\s+)(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?(?![\d.,]\d)/iu;
// "Trong 2 ngày 17 và 18/8/2020": the first day.
const RANGE = /(?:^|[\s,(])ngày\s+(\d{1,2})\s*(?:và|,|-|đến)\s*\d{1,2}\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?/iu;
const TODAY = /(?:^|[\s,(])(?:(?:sáng|chiều|tối|trưa) nay|hôm nay)(?![\p{L}])/iu;
const WORDED = /(?:^|[\s,(])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/iu;

/**
 * @param published the publication date, ISO, or null
 * @param bodyYear the year the article's body names, used when there is no publication date
 * @param bodyMonth the latest month of that year the body dates (lastDatedMonth)
 */
export function findDate(sentence: string, published: string | null, bodyYear: number | null = null, bodyMonth: number | null = null): string | null {
  const m = dateWritten(sentence);
  // "Sáng nay, …" with no date: the day of publication.
  if (!m) return published && TODAY.test(sentence) ? published : null;
  // "cách đây 70 năm, ngày 27/7/1947": a day of history, not the event's.
  if (!validDay(m) || toldAgo(sentence, m.index, m.index + 1)) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  // "Sáng 29/5, tại buổi họp báo định kỳ tháng 5/2017": with no dateline, the year the sentence
  // gives the day's own month outweighs one guessed from the whole article.
  let year = m[3] ? Number(m[3]) : published ? Number(published.slice(0, 4)) : (yearOfMonth(sentence, month) ?? bodyYear);
  if (year === null) return null;
  // "sáng nay 6/2" in an undated article whose latest date is "cuối tháng 12/2016": news of
  // the year's first months telling of the last months of the year before; which year the
  // day is of, the text does not say.
  if (!m[3] && !published && bodyMonth !== null && bodyMonth >= 11 && month <= 4) return null;
  const iso = (y: number): string => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!m[3] && published) {
    const weekAfter = new Date(Date.parse(published) + 7 * 86_400_000).toISOString().slice(0, 10);
    if (iso(year) > weekAfter) year -= 1;
  }
  return iso(year);
}

/** The year the sentence writes beside `month` ("tháng 5/2017"), unless looked forward to or compared with. */
function yearOfMonth(sentence: string, month: number): number | null {
  if (!sentence.includes('tháng')) return null;
  MONTH_YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONTH_YEAR.exec(sentence)) !== null) {
    if (Number(m[1]) !== month) continue;
    const before = sentence.slice(Math.max(0, m.index - 24), m.index + 1);
    if (!AHEAD.test(before) && !COMPARED.test(before) && !/cùng kỳ\s*$/u.test(before)) return Number(m[2]);
  }
  return null;
}

/** Does the sentence write a day and month ("ngày 6/2", "sáng 8.3"), whatever its year? */
export function writesDay(sentence: string): boolean {
  const m = dateWritten(sentence);
  return m !== null && validDay(m);
}

/** The first date the sentence writes: day, month and, if written, year in groups 1 to 3. */
function dateWritten(sentence: string): RegExpExecArray | null {
  return NUMERIC.exec(sentence) ?? DOTTED.exec(sentence) ?? RANGE.exec(sentence) ?? WORDED.exec(sentence);
}

function validDay(m: RegExpExecArray): boolean {
  const day = Number(m[1]);
  const month = Number(m[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

// "Tháng 9 - 10/2016": "tháng" right before what reads as a full date makes it two months of a year.
const MONTHS_BEFORE = /tháng\s*$/iu;
const FULL_DATE = /(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})(?!\d)/g;
// A month of a year: "tháng 1-2017", "tháng 2/2017", "tháng 6.2012", "tháng 5 năm 2017"; group 1
// the month, 2 the year.
const MONTH_YEAR = /(?:^|[\s,(])tháng\s*(\d{1,2})\s*(?:[/.-]|năm)\s*((?:19|20)\d{2})(?!\d)/giu;
const YEAR_WORD = /(?:^|[\s,(])(?:năm|Năm)\s+((?:19|20)\d{2})(?!\d)/g;
// A year looked forward to or spanned is not the year of the news: "đến năm 2025", "tầm nhìn 2030",
// "chậm nhất năm 2019", "trong các năm 2018 - 2019".
const AHEAD = /(?:đến|tới|tầm nhìn|giai đoạn|nhiệm kỳ|trước|sau|từ|kế hoạch|mục tiêu|định hướng|chậm nhất|muộn nhất|các)\s*(?:năm\s*)?$/iu;
// A birth year or date is no year of news: "(sinh năm 1953)", "SN 1975", "sinh ngày 2/9/1960"
// (but "tuyển sinh năm 2017", "học sinh năm học …", "thí sinh", "phát sinh năm 2016" are of it).
const BORN = /(?<!(?:học|tuyển|thí|phát|tái)\s)(?<!\p{L})(?:sinh|SN)(?:\s+(?:ra|vào))?(?:\s+(?:ngày|năm))?\s*$/iu;
// "5 tháng đầu năm 2017", "những tháng đầu năm 2017": the year under way when the news was written.
const UNDER_WAY = /tháng\s+đầu\s+(?:của\s+)?năm\s*$/iu;
// A year a plan, programme, estimate, resolution, forecast or "sẽ" names in its own clause:
// "chương trình xây dựng luật, pháp lệnh năm 2018", "Nghị quyết về … các đoàn giám sát năm
// 2018", "dự kiến hoàn thành vào cuối năm 2021", "phải thoái hết vốn vào năm 2018", "phấn đấu …
// đạt 100 tỷ USD vào năm 2023" (but "phấn đấu năm 2017 đạt …", "mục tiêu … 18% năm 2017" are this
// year's). Mostly the news year or the next one ("… là kỳ đầu của năm 2017" says what a programme
// is, and is no plan's year).
const PLANNED = /(?:chương trình|kế hoạch|dự toán|nghị quyết|đề án|quy hoạch|dự kiến|dự báo|tiến độ|sẽ|phải|(?:phấn đấu|mục tiêu)(?:(?! là )[^.;:!?])*\svào)(?:(?! là )[^.;:!?])*$/iu;
// A day a law or rule takes effect from: "có hiệu lực (thi hành) từ ngày", "áp dụng từ ngày".
const TAKES_EFFECT = /(?:hiệu lực|áp dụng|thi hành)(?:\s+(?:thi hành|kể))?\s+từ(?:\s+ngày)?\s*$/iu;
// A past milestone's or a hosted edition's year says nothing of the news year: "(ký năm 2013)",
// "thiết lập quan hệ ngoại giao năm 1992", "thành lập năm 1945", "nước chủ nhà Hội nghị … năm
// 2018", "đăng cai SEA Games năm 2021" (but "đăng ký năm 2017" is the news's own business).
const MILESTONE = /(?<!\p{L})(?<!(?:đăng|thư)\s)(?:ký|ký kết|thành lập|thiết lập|ra đời|khánh thành|chủ nhà|đăng cai)(?![\p{L}])[^.;:!?,()]{0,36}$/iu;
// "cách đây 69 năm, ngày 11/6/1948", "cách đây hơn 40 năm (năm 1975)": a day so many years ago is history.
const AGO = /cách đây\s+(?:(?:hơn|gần|đúng|tròn|khoảng)\s+)?\d+\s+năm[^.;:!?]{0,24}$/iu;

/** Is what the sentence writes at `index` told as so many years ago (AGO in the words before it, up to `end`)? */
function toldAgo(sentence: string, index: number, end = index): boolean {
  return AGO.test(sentence.slice(Math.max(0, index - 48), end));
}
// A year compared with ("tăng 21% so với năm 2015", "so với cùng kỳ năm 2016") is one gone by.
const COMPARED = /(?:so với|gấp\s+[\d,.]+\s+lần)(?:\s+cùng kỳ)?\s*$/u;
// A day of history, told in the clause before it: a death's or a sacrifice's ("hy sinh … vào đêm
// 31-1-1968", "qua đời ngày 14/7/2012"), an election's ("được bầu tại kỳ họp ngày 28/6/2021"), a
// first edition's ("tổ chức lần đầu ngày 25/4/2014"). The news is of its year or a later one.
const DAY_OF_HISTORY = /(?<!\p{L})(?:hy sinh|qua đời|từ trần|tạ thế|được bầu|trúng cử|lần đầu|lần thứ nhất)(?!\p{L})[^.;:!?()]{0,60}$/iu;
// A year's results, told when it is over: "kết quả thực hiện kế hoạch … năm 2016", "quyết toán
// ngân sách nhà nước năm 2015", "tổng kết công tác năm 2016".
// The words after it up to the year are its own: no year nor comma of a next task between ("tổng
// kết năm 2016 và triển khai nhiệm vụ năm 2017", "kết quả … năm 2016, triển khai nhiệm vụ năm 2017").
// The bare "Kết quả năm 2024" may sum up the year under way: it needs the work it is of.
const RESULTS_OF = /(?<!\p{L})(?:kết quả|quyết toán|tổng kết)(?=\s+(?!năm\s)\p{L})(?:(?! là |năm \d)[^.;:!?,])*$/iu;
// A year told as past: a time of something done, after "vào" or "hồi" (for a month, "trong" too)
// in a clause of "đã" or "từng" ("đã 2 lần kiến nghị … vào năm 2013", "ông đã ứng cử và trúng cử
// … trong tháng 5/2016"; but "đã tăng 12 bậc trong năm 2017" is the year under way), or opening a
// sentence whose next clause has one ("Năm 2015, huyện đã hoàn thành …"). The news is of that year
// or a later one: the year is no other's, and none earlier than it.
const DONE_THEN = /(?<!\p{L})(?:đã|từng)(?!\p{L})[^.;:!?]*\s(?:vào|hồi)\s*$/u;
const DONE_IN_MONTH = /(?<!\p{L})(?:đã|từng)(?!\p{L})[^.;:!?]*\s(?:vào|hồi|trong)\s*$/u;
const OPENS_DONE = /^\s*,[^.;:!?]*(?<!\p{L})(?:đã|từng)(?!\p{L})/u;

function toldAsPast(sentence: string, at: number, end: number, month: boolean): boolean {
  if ((month ? DONE_IN_MONTH : DONE_THEN).test(sentence.slice(Math.max(0, at - 100), at))) return true;
  return sentence.slice(0, at).trim() === '' && OPENS_DONE.test(sentence.slice(end, end + 80));
}

// Of those, a year only foreseen ("dự kiến … thông qua vào năm 2019"): alone, it says nothing of the news year.
const NAMED_PLAN = /(?:chương trình|kế hoạch|dự toán|nghị quyết|đề án|quy hoạch)(?:(?! là )[^.;:!?])*$/iu;

/**
 * The year an undated article is from: the latest year of a full date in its text
 * ("14/6/1957 - 14/6/2017" → 2017), else the latest "năm 2019" or "tháng 1-2017" not
 * looked forward to nor a past milestone's or hosted edition's, the year under way ("6 tháng đầu năm 2017") before a plan's; a plan's
 * year more than one ahead of every other year gives none, and so does a year only foreseen
 * ("dự kiến … vào năm 2019") with no other year beside it, and so do named plans of two years
 * ("Chương trình … năm 2021 và … năm 2020"). The day a rule takes effect ("có hiệu lực từ ngày
 * 1/1/2018") dates nothing itself, and with words of another year it leaves the year open.
 * A year told as past (a day of history, a year's results, one compared with) is no year of the
 * news, and no year before it nor a plan's more than one after it is either.
 */
export function yearFromBody(sentences: readonly string[]): number | null {
  let fromDates: number | null = null;
  let fromWords: number | null = null;
  let planned: number | null = null;
  let namedPlan: number | null = null;
  // The earliest year a named plan gives: with the latest, two programmes discussed together.
  let earliestPlan: number | null = null;
  let underWay: number | null = null;
  let takesEffect: number | null = null;
  // The latest year told as past: the news is of no earlier one.
  let past: number | null = null;
  const pastYear = (year: number): void => {
    if (past === null || year > past) past = year;
  };
  // exec loops, not matchAll: matchAll makes a new RegExp object of its pattern for every sentence.
  let m: RegExpExecArray | null;
  for (const sentence of sentences) {
    // Each pattern below takes a year of 19xx or 20xx: a sentence without those digits has none.
    if (!sentence.includes('20') && !sentence.includes('19')) continue;
    FULL_DATE.lastIndex = 0;
    while ((m = FULL_DATE.exec(sentence)) !== null) {
      if (BORN.test(sentence.slice(Math.max(0, m.index - 24), m.index)) || toldAgo(sentence, m.index)) continue;
      const year = Number(m[1]);
      const before = sentence.slice(Math.max(0, m.index - 80), m.index);
      // "Tháng 9 - 10/2016", "từ tháng 3-4/2017": two months of a year, no day; a year of words.
      if (MONTHS_BEFORE.test(before)) {
        if (fromWords === null || year > fromWords) fromWords = year;
        continue;
      }
      if (DAY_OF_HISTORY.test(before) || COMPARED.test(before)) {
        pastYear(year);
        continue;
      }
      // "có hiệu lực từ ngày 1/7/2020": the day a rule takes effect, this year or the next.
      if (TAKES_EFFECT.test(sentence.slice(Math.max(0, m.index - 40), m.index))) {
        if (takesEffect === null || year > takesEffect) takesEffect = year;
        continue;
      }
      if (fromDates === null || year > fromDates) fromDates = year;
    }
    if (sentence.includes('tháng') || sentence.includes('Tháng')) {
      MONTH_YEAR.lastIndex = 0;
      while ((m = MONTH_YEAR.exec(sentence)) !== null) {
        // "đến tháng 6-2025", "từ tháng 6.2012 đến nay": looked forward to or spanned.
        if (AHEAD.test(sentence.slice(Math.max(0, m.index - 16), m.index + 1))) continue;
        const year = Number(m[2]);
        if (toldAsPast(sentence, m.index, m.index + m[0].length, true)) {
          pastYear(year);
          continue;
        }
        if (fromWords === null || year > fromWords) fromWords = year;
      }
    }
    // YEAR_WORD tries at every space: only a sentence with its word can match.
    if (!sentence.includes('năm') && !sentence.includes('Năm')) continue;
    YEAR_WORD.lastIndex = 0;
    while ((m = YEAR_WORD.exec(sentence)) !== null) {
      const yearAt = m.index + m[0].indexOf(m[1]!);
      if (AHEAD.test(sentence.slice(Math.max(0, m.index - 16), yearAt)) || BORN.test(sentence.slice(Math.max(0, m.index - 24), yearAt))) continue;
      if (MILESTONE.test(sentence.slice(Math.max(0, m.index - 64), m.index + 1)) || toldAgo(sentence, m.index, m.index + 1)) continue;
      if (COMPARED.test(sentence.slice(Math.max(0, m.index - 24), m.index + 1))) continue;
      const year = Number(m[1]);
      if (UNDER_WAY.test(sentence.slice(Math.max(0, m.index - 24), yearAt))) {
        if (underWay === null || year > underWay) underWay = year;
      } else if (RESULTS_OF.test(sentence.slice(Math.max(0, m.index - 80), m.index + 1))) {
        pastYear(year);
        continue;
      } else if (PLANNED.test(sentence.slice(Math.max(0, m.index - 120), m.index + 1))) {
        if (planned === null || year > planned) planned = year;
        if (NAMED_PLAN.test(sentence.slice(Math.max(0, m.index - 120), m.index + 1))) {
          if (namedPlan === null || year > namedPlan) namedPlan = year;
          if (earliestPlan === null || year < earliestPlan) earliestPlan = year;
        }
        continue;
      }
      if (toldAsPast(sentence, m.index, m.index + m[0].length, false)) {
        pastYear(year);
        continue;
      }
      if (fromWords === null || year > fromWords) fromWords = year;
    }
  }
  // A full date earlier than a year told as past: which one is the news's, the text does not say.
  if (fromDates !== null) return past !== null && fromDates < past ? null : fromDates;
  const year = yearOfWords(fromWords, underWay, planned, namedPlan === earliestPlan ? namedPlan : null);
  // A year before one told as past, or only a plan's more than one ahead of it: none.
  if (year !== null && past !== null && (year < past || (fromWords === null && underWay === null && year > past + 1))) return null;
  // A rule taking effect in another year than the words give: the news may be from either.
  return takesEffect === null || year === takesEffect ? year : null;
}

/** The year the words give, with no full date: see yearFromBody. `namedPlan` is null for plans of two years. */
function yearOfWords(fromWords: number | null, underWay: number | null, planned: number | null, namedPlan: number | null): number | null {
  // The year under way outweighs any plan's, ahead of it or not.
  if (underWay !== null) return Math.max(underWay, fromWords ?? underWay);
  // "Chương trình … năm 2021 và điều chỉnh Chương trình … năm 2020": this year's or next year's, who can say.
  if (planned === null || fromWords === null) return fromWords ?? namedPlan;
  // Last year's results and this year's plan: the plan's year. A plan's year further ahead
  // of every other year written: the news may be from any year between, so none.
  if (planned <= fromWords + 1) return Math.max(planned, fromWords);
  return null;
}

/**
 * The latest month of `year` the text dates in full ("cuối tháng 12/2016", "ngày 9/6/2017"):
 * an undated article's news comes after it.
 */
export function lastDatedMonth(sentences: readonly string[], year: number): number | null {
  const dated = new RegExp(`(?:(?<!\\d)\\d{1,2}\\s*[/.-]\\s*|tháng\\s*)(\\d{1,2})\\s*(?:[/.-]|năm)\\s*${year}(?!\\d)`, 'giu');
  let last: number | null = null;
  for (const sentence of sentences) {
    if (!sentence.includes(String(year))) continue;
    for (const m of sentence.matchAll(dated)) {
      const before = sentence.slice(Math.max(0, m.index - 24), m.index + 1);
      if (BORN.test(before) || AHEAD.test(before)) continue;
      const month = Number(m[1]);
      if (month >= 1 && month <= 12 && (last === null || month > last)) last = month;
    }
  }
  return last;
}
