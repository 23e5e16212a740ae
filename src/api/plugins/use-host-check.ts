// Which names the server answers to: a defence against DNS rebinding. A page
// on a site the user visits can make its own name resolve to 127.0.0.1; the
// browser then treats the local server as that site, same origin, and CORS no
// longer applies. The Host header still carries the site's name, so requests
// naming a host the server does not know are refused before anything else.
// Always accepted: localhost (and *.localhost) and IP addresses, which no DNS
// answer can rebind; any other name only when allow-listed.
import { isIP } from 'node:net';
import type { Plugin } from 'graphql-yoga';
import type { ApiErrorCode } from '../errors.js';

/** The allow-list entry that turns the check off (for a proxy that checks Host itself). */
export const ANY_HOST = '*';

/** A host name as the check compares it: lower case, no port, no brackets, no final dot. */
export function hostName(host: string): string | undefined {
  if (host === '' || /[/?#@\\\s]/.test(host)) return undefined;
  try {
    const hostname = new URL(`http://${host}`).hostname;
    return hostname === '' ? undefined : hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * An allow-list entry: a host name (`graph.newsroom.example`), a name with a
 * leading dot for it and all its subdomains (`.newsroom.example`), or `*`.
 */
export function checkedHostEntry(entry: string): string {
  if (entry === ANY_HOST || isIP(entry) !== 0) return entry;
  const suffix = entry.startsWith('.');
  const name = hostName(suffix ? entry.slice(1) : entry);
  if (name === undefined || entry.includes(':')) {
    throw new TypeError(`expected a host name such as "graph.example.org" or ".example.org" (no scheme, no port), or "*", got ${JSON.stringify(entry)}`);
  }
  return suffix ? `.${name}` : name;
}

function alwaysAllowed(name: string): boolean {
  return name === 'localhost' || name.endsWith('.localhost') || isIP(name) !== 0;
}

/** True when a request naming `host` (as in the Host header) may be answered. */
export function hostAllowed(host: string, allowList: readonly string[]): boolean {
  if (allowList.includes(ANY_HOST)) return true;
  const name = hostName(host);
  if (name === undefined) return false;
  if (alwaysAllowed(name)) return true;
  return allowList.some((entry) => (entry.startsWith('.') ? name === entry.slice(1) || name.endsWith(entry) : name === entry));
}

/** Refuses (403) a request whose Host header names a host that is not allowed. */
export function useHostCheck(allowedHosts: readonly string[]): Plugin {
  const allowList = allowedHosts.map((entry) => {
    try {
      return checkedHostEntry(entry);
    } catch (error) {
      throw new TypeError(`allowedHosts: ${(error as Error).message}`);
    }
  });
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      const host = request.headers.get('host') ?? url.host;
      if (hostAllowed(host, allowList)) return;
      const error = {
        message: `this server does not answer to the host ${JSON.stringify(host)}; start it with --allowed-host NAME to allow a name other than localhost or an IP address`,
        extensions: { code: 'FORBIDDEN_HOST' satisfies ApiErrorCode },
      };
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [error] }), {
          status: 403,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
  };
}
