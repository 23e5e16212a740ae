// formatBody and parseBodyName are inverse: every body kind the lexicon makes, on every
// type of unit, every district before the reform and a sample of communes of both
// editions, formats to a name that parses back to its kind and unit.
import { describe, expect, it } from 'vitest';
import { BODY_ENTRIES, withShortForms } from '../../src/vietnam/bodies.js';
import { formatBody, kindFits, kindInfo, kindOfEntry, parentBody, parseBodyName, PARTY_COMMITTEE, slotOf } from '../../src/vietnam/body-names.js';
import { childrenOf, parentChain, provincesOf, unitById, type Unit } from '../../src/vietnam/gazetteer/index.js';

const PARTS = BODY_ENTRIES.filter((e) => e.kind === 'committee-part');
const WHOLE = [...new Set(BODY_ENTRIES.map((e) => kindOfEntry(e)).filter((k): k is string => k !== null))];
const SLOTTED = WHOLE.filter((k) => slotOf(k) !== null);
// Parts of a Party committee, of a People's Council and of a People's Committee.
const KINDS = [...SLOTTED, ...PARTS.flatMap((p) => [PARTY_COMMITTEE, 'HĐND {unit}', 'UBND {unit}'].map((of) => kindOfEntry(p, of)!))];

const oldProvinces = provincesOf('2004');
const districts = oldProvinces.flatMap((p) => childrenOf(p.id).filter((u) => u.level === 'district'));
const newProvinces = provincesOf('2025');
const every = <T>(list: T[], n: number): T[] => list.filter((_, i) => i % n === 0);
const oldCommunes = every(districts.flatMap((d) => childrenOf(d.id)), 37);
const newCommunes = every(newProvinces.flatMap((p) => childrenOf(p.id).filter((u) => u.edition === '2025')), 11);

/** The narrowest hint that makes a unit's name unique: its district for an old commune, else its province. */
function hintsFor(unit: Unit): { province?: string; district?: string; date: string } {
  const [, ...up] = parentChain(unit.id);
  const date = unit.validFrom ?? '2020-01-01';
  const district = up.find((u) => u.level === 'district');
  const province = up.find((u) => u.level === 'province');
  return { ...(province ? { province: province.id } : {}), ...(district ? { district: district.id } : {}), date };
}

function roundTrip(units: Unit[]): string[] {
  const failures: string[] = [];
  for (const kind of KINDS) {
    for (const unit of units) {
      if (!kindFits(kind, unit.type)) continue;
      const name = formatBody(kind, unit);
      const loose = parseBodyName(name, { date: hintsFor(unit).date });
      const exact = parseBodyName(name, hintsFor(unit));
      if (loose?.kind !== kind || !loose.units.includes(unit) || exact?.kind !== kind || exact.units.length !== 1 || exact.units[0] !== unit) {
        failures.push(`${kind} × ${unit.id}: "${name}" → ${loose?.kind} [${loose?.units.map((u) => u.id).join(', ')}] / [${exact?.units.map((u) => u.id).join(', ')}]`);
      }
    }
  }
  return failures;
}

describe('format and parse, round trip', () => {
  it(`covers ${KINDS.length} body kinds and every unit type`, () => {
    const units = [...oldProvinces, ...newProvinces, ...districts, ...oldCommunes, ...newCommunes];
    const types = new Set(units.map((u) => u.type));
    expect(types.size).toBe(10);
    expect(KINDS.length).toBeGreaterThan(100);
  });

  it('on every province of both editions', () => {
    expect(roundTrip([...new Set([...oldProvinces, ...newProvinces])])).toEqual([]);
  });

  it('on every district before the reform', () => {
    expect(roundTrip(districts)).toEqual([]);
  }, 120_000);

  it('on a sample of communes before the reform and since', () => {
    expect(roundTrip([...oldCommunes, ...newCommunes])).toEqual([]);
  }, 120_000);

  it('on bodies without a unit', () => {
    for (const kind of WHOLE.filter((k) => slotOf(k) === null)) {
      expect(parseBodyName(formatBody(kind, null))?.kind).toBe(kind);
    }
  });
});

describe('canonical names', () => {
  const thanhTri = unitById('2004:020')!;
  it.each([
    ['{committee}', '2004:020', 'Huyện ủy Thanh Trì'],
    ['Ban Thường vụ {committee}', '2004:020', 'Ban Thường vụ Huyện ủy Thanh Trì'],
    ['Đảng bộ {unit}', '2004:020', 'Đảng bộ huyện Thanh Trì'],
    ['UBND {unit}', '2004:01', 'UBND thành phố Hà Nội'],
    ['{committee}', '2004:79', 'Thành ủy Thành phố Hồ Chí Minh'],
    ['UBND {unit}', '2025:79', 'UBND Thành phố Hồ Chí Minh'],
    ['{committee}', '2004:770', 'Quận ủy Quận 3'],
    ['HĐND {unit}', '2004:770', 'HĐND Quận 3'],
    ['Tỉnh đoàn {name}', '2004:51', 'Tỉnh đoàn Quảng Ngãi'],
    ['{committee}', '2025:31078', 'Đảng ủy đặc khu Phú Quốc'],
    ['Ban Pháp chế HĐND {unit}', '2004:40', 'Ban Pháp chế HĐND tỉnh Nghệ An'],
  ])('%s of %s is %s', (kind, id, name) => {
    expect(formatBody(kind, unitById(id)!)).toBe(name);
  });

  it('keeps the unit word the article wrote when it fits the level', () => {
    const phongDien = unitById('2004:476')!;
    expect(phongDien.type).toBe('thị xã');
    expect(formatBody(PARTY_COMMITTEE, phongDien)).toBe('Thị ủy Phong Điền');
    expect(formatBody(PARTY_COMMITTEE, phongDien, { word: 'huyện' })).toBe('Huyện ủy Phong Điền');
    expect(formatBody(PARTY_COMMITTEE, thanhTri, { word: 'xã' })).toBe('Huyện ủy Thanh Trì');
    expect(formatBody('UBND {unit}', null)).toBe('UBND');
    expect(formatBody(PARTY_COMMITTEE, null, { word: 'huyện' })).toBe('Huyện ủy');
  });

  it('reads the contract\'s other name of a committee and tells tone pairs apart', () => {
    expect(parseBodyName('Ban Chấp hành Đảng bộ huyện Thanh Trì')).toEqual({ kind: PARTY_COMMITTEE, units: [thanhTri] });
    expect(parseBodyName('Huyện uỷ  Thanh Trì'.normalize('NFD'))).toEqual({ kind: PARTY_COMMITTEE, units: [thanhTri] });
    expect(parseBodyName('Huyện ủy Thạnh Trị')?.units.map((u) => u.id)).toEqual(['2004:949']);
    expect(parseBodyName('Huyện ủy Châu Thành')?.units).toHaveLength(10);
    expect(parseBodyName('Huyện ủy Châu Thành', { province: 'Bến Tre' })?.units.map((u) => u.parent)).toEqual(['2004:83']);
    expect(parseBodyName('Công ty Cổ phần Sông Hồng')).toBeNull();
  });

  it('reads a name by the date: the merged province after the reform', () => {
    expect(parseBodyName('UBND tỉnh Phú Thọ', { date: '2026-03-01' })?.units.map((u) => u.id)).toEqual(['2025:25']);
    expect(parseBodyName('UBND tỉnh Phú Thọ', { date: '2019-03-01' })?.units.map((u) => u.id)).toEqual(['2004:25']);
    expect(parseBodyName('Huyện ủy Thanh Trì', { date: '2026-03-01' })?.units).toEqual([thanhTri]);
  });
});

describe('short forms of bodies\' names', () => {
  it('writes an "&" short form with "và" too ("Bộ GD và ĐT", "Sở LĐ-TB và XH")', () => {
    expect(withShortForms('Bộ Giáo dục và Đào tạo')).toEqual(expect.arrayContaining(['Bộ GD&ĐT', 'Bộ GD và ĐT', 'Bộ GD-ĐT']));
    expect(withShortForms('Sở Lao động - Thương binh và Xã hội')).toContain('Sở LĐ-TB và XH');
    expect(withShortForms('Bộ Tài chính')).toEqual(['Bộ Tài chính']);
  });
});

describe("a body's own Party organization", () => {
  it('formats and parses "Đảng bộ HĐND tỉnh X" as that body\'s, never the province\'s Đảng bộ', () => {
    const bacNinh = unitById('2025:24')!;
    const name = formatBody('Đảng bộ HĐND {unit}', bacNinh);
    expect(name).toBe('Đảng bộ HĐND tỉnh Bắc Ninh');
    expect(parseBodyName(name, { date: '2025-08-01' })).toEqual({ kind: 'Đảng bộ HĐND {unit}', units: [bacNinh] });
    expect(kindInfo('Đảng bộ HĐND {unit}')?.category).toBe('party-organization');
    expect(parentBody('Đảng bộ HĐND {unit}', bacNinh)).toEqual({ kind: 'HĐND {unit}', unit: bacNinh });
  });
});

describe('kinds', () => {
  it('gives each kind its category and its parent body', () => {
    expect(kindInfo('Ban Thường vụ {committee}')?.category).toBe('standing-committee');
    expect(kindInfo('Thường trực HĐND {unit}')?.category).toBe('people-council');
    expect(kindInfo('Ban Tổ chức {committee}')?.category).toBe('board');
    expect(kindInfo('Ban Kinh tế - Xã hội HĐND {unit}')?.category).toBe('board');
    expect(kindInfo('Bộ Chính trị')?.category).toBe('standing-committee');
    expect(kindInfo('Nonsense {unit}')).toBeNull();
    const commune = unitById('2004:00001')!;
    expect(parentBody('Ban Tổ chức {committee}', thanhTriOf())).toEqual({ kind: PARTY_COMMITTEE, unit: thanhTriOf() });
    expect(parentBody(PARTY_COMMITTEE, commune)).toEqual({ kind: 'Đảng bộ {unit}', unit: commune });
    expect(parentBody('Đảng bộ {unit}', commune)?.unit?.id).toBe('2004:001');
    expect(parentBody('Bộ Chính trị', null)).toEqual({ kind: 'Ban Chấp hành Trung ương Đảng', unit: null });
    expect(parentBody('Đoàn ĐBQH {unit}', unitById('2004:40')!)).toEqual({ kind: 'Quốc hội', unit: null });
  });
});

function thanhTriOf(): Unit {
  return unitById('2004:020')!;
}
