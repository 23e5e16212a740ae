// Cypher literals for the exported script (cypher-shell and Neo4j Browser run a
// script, not parameters). Every string goes through one escaping function, so a
// name with quotes, backslashes or query words stays data.
import { DATE_PROPERTIES } from '../../graph/model.js';

/** A Cypher string literal: single quotes, with backslash escapes for what would end or bend it. */
export function cypherString(s: string): string {
  let out = "'";
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + "'";
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function mapKey(k: string): string {
  return IDENTIFIER.test(k) ? k : '`' + k.replace(/`/g, '``') + '`';
}

/**
 * Any JSON-like value as a Cypher literal (null, booleans, numbers, strings, lists,
 * maps). The value of a date property (model.ts DATE_PROPERTIES) of a map is a DATE,
 * `date('2021-04-02')`, as the Neo4j store writes it.
 */
export function cypherLiteral(value: unknown, property?: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return property !== undefined && DATE_PROPERTIES.has(property) ? `date(${cypherString(value)})` : cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cypherLiteral: expected a finite number, got ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => cypherLiteral(item)).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${mapKey(k)}: ${cypherLiteral(v, k)}`).join(', ')}}`;
  }
  throw new Error(`cypherLiteral: cannot write a ${typeof value}`);
}
