import type { Token } from '../tokenize.js';

/** Tokens start..end as the text writes them: a body or place kept as written. */
export function writtenText(tokens: readonly Token[], start: number, end: number): string {
  // "Q.1", "P.5": a number stays glued to its unit's abbreviation, as written; "HIV/AIDS" to its slash.
  const glued = (k: number): boolean => /^[,)/]$/.test(tokens[k]!.text) || /^[(/]$/.test(tokens[k - 1]!.text) || (/^[PQ]\.$/.test(tokens[k - 1]!.text) && /^\d/.test(tokens[k]!.text));
  return tokens.slice(start, end).reduce((text, t, k) => (k === 0 || glued(start + k) ? text + t.text : `${text} ${t.text}`), '');
}
