// The unit types table and what is derived from it.
import { describe, expect, it } from 'vitest';
import {
  COMMITTEE_WORDS,
  committeeNameOf,
  committeeWordOf,
  levelOfWord,
  partyOrganizationNameOf,
  typesOfWord,
  unitTitle,
  UNIT_TYPES,
  WRITTEN_UNIT_WORDS,
  YOUTH_UNION_WORDS,
} from '../../src/vietnam/units.js';

describe('unit types', () => {
  it('names the bodies of a unit from its type', () => {
    const thanhTri = { type: 'huyện', name: 'Thanh Trì' };
    expect([unitTitle(thanhTri), committeeNameOf(thanhTri), partyOrganizationNameOf(thanhTri)]).toEqual([
      'huyện Thanh Trì',
      'Huyện ủy Thanh Trì',
      'Đảng bộ huyện Thanh Trì',
    ]);
    expect(committeeNameOf({ type: 'thành phố trung ương', name: 'Hà Nội' })).toBe('Thành ủy Hà Nội');
    expect(committeeNameOf({ type: 'đặc khu', name: 'Phú Quốc' })).toBe('Đảng ủy đặc khu Phú Quốc');
    expect(partyOrganizationNameOf({ type: 'phường', name: 'Mông Dương' })).toBe('Đảng bộ phường Mông Dương');
  });

  it('reads written unit words and abbreviations', () => {
    expect(typesOfWord('TP')).toEqual(['thành phố trung ương', 'thành phố']);
    expect(typesOfWord('Thành phố')).toEqual(['thành phố trung ương', 'thành phố']);
    expect(typesOfWord('TX.')).toEqual(['thị xã']);
    expect(typesOfWord('làng')).toEqual([]);
    expect(new Map(WRITTEN_UNIT_WORDS).get('Tp')).toBe('TP');
    expect(new Map(WRITTEN_UNIT_WORDS).get('TX')).toBe('thị xã');
    expect([levelOfWord('xã'), levelOfWord('tỉnh'), levelOfWord('quận'), levelOfWord('đặc khu')]).toEqual(['commune', 'province', 'district', 'commune']);
    expect([committeeWordOf('TP'), committeeWordOf('thị xã'), committeeWordOf('phường')]).toEqual(['Thành ủy', 'Thị ủy', 'Đảng ủy phường']);
  });

  it('lists each committee and youth union word once, with its unit word', () => {
    expect(COMMITTEE_WORDS).toEqual([
      ['Tỉnh ủy', 'tỉnh'],
      ['Thành ủy', 'thành phố'],
      ['Quận ủy', 'quận'],
      ['Huyện ủy', 'huyện'],
      ['Thị ủy', 'thị xã'],
    ]);
    expect(YOUTH_UNION_WORDS.map(([w]) => w)).toEqual(['Tỉnh đoàn', 'Thành đoàn', 'Quận đoàn', 'Huyện đoàn', 'Thị đoàn']);
  });

  it('keeps districts out of the units after the reform and đặc khu out of those before', () => {
    const ended = UNIT_TYPES.filter((r) => 'until' in r).map((r) => r.type);
    expect(ended).toEqual(['quận', 'huyện', 'thị xã', 'thành phố', 'thị trấn']);
    expect(UNIT_TYPES.filter((r) => 'since' in r).map((r) => r.type)).toEqual(['đặc khu']);
  });
});
