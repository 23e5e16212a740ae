// A symmetric relation over the mentions of one block (indices 0…n-1), one bit per
// pair: which mentions conflict, which speak against one career (resolve.ts). A
// block of n mentions costs n·n/8 bytes, where a set of partners per mention cost
// an entry (tens of bytes) per related pair.

export class PairMatrix {
  private readonly bits: Uint32Array;

  constructor(readonly size: number) {
    this.bits = new Uint32Array(Math.ceil((size * size) / 32));
  }

  /** Relates i and j (both ways). */
  add(i: number, j: number): void {
    this.set(i * this.size + j);
    this.set(j * this.size + i);
  }

  has(i: number, j: number): boolean {
    if (i < 0 || j < 0 || i >= this.size || j >= this.size) return false;
    const bit = i * this.size + j;
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  private set(bit: number): void {
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }
}
