// Settles competing matches over the same tokens: one pure function, used by
// the scanner. Longer spans win; among equal lengths, higher priority; then
// the earlier start. The result is sorted and free of overlaps.
export interface Span<T> {
  start: number;
  /** Index after the last token. */
  end: number;
  priority: number;
  value: T;
}

/**
 * Which tokens are taken, reused from call to call: a new typed array for every sentence was
 * most of this function's time. Cleared over the sentence's length before each use.
 */
let taken = new Uint8Array(256);

export function settleSpans<T>(spans: ReadonlyArray<Span<T>>): Array<Span<T>> {
  if (spans.length === 0) return [];
  const ranked = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  // Which tokens are taken: a span is checked over its own tokens only, so a sentence of
  // thousands of matches costs the sort plus the matches' lengths, not their number squared.
  let size = 0;
  for (const span of spans) if (span.end > size) size = span.end;
  if (taken.length < size) taken = new Uint8Array(Math.max(size, taken.length * 2));
  else taken.fill(0, 0, size);
  const kept: Array<Span<T>> = [];
  for (const span of ranked) {
    let free = true;
    for (let i = span.start; i < span.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
