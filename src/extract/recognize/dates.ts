// Event dates in running text: "Sáng ngày 23/6", "Ngày 2/4", "sáng 31/7",
// "ngày 21/6/2022", "ngày 15 tháng 7 năm 2025". A date without a year takes
// the publication year (the year before, if that would put it in the future).
const NUMERIC = /(?:^|[\s,(])(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(?:nay\s*,?\s*)?\(?(?:ngày\s+)?|ngày\s+)(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?(?![\d/])/iu;
// "Trong 2 ngày 17 và 18/8/2020": the first day.
const RANGE = /(?:^|[\s,(])ngày\s+(\d{1,2})\s*(?:và|,|-|đến)\s*\d{1,2}\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?/iu;
const TODAY = /(?:^|[\s,(])(?:(?:sáng|chiều|tối|trưa) nay|hôm nay)(?![\p{L}])/iu;
const WORDED = /(?:^|[\s,(])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/iu;

export function findDate(sentence: string, published: string | null): string | null {
  const m = NUMERIC.exec(sentence) ?? RANGE.exec(sentence) ?? WORDED.exec(sentence);
  // "Sáng nay, …" with no date: the day of publication.
  if (!m) return published && TODAY.test(sentence) ? published : null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  let year = m[3] ? Number(m[3]) : published ? Number(published.slice(0, 4)) : null;
  if (year === null) return null;
  const iso = (y: number): string => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!m[3] && published) {
    const weekAfter = new Date(Date.parse(published) + 7 * 86_400_000).toISOString().slice(0, 10);
    if (iso(year) > weekAfter) year -= 1;
  }
  return iso(year);
}
