import type { Appointment } from './types.js';

/**
 * What a public event tells the host page about an appointment: enough for statistics and a
 * page's own follow-up, never the manage token, a CPR number or the citizen's name (every
 * analytics script on the page hears these events).
 */
export interface AppointmentEventDetail {
  reference: string;
  serviceId: string;
  locationId: string;
  /** ISO 8601 with the Copenhagen offset. */
  start: string;
  end: string;
}

export function appointmentEventDetail(appointment: Appointment): AppointmentEventDetail {
  const { reference, service, location, start, end } = appointment;
  return { reference, serviceId: service.id, locationId: location.id, start, end };
}
