// The gazetteer of both editions against the generated registry data: the units before
// the reform (GSO, as of 2025-03-01) and since 2025-07-01, with the conversion.
import { describe, expect, it } from 'vitest';
import {
  childrenOf,
  gazetteerBuildMs,
  parentChain,
  predecessorsOf,
  provinceNamed,
  provincesOf,
  resolveUnit,
  splitTypeWord,
  successorsOf,
  unitById,
  unitCandidates,
  unitsNamed,
  type Unit,
} from '../../src/vietnam/gazetteer/index.js';
import { normalizeVietnamese } from '../../src/vietnam/text.js';

const ids = (units: Unit[]): string[] => units.map((u) => u.id).sort();
const countTypes = (units: Unit[]): Record<string, number> =>
  Object.fromEntries([...new Set(units.map((u) => u.type))].map((t) => [t, units.filter((u) => u.type === t).length]));

const oldProvinces = provincesOf('2004');
const districts = oldProvinces.flatMap((p) => childrenOf(p.id).filter((u) => u.edition === '2004'));
const oldCommunes = districts.flatMap((d) => childrenOf(d.id));
const newProvinces = provincesOf('2025');
const newCommunes = newProvinces.flatMap((p) => childrenOf(p.id).filter((u) => u.edition === '2025'));
const all = [...new Set([...oldProvinces, ...districts, ...oldCommunes, ...newProvinces, ...newCommunes])];

describe('counts match the source registries', () => {
  it('has 63 provinces, 696 districts and 10,047 communes before the reform', () => {
    expect([oldProvinces.length, districts.length, oldCommunes.length]).toEqual([63, 696, 10047]);
    expect(countTypes(oldProvinces)).toEqual({ 'thành phố trung ương': 6, tỉnh: 57 });
    expect(countTypes(districts)).toEqual({ quận: 49, huyện: 508, 'thị xã': 52, 'thành phố': 87 });
    expect(countTypes(oldCommunes)).toEqual({ phường: 1726, 'thị trấn': 617, xã: 7704 });
    expect(unitById('2004:27046')).toMatchObject({ name: '5', type: 'phường', parent: '2004:768' });
  });

  it('has 34 provinces and 3,321 communes, wards and special zones since, 11 provinces unchanged', () => {
    expect(newProvinces).toHaveLength(34);
    expect(countTypes(newProvinces)).toEqual({ 'thành phố trung ương': 6, tỉnh: 28 });
    expect(newCommunes).toHaveLength(3321);
    expect(countTypes(newCommunes)).toEqual({ xã: 2621, phường: 687, 'đặc khu': 13 });
    const unchanged = newProvinces.filter((p) => p.edition === '2004');
    expect(unchanged.map((p) => p.name).sort()).toEqual(
      ['Cao Bằng', 'Hà Nội', 'Hà Tĩnh', 'Huế', 'Lai Châu', 'Lạng Sơn', 'Nghệ An', 'Quảng Ninh', 'Sơn La', 'Thanh Hóa', 'Điện Biên'].sort(),
    );
  });

  it('stores every name NFC, trimmed and already tone-normalised', () => {
    const bad = all.filter((u) => u.name !== normalizeVietnamese(u.name) || /^\s|\s$|\s\s/.test(u.name));
    expect(bad).toEqual([]);
  });

  it('finds every unit by its own name and id, with its edition in the id', () => {
    expect(all.filter((u) => !unitsNamed(u.level, u.name).concat(unitsNamed(u.level, u.name, '2026-01-01')).includes(u))).toEqual([]);
    expect(all.filter((u) => unitById(u.id) !== u || u.id !== `${u.edition}:${u.code}`)).toEqual([]);
  });

  it('gives every level its own code length, a resolvable parent and its validity', () => {
    expect(districts.every((d) => d.code.length === 3 && d.level === 'district' && d.validUntil === '2025-07-01')).toBe(true);
    expect([...oldCommunes, ...newCommunes].every((c) => c.code.length === 5 && c.level === 'commune' && unitById(c.parent ?? '') !== undefined)).toBe(true);
    expect(newCommunes.every((c) => c.validFrom === '2025-07-01' && c.validUntil === null)).toBe(true);
    expect(unitById('2004:01')).toMatchObject({ validFrom: null, validUntil: null });
    expect(unitById('2004:25')).toMatchObject({ name: 'Phú Thọ', validUntil: '2025-07-01' });
    expect(unitById('2025:25')).toMatchObject({ name: 'Phú Thọ', validFrom: '2025-07-01' });
  });
});

describe('provinces', () => {
  it.each([
    ['Hà Nội', '2004:01', 'thành phố trung ương'],
    ['Hồ Chí Minh', '2004:79', 'thành phố trung ương'],
    ['Nghệ An', '2004:40', 'tỉnh'],
    ['Hoà Bình', '2004:17', 'tỉnh'],
    ['Khánh Hoà', '2004:56', 'tỉnh'],
    ['Bà Rịa-Vũng Tàu', '2004:77', 'tỉnh'],
    ['Huế', '2004:46', 'thành phố trung ương'],
  ])('%s', (name, id, type) => {
    expect(provinceNamed(name)).toMatchObject({ id, type, level: 'province' });
  });

  it.each(['TP.HCM', 'TP HCM', 'TP. HCM', 'TPHCM', 'Thành phố Hồ Chí Minh', 'Sài Gòn', 'tp. Hồ Chí Minh'])('spelling %s is Hồ Chí Minh, old or merged by date', (spelling) => {
    expect(provinceNamed(spelling)?.id).toBe('2004:79');
    expect(provinceNamed(spelling, '2025-09-02')?.id).toBe('2025:79');
  });

  it('reads a name by the date: the merged Phú Thọ from 2025-07-01, the old one before', () => {
    expect(provinceNamed('Phú Thọ', '2024-05-01')?.id).toBe('2004:25');
    expect(provinceNamed('Phú Thọ', '2026-01-10')?.id).toBe('2025:25');
    expect(provinceNamed('Vĩnh Phúc', '2026-01-10')?.id).toBe('2004:26');
    expect(provinceNamed('Hà Nội', '2026-01-10')?.id).toBe('2004:01');
  });

  it('knows Huế by its old province name and a province with its type word', () => {
    expect(provinceNamed('Thừa Thiên Huế')?.name).toBe('Huế');
    expect(provinceNamed('Thừa Thiên - Huế')?.id).toBe('2004:46');
    expect(provinceNamed('Tỉnh Nghệ An')?.id).toBe('2004:40');
  });

  it('accepts NFD input and falls back to accent-insensitive matching', () => {
    expect(provinceNamed('Đắk Lắk'.normalize('NFD'))?.id).toBe('2004:66');
    expect(provinceNamed('Dak Lak')?.id).toBe('2004:66');
    expect(provinceNamed('ha noi')?.id).toBe('2004:01');
    expect(provinceNamed('Atlantis')).toBeUndefined();
  });
});

describe('districts and communes', () => {
  it('finds districts of each type', () => {
    expect(unitsNamed('district', 'Thanh Trì').map((u) => [u.id, u.type, u.parent])).toEqual([['2004:020', 'huyện', '2004:01']]);
    expect(unitsNamed('district', 'Thủ Đức')[0]).toMatchObject({ id: '2004:769', type: 'thành phố', parent: '2004:79' });
    expect(unitsNamed('district', 'Thuỷ Nguyên')[0]?.id).toBe('2004:311');
  });

  it('reads either apostrophe in a name: the registry\'s "Ea H’Leo" is the press\'s "Ea H\'leo"', () => {
    expect(ids(unitsNamed('commune', "Ea H'leo", '2025-08-14'))).toEqual(['2025:24184']);
    expect(ids(unitsNamed('commune', 'Ea H’Leo', '2025-08-14'))).toEqual(['2025:24184']);
    expect(ids(unitsNamed('commune', "Ea H'leo", '2017-05-01'))).toEqual(['2004:24184']);
  });

  it('returns every province a district name occurs in', () => {
    const chauThanh = unitsNamed('district', 'Châu Thành');
    expect(chauThanh).toHaveLength(10);
    expect(new Set(chauThanh.map((d) => d.parent)).size).toBe(10);
    expect(ids(unitsNamed('district', 'Phú Tân'))).toEqual(['2004:888', '2004:972']);
  });

  it('tells tone pairs apart and folds only when nothing matches exactly', () => {
    expect(ids(unitsNamed('district', 'Thanh Trì'))).toEqual(['2004:020']);
    expect(unitsNamed('district', 'Thạnh Trị').map((u) => u.parent)).toEqual(['2004:94']);
    const hoa = unitsNamed('commune', 'Tân Hoà');
    expect(hoa.length).toBeGreaterThan(5);
    expect(hoa.every((c) => c.name === 'Tân Hòa')).toBe(true);
    expect(ids(unitsNamed('commune', 'Tân Hóa'))).toEqual(['2004:18934']);
    expect(unitsNamed('commune', 'Tan Hoa').length).toBeGreaterThan(hoa.length);
  });

  it('finds a commune and its chain', () => {
    expect(parentChain('2004:00001').map((u) => u.name)).toEqual(['Phúc Xá', 'Ba Đình', 'Hà Nội']);
    expect(parentChain('2025:00004').map((u) => u.name)).toEqual(['Ba Đình', 'Hà Nội']);
    expect(parentChain('2004:99999')).toEqual([]);
  });

  it('prefers the wards in force on the date', () => {
    const now = unitsNamed('commune', 'Mông Dương', '2025-08-01');
    expect(now.map((u) => [u.edition, u.type, parentChain(u.id).at(-1)?.name])).toEqual([['2025', 'phường', 'Quảng Ninh']]);
    expect(unitsNamed('commune', 'Mông Dương', '2020-08-01').every((u) => u.edition === '2004')).toBe(true);
  });
});

describe('resolveUnit', () => {
  it('resolves a name with its type word', () => {
    expect(resolveUnit('huyện', 'Thanh Trì')?.id).toBe('2004:020');
    expect(resolveUnit('Huyện', 'Thanh Trì', { province: 'Hà Nội' })?.id).toBe('2004:020');
    expect(resolveUnit('quận', 'Hoàng Mai')?.id).toBe('2004:008');
    expect(resolveUnit('thị xã', 'Hoàng Mai')?.id).toBe('2004:432');
    expect(resolveUnit('tỉnh', 'Hòa Bình')?.id).toBe('2004:17');
    expect(resolveUnit('thành phố', 'Hòa Bình')?.id).toBe('2004:148');
    expect(resolveUnit('TP', 'Hồ Chí Minh')?.id).toBe('2004:79');
    expect(resolveUnit('đặc khu', 'Phú Quốc')?.id).toBe('2025:31078');
  });

  it('stays undecided on ambiguity until a hint settles it', () => {
    expect(resolveUnit('huyện', 'Châu Thành')).toBeUndefined();
    expect(unitCandidates('huyện', 'Châu Thành')).toHaveLength(10);
    const benTre = provinceNamed('Bến Tre');
    const hinted = resolveUnit('huyện', 'Châu Thành', { province: 'Bến Tre' });
    expect(hinted?.parent).toBe(benTre?.id);
    expect(resolveUnit('huyện', 'Châu Thành', { province: benTre?.id })).toEqual(hinted);
    expect(resolveUnit('phường', '5')).toBeUndefined();
    expect(resolveUnit('phường', '5', { province: 'TP.HCM', district: 'Phú Nhuận' })?.id).toBe('2004:27046');
  });

  it('rejects unknown type words and type mismatches', () => {
    expect(resolveUnit('huyện', 'Ba Đình')).toBeUndefined();
    expect(unitCandidates('làng', 'Thanh Trì')).toEqual([]);
    expect(unitCandidates(null, 'Thanh Trì').map((u) => u.level)).toContain('district');
  });

  it('splits a leading type word', () => {
    expect(splitTypeWord('huyện Thanh Trì')).toEqual({ typeWord: 'huyện', name: 'Thanh Trì' });
    expect(splitTypeWord('Thị xã Hoàng Mai')).toEqual({ typeWord: 'Thị xã', name: 'Hoàng Mai' });
    expect(splitTypeWord('TP.Thủ Đức')).toEqual({ typeWord: 'TP.', name: 'Thủ Đức' });
    expect(splitTypeWord('Thanh Trì')).toBeUndefined();
  });
});

describe('the reform', () => {
  it('leads each old commune to its new one(s), and back', () => {
    expect(successorsOf('2004:00001').map((s) => [s.unit.id, s.unit.name, s.date, s.partly])).toEqual([['2025:00097', 'Hồng Hà', '2025-07-01', false]]);
    expect(successorsOf('2004:00007').map((s) => s.unit.id)).toEqual(['2025:00008', '2025:00025']);
    expect(successorsOf('2004:00007').every((s) => s.partly)).toBe(true);
    expect(ids(predecessorsOf('2025:00097'))).toContain('2004:00001');
  });

  it('leads an old province to the merged one; dissolved districts and unchanged provinces have none', () => {
    expect(successorsOf('2004:26').map((s) => s.unit.id)).toEqual(['2025:25']);
    expect(ids(predecessorsOf('2025:25'))).toEqual(['2004:17', '2004:25', '2004:26']);
    expect(successorsOf('2004:020')).toEqual([]);
    expect(successorsOf('2004:01')).toEqual([]);
  });

  it('builds its indexes in reasonable time', () => {
    const ms = gazetteerBuildMs();
    expect(ms.index).toBeGreaterThan(0);
    expect(ms.folded).toBeGreaterThan(0);
  });
});
