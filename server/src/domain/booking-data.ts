/**
 * What a booking request puts in the database besides its slot: the name shown on the
 * appointment, contact data for messages, and CPR numbers only as ciphertext. Runs after
 * `bookingFieldErrors` accepted the request, so every value given here is valid.
 */
import { validateCpr, validateEmail, validatePhone } from '../../../src/core/validation.js';
import type { BookingRequest } from '../../../src/core/types.js';
import type { Cipher } from '../crypto.js';

export interface PersonalData {
  citizen_name: string;
  email: string | null;
  phone: string | null;
  sms_reminder: boolean;
  cpr_encrypted: string | null;
  on_behalf_cpr_encrypted: string | null;
  on_behalf_relation: 'child' | 'adult' | null;
  needs: string | null;
}

/** The normalised value of a field that was filled in and passes its check, else null. */
function checked(value: string | undefined, check: (text: string) => { ok: true; value: string } | { ok: false }): string | null {
  if (value === undefined || value.trim() === '') return null;
  const result = check(value);
  return result.ok ? result.value : null;
}

export function personalData(request: BookingRequest, cipher: Cipher, today: string): PersonalData {
  const { citizen, onBehalfOf, needs } = request;
  const encryptedCpr = (cpr: string | undefined): string | null => {
    const digits = checked(cpr, (text) => validateCpr(text, today));
    return digits === null ? null : cipher.encrypt(digits);
  };
  const phone = checked(citizen.phone, validatePhone);
  return {
    // The name of the person the appointment is for (the child, for a child's passport).
    citizen_name: (onBehalfOf?.name ?? citizen.name).trim(),
    email: checked(citizen.email, validateEmail),
    phone,
    sms_reminder: Boolean(citizen.smsReminder) && phone !== null,
    cpr_encrypted: encryptedCpr(citizen.cpr),
    on_behalf_cpr_encrypted: encryptedCpr(onBehalfOf?.cpr),
    on_behalf_relation: onBehalfOf?.relation ?? null,
    needs: needs && Object.keys(needs).length > 0 ? JSON.stringify(needs) : null,
  };
}
