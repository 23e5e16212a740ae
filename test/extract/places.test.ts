// Gazetteer lookups against the generated registry data (GSO, as of 2025-03-01).
import { describe, expect, it } from 'vitest';
import {
  allProvinces,
  communesByName,
  communesOf,
  districtsByName,
  districtsOf,
  parentChain,
  placeByCode,
  placeCandidates,
  provinceByName,
  resolvePlace,
  splitTypeWord,
  type Place,
} from '../../src/extract/lexicon/places.js';
import { nameKey, normalizeVietnamese as normaliseTone } from '../../src/vietnam/text.js';
import { COMMUNE_ROWS, DISTRICT_ROWS, PROVINCE_ROWS } from '../../src/extract/lexicon/places-data.js';

const codes = (places: Place[]): string[] => places.map((p) => p.code).sort();

describe('counts match the source registry', () => {
  const all = allProvinces();
  const districts = all.flatMap((p) => districtsOf(p.code));
  const communes = districts.flatMap((d) => communesOf(d.code));
  const countTypes = (places: Place[]): Record<string, number> =>
    Object.fromEntries(
      [...new Set(places.map((p) => p.type))].map((t) => [t, places.filter((p) => p.type === t).length]),
    );

  it('has 63 provinces, 696 districts and 10,047 communes', () => {
    expect(all).toHaveLength(63);
    expect(districts).toHaveLength(696);
    expect(communes).toHaveLength(10047);
    const rows = (s: string): number => s.split('\n').filter((l) => l !== '').length;
    expect([rows(PROVINCE_ROWS), rows(DISTRICT_ROWS), rows(COMMUNE_ROWS)]).toEqual([63, 696, 10047]);
  });

  it('splits them by type as the registry does (two Phú Nhuận wards relabelled)', () => {
    expect(countTypes(all)).toEqual({ 'thành phố trung ương': 6, tỉnh: 57 });
    expect(countTypes(districts)).toEqual({ quận: 49, huyện: 508, 'thị xã': 52, 'thành phố': 87 });
    expect(countTypes(communes)).toEqual({ phường: 1726, 'thị trấn': 617, xã: 7704 });
    expect(placeByCode('27046')).toMatchObject({ name: '5', type: 'phường', parent: '768' });
  });

  // The index build relies on this to skip normalising names (see dataKey in places.ts).
  it('stores every name NFC, trimmed and already tone-normalised', () => {
    const bad = [...all, ...districts, ...communes].filter(
      (p) => p.name !== normaliseTone(p.name) || p.name !== p.name.normalize('NFC') || /^\s|\s$|\s\s/.test(p.name),
    );
    expect(bad).toEqual([]);
  });

  it('finds every unit by its own name', () => {
    expect(all.filter((p) => provinceByName(p.name) !== p)).toEqual([]);
    expect(districts.filter((d) => !districtsByName(d.name).includes(d))).toEqual([]);
    expect(communes.filter((c) => !communesByName(c.name).includes(c))).toEqual([]);
  });

  it('gives every level its own code length and a resolvable parent', () => {
    expect(all.every((p) => p.code.length === 2 && p.level === 'province' && p.parent === undefined)).toBe(true);
    expect(districts.every((d) => d.code.length === 3 && d.level === 'district')).toBe(true);
    expect(communes.every((c) => c.code.length === 5 && c.level === 'commune')).toBe(true);
  });
});

describe('tone placement', () => {
  it.each([
    ['Hoà Bình', 'Hòa Bình'],
    ['khoẻ', 'khỏe'],
    ['Thuỷ Nguyên', 'Thủy Nguyên'],
    ['Uỷ ban', 'Ủy ban'],
    ['HOÀ', 'HÒA'],
    ['Quý', 'Quý'],
    ['Quỳnh Lưu', 'Quỳnh Lưu'],
    ['Hoàng Mai', 'Hoàng Mai'],
    ['thuế', 'thuế'],
    ['Nguyễn', 'Nguyễn'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseTone(input)).toBe(expected);
    expect(normaliseTone(input.normalize('NFD'))).toBe(expected);
  });

  it('keys spacing and dashes alike', () => {
    expect(nameKey('Phan Rang-Tháp Chàm')).toBe(nameKey('Phan Rang - Tháp Chàm'));
    expect(nameKey('05')).toBe(nameKey('5'));
    expect(nameKey('  Thanh   Trì ')).toBe('thanh trì');
  });
});

describe('provinces', () => {
  it.each([
    ['Hà Nội', '01', 'thành phố trung ương'],
    ['Hồ Chí Minh', '79', 'thành phố trung ương'],
    ['Nghệ An', '40', 'tỉnh'],
    ['Hòa Bình', '17', 'tỉnh'],
    ['Hoà Bình', '17', 'tỉnh'],
    ['Khánh Hoà', '56', 'tỉnh'],
    ['Thanh Hoá', '38', 'tỉnh'],
    ['Bà Rịa-Vũng Tàu', '77', 'tỉnh'],
    ['Huế', '46', 'thành phố trung ương'],
  ])('%s', (name, code, type) => {
    expect(provinceByName(name)).toMatchObject({ code, type, level: 'province' });
  });

  it.each(['TP.HCM', 'TP HCM', 'TP. HCM', 'Thành phố Hồ Chí Minh', 'Sài Gòn', 'tp. Hồ Chí Minh'])(
    'alias %s is Hồ Chí Minh',
    (alias) => {
      expect(provinceByName(alias)?.code).toBe('79');
    },
  );

  it('knows Huế by its old province name and with a type word', () => {
    expect(provinceByName('Thừa Thiên Huế')?.name).toBe('Huế');
    expect(provinceByName('Thừa Thiên - Huế')?.code).toBe('46');
    expect(provinceByName('Tỉnh Nghệ An')?.code).toBe('40');
  });

  it('accepts NFD input and falls back to accent-insensitive matching', () => {
    expect(provinceByName('Đắk Lắk'.normalize('NFD'))?.code).toBe('66');
    expect(provinceByName('Dak Lak')?.code).toBe('66');
    expect(provinceByName('ha noi')?.code).toBe('01');
    expect(provinceByName('Atlantis')).toBeUndefined();
  });
});

describe('districts and communes', () => {
  it('finds districts of each type', () => {
    expect(districtsByName('Thanh Trì')).toEqual([
      { code: '020', name: 'Thanh Trì', type: 'huyện', level: 'district', parent: '01' },
    ]);
    expect(districtsByName('Ba Đình')[0]?.type).toBe('quận');
    expect(districtsByName('Thủ Đức')[0]).toMatchObject({ code: '769', type: 'thành phố', parent: '79' });
    expect(districtsByName('Thuỷ Nguyên')[0]?.code).toBe('311');
  });

  it('returns every province a district name occurs in', () => {
    const chauThanh = districtsByName('Châu Thành');
    expect(chauThanh).toHaveLength(10);
    expect(new Set(chauThanh.map((d) => d.parent)).size).toBe(10);
    expect(codes(districtsByName('Phú Tân'))).toEqual(['888', '972']);
    expect(districtsByName('Hoàng Mai').map((d) => d.type).sort()).toEqual(['quận', 'thị xã']);
  });

  it('finds a commune and its chain', () => {
    expect(communesByName('Phúc Xá')).toHaveLength(1);
    expect(parentChain('00001').map((p) => p.name)).toEqual(['Phúc Xá', 'Ba Đình', 'Hà Nội']);
    expect(parentChain('99999')).toEqual([]);
  });

  it('matches accents exactly before folding them', () => {
    const hoa = communesByName('Tân Hoà');
    expect(hoa.length).toBeGreaterThan(5);
    expect(hoa.every((c) => c.name === 'Tân Hòa')).toBe(true);
    expect(communesByName('Tân Hóa').map((c) => c.code)).toEqual(['18934']);
    const folded = codes(communesByName('Tan Hoa'));
    expect(folded).toEqual(expect.arrayContaining([...codes(hoa), '18934']));
    expect(folded.length).toBeGreaterThan(hoa.length);
  });
});

describe('resolvePlace', () => {
  it('resolves a name with its type word', () => {
    expect(resolvePlace('huyện', 'Thanh Trì')?.code).toBe('020');
    expect(resolvePlace('Huyện', 'Thanh Trì', { provinceHint: 'Hà Nội' })?.code).toBe('020');
    expect(resolvePlace('quận', 'Hoàng Mai')?.code).toBe('008');
    expect(resolvePlace('thị xã', 'Hoàng Mai')?.code).toBe('432');
    expect(resolvePlace('tỉnh', 'Hòa Bình')?.code).toBe('17');
    expect(resolvePlace('thành phố', 'Hòa Bình')?.code).toBe('148');
    expect(resolvePlace('TP', 'Hồ Chí Minh')?.code).toBe('79');
  });

  it('stays undecided on ambiguity until a hint settles it', () => {
    expect(resolvePlace('huyện', 'Châu Thành')).toBeUndefined();
    expect(placeCandidates('huyện', 'Châu Thành')).toHaveLength(10);
    const benTre = provinceByName('Bến Tre');
    const hinted = resolvePlace('huyện', 'Châu Thành', { provinceHint: 'Bến Tre' });
    expect(hinted?.parent).toBe(benTre?.code);
    expect(resolvePlace('huyện', 'Châu Thành', { provinceHint: benTre?.code })).toEqual(hinted);
    expect(resolvePlace('phường', '5')).toBeUndefined();
    expect(resolvePlace('phường', '5', { provinceHint: 'TP.HCM', districtHint: 'Phú Nhuận' })?.code).toBe('27046');
  });

  it('rejects unknown type words and type mismatches', () => {
    expect(resolvePlace('huyện', 'Ba Đình')).toBeUndefined();
    expect(placeCandidates('làng', 'Thanh Trì')).toEqual([]);
    expect(placeCandidates(null, 'Thanh Trì').map((p) => p.level)).toContain('district');
  });

  it('splits a leading type word', () => {
    expect(splitTypeWord('huyện Thanh Trì')).toEqual({ typeWord: 'huyện', name: 'Thanh Trì' });
    expect(splitTypeWord('Thị xã Hoàng Mai')).toEqual({ typeWord: 'Thị xã', name: 'Hoàng Mai' });
    expect(splitTypeWord('TP.Thủ Đức')).toEqual({ typeWord: 'TP.', name: 'Thủ Đức' });
    expect(splitTypeWord('Thanh Trì')).toBeUndefined();
  });
});
