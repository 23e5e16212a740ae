// The Date scalar: an ISO calendar date `YYYY-MM-DD`, checked to be a real day
// (2021-02-30 is refused), so the store only ever compares valid ISO strings.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Dates already checked: a list answer repeats the same few hundred days many times. */
const CHECKED = new Set<string>();
const CHECKED_MAX = 100_000;

function parseDate(value: unknown): string {
  if (typeof value === 'string' && CHECKED.has(value)) return value;
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) {
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      if (CHECKED.size < CHECKED_MAX) CHECKED.add(value as string);
      return value as string;
    }
  }
  throw new GraphQLError(`Date: expected a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 `YYYY-MM-DD`.',
  serialize: parseDate,
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError(`Date: expected a string literal "YYYY-MM-DD", got ${ast.kind}`, { nodes: ast });
    }
    return parseDate(ast.value);
  },
});
