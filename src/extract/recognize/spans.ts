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

export function settleSpans<T>(spans: ReadonlyArray<Span<T>>): Array<Span<T>> {
  const ranked = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const taken: Array<Span<T>> = [];
  for (const span of ranked) {
    if (taken.every((t) => span.end <= t.start || span.start >= t.end)) taken.push(span);
  }
  return taken.sort((a, b) => a.start - b.start);
}
