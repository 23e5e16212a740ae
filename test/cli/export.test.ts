// `cadregraph export` and its writers: the graph of the fixtures as JSON, GraphML
// and a Cypher script, with no Neo4j; Cypher literals keep odd names as data.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { cypherLiteral, cypherString } from '../../src/ingest/export/cypher-literal.js';
import { exportGraph } from '../../src/ingest/export/index.js';
import { article, person, position } from '../graph/records.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli/main.js');
const ARTICLES = join(ROOT, 'fixtures/articles');

async function cadregraph(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('Cypher literals', () => {
  it('escapes quotes, backslashes and control characters', () => {
    expect(cypherString("O'Brien \\ \"x\"\n")).toBe("'O\\'Brien \\\\ \"x\"\\n'");
    expect(cypherString('a\u0001b')).toBe("'a\\u0001b'");
  });

  it('writes lists and maps, quoting keys that are not identifiers', () => {
    expect(cypherLiteral({ a: [1, true, null], 'b c': 'x' })).toBe("{a: [1, true, null], `b c`: 'x'}");
  });
});

describe('export writers', () => {
  const batch = buildGraph([article('q_1', '2024-01-02', [person("Lê O'Brien", [position('Bí thư', 'Huyện ủy Thanh Trì')])])]);

  it('puts constraints first and a MERGE per group, with names as escaped literals', () => {
    const script = exportGraph(batch, 'cypher');
    const lines = script.trim().split('\n');
    expect(lines[1]).toMatch(/^CREATE CONSTRAINT person_key IF NOT EXISTS/);
    expect(script).toContain("name: 'Lê O\\'Brien'");
    expect(lines.filter((l) => l.startsWith('UNWIND')).every((l) => l.endsWith(';') && /MERGE/.test(l))).toBe(true);
  });

  it('writes GraphML with a node per graph node and an edge per relationship', () => {
    const xml = exportGraph(batch, 'graphml');
    expect(xml.match(/<node /g)).toHaveLength(batch.nodes.length);
    expect(xml.match(/<edge /g)).toHaveLength(batch.edges.length);
    expect(xml).toContain('Lê O&apos;Brien');
  });
});

describe('cadregraph export', () => {
  it('writes the fixtures as JSON nodes and edges', async () => {
    const run = await cadregraph(['export', '--format', 'json', ARTICLES]);
    expect(run.code).toBe(0);
    const graph = JSON.parse(run.stdout) as { nodes: { label: string }[]; edges: { type: string }[] };
    expect(graph.nodes.filter((n) => n.label === 'Article')).toHaveLength(5);
    expect(graph.edges.some((e) => e.type === 'HOLDS')).toBe(true);
  });

  it('refuses an unknown format with status 2', async () => {
    const run = await cadregraph(['export', '--format', 'csv', ARTICLES]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("argument 'csv' is invalid. Allowed choices are cypher, json, graphml, neo4j-csv.");
  });
});
