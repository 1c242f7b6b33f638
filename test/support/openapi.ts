/**
 * Checks HTTP exchanges against api/openapi.yaml: the request's operation, parameters and
 * body, and the response's status, media type, headers and body. Schemas are validated with
 * @cfworker/json-schema (draft 2020-12, no code generation), with the document's
 * components registered so `$ref: '#/components/schemas/X'` resolves.
 */
import { Validator, type Schema } from '@cfworker/json-schema';
import { parse } from 'yaml';

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie';
  required?: boolean;
  schema: Json;
}

export interface Operation {
  method: string;
  /** The documented path template, e.g. "/appointments/{reference}/cancel". */
  path: string;
  operationId: string;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  /** Parsed JSON body, undefined when none was sent. */
  body?: unknown;
}

export interface RecordedResponse {
  status: number;
  headers: Headers;
  /** Raw body text. */
  text: string;
}

/** Where the document is registered; any absolute URI would do. */
const DOCUMENT_ID = 'https://borgertid.test/openapi.json';

export class OpenApiContract {
  private readonly validators = new WeakMap<object, Validator>();

  constructor(
    readonly document: Json,
    /** Path of the API below the origin, e.g. "/api": stripped before matching templates. */
    private readonly basePath: string,
  ) {}

  /** Errors of a request against the contract; empty when it conforms. */
  checkRequest(request: RecordedRequest): string[] {
    const url = new URL(request.url);
    const found = this.find(request.method, url.pathname);
    if (!found) return [`${request.method} ${url.pathname}: no such operation`];
    const { operation, pathParams, spec } = found;
    const where = `${operation.operationId}`;
    const errors: string[] = [];
    const parameters = this.parameters(found.pathItem, spec);

    for (const name of url.searchParams.keys()) {
      if (!parameters.some((p) => p.in === 'query' && p.name === name))
        errors.push(`${where}: undocumented query parameter ${name}`);
    }
    for (const parameter of parameters) {
      const value =
        parameter.in === 'query'
          ? url.searchParams.get(parameter.name)
          : parameter.in === 'header'
            ? request.headers.get(parameter.name)
            : parameter.in === 'path'
              ? (pathParams[parameter.name] ?? null)
              : null;
      if (value === null) {
        if (parameter.required) errors.push(`${where}: missing ${parameter.in} parameter ${parameter.name}`);
        continue;
      }
      errors.push(...this.validate(parameter.schema, value, `${where} ${parameter.in} ${parameter.name}`));
    }

    const requestBody = spec.requestBody ? this.deref(spec.requestBody as Json) : undefined;
    if (request.body === undefined) {
      if (requestBody?.required) errors.push(`${where}: missing request body`);
    } else if (!requestBody) {
      errors.push(`${where}: a body where none is documented`);
    } else {
      const contentType = request.headers.get('Content-Type')?.split(';')[0]?.trim() ?? '';
      const media = (requestBody.content as Record<string, Json>)[contentType];
      if (!media) errors.push(`${where}: undocumented request media type "${contentType}"`);
      else errors.push(...this.validate(media.schema as Json, request.body, `${where} request body`));
    }
    return errors;
  }

  /** Errors of a response to `request` against the contract; empty when it conforms. */
  checkResponse(request: Pick<RecordedRequest, 'method' | 'url'>, response: RecordedResponse): string[] {
    const found = this.find(request.method, new URL(request.url).pathname);
    if (!found) return [`${request.method} ${request.url}: no such operation`];
    const where = `${found.operation.operationId} ${response.status}`;
    const responses = found.spec.responses as Record<string, Json>;
    const documented = responses[String(response.status)] ?? responses.default;
    if (!documented) return [`${where}: undocumented status`];
    const spec = this.deref(documented);
    const errors: string[] = [];

    for (const [name, header] of Object.entries((spec.headers ?? {}) as Record<string, Json>)) {
      const value = response.headers.get(name);
      const resolved = this.deref(header);
      if (value === null) {
        if (resolved.required) errors.push(`${where}: missing header ${name}`);
      } else {
        errors.push(...this.validate(resolved.schema as Json, value, `${where} header ${name}`));
      }
    }

    const content = spec.content as Record<string, Json> | undefined;
    if (!content) {
      if (response.text !== '') errors.push(`${where}: a body where none is documented`);
      return errors;
    }
    const contentType = response.headers.get('Content-Type')?.split(';')[0]?.trim() ?? '';
    const media = content[contentType];
    if (!media) return [...errors, `${where}: undocumented media type "${contentType}"`];
    let body: unknown;
    try {
      body = JSON.parse(response.text);
    } catch {
      return [...errors, `${where}: body is not JSON`];
    }
    return [...errors, ...this.validate(media.schema as Json, body, `${where} body`)];
  }

  /** Errors of `value` against a schema of the document (e.g. a component). */
  validate(schema: Json, value: unknown, where: string): string[] {
    const result = this.validator(schema).validate(value);
    if (result.valid) return [];
    // The innermost error names the member and keyword that failed.
    const errors = result.errors.filter((error) => !['$ref', 'allOf', 'properties', 'items'].includes(error.keyword));
    return (errors.length ? errors : result.errors).map((error) => `${where}: ${error.instanceLocation} ${error.error}`);
  }

  /** The operation a request targets, if the document has it. */
  operation(method: string, url: string): Operation | undefined {
    return this.find(method, new URL(url).pathname)?.operation;
  }

  private find(method: string, pathname: string) {
    if (!pathname.startsWith(this.basePath)) return undefined;
    const below = pathname.slice(this.basePath.length);
    const paths = this.document.paths as Record<string, Json>;
    for (const [template, pathItem] of Object.entries(paths)) {
      const names: string[] = [];
      const pattern = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      const match = new RegExp(`^${pattern}$`).exec(below);
      const spec = pathItem[method.toLowerCase()] as Json | undefined;
      if (!match || !spec) continue;
      const pathParams = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
      const operation = { method: method.toUpperCase(), path: template, operationId: String(spec.operationId) };
      return { operation, pathItem, spec, pathParams };
    }
    return undefined;
  }

  private parameters(pathItem: Json, spec: Json): Parameter[] {
    const all = [...((pathItem.parameters as Json[]) ?? []), ...((spec.parameters as Json[]) ?? [])];
    return all.map((p) => this.deref(p) as unknown as Parameter);
  }

  /** Follows an OpenAPI Reference Object within the document. */
  private deref(value: Json): Json {
    let current = value;
    while (typeof current.$ref === 'string' && current.$ref.startsWith('#/')) {
      const pointer = current.$ref
        .slice(2)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
      current = pointer.reduce<Json>((node, key) => node[key] as Json, this.document);
    }
    return current;
  }

  private validator(schema: Json): Validator {
    let validator = this.validators.get(schema);
    if (!validator) {
      // The wrapper carries the document's id and components, so the schema's
      // '#/components/…' references resolve within the document.
      const wrapper = { $id: DOCUMENT_ID, components: this.document.components, allOf: [schema] };
      validator = new Validator(wrapper as unknown as Schema, '2020-12', false);
      this.validators.set(schema, validator);
    }
    return validator;
  }
}

export interface Exchange {
  request: RecordedRequest;
  /** Absent while pending, or when fetch itself failed. */
  response?: RecordedResponse;
}

/**
 * A fetch for `RestAdapter({ fetch })` that logs every exchange, so tests can check what
 * went over the wire (to the msw worker) against the contract.
 */
export function recordingFetch(log: Exchange[]) {
  return async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const text = await request.clone().text();
    const exchange: Exchange = {
      request: {
        method: request.method,
        url: request.url,
        headers: new Headers(request.headers),
        ...(text ? { body: JSON.parse(text) as unknown } : {}),
      },
    };
    log.push(exchange);
    const response = await fetch(request);
    exchange.response = { status: response.status, headers: new Headers(response.headers), text: await response.clone().text() };
    return response;
  };
}

/** Loads api/openapi.yaml as served by the test runner from the repository root. */
export async function loadContract(basePath: string, url = '/api/openapi.yaml'): Promise<OpenApiContract> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Cannot load ${url}: HTTP ${response.status}`);
  return new OpenApiContract(parse(await response.text()) as Json, basePath.replace(/\/+$/, ''));
}
