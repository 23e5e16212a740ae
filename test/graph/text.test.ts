import { describe, expect, it } from 'vitest';
import { foldSearch, keyText, normalizeText } from '../../src/graph/text.js';

describe('text forms', () => {
  it('folds accents, đ and case for search', () => {
    expect(foldSearch('Lê Tiến Nhật')).toBe('le tien nhat');
    expect(foldSearch('ĐỖ  Trung   Hai')).toBe('do trung hai');
    expect(foldSearch('Đặng Văn Triều'.normalize('NFD'))).toBe('dang van trieu');
  });

  it('keeps tone marks in keys but unifies their placement, form and case', () => {
    expect(keyText('Lê Chí Hoà')).toBe(keyText('lê chí hòa'));
    expect(keyText('Huyện uỷ Thanh Trì'.normalize('NFD'))).toBe('huyện ủy thanh trì');
    expect(keyText('Nguyễn Minh Hồng')).not.toBe(keyText('Nguyễn Minh Hùng'));
    expect(keyText('Nguyễn Thu Hà')).not.toBe(keyText('Nguyễn Thu Hạ'));
  });

  it('normalises display names without changing their case', () => {
    expect(normalizeText('  Lê   Chí Hoà ')).toBe('Lê Chí Hòa');
    expect(normalizeText('Quý')).toBe('Quý');
  });
});
