// Word ids (src/extract/words.ts): a token's id, found through the tokenizer's own
// hash table, is the id its key has in the lexicons, whatever characters it holds.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokenize.js';
import { internWord, NO_WORD, tokenWordId, wordId } from '../../src/extract/words.js';

describe('word ids', () => {
  it('gives a lexicon word the same id however the token is capitalised', () => {
    const id = internWord('thường trực');
    for (const text of ['thường trực', 'Thường Trực', 'THƯỜNG TRỰC']) {
      expect(tokenWordId(text, 0, text.length, text.toLowerCase())).toBe(id);
    }
    const words = [internWord('huyện'), internWord('ủy')];
    expect(tokenize('Huyện ủy').map((t) => t.id)).toEqual(words);
    expect(tokenize('HUYỆN ỦY').map((t) => t.id)).toEqual(words);
    expect(words).not.toContain(NO_WORD);
  });

  it('gives no id to a word no lexicon holds, and finds words past the table through the map', () => {
    expect(tokenize('xyzzyqua').map((t) => t.id)).toEqual([NO_WORD]);
    // Σ lower-cases by context, "…" and "–" lie outside the table, İ lower-cases to two units.
    for (const key of ['σς', '…', '–', 'i̇stanbul']) {
      const id = internWord(key);
      const text = key === 'σς' ? 'ΣΣ' : key === 'i̇stanbul' ? 'İstanbul' : key;
      expect(tokenWordId(text, 0, text.length, text.toLowerCase())).toBe(text.toLowerCase() === key ? id : wordId(text.toLowerCase()));
    }
  });

  it('keeps every id findable as the table grows', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => [`từ${i}`, internWord(`từ${i}`)] as const);
    for (const [key, id] of ids) {
      const upper = key.toUpperCase();
      expect(tokenWordId(upper, 0, upper.length, key)).toBe(id);
    }
  });
});
