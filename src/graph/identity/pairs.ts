// A symmetric relation over the mentions of one block (indices 0…n-1): which
// mentions conflict, which speak against one career (resolve.ts). One set of pair
// codes for the whole block, one entry per related pair, so its size follows the
// pairs related (few: none at all in a block of one busy person), where a set of
// partners per mention cost a set per mention and two entries per pair.

export class PairMatrix {
  private readonly pairs = new Set<number>();

  constructor(readonly size: number) {}

  /** Relates i and j (both ways). */
  add(i: number, j: number): void {
    this.pairs.add(this.code(i, j));
  }

  has(i: number, j: number): boolean {
    if (i < 0 || j < 0 || i >= this.size || j >= this.size) return false;
    return this.pairs.has(this.code(i, j));
  }

  /** The pair's code, the smaller index first: below 2^53 for any block (n < 2^26). */
  private code(i: number, j: number): number {
    return i < j ? i * this.size + j : j * this.size + i;
  }
}
