/**
 * The contract's operations (operationId → handler) for fastify-openapi-glue. Each handler is
 * thin: it reads the validated request into the `Backend`'s terms and answers its result with
 * the contract's status. Failures are thrown and become problems in the error handler.
 */
import type { FastifyReply, FastifyRequest, RouteHandlerMethod, RouteOptions } from 'fastify';
import type { AvailabilityQuery, HoldQuery } from '../../../src/core/adapter.js';
import { contentLanguage } from '../../../src/core/municipality.js';
import type { BookingRequest } from '../../../src/core/types.js';
import type { Backend, RequestContext } from '../backend.js';
import { HttpProblem } from './problem.js';

/** Reads who is signed in: the session cookie's person, if any. */
export type PersonOf = (request: FastifyRequest) => Promise<string | undefined>;

type Handler = (request: FastifyRequest, reply: FastifyReply) => unknown;
type Operation = { handler: Handler; withBody?: true };

export type SessionOperation = 'getSession' | 'login' | 'logout';

/** Without sign-in, what is below `/session` is 404 (the contract's NoSignIn response). */
const noSignIn: Handler = async () => {
  throw new HttpProblem(404, 'not-found');
};

/**
 * Without sign-in, `GET /session` says so in a 200 (`{"signIn": false}`), not a 404: the widget
 * asks on every page load, and a 404 is an error in every browser console.
 */
const sessionWithoutSignIn: Handler = async (_request, reply) =>
  reply.header('cache-control', 'no-store').send({ signIn: false });

export function operations(
  backend: Backend,
  personOf: PersonOf,
  session: Record<SessionOperation, RouteHandlerMethod> | undefined,
): Record<string, Operation> {
  /**
   * The request's context. Who is signed in costs a session lookup, so only the operations
   * whose answer depends on it ask (`signedIn`).
   */
  const context = async (request: FastifyRequest, signedIn = false): Promise<RequestContext> => {
    const headers = request.headers;
    const personId = signedIn ? await personOf(request) : undefined;
    return {
      lang: contentLanguage(single(headers['accept-language'])),
      ...(personId ? { personId } : {}),
      ...(headers['idempotency-key'] ? { idempotencyKey: single(headers['idempotency-key']) } : {}),
      ...(headers['x-manage-token'] ? { token: single(headers['x-manage-token']) } : {}),
    };
  };
  const query = <T>(request: FastifyRequest) => request.query as T;
  const params = (request: FastifyRequest) => request.params as Record<string, string>;

  return {
    getLocations: { handler: async (request) => backend.locations(await context(request)) },
    getServices: {
      handler: async (request) => backend.services(await context(request), query<{ locationId?: string }>(request)),
    },
    getAvailability: {
      handler: async (request) => backend.availability(await context(request), query<AvailabilityQuery>(request)),
    },
    book: {
      withBody: true,
      handler: async (request, reply) => {
        const appointment = await backend.book(await context(request, true), request.body as BookingRequest);
        return reply.code(201).send(appointment);
      },
    },
    getAppointments: {
      handler: async (request) => backend.appointments(await context(request, true), query<{ reference?: string }>(request)),
    },
    reschedule: {
      withBody: true,
      handler: async (request) => {
        const { slotId, holdId } = request.body as { slotId: string; holdId?: string };
        const move = { reference: params(request).reference!, slotId, ...(holdId ? { holdId } : {}) };
        return backend.reschedule(await context(request, true), move);
      },
    },
    cancel: {
      handler: async (request) => backend.cancel(await context(request, true), { reference: params(request).reference! }),
    },
    holdSlot: {
      withBody: true,
      handler: async (request, reply) => {
        const hold = await backend.hold(await context(request), request.body as HoldQuery);
        return reply.code(201).send(hold);
      },
    },
    releaseHold: {
      handler: async (request, reply) => {
        await backend.releaseHold(await context(request), params(request).holdId!);
        return reply.code(204).send();
      },
    },
    getSession: { handler: session?.getSession ?? sessionWithoutSignIn },
    login: { handler: session?.login ?? noSignIn },
    logout: { handler: session?.logout ?? noSignIn },
  };
}

/**
 * Route options for fastify-openapi-glue's `operationResolver`. An operation the document has
 * and this layer does not is a programming error, caught at start rather than at the first call.
 */
export function operationResolver(table: Record<string, Operation>) {
  return (operationId: string): RouteOptions => {
    const operation = table[operationId];
    if (!operation) throw new Error(`api/openapi.yaml has operation ${operationId}, which the server does not serve`);
    const options: Partial<RouteOptions> = {
      handler: operation.handler,
      preValidation: operation.withBody ? guardWithBody : guard,
    };
    // fastify-openapi-glue's types ask for whole route options, but it adds method, url and
    // schema itself (it spreads these over its own).
    return options as RouteOptions;
  };
}

/** C0 and C1 control characters: no id, date or reference has them, and a database may not store them (NUL). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * What PostgreSQL text and jsonb cannot hold: NUL, and a UTF-16 surrogate without its pair
 * (JSON can escape one, "\ud800", but it is no Unicode character).
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Refuses a parameter holding control characters as malformed (400), before it goes anywhere near SQL. */
async function guard(request: FastifyRequest): Promise<void> {
  for (const values of [request.params, request.query]) {
    for (const [name, value] of Object.entries((values ?? {}) as Record<string, unknown>)) {
      if ([value].flat().some((item) => typeof item === 'string' && (CONTROL.test(item) || UNSTORABLE.test(item)))) {
        throw new HttpProblem(400, 'validation', { fields: { [name]: 'invalid' } });
      }
    }
  }
}

/**
 * For operations with a JSON body: a malformed request (400: no body, not JSON, a bad
 * parameter or header such as a missing Idempotency-Key) is said before what is wrong inside the
 * body (422), which Fastify would otherwise check first. A body is validated only for the media
 * types the document lists, so any other (a form post parsed by a plugin elsewhere) is refused.
 * A string PostgreSQL cannot store (`UNSTORABLE`) breaks a rule (422).
 */
async function guardWithBody(request: FastifyRequest): Promise<void> {
  await guard(request);
  for (const part of ['params', 'querystring', 'headers'] as const) {
    const validate = request.getValidationFunction(part);
    const value = part === 'params' ? request.params : part === 'querystring' ? request.query : request.headers;
    if (validate && !validate(value))
      throw Object.assign(new Error('invalid request'), { validation: validate.errors, validationContext: part });
  }
  if (request.body === undefined) throw new HttpProblem(400, 'validation', { fields: { body: 'required' } });
  // The media type as Fastify parsed it to choose the body's schema, so the two never disagree.
  if (request.mediaType !== 'application/json')
    throw new HttpProblem(400, 'validation', { fields: { 'Content-Type': 'invalid' } });
  const unstorable = pathOfUnstorable(request.body);
  if (unstorable !== undefined) throw new HttpProblem(422, 'validation', { fields: { [unstorable || 'body']: 'invalid' } });
}

/** The dotted path of the first unstorable string in a parsed JSON value, if any. */
function pathOfUnstorable(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, member] of Object.entries(value)) {
    const found = pathOfUnstorable(member, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
