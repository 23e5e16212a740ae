// One value per pair of a block's mentions (indices 0…n-1), in a triangle: the
// pair (i, j), i < j, at j(j-1)/2 + i. The pairs of the first k indices come
// first, so a triangle grows by copying it into a larger one (verdicts.ts).

/** The position of the pair (i, j), i ≠ j, in either order. */
export function pairIndex(i: number, j: number): number {
  return i < j ? (j * (j - 1)) / 2 + i : (i * (i - 1)) / 2 + j;
}

/** How many pairs n indices make. */
export function pairCount(n: number): number {
  return (n * (n - 1)) / 2;
}
