// A set of ids kept as 53-bit fingerprints with a few flag bits each, in typed
// arrays (open addressing, linear probing): about 18 bytes an id at most, against
// some 60 for a number in a Set and far more for the id string itself. A long
// ingest keeps one entry per distinct item it wrote; two ids of a million share a
// fingerprint by chance about once in 20,000 runs.

import { hash } from 'node:crypto';

/** The id's fingerprint: 53 bits of its SHA-1, never 0 (0 marks an empty slot). */
export function fingerprint(id: string): number {
  const digest = hash('sha1', id, 'buffer');
  return (digest.readUInt32BE(0) >>> 11) * 2 ** 32 + digest.readUInt32BE(4) || 1;
}

const FIRST_CAPACITY = 1 << 12;

export class FingerprintFlags {
  private keys = new Float64Array(FIRST_CAPACITY);
  private flags = new Uint8Array(FIRST_CAPACITY);
  private used = 0;

  /** How many ids are held. */
  get size(): number {
    return this.used;
  }

  /** The flags of an id (0 for an id never seen). */
  get(id: string): number {
    const slot = this.find(fingerprint(id));
    return this.keys[slot] === 0 ? 0 : (this.flags[slot] ?? 0);
  }

  /** Adds `flag` to the id's flags (adding the id if new) and returns the flags it had before. */
  mark(id: string, flag: number): number {
    const print = fingerprint(id);
    let slot = this.find(print);
    if (this.keys[slot] === 0) {
      if ((this.used + 1) * 2 > this.keys.length) {
        this.grow();
        slot = this.find(print);
      }
      this.keys[slot] = print;
      this.used += 1;
    }
    const before = this.flags[slot] ?? 0;
    this.flags[slot] = before | flag;
    return before;
  }

  /** The slot holding the fingerprint, or the empty slot where it would go. */
  private find(print: number): number {
    const mask = this.keys.length - 1;
    // The low bits of a SHA-1 are as good as random: they place the entry.
    let slot = print % this.keys.length & mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== print) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const [keys, flags] = [this.keys, this.flags];
    this.keys = new Float64Array(keys.length * 2);
    this.flags = new Uint8Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      const print = keys[i] ?? 0;
      if (print === 0) continue;
      const slot = this.find(print);
      this.keys[slot] = print;
      this.flags[slot] = flags[i] ?? 0;
    }
  }
}
