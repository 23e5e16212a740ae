// The five real articles against their gold records: article metadata exactly,
// and every gold person, position and role found (the scorer's view in `npm run eval`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import type { ArticleRecord } from '../../src/extract/contract.js';
import { normalizeArticle } from '../../src/extract/normalize.js';

const root = join(import.meta.dirname, '..', '..', 'fixtures');
const ids = readdirSync(join(root, 'articles')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));

describe.each(ids)('fixture %s', (id) => {
  const gold = JSON.parse(readFileSync(join(root, 'gold', `${id}.json`), 'utf8')) as ArticleRecord;
  const out = extractArticle(readFileSync(join(root, 'articles', `${id}.txt`), 'utf8'), { id });

  it('reads the headline date and byline', () => {
    expect(out.article).toEqual(gold.article);
  });

  it('finds the gold events', () => {
    const pick = (e: ArticleRecord['events'][number]) => ({ kind: e.kind, organizer: e.organizer, ordinal: e.ordinal, term: e.term, termYears: e.termYears, date: e.date });
    expect(out.events.map(pick)).toEqual(gold.events.map(pick));
  });

  it('finds the gold people with their positions and roles, and no one else', () => {
    const facts = (r: ArticleRecord) => r.people.map((p) => ({
      name: p.name,
      positions: p.positions.map((q) => `${q.title} @ ${Array.isArray(q.organization) ? q.organization[0] : q.organization}${q.former ? ' (former)' : ''}`).sort(),
      roles: p.roles.map((x) => `${x.role}@${x.event}`).sort(),
    })).sort((a, b) => a.name.localeCompare(b.name));
    expect(facts(out)).toEqual(facts(gold));
  });

  it('quotes evidence sentences that stand in the (normalised) article', () => {
    const article = normalizeArticle(readFileSync(join(root, 'articles', `${id}.txt`), 'utf8'));
    for (const person of out.people) {
      expect(person.evidence.length).toBeGreaterThan(0);
      for (const quote of person.evidence) expect(article).toContain(quote);
    }
  });
});
