/**
 * Appointment rows as the contract answers them: the errand and office in the caller's
 * language, Copenhagen times, the name (until the retention purge empties it), the token only
 * when the caller gave it; never a CPR number or contact data.
 */
import type { Selectable } from 'kysely';
import { type ContentLanguage, localizeLocation, localizeService } from '../../../src/core/municipality.js';
import { toCopenhagenIso } from '../../../src/core/time.js';
import type { Appointment } from '../../../src/core/types.js';
import type { AppointmentsTable } from '../db/schema.js';
import type { Catalogue } from './catalogue.js';

export type AppointmentRow = Selectable<AppointmentsTable>;

export function toAppointment(row: AppointmentRow, catalogue: Catalogue, lang: ContentLanguage, token?: string): Appointment {
  const appointment: Appointment = {
    reference: row.reference,
    status: row.status,
    service: localizeService(catalogue.requireErrand(row.service_id), lang),
    location: localizeLocation(catalogue.requireOffice(row.location_id), lang),
    start: toCopenhagenIso(row.starts_at),
    end: toCopenhagenIso(row.ends_at),
  };
  if (row.citizen_name !== null) appointment.citizenName = row.citizen_name;
  if (token !== undefined) appointment.token = token;
  return appointment;
}
