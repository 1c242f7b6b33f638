/**
 * A backend's checks of a booking request (the MemoryAdapter's and the reference server's). Field
 * paths and reason codes follow `BookingErrorDetails.fields` ('required', 'invalid', …);
 * values are never echoed.
 */
import type { BookingRequest, Service } from './types.js';
import { validateCpr, validateEmail, validatePhone } from './validation.js';

const MAX_NAME_LENGTH = 200;

/** Whether a field was filled in at all (white space counts as empty). */
function given(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/** Field errors of a booking request, or undefined when it is acceptable. */
export function bookingFieldErrors(
  request: BookingRequest,
  service: Pick<Service, 'requiresCpr'>,
  /** Copenhagen date, to refuse birth dates in the future. */
  today: string,
): Record<string, string> | undefined {
  const fields: Record<string, string> = {};
  const citizen = request.citizen ?? { name: '' };
  const name = typeof citizen.name === 'string' ? citizen.name.trim() : '';
  if (!name) fields['citizen.name'] = 'required';
  else if (name.length > MAX_NAME_LENGTH) fields['citizen.name'] = 'too-long';

  if (given(citizen.cpr) && !validateCpr(citizen.cpr, today).ok) {
    fields['citizen.cpr'] = 'invalid';
  }
  const onBehalfOf = request.onBehalfOf;
  if (onBehalfOf) {
    if (!onBehalfOf.name?.trim()) fields['onBehalfOf.name'] = 'required';
    if (given(onBehalfOf.cpr) && !validateCpr(onBehalfOf.cpr, today).ok) {
      fields['onBehalfOf.cpr'] = 'invalid';
    }
  }
  // The errand needs the CPR number of the person it is for.
  if (service.requiresCpr && !fields['citizen.cpr'] && !fields['onBehalfOf.cpr']) {
    if (!given(onBehalfOf ? onBehalfOf.cpr : citizen.cpr)) {
      fields[onBehalfOf ? 'onBehalfOf.cpr' : 'citizen.cpr'] = 'required';
    }
  }

  if (given(citizen.email) && !validateEmail(citizen.email).ok) fields['citizen.email'] = 'invalid';
  if (given(citizen.phone) && !validatePhone(citizen.phone).ok) {
    fields['citizen.phone'] = 'invalid';
  } else if (citizen.smsReminder && !given(citizen.phone)) {
    fields['citizen.phone'] = 'required';
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}
