// The gold records of fixtures/gold as contract ArticleRecords. Gold files may give
// alternatives for an organization (a list of accepted names, for the scorer): the
// first is taken. They carry no evidence: it becomes [].
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord, PersonRecord, PositionRecord } from '../../src/extract/contract.js';

const GOLD_DIR = join(import.meta.dirname, '../../fixtures/gold');

type GoldPosition = Omit<PositionRecord, 'organization'> & { organization: string | string[] };
type GoldPerson = Omit<PersonRecord, 'positions' | 'evidence'> & { positions: GoldPosition[]; evidence?: string[] };
type GoldRecord = Omit<ArticleRecord, 'people'> & { people: GoldPerson[] };

function toRecord(gold: GoldRecord): ArticleRecord {
  return {
    ...gold,
    people: gold.people.map((p) => ({
      ...p,
      positions: p.positions.map((q) => ({
        ...q,
        organization: Array.isArray(q.organization) ? (q.organization[0] ?? '') : q.organization,
      })),
      evidence: p.evidence ?? [],
    })),
  };
}

export function loadGold(): ArticleRecord[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => toRecord(JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GoldRecord));
}
