/**
 * The fault matrix's rows for `<bt-booking>`: one scenario per adapter method it calls, each
 * a citizen (Karen) booking a passport at Borgerservice Centrum through the real element.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/bt-booking.js';
import type { BtBooking } from '../../src/define/bt-booking.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { Appointment, Availability, Hold, Location, Service, Session } from '../../src/core/types.js';
import { BookingObject, CITIZEN, NOW, fakeAuth, fixedClock, fixedNow, text } from '../components/booking/booking-object.js';
import { FaultyAdapter } from './fault-adapter.js';
import { alertsOf, allBut, deepQueryAll, pressRetry, type Scenario } from './matrix.js';

/** Short enough that a call that never settles fails fast, long enough for a busy CI machine's answers. */
export const TEST_TIMEOUT_MS = 300;

const CENTRUM = 'Borgerservice Centrum';
const NORD = 'Borgerservice Nord';
const PASSPORT = 'Pas – nyt pas (voksen)';
const PASSPORT_EN = 'Passport – new passport (adult)';

function memory(auth?: ReturnType<typeof fakeAuth>): FaultyAdapter {
  return new FaultyAdapter(new MemoryAdapter({ now: fixedNow, occupancy: 0, ...(auth ? { auth } : {}) }));
}

function bookings(faulty: FaultyAdapter) {
  return (faulty.inner as MemoryAdapter).snapshot().bookings;
}

/** A holder: elements mounted in `act` (their first call is the one under test) fill it in then. */
interface Holder {
  page: BookingObject;
  faulty: FaultyAdapter;
  /** The calendar's month after the citizen moved on (for `overtaken`). */
  month?: string;
}

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

export async function mountBooking(faulty: FaultyAdapter): Promise<BookingObject> {
  const el = await fixture<BtBooking>(html`
    <bt-booking
      lang="da"
      variant="inline"
      timeout=${TEST_TIMEOUT_MS}
      .clock=${fixedClock}
      .adapter=${faulty.adapter}
    ></bt-booking>
  `);
  await el.updateComplete;
  return new BookingObject(el);
}

/** Whatever step the flow is on, a citizen carries on to the receipt (typing only what is not kept). */
export async function completeBooking(page: BookingObject, location = CENTRUM): Promise<void> {
  for (let guard = 0; guard < 12 && page.step !== 'receipt'; guard++) {
    const step = page.step;
    if (step === 'service') {
      await page.chooseLocation(location);
      await page.chooseService(PASSPORT);
      await waitUntil(() => page.step !== 'service', 'the errand step never moved on', { timeout: 4000 });
    } else if (step === 'time') {
      await page.calendar.loaded();
      if (!page.calendar.timeButtons.length) await page.pickFirstAvailableDay();
      await page.pickTime(page.calendar.timeButtons.length > 1 ? 1 : 0);
      await waitUntil(() => page.step !== 'time' || page.reholdButton, 'the time step never moved on', { timeout: 4000 });
      if (page.reholdButton) page.reholdButton.click();
    } else if (step === 'details') {
      await page.waitForStep('details');
      await waitUntil(() => page.shows('bt-contact-form'), 'no details form', { timeout: 4000 });
      if (!page.form.field('name').value) await page.fillDetails(CITIZEN);
      await page.submitDetails();
      await waitUntil(() => page.step !== 'details', 'the details step never moved on', { timeout: 4000 });
    } else if (step === 'summary') {
      page.confirmButton.click();
      await waitUntil(
        () => page.step !== 'summary' || (page.part('confirm')?.getAttribute('aria-disabled') !== 'true' && page.notice()),
        'the booking never settled',
        { timeout: 4000 },
      );
      await page.settle();
      if (page.step === 'summary') throw new Error(`confirming failed: ${page.notice()}`);
    } else {
      throw new Error(`unexpected step ${step}`);
    }
    await page.settle();
  }
  expect(page.step).to.equal('receipt');
}

/** The receipt is shown and exactly one booking exists, for the errand and office the citizen chose. */
async function bookedOnce(page: BookingObject, faulty: FaultyAdapter, location = 'centrum'): Promise<void> {
  await completeBooking(page, location === 'nord' ? NORD : CENTRUM);
  const all = bookings(faulty);
  expect(all, 'bookings').to.have.length(1);
  expect(all[0]!.serviceId).to.equal('pas-voksen');
  expect(all[0]!.locationId).to.equal(location);
  // A retry of the same request reuses its key; only a changed request (another time, a corrected
  // e-mail address) gets a new one.
  const keysByRequest = new Map<string, Set<string | undefined>>();
  for (const [request, options] of faulty.calls.book) {
    const same = JSON.stringify(request);
    const keys = keysByRequest.get(same) ?? new Set();
    keys.add((options as { idempotencyKey?: string } | undefined)?.idempotencyKey);
    keysByRequest.set(same, keys);
  }
  for (const keys of keysByRequest.values()) expect(keys.size, 'idempotency keys for one request').to.equal(1);
}

const message = ({ page }: Holder): string => alertsOf(page.el);
const done = ({ page }: Holder): boolean => page.step === 'receipt';
const retry = async ({ page }: Holder): Promise<void> => {
  await pressRetry(page.el);
  await page.settle();
};

/** Locations as the third-party adapter sent them: `address` a string. */
const addressAsString = (answer: unknown) =>
  (answer as Location[]).map((location) => ({ ...location, address: `${location.address.street}, ${location.address.city}` }));

/** The language the backend answers in, as a RestAdapter follows the page's (for `overtaken`). */
const backendLanguage = { current: 'da' };

export const getLocations: Scenario<Holder> = {
  method: 'getLocations',
  element: 'bt-booking',
  adapter: () => new FaultyAdapter(new MemoryAdapter({ now: fixedNow, occupancy: 0, lang: () => backendLanguage.current })),
  arrange: async (faulty) => {
    backendLanguage.current = 'da';
    return { faulty } as Holder;
  },
  act: async (holder) => {
    holder.page = await mountBooking(holder.faulty);
  },
  // The page switches to English while the Danish catalogue is on its way: it is asked again.
  overtake: async ({ page }) => {
    backendLanguage.current = 'en';
    page.el.lang = 'en';
    await page.settle();
  },
  message,
  done,
  retry,
  finish: async ({ page, faulty }, fault) => {
    if (fault === 'overtaken') {
      await page.chooseLocation(CENTRUM);
      await waitUntil(() => page.picker.serviceRadios.length > 0, 'no errands', { timeout: 4000 });
      const names = page.picker.serviceRadios.map((radio) => page.picker.labelOf(radio));
      expect(
        names.some((name) => name.startsWith(PASSPORT_EN)),
        names.join(' | '),
      ).to.equal(true);
      expect(
        names.some((name) => name.startsWith(PASSPORT)),
        'a late Danish answer shown',
      ).to.equal(false);
      await page.chooseService(PASSPORT_EN);
    }
    if (fault === 'wrong-data') {
      await page.chooseLocation(CENTRUM);
      const names = page.picker.locationRadios.map((radio) => page.picker.labelOf(radio));
      expect(names.filter((name) => name.startsWith('Falsk'))).to.deep.equal([]);
    }
    await bookedOnce(page, faulty);
  },
  expect: { 'wrong-data': 'goes-on', overtaken: 'goes-on' },
  bends: {
    wrongShape: addressAsString,
    // Duplicate ids: an office answered twice under another name must not be offered.
    wrongData: (answer) => [...(answer as Location[]), { ...(answer as Location[])[0]!, name: 'Falsk kontor' }],
  },
};

export const getServices: Scenario<Holder> = {
  method: 'getServices',
  element: 'bt-booking',
  adapter: () => memory(),
  arrange: async (faulty) => {
    const page = await mountBooking(faulty);
    await waitUntil(() => page.shows('bt-service-picker'), 'no picker', { timeout: 4000 });
    await page.picker.settled();
    await waitUntil(() => page.picker.locationRadios.length > 0, 'no offices', { timeout: 4000 });
    return { page, faulty };
  },
  act: async ({ page }) => {
    const radio = page.picker.locationRadios.find((candidate) => page.picker.labelOf(candidate).startsWith(CENTRUM))!;
    radio.click();
    await page.settle();
  },
  message,
  done,
  retry,
  kept: ({ page }) => {
    const chosen = page.picker.locationRadios.find((radio) => radio.checked);
    expect(chosen && page.picker.labelOf(chosen), 'the chosen office').to.match(/^Borgerservice Centrum/);
  },
  overtake: async ({ page }) => {
    await page.chooseLocation(NORD);
  },
  finish: async ({ page, faulty }, fault) => {
    if (fault === 'wrong-data') {
      await waitUntil(() => page.picker.serviceRadios.length > 0, 'no errands', { timeout: 4000 });
      const names = page.picker.serviceRadios.map((radio) => page.picker.labelOf(radio));
      expect(names.filter((name) => name.startsWith('Falsk'))).to.deep.equal([]);
    }
    if (fault === 'overtaken') {
      const chosen = page.picker.locationRadios.find((radio) => radio.checked);
      expect(chosen && page.picker.labelOf(chosen)).to.match(/^Borgerservice Nord/);
      await page.chooseService(PASSPORT);
      await bookedOnce(page, faulty, 'nord');
      return;
    }
    await bookedOnce(page, faulty);
  },
  expect: { 'wrong-data': 'goes-on', overtaken: 'goes-on' },
  bends: {
    // The adapter: `documents` instead of `documentsToBring`.
    wrongShape: (answer) =>
      (answer as Service[]).map(({ documentsToBring, ...service }) => ({ ...service, documents: documentsToBring })),
    // A duplicate id under another name (would book another errand than the one chosen), a fee as text.
    wrongData: (answer) => {
      const services = answer as Service[];
      return [...services, { ...services.find((service) => service.id === 'pas-voksen')!, name: 'Falsk ærinde' }];
    },
  },
};

export const getAvailability: Scenario<Holder> = {
  method: 'getAvailability',
  element: 'bt-booking',
  adapter: () => memory(),
  arrange: async (faulty) => {
    const page = await mountBooking(faulty);
    await page.chooseLocation(CENTRUM);
    await page.picker.chooseService(PASSPORT);
    await page.settle();
    return { page, faulty };
  },
  act: async ({ page }) => {
    await page.picker.continue();
    // The calendar comes with the later steps' panels (fetched after the first render).
    await page.waitForStep('time');
  },
  message,
  done,
  retry,
  kept: ({ page }) => expect(page.step).to.equal('time'),
  overtake: async (holder) => {
    const { page } = holder;
    await waitUntil(() => page.shows('bt-slot-calendar'), 'no calendar', { timeout: 4000 });
    await page.calendar.nextMonth();
    holder.month = page.calendar.monthHeading;
  },
  finish: async ({ page, faulty, month }, fault) => {
    if (fault === 'overtaken') {
      // The month the citizen moved to stays, with its own days, when the late answer arrives.
      await page.calendar.loaded();
      expect(page.calendar.monthHeading).to.equal(month);
      const [name, year] = month!.split(' ');
      const monthNumber = String(MONTHS.indexOf(name!.toLowerCase()) + 1).padStart(2, '0');
      expect(page.calendar.availableDates.every((date) => date.startsWith(`${year}-${monthNumber}`))).to.equal(true);
    }
    if (fault === 'wrong-data') {
      await page.calendar.loaded();
      await page.pickFirstAvailableDay();
      const times = page.calendar.times;
      expect(new Set(times).size, `times offered twice: ${times.join(', ')}`).to.equal(times.length);
      expect(
        times.filter((time) => time.startsWith('08.')),
        'a slot already started',
      ).to.deep.equal([]);
    }
    await bookedOnce(page, faulty);
    const [booked] = bookings(faulty);
    expect(new Date(booked!.start).getTime()).to.be.greaterThan(NOW.getTime());
  },
  expect: { 'wrong-data': 'goes-on', overtaken: 'goes-on', validation: 'recover' },
  bends: {
    validationFields: { to: 'range-too-long' },
    wrongShape: (answer) => ({
      slots: (answer as Availability).slots.map(({ end: _end, ...slot }) => ({ ...slot, finish: 'soon' })),
      closedDays: 'none',
    }),
    // Every slot twice, plus one that ends before it starts and one that started this morning.
    wrongData: (answer) => {
      const { slots, closedDays } = answer as Availability;
      const first = slots[0]!;
      const started = { ...first, id: `${first.id}-early`, start: '2026-11-23T08:30:00+01:00', end: '2026-11-23T08:45:00+01:00' };
      const backwards = { ...first, id: `${first.id}-backwards`, end: first.start, start: first.end };
      return { slots: [...slots, ...slots, started, backwards], closedDays };
    },
  },
};

export const holdSlot: Scenario<Holder> = {
  method: 'holdSlot',
  element: 'bt-booking',
  adapter: () => memory(),
  arrange: async (faulty) => {
    const page = await mountBooking(faulty);
    await page.chooseLocation(CENTRUM);
    await page.chooseService(PASSPORT);
    await page.waitForStep('time');
    await page.calendar.loaded();
    await page.pickFirstAvailableDay();
    return { page, faulty };
  },
  act: async ({ page }) => {
    await page.calendar.pickTime(0);
    await page.settle();
  },
  message,
  done,
  retry: async (holder, fault) => {
    // A taken time is not retried: the citizen picks another one.
    if (fault === 'slot-taken') await holder.page.calendar.pickTime(1);
    else await retry(holder);
  },
  kept: ({ page }) => expect(page.shows('bt-slot-calendar') || page.step === 'details', `step ${page.step}`).to.equal(true),
  finish: async ({ page, faulty }) => bookedOnce(page, faulty),
  expect: {
    'slot-taken': 'recover',
    validation: 'recover',
    'wrong-data': 'goes-on',
    // Tried: a second time picked while a hold is on its way makes no second holdSlot call.
    overtaken: { na: 'the flow holds one time at a time: a pick while a hold is on its way makes no new call' },
  },
  bends: {
    validationFields: { slotId: 'mismatch' },
    wrongShape: (answer) => ({ id: 42, slotId: (answer as Hold).slotId, expires: 'soon' }),
    // Already lapsed on arrival (a phone whose clock is ahead): must not loop on "not reserved".
    wrongData: (answer) => ({ ...(answer as Hold), expiresAt: new Date(NOW.getTime() - 60_000).toISOString() }),
  },
};

const RELEASE_ABSORBED = 'goes-on' as const;

export const releaseHold: Scenario<Holder> = {
  method: 'releaseHold',
  element: 'bt-booking',
  adapter: () => memory(),
  arrange: async (faulty) => {
    const page = await mountBooking(faulty);
    await page.toSummary();
    return { page, faulty };
  },
  // "Ret Tid": the held time is given back while the citizen picks another.
  act: async ({ page }) => {
    await page.change('Tid');
    await page.waitForStep('time');
    await page.calendar.loaded();
    if (!page.calendar.timeButtons.length) await page.pickFirstAvailableDay();
    await page.calendar.pickTime(2);
    await page.settle();
  },
  message,
  done,
  retry,
  finish: async ({ page, faulty }) => {
    expect(alertsOf(page.el), 'a failed release is not the citizen’s problem').to.equal('');
    await bookedOnce(page, faulty);
  },
  expect: {
    ...allBut(RELEASE_ABSORBED, 'overtaken', 'wrong-data'),
    'wrong-data': { na: 'it answers nothing, so nothing well-formed can be wrong' },
  },
  bends: { wrongShape: () => ({ released: 'maybe' }) },
};

/** The slot the citizen confirmed, as the calendar offered it. */
function confirmedTime(page: BookingObject): string {
  const slot = page.chosenSlot!;
  return new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' })
    .format(new Date(slot.start))
    .replace(':', '.');
}

export const book: Scenario<Holder> = {
  method: 'book',
  element: 'bt-booking',
  adapter: () => memory(),
  arrange: async (faulty) => {
    const page = await mountBooking(faulty);
    await page.toSummary();
    return { page, faulty };
  },
  act: async ({ page }) => {
    page.confirmButton.click();
    await page.settle();
  },
  message,
  done,
  retry: async ({ page }, fault) => {
    if (fault === 'slot-taken') return; // completeBooking picks another time and goes on
    if (fault === 'validation') {
      // The backend refused the e-mail address: the citizen corrects it where it is shown.
      await page.waitForStep('details');
      await page.form.type('email', 'karen.jensen@example.dk');
      return;
    }
    // A retry button, or (for an answer it could not read) the confirm button again.
    await waitUntil(() => page.part('retry') ?? page.part('confirm'), 'no way to confirm again', { timeout: 4000 });
    (page.part('retry') ?? page.confirmButton).click();
    await page.settle();
  },
  kept: ({ page }) => {
    if (page.step === 'summary') expect(page.summaryValue('Navn')).to.equal(CITIZEN.name);
    else if (page.step === 'details') expect(page.form.field('name').value).to.equal(CITIZEN.name);
    else if (page.step !== 'time') throw new Error(`after a failed booking the flow is on ${page.step}`);
  },
  finish: async ({ page, faulty }, fault) => {
    if (fault === 'wrong-shape' || fault === 'wrong-data') {
      // The backend said yes: the citizen sees the time they chose, whatever the answer lacked.
      await page.waitForStep('receipt');
      await waitUntil(() => text(page.receiptElement.shadowRoot).includes(confirmedTime(page)), 'the receipt lacks the time', {
        timeout: 4000,
      });
      const receipt = text(page.receiptElement.shadowRoot);
      if (fault === 'wrong-data') expect(receipt).to.contain(LONG_REFERENCE.slice(0, 40));
      else expect(receipt, 'a way to reach the office without a reference').to.match(/\d\d \d\d \d\d \d\d/);
      expect(bookings(faulty)).to.have.length(1);
      return;
    }
    await bookedOnce(page, faulty);
    if (fault !== 'slot-taken' && fault !== 'validation') expect(faulty.calls.book.length).to.be.within(1, 2);
  },
  expect: { 'slot-taken': 'recover', validation: 'recover', 'wrong-shape': 'goes-on', 'wrong-data': 'goes-on' },
  bends: {
    validationFields: { 'citizen.email': 'invalid' },
    // Booked, but the answer lacks its reference and errand.
    wrongShape: (answer) => {
      const { reference: _reference, service: _service, ...rest } = answer as Appointment;
      return rest;
    },
    // Booked, with a 2,000-character reference.
    wrongData: (answer) => ({ ...(answer as Appointment), reference: LONG_REFERENCE }),
  },
};

const LONG_REFERENCE = `BT-${'K3Q9M7'.repeat(400)}`.slice(0, 2000);

const SESSION_OPTIONAL = 'goes-on' as const;

export const getSession: Scenario<Holder> = {
  method: 'auth.getSession',
  element: 'bt-booking',
  adapter: () => memory(fakeAuth()),
  arrange: async (faulty) => ({ faulty }) as Holder,
  act: async (holder) => {
    holder.page = await mountBooking(holder.faulty);
  },
  message,
  done,
  retry,
  // Who is signed in is optional to a passport booking: a broken answer means "not signed in".
  finish: async ({ page, faulty }) => {
    await waitUntil(() => page.shows('bt-service-picker'), 'the booking never started', { timeout: 4000 });
    expect(deepQueryAll(page.el.shadowRoot!, '[role="alert"]').map((alert) => alert.textContent)).to.deep.equal([]);
    await bookedOnce(page, faulty);
  },
  expect: allBut(SESSION_OPTIONAL, 'validation', 'slot-taken', 'overtaken', 'wrong-data'),
  bends: { wrongShape: () => ({ name: 42, cpr: ['nope'] }) as unknown as Session },
};
