import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleKey } from '../../src/ingest/article-key.js';

describe('articleKey', () => {
  it('is the first 8 bytes of the SHA-256 of the text in NFC, tone marks placed, white space collapsed', () => {
    const normal = 'Hội nghị Tỉnh ủy Hòa Bình họp.';
    const expected = createHash('sha256').update(normal, 'utf8').digest('hex').slice(0, 16);
    expect(articleKey(normal)).toBe(expected);
    // Keys already stored in graphs must not change: this is the key graphs hold for this text.
    expect(expected).toBe('e1274ca48c14d1e7');
  });

  it('gives a copy with other white space and tone placement the same key', () => {
    const copy = 'Hội nghị  Tỉnh ủy\r\n Hoà Bình\u00a0\u3000 họp.\n';
    expect(articleKey(copy)).toBe(articleKey('Hội nghị Tỉnh ủy Hòa Bình họp.'));
    expect(articleKey('a\tb')).toBe(articleKey('a b'));
    expect(articleKey('a b')).not.toBe(articleKey('ab'));
  });
});
