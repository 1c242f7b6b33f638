/**
 * The domain model shared by every adapter and element. Plain data only: these objects
 * cross the network (RestAdapter) and the structured-clone boundary (msw), so no classes.
 */

/** A day of the week as in ISO 8601: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Opening hours for one weekday; several intervals mean a break (e.g. closed for lunch). */
export interface OpeningHours {
  weekday: IsoWeekday;
  /** Local Copenhagen wall-clock intervals, "HH:MM". */
  intervals: Array<{ open: string; close: string }>;
}

export interface Address {
  street: string;
  postalCode: string;
  city: string;
}

/**
 * How a citizen checks in at an office: `kiosk`, a machine at the entrance that scans the
 * receipt's QR code or takes the typed booking number; `desk`, by telling the staff.
 */
export type CheckIn = 'kiosk' | 'desk';

export interface Location {
  id: string;
  name: string;
  address: Address;
  openingHours: OpeningHours[];
  phone?: string;
  /** Plain text, e.g. "Niveaufri adgang fra Torvet. Handicaptoilet." */
  accessibilityNote?: string;
  /** How citizens check in here; absent, the receipt says it in words that fit either. */
  checkIn?: CheckIn;
}

export interface Service {
  id: string;
  name: string;
  /** Grouping key, e.g. "pas", "koerekort", "flytning". */
  category: string;
  description: string;
  durationMinutes: number;
  /** Fee in Danish kroner; absent when the errand is free. */
  fee?: number;
  documentsToBring: string[];
  /** True when the citizen must sign in (MitID) before booking. */
  requiresLogin: boolean;
  /** Location ids that offer the service; absent = every location. */
  locationIds?: string[];
  /** Whether the backend needs the citizen's CPR number for this errand. */
  requiresCpr?: boolean;
}

export interface Slot {
  id: string;
  serviceId: string;
  locationId: string;
  /** ISO 8601 with offset, e.g. "2026-12-01T10:15:00+01:00" (Copenhagen wall-clock). */
  start: string;
  end: string;
  /** Free places left in the slot, when the backend tells. */
  remaining?: number;
}

export interface ClosedDay {
  /** YYYY-MM-DD, Copenhagen calendar date. */
  date: string;
  /** Human-readable reason from the backend, e.g. "Juledag" or "Weekend". Plain text. */
  reason: string;
}

export interface Availability {
  slots: Slot[];
  closedDays: ClosedDay[];
}

export interface Citizen {
  name: string;
  /** Ten digits, no hyphen. Never logged, never put in a URL or web storage. */
  cpr?: string;
  email?: string;
  phone?: string;
  smsReminder?: boolean;
}

export interface OnBehalfOf {
  relation: 'child' | 'adult';
  name: string;
  cpr?: string;
}

export interface SpecialNeeds {
  /** Language for an interpreter, e.g. "arabisk". Absent = no interpreter. */
  interpreter?: string;
  stepFreeAccess?: boolean;
  other?: string;
}

export interface BookingRequest {
  slotId: string;
  serviceId: string;
  locationId: string;
  citizen: Citizen;
  onBehalfOf?: OnBehalfOf;
  needs?: SpecialNeeds;
  /** The hold to confirm, when the slot was reserved with `holdSlot`. */
  holdId?: string;
}

export type AppointmentStatus = 'booked' | 'cancelled';

export interface Appointment {
  reference: string;
  status: AppointmentStatus;
  service: Service;
  location: Location;
  start: string;
  end: string;
  /** Manage token: lets the holder find, move or cancel the appointment without signing in. */
  token?: string;
  /** Name of the person the appointment is for (never the CPR number). */
  citizenName?: string;
}

export interface Hold {
  id: string;
  slotId: string;
  /** ISO 8601 instant at which the hold lapses, on the clock of whoever made the hold. */
  expiresAt: string;
  /**
   * ISO 8601 instant at which the backend made the hold, on its own clock. With it, a
   * device whose clock is off counts the hold down from the backend's time: the hold lasts
   * `expiresAt − issuedAt` from when it arrived (`checkedAdapter` rebases `expiresAt`).
   */
  issuedAt?: string;
}

export interface Session {
  /**
   * An opaque, stable identifier of the signed-in person from the identity provider (e.g.
   * MitID's UUID for the person) — never a CPR number. A backend keys "Mine aftaler" by it:
   * the appointments booked while signed in as this person.
   */
  id?: string;
  name: string;
  cpr?: string;
  email?: string;
  phone?: string;
}
