// The limits on a query's shape that need no schema and no variables: tokens,
// aliases, directives and depth, checked by graphql-armor. The token limit
// works inside the parser and stops it at the limit, so a huge query costs
// no more than a small one; the other three are validation rules that count
// on the fragment graph (each fragment measured once), so their work is
// bounded by the document's size too. Armor's own cost limit is not used: it
// reads `first` only when written as a literal and knows nothing of default
// page sizes or dear fields, which measure.ts does (see use-limits.ts).
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLArmorCallbackConfiguration, GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import type { Plugin } from 'graphql-yoga';
import { limitError } from '../errors.js';
import type { Limits } from '../limits.js';

/** Armor's messages start "Syntax Error: " whatever the limit; the rest names the limit and what was found. */
function clarify(message: string): string {
  return message.replace(/^Syntax Error: /, '');
}

/** A validation rule's refusal, reported as one validation error (HTTP 400) with the code LIMIT_EXCEEDED. */
const report: GraphQLArmorRejectCallback = (context, error) => {
  context?.reportError(limitError(clarify(error.message)));
};

/** The parser's refusal: thrown, since parsing cannot go on (yoga answers HTTP 400). */
const refuse: GraphQLArmorRejectCallback = (_context, error) => {
  throw limitError(clarify(error.message));
};

export function useQueryShapeLimits(limits: Pick<Limits, 'maxTokens' | 'maxAliases' | 'maxDirectives' | 'maxDepth'>): Plugin {
  const rule: GraphQLArmorCallbackConfiguration = { onReject: [report], propagateOnRejection: false };
  return EnvelopArmorPlugin({
    // Suggestions ("Did you mean …?") help users writing queries by hand and reveal nothing the schema does not.
    blockFieldSuggestion: { enabled: false },
    costLimit: { enabled: false },
    maxTokens: { n: limits.maxTokens, onReject: [refuse] },
    // Aliases of __typename count too: armor allows them by default, and 100,000 of them is an attack.
    maxAliases: { n: limits.maxAliases, allowList: [], ...rule },
    maxDirectives: { n: limits.maxDirectives, ...rule },
    // Fragments add no level: the depth is that of the fields as they will run.
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...rule },
  });
}
