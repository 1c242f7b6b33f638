import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import type { AuthProvider, BookingAdapter } from '../../src/core/adapter.js';
import { BookingError } from '../../src/core/errors.js';

/**
 * Ready backends for the `adapter` control. An element's `adapter` is an object a designer
 * cannot type into a control ("Set object"), so stories offer these by name instead; each is
 * built fresh per render, so stories never share bookings.
 */
export type BackendName =
  | 'sample'
  | 'fast'
  | 'slow'
  | 'without-holds'
  | 'short-holds'
  | 'sign-in'
  | 'signed-in'
  | 'booking-fails-once'
  | 'down'
  | 'never-answers'
  | 'none';

/** The sample municipality, answering after a realistic round trip. */
/** The sample municipality, answering in the toolbar's language (the page's `lang`), as a backend answers Accept-Language. */
export const sampleBackend = (options: MemoryAdapterOptions = {}) =>
  new MemoryAdapter({ latencyMs: 300, lang: () => document.documentElement.lang || 'da', ...options });

/**
 * A fake MitID, clearly not the real one: signs in at once (no redirect) as one demonstration
 * person, whose bookings made signed in are "Mine aftaler". The CPR number is the sample
 * data's made-up one, which sign-in fills into the form as MitID would.
 */
export function demoSignIn(signedIn = false): AuthProvider {
  const person = { id: 'demo-person-karen', name: 'Karen Jensen (demonstration)', cpr: '0101901234' };
  let session: typeof person | null = signedIn ? person : null;
  return {
    getSession: async () => session,
    login: async () => void (session = person),
    logout: async () => void (session = null),
  };
}

/** The first booking attempt fails ("unavailable"): the summary's retry with the same key. */
function bookingFailsOnce(): BookingAdapter {
  const adapter = sampleBackend();
  adapter.failNext('unavailable', 'book');
  return adapter;
}

/** Every call is refused as "unavailable" (503): the elements' error states with "Prøv igen". */
function downBackend(): BookingAdapter {
  const down = () => Promise.reject(new BookingError('unavailable', 'Story: the backend is down'));
  return {
    getLocations: down,
    getServices: down,
    getAvailability: down,
    book: down,
    getAppointments: down,
    reschedule: down,
    cancel: down,
  };
}

/** No call ever settles: the loading states, and with the element's `timeout` its "took too long". */
function neverAnsweringBackend(): BookingAdapter {
  const never = () => new Promise<never>(() => {});
  return {
    getLocations: never,
    getServices: never,
    getAvailability: never,
    book: never,
    getAppointments: never,
    reschedule: never,
    cancel: never,
  };
}

export const BACKENDS: Record<BackendName, () => BookingAdapter | undefined> = {
  sample: () => sampleBackend(),
  fast: () => sampleBackend({ latencyMs: 0 }),
  slow: () => sampleBackend({ latencyMs: 3000 }),
  // No countdown: a backend without `holdSlot`.
  'without-holds': () => sampleBackend({ holds: false }),
  // 45 s holds: the countdown, its announcements and the "no longer reserved" recovery.
  'short-holds': () => sampleBackend({ holdSeconds: 45 }),
  'sign-in': () => sampleBackend({ auth: demoSignIn() }),
  'signed-in': () => sampleBackend({ auth: demoSignIn(true) }),
  'booking-fails-once': bookingFailsOnce,
  down: downBackend,
  'never-answers': neverAnsweringBackend,
  // Neither `adapter` nor `api`: the elements' configuration message.
  none: () => undefined,
};

/**
 * The `adapter` row for stories' `argTypes`: a select of the backends above. The story's arg
 * is the name; Storybook maps it to the factory, which the render calls (see `element.ts`).
 */
export const adapterArgType = {
  control: 'select',
  options: Object.keys(BACKENDS),
  mapping: BACKENDS,
  description:
    'The backend (`adapter` property; a page sets it or the `api` attribute). Here a ready one: the ' +
    'sample municipality (`sample`, 300 ms per call; `fast`; `slow`, 3 s; `without-holds`; ' +
    '`short-holds`, 45 s; with a demonstration sign-in, `sign-in` or `signed-in`; ' +
    '`booking-fails-once`), a backend that is `down` (503), one that `never-answers` (set ' +
    '`timeout` to see it give up), or `none` (the configuration message).',
} as const;
