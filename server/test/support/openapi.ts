/**
 * The one validator for the server's responses: test/support/openapi.ts (the RestAdapter tests'
 * @cfworker/json-schema checker) over api/openapi.yaml read from disk, and a fetch wrapper that
 * checks every exchange that passes through it, request and response, against the contract.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { FetchFunction } from '../../../src/adapters/rest/index.js';
import { OpenApiContract } from '../../../test/support/openapi.js';

let contract: OpenApiContract | undefined;

/** api/openapi.yaml, parsed once per process; the API lives under /api. */
export function openApiContract(): OpenApiContract {
  contract ??= new OpenApiContract(
    parse(readFileSync(new URL('../../../api/openapi.yaml', import.meta.url), 'utf8')) as Record<string, unknown>,
    '/api',
  );
  return contract;
}

export interface CheckedFetch extends FetchFunction {
  /** Every violation seen so far, each naming the operation and status. */
  readonly violations: string[];
  /** How many exchanges were checked. */
  readonly checked: () => number;
}

/**
 * Wraps `inner` so every response (and the request that asked for it) is checked against the
 * contract; violations are collected rather than thrown, so the test asserts them where it likes.
 * With `requests: false`, only responses are checked (for tests that send bad requests on purpose).
 */
export function checkedFetch(inner: FetchFunction = fetch, { requests = true } = {}): CheckedFetch {
  const violations: string[] = [];
  let count = 0;
  const wrapped = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const text = await request.clone().text();
    if (requests) {
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        violations.push(`${request.method} ${request.url}: request body is not JSON`);
      }
      const recorded = {
        method: request.method,
        url: request.url,
        headers: request.headers,
        ...(body === undefined ? {} : { body }),
      };
      violations.push(...openApiContract().checkRequest(recorded));
    }
    const response = await inner(request);
    count += 1;
    const responseText = await response.clone().text();
    violations.push(
      ...openApiContract().checkResponse(request, { status: response.status, headers: response.headers, text: responseText }),
    );
    return response;
  };
  return Object.assign(wrapped, { violations, checked: () => count });
}
