import { describe, expect, it } from 'vitest';
import { describeOrganization } from '../../src/graph/organizations.js';

// [name, kind, level, place, parent]
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
  ['Thành ủy Thành phố Hồ Chí Minh', 'party-committee', 'province', 'thành phố Hồ Chí Minh', 'Đảng bộ thành phố Hồ Chí Minh'],
  ['Quận ủy Quận 3', 'party-committee', 'district', 'quận 3', 'Đảng bộ quận 3'],
  ['UBND Quận 3', 'people-committee', 'district', 'quận 3', null],
  ['Ban Kinh tế - Xã hội HĐND huyện Đô Lương', 'board', 'district', 'huyện Đô Lương', 'HĐND huyện Đô Lương'],
  ['Tỉnh đoàn Quảng Ngãi', 'front', 'province', 'tỉnh Quảng Ngãi', null],
  ['UBND phường Cẩm Thủy', 'people-committee', 'commune', 'phường Cẩm Thủy', null],
];

describe('organizations from canonical names', () => {
  it.each(CASES)('%s', (name, kind, level, place, parent) => {
    const info = describeOrganization(name);
    expect([info.kind, info.level, info.place?.name ?? null, info.parent]).toEqual([kind, level, place, parent]);
  });

  it('tells national bodies from bodies whose place the name does not give', () => {
    expect(describeOrganization('Bộ Chính trị').central).toBe(true);
    expect(describeOrganization('Bộ Y tế').central).toBe(true);
    expect(describeOrganization('Ủy ban Trung ương MTTQ Việt Nam').central).toBe(true);
    expect(describeOrganization('Huyện ủy Thanh Trì').central).toBe(false);
    const unnamed = describeOrganization('UBND huyện');
    expect([unnamed.central, unnamed.level, unnamed.place]).toEqual([false, 'district', null]);
    expect(describeOrganization('Công ty Cổ phần Sông Hồng').central).toBe(false);
  });

  it('keys names by their normalised text, so spelling variants are one body', () => {
    expect(describeOrganization('Huyện uỷ Thanh Trì').key).toBe(describeOrganization('huyện ủy  Thanh Trì').key);
    expect(describeOrganization('Ban Chấp hành Đảng bộ huyện Thanh Trì').key).toBe('huyện ủy thanh trì');
    expect(describeOrganization('BCH Đảng bộ xã Xuân Thủy').name).toBe('Đảng ủy xã Xuân Thủy');
    expect(describeOrganization('Đảng bộ huyện Thanh Trì').key).toBe('đảng bộ huyện thanh trì');
  });

  it('resolves places to gazetteer codes with their province', () => {
    const place = describeOrganization('UBND huyện Thanh Trì').place;
    expect(place?.key).toBe('020');
    expect(place?.parent?.key).toBe('01');
  });

  it('needs the article province for a district name found in several provinces', () => {
    const alone = describeOrganization('Huyện ủy Châu Thành').place;
    expect(alone?.key.startsWith('?')).toBe(true);
    const hinted = describeOrganization('Huyện ủy Châu Thành', { province: 'Bến Tre' }).place;
    expect(hinted?.parent?.name).toBe('tỉnh Bến Tre');
  });
});
