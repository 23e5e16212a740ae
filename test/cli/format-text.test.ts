// The --format text summary: every contract field a reader needs is there,
// former titles are marked, roles name their event when there are several.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, PersonRecord } from '../../src/extract/contract.js';
import { formatArticleText } from '../../src/cli/format-text.js';

const KHANH: PersonRecord = {
  name: 'Trần Văn Khánh',
  positions: [
    { title: 'Chủ tịch', organization: 'HĐND tỉnh Nghệ An', former: false },
    { title: 'Giám đốc', organization: 'Sở Tài chính tỉnh Nghệ An', former: true },
  ],
  roles: [{ event: 'e1', role: 'chaired' }, { event: 'e2', role: 'spoke' }],
  evidence: ['Chủ tịch HĐND tỉnh Trần Văn Khánh chủ trì kỳ họp.'],
};

const RECORD: ArticleRecord = {
  article: { id: 'nghe-an-01', title: 'Kỳ họp thứ 12 HĐND tỉnh Nghệ An khóa XVIII', published: '2023-07-12', author: 'Hoài Thu' },
  events: [
    { id: 'e1', kind: 'session', name: 'Kỳ họp thứ 12 HĐND tỉnh Nghệ An khóa XVIII', organizer: 'HĐND tỉnh Nghệ An', ordinal: 12, term: 'XVIII', termYears: '2021-2026', date: '2023-07-11' },
    { id: 'e2', kind: 'meeting', name: 'Phiên chất vấn', organizer: null, ordinal: null, term: null, termYears: null, date: null },
  ],
  people: [
    KHANH,
    { name: 'Lê Thị Loan', positions: [], roles: [], evidence: [] },
  ],
};

describe('formatArticleText', () => {
  it('writes the article, its events and its people as one block', () => {
    expect(formatArticleText(RECORD)).toBe([
      'nghe-an-01: Kỳ họp thứ 12 HĐND tỉnh Nghệ An khóa XVIII',
      '  published: 2023-07-12   author: Hoài Thu',
      '  events (2):',
      '    [e1] session: Kỳ họp thứ 12 HĐND tỉnh Nghệ An khóa XVIII',
      '        organizer: HĐND tỉnh Nghệ An; ordinal: 12; term: XVIII; termYears: 2021-2026; date: 2023-07-11',
      '    [e2] meeting: Phiên chất vấn',
      '  people (2):',
      '    Trần Văn Khánh',
      '        Chủ tịch, HĐND tỉnh Nghệ An',
      '        former Giám đốc, Sở Tài chính tỉnh Nghệ An',
      '        roles: chaired (e1), spoke (e2)',
      '    Lê Thị Loan',
    ].join('\n'));
  });

  it('leaves out the event id of roles when there is one event, and says when nothing was found', () => {
    const single: ArticleRecord = { ...RECORD, events: RECORD.events.slice(0, 1), people: [{ ...KHANH, roles: [{ event: 'e1', role: 'chaired' }] }] };
    expect(formatArticleText(single)).toMatch(/^ {8}roles: chaired$/m);
    const empty: ArticleRecord = { article: { id: 'x', title: null, published: null, author: null }, events: [], people: [] };
    expect(formatArticleText(empty)).toBe('x: (no headline)\n  published: -   author: -\n  events: none found\n  people: none found');
  });
});
