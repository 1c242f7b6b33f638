import type { Appointment, Slot } from './types.js';

/*
 * What the public `bt-*` events tell the host page: ids and times, enough for statistics and
 * a page's own follow-up. Never the manage token, a CPR number, the citizen's name, e-mail or
 * phone, nor a whole appointment: every analytics script on the page hears these events.
 *
 * Each detail is a fresh frozen copy, so no listener on the page (they run first, in the
 * capture phase) can change what the element itself goes on to book.
 */

/** The errand and the office chosen (`bt-service-select`). */
export interface ServiceSelectDetail {
  serviceId: string;
  locationId: string;
}

/** A free time chosen in the calendar (`bt-slot-select`). */
export interface SlotSelectDetail extends ServiceSelectDetail {
  slotId: string;
  /** ISO 8601 with the Copenhagen offset. */
  start: string;
  end: string;
}

/** A booked, moved or cancelled appointment (`bt-booked`, `bt-cancelled`, the receipt's events). */
export interface AppointmentEventDetail extends ServiceSelectDetail {
  reference: string;
  /** ISO 8601 with the Copenhagen offset. */
  start: string;
  end: string;
}

/** What `bt-receipt-download` and `bt-receipt-print` carry. */
export type ReceiptEventDetail = AppointmentEventDetail;

export function serviceSelectDetail(serviceId: string, locationId: string): ServiceSelectDetail {
  return Object.freeze({ serviceId, locationId });
}

export function slotSelectDetail(slot: Slot): SlotSelectDetail {
  const { id, serviceId, locationId, start, end } = slot;
  return Object.freeze({ slotId: id, serviceId, locationId, start, end });
}

/** The slot a `bt-slot-select` names, for the element that books or moves to it. */
export function slotFromDetail(detail: SlotSelectDetail): Slot {
  const { slotId, serviceId, locationId, start, end } = detail;
  return { id: slotId, serviceId, locationId, start, end };
}

export function appointmentEventDetail(appointment: Appointment): AppointmentEventDetail {
  const { reference, service, location, start, end } = appointment;
  return Object.freeze({ reference, serviceId: service.id, locationId: location.id, start, end });
}
