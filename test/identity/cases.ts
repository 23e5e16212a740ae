// Multi-article identity cases written for the tests (names, bodies and dates made
// up, places real): each person entry says who it truly is (`who`), so resolution
// can be scored: a true person over several Person nodes is a split, a Person node
// holding two true people a false merge. `people` is what resolution should answer
// where the articles leave no doubt; where they do, it keeps the namesakes apart.
import type { ArticleRecord, EventRecord, PersonRecord, PositionRecord, Role } from '../../src/extract/contract.js';

export interface Entry {
  who: string;
  name: string;
  posts: Array<[title: string, organization: string, former?: boolean]>;
  roles?: Array<[event: string, role: Role]>;
}

export interface CaseArticle {
  id: string;
  date: string | null;
  people: Entry[];
  events?: EventRecord[];
}

export interface IdentityCase {
  name: string;
  articles: CaseArticle[];
  /** The Person nodes resolution should make, as groups of `who` labels (a label split on purpose appears in several). */
  people: string[][];
}

export function meeting(organizer: string | null, kind: EventRecord['kind'], date: string | null, ordinal: number | null = null, term: string | null = null): EventRecord {
  const what = kind === 'conference' ? 'Hội nghị' : kind === 'congress' ? 'Đại hội' : kind === 'session' ? 'Kỳ họp' : 'Cuộc họp';
  return { id: 'e1', kind, name: `${what}${ordinal === null ? '' : ` lần thứ ${ordinal}`} ${organizer ?? ''}`.trim(), organizer, ordinal, term, termYears: null, date };
}

function personRecord(e: Entry): PersonRecord {
  const positions: PositionRecord[] = e.posts.map(([title, organization, former]) => ({ title, organization, former: former ?? false }));
  const sentence = `${e.name}, ${e.posts.map(([t, o, f]) => `${f ? 'nguyên ' : ''}${t} ${o}`).join(', ')}.`;
  return { name: e.name, positions, roles: (e.roles ?? []).map(([event, role]) => ({ event, role })), evidence: [sentence] };
}

export function recordsOf(c: IdentityCase): ArticleRecord[] {
  return c.articles.map((a) => ({
    article: { id: `${c.name.replace(/\W+/g, '-')}-${a.id}`, title: `Bài ${a.id}`, published: a.date, author: null },
    events: a.events ?? [],
    people: a.people.map(personRecord),
  }));
}

/** For each record's person entry, in order, its true identity. */
export function truthOf(c: IdentityCase): string[][] {
  return c.articles.map((a) => a.people.map((p) => `${c.name}/${p.who}`));
}

export const CASES: IdentityCase[] = [
  {
    name: 'career from district to province',
    articles: [
      { id: 'a', date: '2016-04-10', people: [{ who: 'H', name: 'Nguyễn Văn Hùng', posts: [['Bí thư', 'Huyện ủy Thanh Trì'], ['Ủy viên', 'Thành ủy Hà Nội']] }] },
      { id: 'b', date: '2019-08-20', people: [{ who: 'H', name: 'Nguyễn Văn Hùng', posts: [['Phó Chủ tịch', 'UBND thành phố Hà Nội']] }] },
      { id: 'c', date: '2022-01-05', people: [{ who: 'H', name: 'Nguyễn Văn Hùng', posts: [['Phó Bí thư', 'Thành ủy Hà Nội']] }] },
    ],
    people: [['H']],
  },
  {
    name: 'a district secretary becomes secretary of a new commune',
    articles: [
      { id: 'a', date: '2024-05-10', people: [{ who: 'T', name: 'Trần Quốc Toản', posts: [['Bí thư', 'Huyện ủy Ba Vì']] }] },
      { id: 'b', date: '2025-09-15', people: [{ who: 'T', name: 'Trần Quốc Toản', posts: [['Bí thư', 'Đảng ủy xã Cổ Đô']] }] },
    ],
    people: [['T']],
  },
  {
    name: 'a vice-chairman of a province merged into another',
    articles: [
      { id: 'a', date: '2024-03-01', people: [{ who: 'L', name: 'Lê Thị Thu Hằng', posts: [['Phó Chủ tịch', 'UBND tỉnh Vĩnh Phúc']] }] },
      { id: 'b', date: '2025-10-02', people: [{ who: 'L', name: 'Lê Thị Thu Hằng', posts: [['Phó Chủ tịch', 'UBND tỉnh Phú Thọ']] }] },
    ],
    people: [['L']],
  },
  {
    name: 'two namesakes in one article',
    articles: [
      {
        id: 'a',
        date: '2021-03-02',
        people: [
          { who: 'BaVi', name: 'Nguyễn Văn Hùng', posts: [['Bí thư', 'Huyện ủy Ba Vì']] },
          { who: 'GiaLam', name: 'Nguyễn Văn Hùng', posts: [['Phó Chủ tịch', 'UBND huyện Gia Lâm']] },
        ],
      },
      { id: 'b', date: '2021-06-01', people: [{ who: 'BaVi', name: 'Nguyễn Văn Hùng', posts: [['Bí thư', 'Huyện ủy Ba Vì']] }] },
      { id: 'c', date: '2022-07-01', people: [{ who: 'GiaLam', name: 'Nguyễn Văn Hùng', posts: [['Chủ tịch', 'UBND huyện Gia Lâm']] }] },
    ],
    people: [['BaVi'], ['GiaLam']],
  },
  {
    name: 'two namesakes in one district holding different posts at the same time',
    articles: [
      { id: 'a', date: '2022-03-01', people: [{ who: 'Gov', name: 'Phạm Văn Nam', posts: [['Phó Chủ tịch', 'UBND huyện Mỹ Đức']] }] },
      { id: 'b', date: '2022-03-10', people: [{ who: 'Org', name: 'Phạm Văn Nam', posts: [['Trưởng ban', 'Ban Tổ chức Huyện ủy Mỹ Đức']] }] },
      { id: 'c', date: '2022-09-01', people: [{ who: 'Gov', name: 'Phạm Văn Nam', posts: [['Chủ tịch', 'UBND huyện Mỹ Đức']] }] },
      { id: 'd', date: '2022-10-05', people: [{ who: 'Org', name: 'Phạm Văn Nam', posts: [['Trưởng ban', 'Ban Tổ chức Huyện ủy Mỹ Đức']] }] },
    ],
    people: [['Gov'], ['Org']],
  },
  {
    name: 'namesakes in different provinces, one known only by a central title',
    articles: [
      { id: 'a', date: '2018-05-01', people: [{ who: 'NgheAn', name: 'Hoàng Văn Thắng', posts: [['Bí thư', 'Tỉnh ủy Nghệ An']] }] },
      { id: 'b', date: '2018-06-01', people: [{ who: 'BinhDinh', name: 'Hoàng Văn Thắng', posts: [['Phó Chủ tịch', 'UBND tỉnh Bình Định']] }] },
      { id: 'c', date: '2021-04-01', people: [{ who: 'NgheAn', name: 'Hoàng Văn Thắng', posts: [['Thứ trưởng', 'Bộ Công Thương']] }] },
    ],
    // Either provincial namesake may have gone on to the ministry: the central post stays apart.
    people: [['NgheAn'], ['BinhDinh'], ['NgheAn']],
  },
  {
    name: 'a provincial official later in a central post',
    articles: [
      { id: 'a', date: '2017-05-01', people: [{ who: 'D', name: 'Đặng Quốc Khánh', posts: [['Chủ tịch', 'UBND tỉnh Hà Giang']] }] },
      { id: 'b', date: '2023-02-01', people: [{ who: 'D', name: 'Đặng Quốc Khánh', posts: [['Bộ trưởng', 'Bộ Tài nguyên và Môi trường']] }] },
    ],
    people: [['D']],
  },
  {
    name: 'namesakes in two districts of one province, years apart',
    articles: [
      { id: 'a', date: '2018-02-01', people: [{ who: 'ThanhTri', name: 'Nguyễn Văn Hải', posts: [['Chủ tịch', 'UBND huyện Thanh Trì']] }] },
      { id: 'b', date: '2020-11-01', people: [{ who: 'MyDuc', name: 'Nguyễn Văn Hải', posts: [['Chủ tịch', 'UBND huyện Mỹ Đức']] }] },
    ],
    people: [['ThanhTri'], ['MyDuc']],
  },
  {
    name: 'a former post named in a later article links two provinces',
    articles: [
      { id: 'a', date: '2015-03-01', people: [{ who: 'V', name: 'Vũ Đức Thọ', posts: [['Bí thư', 'Huyện ủy Mỹ Đức']] }] },
      { id: 'b', date: '2020-06-01', people: [{ who: 'V', name: 'Vũ Đức Thọ', posts: [['Bí thư', 'Huyện ủy Mỹ Đức', true], ['Giám đốc', 'Sở Nội vụ tỉnh Nghệ An']] }] },
      { id: 'c', date: '2021-06-01', people: [{ who: 'V', name: 'Vũ Đức Thọ', posts: [['Giám đốc', 'Sở Nội vụ tỉnh Nghệ An']] }] },
    ],
    people: [['V']],
  },
  {
    name: 'one meeting reported twice, one reporter naming no post',
    articles: [
      {
        id: 'a',
        date: '2021-04-02',
        events: [meeting('Huyện ủy Thanh Trì', 'conference', '2021-04-02', 5, 'XXIV')],
        people: [{ who: 'P', name: 'Đỗ Thị Phương', posts: [['Trưởng ban', 'Ban Dân vận Huyện ủy Thanh Trì']], roles: [['e1', 'reported']] }],
      },
      {
        id: 'b',
        date: '2021-04-03',
        events: [meeting('Huyện ủy Thanh Trì', 'conference', '2021-04-02', 5, 'XXIV')],
        people: [{ who: 'P', name: 'Đỗ Thị Phương', posts: [], roles: [['e1', 'spoke']] }],
      },
    ],
    people: [['P']],
  },
  {
    name: 'named without a post at a meeting of the district they serve',
    articles: [
      {
        id: 'a',
        date: '2019-09-09',
        events: [meeting('UBND huyện Ba Vì', 'meeting', '2019-09-09')],
        people: [{ who: 'K', name: 'Kiều Văn Lâm', posts: [], roles: [['e1', 'spoke']] }],
      },
      { id: 'b', date: '2019-12-01', people: [{ who: 'K', name: 'Kiều Văn Lâm', posts: [['Chủ tịch', 'UBND xã Ba Trại']] }] },
    ],
    people: [['K']],
  },
  {
    name: 'a body named without its place in an article about its province',
    articles: [
      {
        id: 'a',
        date: '2020-10-10',
        people: [
          { who: 'Q', name: 'Lương Văn Quý', posts: [['Phó Bí thư', 'Tỉnh ủy']] },
          { who: 'X', name: 'Mai Thị Xuân', posts: [['Chủ tịch', 'UBND tỉnh Nghệ An']] },
        ],
      },
      { id: 'b', date: '2021-01-15', people: [{ who: 'Q', name: 'Lương Văn Quý', posts: [['Phó Bí thư', 'Tỉnh ủy Nghệ An']] }] },
    ],
    people: [['Q'], ['X']],
  },
  {
    name: 'a deputy promoted within one body',
    articles: [
      { id: 'a', date: '2016-01-20', people: [{ who: 'C', name: 'Chu Minh Đức', posts: [['Phó Chủ tịch', 'HĐND huyện Gia Lâm']] }] },
      { id: 'b', date: '2021-06-30', people: [{ who: 'C', name: 'Chu Minh Đức', posts: [['Chủ tịch', 'HĐND huyện Gia Lâm'], ['Phó Bí thư', 'Huyện ủy Gia Lâm']] }] },
      { id: 'c', date: '2023-03-03', people: [{ who: 'C', name: 'Chu Minh Đức', posts: [['Phó Bí thư', 'Huyện ủy Gia Lâm']] }] },
    ],
    people: [['C']],
  },
  {
    name: 'a commune chairman becomes a district official',
    articles: [
      { id: 'a', date: '2015-08-08', people: [{ who: 'B', name: 'Bùi Văn Bình', posts: [['Chủ tịch', 'UBND xã Ba Trại']] }] },
      { id: 'b', date: '2019-05-05', people: [{ who: 'B', name: 'Bùi Văn Bình', posts: [['Phó Chủ tịch', 'UBND huyện Ba Vì']] }] },
    ],
    people: [['B']],
  },
];
