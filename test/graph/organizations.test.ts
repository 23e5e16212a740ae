import { describe, expect, it } from 'vitest';
import { organizationOf, parentOrganization, successorOrganizations } from '../../src/graph/organizations.js';

// [name, kind, level, place, parent]: records without codes, read from their names.
const CASES: ReadonlyArray<readonly [string, string, string, string | null, string | null]> = [
  ['Huyện ủy Thanh Trì', 'party-committee', 'district', 'huyện Thanh Trì', 'Đảng bộ huyện Thanh Trì'],
  ['Ban Thường vụ Huyện ủy Thanh Trì', 'standing-committee', 'district', 'huyện Thanh Trì', 'Huyện ủy Thanh Trì'],
  ['Ban Tổ chức Huyện ủy Thanh Trì', 'board', 'district', 'huyện Thanh Trì', 'Huyện ủy Thanh Trì'],
  ['Đảng bộ huyện Thanh Trì', 'party-organization', 'district', 'huyện Thanh Trì', 'Đảng bộ thành phố Hà Nội'],
  ['Quận ủy Nam Từ Liêm', 'party-committee', 'district', 'quận Nam Từ Liêm', 'Đảng bộ quận Nam Từ Liêm'],
  ['Thành ủy Hà Nội', 'party-committee', 'province', 'thành phố Hà Nội', 'Đảng bộ thành phố Hà Nội'],
  ['Thành ủy Thanh Hóa', 'party-committee', 'district', 'thành phố Thanh Hóa', 'Đảng bộ thành phố Thanh Hóa'],
  ['UBND huyện Mỹ Đức', 'people-committee', 'district', 'huyện Mỹ Đức', null],
  ['HĐND thành phố Hà Nội', 'people-council', 'province', 'thành phố Hà Nội', null],
  ['Thường trực HĐND huyện Mỹ Đức', 'people-council', 'district', 'huyện Mỹ Đức', 'HĐND huyện Mỹ Đức'],
  ['Ủy ban MTTQ Việt Nam thành phố Hà Nội', 'front', 'province', 'thành phố Hà Nội', null],
  ['Bộ Tư lệnh Thủ đô Hà Nội', 'command', 'province', 'thành phố Hà Nội', null],
  ['Sở Tài chính tỉnh Nghệ An', 'department', 'province', 'tỉnh Nghệ An', null],
  ['Đoàn ĐBQH tỉnh Nghệ An', 'delegation', 'province', 'tỉnh Nghệ An', 'Quốc hội'],
  ['UBND thị xã Sơn Tây', 'people-committee', 'district', 'thị xã Sơn Tây', null],
  ['Ban Chấp hành Trung ương Đảng', 'party-committee', 'central', null, null],
  ['Bộ Chính trị', 'standing-committee', 'central', null, 'Ban Chấp hành Trung ương Đảng'],
  ['Quốc hội', 'assembly', 'central', null, null],
  ['Chính phủ', 'government', 'central', null, null],
  ['Bộ Y tế', 'department', 'central', null, null],
  ['Thành ủy Thành phố Hồ Chí Minh', 'party-committee', 'province', 'thành phố Hồ Chí Minh', 'Đảng bộ Thành phố Hồ Chí Minh'],
  ['Quận ủy Quận 3', 'party-committee', 'district', 'quận 3', 'Đảng bộ Quận 3'],
  ['UBND Quận 3', 'people-committee', 'district', 'quận 3', null],
  ['Ban Kinh tế - Xã hội HĐND huyện Đô Lương', 'board', 'district', 'huyện Đô Lương', 'HĐND huyện Đô Lương'],
  ['Tỉnh đoàn Quảng Ngãi', 'front', 'province', 'tỉnh Quảng Ngãi', null],
  ['UBND phường Cẩm Thủy', 'people-committee', 'commune', 'phường Cẩm Thủy', null],
];

describe('organizations read from canonical names', () => {
  it.each(CASES)('%s', (name, kind, level, place, parent) => {
    const info = organizationOf({ name });
    expect([info.category, info.level, info.place?.name ?? null, parentOrganization(info)?.name ?? null]).toEqual([kind, level, place, parent]);
  });

  it('tells national bodies from bodies whose place the name does not give', () => {
    expect(organizationOf({ name: 'Bộ Chính trị' }).central).toBe(true);
    expect(organizationOf({ name: 'Bộ Y tế' }).central).toBe(true);
    expect(organizationOf({ name: 'Ủy ban Trung ương MTTQ Việt Nam' }).central).toBe(true);
    expect(organizationOf({ name: 'Huyện ủy Thanh Trì' }).central).toBe(false);
    const unnamed = organizationOf({ name: 'UBND huyện' });
    expect([unnamed.central, unnamed.level, unnamed.place, unnamed.category]).toEqual([false, 'district', null, 'people-committee']);
    const unknown = organizationOf({ name: 'Công ty Cổ phần Sông Hồng' });
    expect([unknown.central, unknown.category, unknown.kind]).toEqual([false, 'other', null]);
  });

  it('keys a body by its kind and unit: spelling variants are one body, tone pairs and namesakes are not', () => {
    expect(organizationOf({ name: 'Huyện uỷ Thanh Trì' }).key).toBe(organizationOf({ name: 'huyện ủy  Thanh Trì' }).key);
    expect(organizationOf({ name: 'Ban Chấp hành Đảng bộ huyện Thanh Trì' }).key).toBe('huyện ủy thanh trì|2004:020');
    expect(organizationOf({ name: 'BCH Đảng bộ xã Xuân Thủy' }).name).toBe('Đảng ủy xã Xuân Thủy');
    expect(organizationOf({ name: 'Huyện ủy Thạnh Trị' }).key).toBe('huyện ủy thạnh trị|2004:949');
    const benTre = organizationOf({ name: 'Huyện ủy Châu Thành' }, { province: 'Bến Tre' });
    const tienGiang = organizationOf({ name: 'Huyện ủy Châu Thành' }, { province: 'Tiền Giang' });
    expect(benTre.key).not.toBe(tienGiang.key);
    expect([benTre.place?.parent?.name, tienGiang.place?.parent?.name]).toEqual(['tỉnh Bến Tre', 'tỉnh Tiền Giang']);
  });

  it('leaves a district name found in several provinces unresolved without the article province', () => {
    const alone = organizationOf({ name: 'Huyện ủy Châu Thành' });
    expect([alone.key, alone.place?.key, alone.unit]).toEqual(['huyện ủy châu thành', '?huyện châu thành', null]);
  });

  it('reads a name by the article date: the merged province after the reform', () => {
    expect(organizationOf({ name: 'UBND tỉnh Phú Thọ' }, { date: '2026-02-01' }).key).toBe('ubnd tỉnh phú thọ|2025:25');
    expect(organizationOf({ name: 'UBND tỉnh Phú Thọ' }, { date: '2024-02-01' }).key).toBe('ubnd tỉnh phú thọ|2004:25');
  });
});

describe('organizations from the kind and unit the extractor resolved', () => {
  it('builds the node from them, whatever the name says', () => {
    const info = organizationOf({ name: 'Huyện ủy Phong Điền', kind: '{committee}', unit: '2004:476' });
    expect([info.key, info.name, info.category, info.place?.parent?.name]).toEqual(['thị ủy phong điền|2004:476', 'Thị ủy Phong Điền', 'party-committee', 'thành phố Huế']);
    const fixed = organizationOf({ name: 'Bộ Chính trị', kind: 'Bộ Chính trị' });
    expect([fixed.key, fixed.central]).toEqual(['bộ chính trị', true]);
  });

  it('gives a body of a unit that ended with the reform its validity, and its successors', () => {
    const district = organizationOf({ name: 'Huyện ủy Thanh Trì', kind: '{committee}', unit: '2004:020' });
    expect(district.unit?.validUntil).toBe('2025-07-01');
    expect(successorOrganizations(district)).toEqual([]);
    const vinhPhuc = organizationOf({ name: 'Tỉnh ủy Vĩnh Phúc', kind: '{committee}', unit: '2004:26' });
    expect(successorOrganizations(vinhPhuc).map((s) => [s.organization.name, s.organization.key, s.date])).toEqual([
      ['Tỉnh ủy Phú Thọ', 'tỉnh ủy phú thọ|2025:25', '2025-07-01'],
    ]);
    const commune = organizationOf({ name: 'Đảng ủy phường Phúc Xá', kind: '{committee}', unit: '2004:00001' });
    expect(successorOrganizations(commune).map((s) => s.organization.name)).toEqual(['Đảng ủy phường Hồng Hà']);
  });
});
