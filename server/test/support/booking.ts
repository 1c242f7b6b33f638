/**
 * Booking over plain HTTP, as other citizens: fill a slot so a test's citizen finds it taken,
 * or fire many bookings at once and count the answers.
 */
import { randomUUID } from 'node:crypto';
import { parseSlotId } from '../../../src/core/schedule.js';
import { openApiContract } from './openapi.js';

/** A CPR number with a valid date and check digit, made up for tests (the contract suite's). */
export const TEST_CPR = '0101901238';

export interface BookingAttempt {
  status: number;
  /** The parsed JSON answer (an Appointment, or a problem document). */
  body: { reference?: string; code?: string; [member: string]: unknown };
  idempotencyKey: string;
  /** Where the answer departs from api/openapi.yaml (empty when it conforms). */
  violations: string[];
}

/** The request body for `slotId` (an id like `centrum:pas:2026-12-01T10:15`) by citizen number `n`. */
export function bookingFor(slotId: string, n: number, { cpr = false } = {}) {
  const key = parseSlotId(slotId);
  if (!key) throw new Error(`Not a slot id: ${slotId}`);
  return {
    slotId,
    serviceId: key.serviceId,
    locationId: key.locationId,
    citizen: { name: `Borger ${n}`, email: `borger${n}@example.dk`, ...(cpr ? { cpr: TEST_CPR } : {}) },
  };
}

/** POST /appointments with a fresh Idempotency-Key (or the given one); the answer is checked against the contract. */
export async function book(api: string, body: unknown, idempotencyKey: string = randomUUID()): Promise<BookingAttempt> {
  const response = await fetch(`${api}/appointments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const violations = openApiContract().checkResponse(
    { method: 'POST', url: response.url },
    { status: response.status, headers: response.headers, text },
  );
  return { status: response.status, body: text ? (JSON.parse(text) as BookingAttempt['body']) : {}, idempotencyKey, violations };
}

/** Books every free place of `slotId` as other citizens, until the server answers slot-taken. */
export async function takeEverySeat(api: string, slotId: string): Promise<void> {
  const services = (await (await fetch(`${api}/services`)).json()) as Array<{ id: string; requiresCpr?: boolean }>;
  const cpr = services.find((service) => service.id === parseSlotId(slotId)?.serviceId)?.requiresCpr ?? false;
  for (let n = 1; n <= 100; n += 1) {
    const attempt = await book(api, bookingFor(slotId, 1000 + n, { cpr }));
    if (attempt.status === 409 && attempt.body.code === 'slot-taken') return;
    if (attempt.status !== 201) throw new Error(`Taking ${slotId}: ${attempt.status} ${JSON.stringify(attempt.body)}`);
  }
  throw new Error(`${slotId} still had room after 100 bookings`);
}
