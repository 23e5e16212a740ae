// All held-out extraction cases, grouped by theme; cases.test.ts runs them.
import type { ExtractionCase } from './types.js';
import { appointmentCases } from './appointments-and-former.js';
import { blindBatchCases } from './blind-batch.js';
import { blindBatch2Cases } from './blind-batch-2.js';
import { bodiesBatchCases } from './bodies-batch.js';
import { bylineCases } from './bylines-and-captions.js';
import { centralCases } from './central-bodies.js';
import { communeCases } from './commune-level.js';
import { congressCases } from './congresses.js';
import { districtPartyCases } from './district-party.js';
import { freshPhrasingCases } from './fresh-phrasings.js';
import { hdndSessionCases } from './hdnd-sessions.js';
import { listCases } from './lists-and-shared-qualifiers.js';
import { namesBatchCases } from './names-batch.js';
import { normalisationCases } from './normalisation.js';
import { provinceAndCityCases } from './province-and-city.js';
import { reformBatchCases } from './reform-batch.js';
import { reformBatch2Cases } from './reform-batch-2.js';
import { relationsBatch1Cases } from './relations-batch-1.js';
import { relationsBatch2Cases } from './relations-batch-2.js';

export type { ExtractionCase } from './types.js';

export const casesByTheme: Record<string, ExtractionCase[]> = {
  'district party': districtPartyCases,
  'province and city': provinceAndCityCases,
  'HĐND sessions': hdndSessionCases,
  congresses: congressCases,
  'appointments and former titles': appointmentCases,
  normalisation: normalisationCases,
  'lists and shared qualifiers': listCases,
  'bylines and captions': bylineCases,
  'commune level': communeCases,
  'central bodies': centralCases,
  'fresh phrasings': freshPhrasingCases,
  'blind batch': blindBatchCases,
  'blind batch 2': blindBatch2Cases,
  'blind batch: names': namesBatchCases,
  'blind batch: bodies': bodiesBatchCases,
  'blind batch: 2025 reform': reformBatchCases,
  'blind batch: 2025 reform 2': reformBatch2Cases,
  'relations batch 1': relationsBatch1Cases,
  'relations batch 2': relationsBatch2Cases,
};

export const allCases: ExtractionCase[] = Object.values(casesByTheme).flat();
