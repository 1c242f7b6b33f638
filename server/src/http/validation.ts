/**
 * Request validation from api/openapi.yaml's own schemas, with Ajv in JSON Schema 2020-12 mode
 * (the document's dialect). Two of Fastify's defaults are wrong for this contract and are
 * replaced here: its Ajv strips unknown body members (`removeAdditional`), where the contract
 * wants them refused with 422; and with a compiler of our own it no longer lower-cases header
 * names in the schema, while Node hands the headers over lower-cased.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';

type JsonSchema = Record<string, unknown>;

export function createValidatorCompiler(): FastifySchemaCompiler<JsonSchema> {
  const ajv = new Ajv2020({
    allErrors: true,
    removeAdditional: false,
    useDefaults: false,
    coerceTypes: false,
    // OpenAPI adds annotations JSON Schema does not know of; they do not change validation.
    strict: false,
  });
  addFormats.default(ajv);
  return ({ schema, httpPart }) => ajv.compile(httpPart === 'headers' ? lowerCaseHeaderNames(schema) : schema);
}

/** The header-parameter schema fastify-openapi-glue builds, keyed as Node keys headers. */
function lowerCaseHeaderNames(schema: JsonSchema): JsonSchema {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const required = (schema.required ?? []) as string[];
  return {
    ...schema,
    properties: Object.fromEntries(Object.entries(properties).map(([name, value]) => [name.toLowerCase(), value])),
    required: required.map((name) => name.toLowerCase()),
  };
}

/**
 * A reason per field path for the problem's `fields`, e.g. `{ "citizen.cpr": "invalid",
 * "nickname": "unknown", "Idempotency-Key": "required" }`. Reasons say which rule broke,
 * never the value.
 */
export function fieldsOf(
  errors: readonly (FastifySchemaValidationError | ErrorObject)[],
  canonicalName: (name: string) => string = (name) => name,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const path = (error.instancePath ?? '')
      .split('/')
      .slice(1)
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
    const params = error.params as Record<string, unknown>;
    let reason = 'invalid';
    if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
      path.push(params.missingProperty);
      reason = 'required';
    } else if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
      path.push(params.additionalProperty);
      reason = 'unknown';
    }
    const field = path.length ? path.map(canonicalName).join('.') : 'body';
    // The first reason for a field wins: with allErrors, `not`/`pattern` may repeat it.
    fields[field] ??= reason;
  }
  return fields;
}
