// A term written after a body or an event: "khóa XIV", "nhiệm kỳ 2020 - 2025",
// "giai đoạn 2015-2020".
import { DASH_TOKENS, type Token } from '../tokenize.js';

const YEAR = /^\d{4}$/;

/** "khóa XIV" at tokens[i]: the term in Roman numerals and the index after it. */
export function parseTerm(tokens: readonly Token[], i: number): { term: string; end: number } | undefined {
  const t = tokens[i];
  if (!t || (t.key !== 'khóa' && t.key !== 'khoá')) return undefined;
  const next = tokens[i + 1];
  if (next && /^[IVXLC]+$/.test(next.text)) return { term: next.text, end: i + 2 };
  return undefined;
}

/** "2015 - 2020" at tokens[i]: the two years and the index after them. */
function yearSpanAt(tokens: readonly Token[], i: number): { from: number; to: number; end: number } | undefined {
  const a = tokens[i];
  const b = tokens[i + 2];
  if (!a || !b || !YEAR.test(a.text) || !DASH_TOKENS.has(tokens[i + 1]?.text ?? '') || !YEAR.test(b.text)) return undefined;
  return { from: Number(a.text), to: Number(b.text), end: i + 3 };
}

/** "nhiệm kỳ 2020 - 2025" at tokens[i]: "2020-2025" and the index after it. */
export function parseTermYears(tokens: readonly Token[], i: number): { years: string; end: number } | undefined {
  if (tokens[i]?.key !== 'nhiệm' || tokens[i + 1]?.key !== 'kỳ') return undefined;
  const span = yearSpanAt(tokens, i + 2);
  return span ? { years: `${span.from}-${span.to}`, end: span.end } : undefined;
}

/**
 * "Bí thư Huyện ủy Bảo Lâm giai đoạn 2015-2020" in news of 2023: the post of a term that
 * ended before the day the article reads at, so a former one. The end of the term's words,
 * or undefined (undated, or a term not yet over).
 */
export function pastTermEnd(tokens: readonly Token[], i: number, date: string | null): number | undefined {
  const word = tokens[i]?.key;
  const next = tokens[i + 1]?.key;
  if (date === null || !((word === 'giai' && next === 'đoạn') || (word === 'nhiệm' && next === 'kỳ'))) return undefined;
  const span = yearSpanAt(tokens, i + 2);
  if (!span || span.from < 1900 || span.to >= 2100) return undefined;
  return span.to < Number(date.slice(0, 4)) && span.to > span.from ? span.end : undefined;
}
