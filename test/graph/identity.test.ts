import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { anchorOf, CENTRAL, mergeSameNames } from '../../src/graph/identity.js';
import type { GraphBatch } from '../../src/graph/model.js';
import { organizationOf } from '../../src/graph/organizations.js';
import { article, person, position } from './records.js';

function people(batch: GraphBatch): string[] {
  return batch.nodes.filter((n) => n.label === 'Person').map((n) => n.key).sort();
}

const placeOf = (org: string) => organizationOf({ name: org }).place;

describe('person identity', () => {
  it('keeps two Nguyễn Văn Hùng in different districts of one province apart', () => {
    const batch = buildGraph([
      article('a', '2022-01-01', [person('Nguyễn Văn Hùng', [position('Chủ tịch', 'UBND huyện Thanh Trì')])]),
      article('b', '2022-01-02', [person('Nguyễn Văn Hùng', [position('Chủ tịch', 'UBND huyện Mỹ Đức')])]),
    ]);
    expect(people(batch)).toEqual(['nguyễn văn hùng|2004:020', 'nguyễn văn hùng|2004:282']);
  });

  it('keeps two Nguyễn Văn Hùng in different provinces apart', () => {
    const batch = buildGraph([
      article('a', '2022-01-01', [person('Nguyễn Văn Hùng', [position('Ủy viên', 'Ban Thường vụ Thành ủy Hà Nội')])]),
      article('b', '2022-01-02', [person('Nguyễn Văn Hùng', [position('Giám đốc', 'Sở Tài chính tỉnh Nghệ An')])]),
    ]);
    expect(people(batch)).toHaveLength(2);
  });

  it('makes one node of one official across articles, bodies and spellings of the district', () => {
    const batch = buildGraph([
      article('a', '2021-01-01', [person('Lê Chí Hoà', [position('Chủ tịch', 'HĐND huyện Mỹ Đức')])]),
      article('b', '2022-01-01', [
        person('Lê Chí Hòa', [position('Ủy viên', 'Ban Thường vụ Huyện ủy Mỹ Đức'), position('Ủy viên', 'Thành ủy Hà Nội')]),
      ]),
    ]);
    expect(people(batch)).toEqual(['lê chí hòa|2004:282']);
  });

  it('at province level, merges district namesakes of one province (the alternative rule)', () => {
    const records = [
      article('a', '2022-01-01', [person('Nguyễn Văn Hùng', [position('Chủ tịch', 'UBND huyện Thanh Trì')])]),
      article('b', '2022-01-02', [person('Nguyễn Văn Hùng', [position('Chủ tịch', 'UBND huyện Mỹ Đức')])]),
    ];
    expect(people(buildGraph(records, { anchorLevel: 'province' }))).toEqual(['nguyễn văn hùng|2004:01']);
  });

  it('anchors at the most specific current body, central-only people at central', () => {
    const thanhTri = placeOf('Huyện ủy Thanh Trì');
    const haNoi = placeOf('Thành ủy Hà Nội');
    const myDuc = placeOf('Huyện ủy Mỹ Đức');
    expect(anchorOf({ positions: [{ place: haNoi, central: false, former: false }, { place: thanhTri, central: false, former: false }], organizer: null }).key).toBe('2004:020');
    expect(anchorOf({ positions: [{ place: thanhTri, central: false, former: true }, { place: haNoi, central: false, former: false }], organizer: null }).key).toBe('2004:01');
    expect(anchorOf({ positions: [{ place: null, central: true, former: false }], organizer: null })).toEqual(CENTRAL);
    // A body whose place is unknown says nothing: the organizer's place decides.
    expect(anchorOf({ positions: [{ place: null, central: false, former: false }], organizer: { key: '2004:282', caption: '' } }).key).toBe('2004:282');
    expect(anchorOf({ positions: [], organizer: { key: '2004:282', caption: 'huyện Mỹ Đức' } }).key).toBe('2004:282');
    // Two districts: the organizer's wins; without it, the smaller key, whatever the order.
    const both = [
      { place: myDuc, central: false, former: false },
      { place: thanhTri, central: false, former: false },
    ];
    expect(anchorOf({ positions: both, organizer: { key: '2004:282', caption: '' } }).key).toBe('2004:282');
    expect(anchorOf({ positions: both, organizer: null }).key).toBe('2004:020');
    expect(anchorOf({ positions: [...both].reverse(), organizer: null }).key).toBe('2004:020');
  });

  it('gives people without positions the jurisdiction of the meeting organizer', () => {
    const batch = buildGraph([
      article(
        'a',
        '2022-01-01',
        [person('Nguyễn Thị Lan', [], [['e1', 'spoke']])],
        [{ id: 'e1', kind: 'meeting', name: 'Họp', organizer: 'UBND huyện Mỹ Đức', ordinal: null, term: null, termYears: null, date: '2022-01-01' }],
      ),
    ]);
    expect(people(batch)).toEqual(['nguyễn thị lan|2004:282']);
  });

  it('merges entries with the same name within one article', () => {
    const merged = mergeSameNames([
      person('Đỗ Trung Hai', [position('Phó Bí thư Thường trực', 'Huyện ủy Mỹ Đức')], [['e1', 'chaired']], ['Câu một.']),
      person('Đỗ Trung Hai', [position('Phó Bí thư Thường trực', 'Huyện ủy Mỹ Đức', true)], [['e1', 'reported'], ['e1', 'chaired']], ['Câu hai.']),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.positions).toEqual([position('Phó Bí thư Thường trực', 'Huyện ủy Mỹ Đức', true)]);
    expect(merged[0]?.roles.map((r) => r.role)).toEqual(['chaired', 'reported']);
    expect(merged[0]?.evidence).toEqual(['Câu một.', 'Câu hai.']);
  });
});

describe('places settled by the article', () => {
  it('places a commune body in the district the article names', () => {
    const batch = buildGraph([
      article('c', '2024-01-01', [
        person('Trương Thị Mai', [position('Bí thư', 'Đảng ủy xã Xuân Thủy')]),
        person('Lý Văn Bình', [position('Bí thư', 'Huyện ủy Lệ Thủy')]),
      ]),
    ]);
    // Three communes of that name: alone, the name does not say which.
    expect(organizationOf({ name: 'Đảng ủy xã Xuân Thủy' }).place?.key.startsWith('?')).toBe(true);
    const commune = batch.edges.find((e) => e.type === 'IN' && e.from.key.startsWith('đảng ủy xã xuân thủy|'));
    expect(commune?.to.key).toMatch(/^2004:\d{5}$/);
    const mai = batch.nodes.find((n) => n.label === 'Person' && n.props.name === 'Trương Thị Mai');
    const binh = batch.nodes.find((n) => n.label === 'Person' && n.props.name === 'Lý Văn Bình');
    // The commune official anchors at the commune's district, like the district official.
    expect(mai?.key.split('|')[1]).toBe(binh?.key.split('|')[1]);
  });
});
