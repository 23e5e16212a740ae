// Who may talk to the server, and how: a local `serve` must not be readable
// by the web pages its user happens to visit.
// - Cross-origin reads: none unless the origin is on the allow-list (no
//   Access-Control-Allow-Origin otherwise, and never credentials).
// - Queries come as POST with Content-Type application/json only: a browser
//   cannot send that cross-origin without a CORS preflight, which a foreign
//   origin fails. GET serves GraphiQL to a browser and nothing else; forms
//   (urlencoded, multipart, text/plain) are refused, so are query strings.
// - CSRF prevention (yoga's plugin) refuses any request a page could send
//   without a preflight unless it carries the header `x-graphql-yoga-csrf`;
//   with JSON-only queries it is a second lock on the same door.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { checkedOrigin } from '../origins.js';

/** What yoga's `cors` option takes from a factory: the headers to send, or false for none. */
type CorsAnswer =
  | false
  | { origin: string; methods: string[]; allowedHeaders: string[]; credentials: boolean; maxAge: number };

/** The header yoga's CSRF prevention accepts as proof that a request was preflighted or comes from a script. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * The CORS answer for a request: the allow-listed origin itself (reads allowed,
 * no cookies), or nothing at all for any other origin.
 */
export function corsFor(allowedOrigins: readonly string[]): (request: Request) => CorsAnswer {
  const allowed = new Set(allowedOrigins.map(allowListed));
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin)) return false;
    return { origin, methods: ['POST'], allowedHeaders: ['content-type', CSRF_HEADER], credentials: false, maxAge: 600 };
  };
}

/** An allow-list entry must be an origin exactly as browsers send it; the error names the option. */
function allowListed(entry: string): string {
  try {
    return checkedOrigin(entry);
  } catch (error) {
    throw new TypeError(`corsOrigins: ${(error as Error).message}`);
  }
}

function isJson(contentType: string | null): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/** Refuses a GraphQL request that is not a POST of JSON (GraphiQL's GET is answered before this). */
export function usePostJsonOnly(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'POST') {
        throw createGraphQLError('send queries as POST with Content-Type: application/json (GET serves GraphiQL to a browser)', {
          extensions: { code: 'BAD_REQUEST', http: { status: 405, headers: { Allow: 'POST' } } },
        });
      }
      if (!isJson(request.headers.get('content-type'))) {
        throw createGraphQLError(`send queries with Content-Type: application/json, not ${request.headers.get('content-type') ?? 'none'}`, {
          extensions: { code: 'BAD_REQUEST', http: { status: 415 } },
        });
      }
    },
  };
}

/** CSRF prevention, then JSON-only: the order of the refusals a foreign form would meet. */
export function useRequestPolicy(): Plugin[] {
  return [useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }), usePostJsonOnly()];
}
