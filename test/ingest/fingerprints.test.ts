// The ingest summary's set of written items: ids kept as fingerprints with flags.
import { describe, expect, it } from 'vitest';
import { FingerprintFlags, fingerprint } from '../../src/ingest/fingerprints.js';

describe('FingerprintFlags', () => {
  it('keeps each id once with the flags added to it, across many growths of its tables', () => {
    const set = new FingerprintFlags();
    const n = 50_000;
    for (let i = 0; i < n; i++) expect(set.mark(`HOLDS|Person:p${i}|Position:x`, 1)).toBe(0);
    for (let i = 0; i < n; i += 2) expect(set.mark(`HOLDS|Person:p${i}|Position:x`, 2)).toBe(1);
    expect(set.size).toBe(n);
    expect([set.get('HOLDS|Person:p0|Position:x'), set.get('HOLDS|Person:p1|Position:x'), set.get('HOLDS|Person:p|Position:x')]).toEqual([3, 1, 0]);
  });

  it('makes a whole number of 53 bits at most, never 0, the same for the same id', () => {
    const prints = ['', 'a', 'Person:nguyễn văn a|k1'].map(fingerprint);
    for (const p of prints) expect(Number.isSafeInteger(p) && p > 0).toBe(true);
    expect(new Set(prints).size).toBe(3);
    expect(fingerprint('a')).toBe(prints[1]);
  });
});
