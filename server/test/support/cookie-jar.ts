/**
 * A fetch that keeps cookies like a browser does for one site, so the session cookie the server
 * sets on sign-in travels with the RestAdapter's later calls (Node's fetch keeps none). Every
 * request of a test goes to the one server under test, so cookies are kept by name alone.
 */
import type { FetchFunction } from '../../../src/adapters/rest/index.js';

/**
 * A server under test runs on a shifted clock (BT_CLOCK_START), so its Expires dates are not
 * comparable with this machine's; a cleared cookie is dated at the epoch (@fastify/cookie's
 * clearCookie), which is what this recognises.
 */
const CLEARED_BEFORE = Date.parse('2000-01-01T00:00:00Z');

export interface CookieJarFetch extends FetchFunction {
  readonly cookies: Map<string, string>;
}

export function cookieJarFetch(inner: FetchFunction = fetch): CookieJarFetch {
  const cookies = new Map<string, string>();
  const wrapped = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    if (cookies.size) request.headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await inner(request);
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = '', setting = ''] = attribute.split('=').map((part) => part.trim());
        return (
          (key.toLowerCase() === 'max-age' && Number(setting) <= 0) ||
          (key.toLowerCase() === 'expires' && Date.parse(setting) <= CLEARED_BEFORE)
        );
      });
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };
  return Object.assign(wrapped, { cookies });
}
