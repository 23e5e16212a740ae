// The model's values as Neo4j types and back. The model holds dates as ISO strings
// ("2021-04-02") and counts as JavaScript numbers, and the embedded store keeps them
// so; in Neo4j a date is a DATE and a count an INTEGER, as Browser users and typed
// clients expect (`valueType(e.date)` is DATE, `valueType(e.ordinal)` INTEGER). Every
// write goes through toNeo4jValues (the store's statements, resolution's, the
// exported script's literals) and every read through fromNeo4jValues, so the API
// answers the same on both stores.
import neo4j from 'neo4j-driver';
import { DATE_PROPERTIES } from '../../graph/model.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO date as a Neo4j DATE; anything else is refused, naming the property. */
function neo4jDate(value: string, property: string): InstanceType<typeof neo4j.types.Date> {
  const m = ISO_DATE.exec(value);
  if (m === null) throw new Error(`Neo4j store: property "${property}" expects an ISO date YYYY-MM-DD, got "${value}"`);
  return new neo4j.types.Date(Number(m[1]), Number(m[2]), Number(m[3]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Statement parameters as Neo4j should store them: a whole number as an INTEGER (the
 * driver would send a FLOAT), the value of a date property (model.ts DATE_PROPERTIES)
 * as a DATE. Only map entries are dates, by their name; a list's items keep their type.
 */
export function toNeo4jValues(value: unknown, property?: string): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (typeof value === 'string') return property !== undefined && DATE_PROPERTIES.has(property) ? neo4jDate(value, property) : value;
  if (Array.isArray(value)) return value.map((item) => toNeo4jValues(item));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jValues(v, k)]));
  return value;
}

/**
 * Read results as the model holds them: a DATE as its ISO string, through lists and
 * maps. Converts in place and returns the value: it is given the driver's fresh result
 * objects, and copying every map of a large answer showed in the server's profile.
 */
export function fromNeo4jValues(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = fromNeo4jValues(value[i]);
    return value;
  }
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) value[key] = fromNeo4jValues(value[key]);
    return value;
  }
  if (neo4j.isDate(value)) return (value as InstanceType<typeof neo4j.types.Date>).toString();
  return value;
}
