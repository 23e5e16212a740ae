import { describe, expect, it } from 'vitest';
import { foldAccents, nameKey, normalizeName, normalizeVietnamese, searchKey } from '../../src/vietnam/text.js';

describe('text forms', () => {
  it('folds accents, đ and case for search', () => {
    expect(searchKey('Lê Tiến Nhật')).toBe('le tien nhat');
    expect(searchKey('ĐỖ  Trung   Hai')).toBe('do trung hai');
    expect(searchKey('Đặng Văn Triều'.normalize('NFD'))).toBe('dang van trieu');
  });

  it('keeps tone marks in keys but unifies their placement, form and case', () => {
    expect(nameKey('Lê Chí Hoà')).toBe(nameKey('lê chí hòa'));
    expect(nameKey('Huyện uỷ Thanh Trì'.normalize('NFD'))).toBe('huyện ủy thanh trì');
    expect(nameKey('Nguyễn Minh Hồng')).not.toBe(nameKey('Nguyễn Minh Hùng'));
    expect(nameKey('Nguyễn Thu Hà')).not.toBe(nameKey('Nguyễn Thu Hạ'));
  });

  it('normalises display names without changing their case', () => {
    expect(normalizeName('  Lê   Chí Hoà ')).toBe('Lê Chí Hòa');
    expect(normalizeName('Quý')).toBe('Quý');
  });
});

describe('tone placement and folding', () => {
  it.each([
    ['Hoà Bình', 'Hòa Bình'],
    ['khoẻ', 'khỏe'],
    ['Thuỷ Nguyên', 'Thủy Nguyên'],
    ['Uỷ ban', 'Ủy ban'],
    ['HOÀ', 'HÒA'],
    ['Quý', 'Quý'],
    ['Quỳnh Lưu', 'Quỳnh Lưu'],
    ['Hoàng Mai', 'Hoàng Mai'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeVietnamese(input)).toBe(expected);
    expect(normalizeVietnamese(input.normalize('NFD'))).toBe(expected);
  });

  it('keys spacing, dashes and leading zeros alike', () => {
    expect(nameKey('Phan Rang-Tháp Chàm')).toBe(nameKey('Phan Rang - Tháp Chàm'));
    expect(nameKey('Phường 05')).toBe(nameKey('phường 5'));
  });

  it('tells tone pairs apart in keys and not in folds', () => {
    expect(nameKey('Thanh Trì')).not.toBe(nameKey('Thạnh Trị'));
    expect(foldAccents('Thanh Trì')).toBe(foldAccents('Thạnh Trị'));
    expect(foldAccents('  Đắk  Lắk ')).toBe('dak lak');
  });
});
