// An origin as browsers send it in the Origin header (scheme, host, optional
// port, no path), checked where the server's allow-list is built and where the
// command line takes one, with the same words.

/** The origin itself, or a TypeError saying what an origin looks like. */
export function checkedOrigin(entry: string): string {
  let origin: string | undefined;
  try {
    origin = new URL(entry).origin;
  } catch {
    origin = undefined;
  }
  if (origin !== entry || origin === 'null') {
    throw new TypeError(`expected an origin such as "http://localhost:3000" (scheme, host, optional port, no path), got ${JSON.stringify(entry)}`);
  }
  return origin;
}
