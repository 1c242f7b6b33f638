import { expect, waitUntil } from '@open-wc/testing';
import { CITIZEN, countingAdapter, mountBooking, type BookingObject } from './booking-object.js';

/*
 * What a host page's markup and listeners can do to <bt-booking>: preselect one of errand and
 * office, cancel the citizen's choice (as the picker and the calendar promise on their own), and
 * read every event's detail without being able to change it.
 */

function spyWarn(): { calls: unknown[][]; restore(): void } {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console.warn = original) };
}

/** The checked radio of a group in the picker (`service` or `location`), by value. */
function checked(page: BookingObject, group: 'service' | 'location'): string | undefined {
  const radios = group === 'service' ? page.picker.serviceRadios : page.picker.locationRadios;
  return radios.find((radio) => radio.checked)?.value;
}

async function pickerLoaded(page: BookingObject): Promise<void> {
  await waitUntil(() => page.shows('bt-service-picker'), 'no picker', { timeout: 4000 });
  await page.picker.settled();
  await waitUntil(() => page.picker.serviceRadios.length > 0, 'no errands listed', { timeout: 4000 });
  await page.settle();
}

describe('<bt-booking>: one of `service` and `location` alone', function () {
  this.timeout(20000);

  it('`location` alone chooses the office in the picker; the citizen picks the errand', async () => {
    const page = await mountBooking(countingAdapter(), { location: 'nord' });
    await pickerLoaded(page);
    expect(page.step).to.equal('service');
    expect(checked(page, 'location')).to.equal('nord');
    expect(checked(page, 'service')).to.equal(undefined);
    await page.chooseService('Pas – nyt pas (voksen)');
    await page.waitForStep('time');
    expect(page.calendarElement.location).to.equal('nord');
  });

  it('`service` alone chooses the errand in the picker; the citizen picks the office', async () => {
    const page = await mountBooking(countingAdapter(), { service: 'pas-voksen' });
    await pickerLoaded(page);
    expect(page.step).to.equal('service');
    expect(checked(page, 'service')).to.equal('pas-voksen');
    expect(checked(page, 'location')).to.equal(undefined);
    await page.chooseLocation('Borgerservice Nord');
    await page.settle();
    expect(checked(page, 'service'), 'the errand stays chosen at the office').to.equal('pas-voksen');
    await page.picker.continue();
    await page.waitForStep('time');
    expect(page.calendarElement.service).to.equal('pas-voksen');
    expect(page.calendarElement.location).to.equal('nord');
  });

  it('`service` alone, of an errand offered at one office only, takes that office too', async () => {
    const page = await mountBooking(countingAdapter(), { service: 'koerekort-fornyelse' });
    await page.waitForStep('time');
    expect(page.calendarElement.service).to.equal('koerekort-fornyelse');
    expect(page.calendarElement.location).to.equal('centrum');
  });

  it('an unknown id alone is ignored with a console warning, never an error', async () => {
    for (const options of [{ service: 'nope' }, { location: 'nowhere' }]) {
      const warn = spyWarn();
      try {
        const page = await mountBooking(countingAdapter(), options);
        await pickerLoaded(page);
        expect(page.step).to.equal('service');
        expect(checked(page, 'service')).to.equal(undefined);
        expect(checked(page, 'location')).to.equal(undefined);
        expect(page.part('config-error')).to.equal(null);
        const attribute = Object.keys(options)[0]!;
        expect(
          warn.calls.some((args) => String(args[0]).includes(`"${attribute}"`)),
          `a warning naming "${attribute}"`,
        ).to.equal(true);
      } finally {
        warn.restore();
      }
    }
  });
});

describe('<bt-booking>: a page listener cancels the choice', function () {
  this.timeout(20000);

  it('a capture listener on window that cancels bt-service-select keeps the citizen on the errand', async () => {
    const page = await mountBooking(countingAdapter());
    let heard = 0;
    const cancel = (event: Event): void => {
      heard += 1;
      event.preventDefault();
    };
    window.addEventListener('bt-service-select', cancel, { capture: true });
    try {
      await page.chooseLocation('Borgerservice Centrum');
      await page.chooseService('Pas – nyt pas (voksen)');
      await page.settle();
      expect(heard, 'the page heard the choice').to.equal(1);
      expect(page.step).to.equal('service');
      expect(page.shows('bt-service-picker')).to.equal(true);
    } finally {
      window.removeEventListener('bt-service-select', cancel, { capture: true });
    }
    // Once the page lets it through, the same choice moves on.
    await page.picker.continue();
    await page.waitForStep('time');
  });

  it('a capture listener on window that cancels bt-slot-select keeps the citizen on the calendar, with no hold', async () => {
    const adapter = countingAdapter();
    let holds = 0;
    const holdSlot = adapter.holdSlot!.bind(adapter);
    adapter.holdSlot = (...args) => {
      holds += 1;
      return holdSlot(...args);
    };
    const page = await mountBooking(adapter, { service: 'pas-voksen', location: 'centrum' });
    await page.waitForStep('time');
    await page.pickFirstAvailableDay();
    let heard = 0;
    const cancel = (event: Event): void => {
      heard += 1;
      event.preventDefault();
    };
    window.addEventListener('bt-slot-select', cancel, { capture: true });
    try {
      await page.calendar.pickTime(0);
      await page.settle();
      expect(heard, 'the page heard the choice').to.equal(1);
      expect(page.step).to.equal('time');
      expect(holds, 'no time held').to.equal(0);
      expect(page.calendarElement.selectedSlotId).to.equal(undefined);
    } finally {
      window.removeEventListener('bt-slot-select', cancel, { capture: true });
    }
    await page.pickTime(0);
    await page.waitForStep('details');
    expect(holds).to.equal(1);
  });
});

describe('<bt-booking>: every public event detail is frozen', function () {
  this.timeout(20000);

  it('bt-step-change, bt-service-select, bt-month-change, bt-day-select, bt-slot-select and bt-booked, heard on window', async () => {
    const types = ['bt-step-change', 'bt-service-select', 'bt-month-change', 'bt-day-select', 'bt-slot-select', 'bt-booked'];
    const details = new Map<string, unknown[]>();
    const listen = (event: Event): void => {
      const list = details.get(event.type) ?? [];
      list.push((event as CustomEvent).detail);
      details.set(event.type, list);
    };
    for (const type of types) window.addEventListener(type, listen, { capture: true });
    try {
      const page = await mountBooking(countingAdapter());
      await page.chooseLocation('Borgerservice Centrum');
      await page.chooseService('Pas – nyt pas (voksen)');
      await page.waitForStep('time');
      await page.calendar.nextMonth();
      await page.calendar.previousMonth();
      await page.pickFirstAvailableDay();
      await page.pickTime();
      await page.waitForStep('details');
      await page.fillDetails(CITIZEN);
      await page.submitDetails();
      await page.waitForStep('summary');
      await page.confirm();
      await page.waitForStep('receipt');
    } finally {
      for (const type of types) window.removeEventListener(type, listen, { capture: true });
    }
    for (const type of types) {
      const heard = details.get(type) ?? [];
      expect(heard.length, `${type} heard`).to.be.greaterThan(0);
      for (const detail of heard) expect(Object.isFrozen(detail), `${type} detail frozen`).to.equal(true);
    }
  });
});
