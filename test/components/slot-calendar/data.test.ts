import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/bt-slot-calendar.js';
import type { BtSlotCalendar } from '../../../src/components/slot-calendar/slot-calendar.js';
import { BookingError } from '../../../src/core/errors.js';
import type { Availability } from '../../../src/core/types.js';
import { CalendarObject } from './calendar-object.js';
import { FakeAdapter, morningOf, office, slot } from './fake-adapter.js';

async function calendar(adapter: FakeAdapter, today = '2026-12-01'): Promise<CalendarObject> {
  const clock = morningOf(today);
  const el = await fixture<BtSlotCalendar>(
    html`<bt-slot-calendar .clock=${clock} service="pas" location="centrum" .adapter=${adapter}></bt-slot-calendar>`,
  );
  return new CalendarObject(el, clock);
}

const waitForCalls = (adapter: FakeAdapter, count: number) =>
  waitUntil(() => adapter.calls.length >= count, `expected ${count} calls, got ${adapter.months.join(', ')}`, { timeout: 4000 });

describe('<bt-slot-calendar> data: one request per month, cached, prefetched', () => {
  it('asks for the whole shown month, then prefetches the next when idle', async () => {
    const adapter = new FakeAdapter(office());
    const cal = await calendar(adapter);
    expect(adapter.calls[0]!.query).to.deep.equal({
      serviceId: 'pas',
      locationId: 'centrum',
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(adapter.calls[0]!.signal).to.be.instanceOf(AbortSignal);
    await cal.loaded();
    await cal.idle();
    await waitForCalls(adapter, 2);
    expect(adapter.months).to.deep.equal(['2026-12', '2027-01']);
    expect(adapter.calls[1]!.query.to).to.equal('2027-01-31');
  });

  it('going back and forth makes no new request for a month it has', async () => {
    const adapter = new FakeAdapter(office());
    const cal = await calendar(adapter);
    await cal.loaded();
    await cal.idle();
    await waitForCalls(adapter, 2);
    await cal.nextMonth();
    // January came from the prefetch: shown at once, no loading state.
    expect(cal.loading).to.equal(false);
    await cal.idle();
    await waitForCalls(adapter, 3);
    await cal.previousMonth();
    await cal.nextMonth();
    await cal.previousMonth();
    await aTimeout(300);
    expect(adapter.months).to.deep.equal(['2026-12', '2027-01', '2027-02']);
  });

  it('fast navigation never shows another month: stale answers are aborted and dropped', async () => {
    const adapter = new FakeAdapter();
    const cal = await calendar(adapter);
    await cal.nextMonth();
    await cal.nextMonth();
    expect(cal.monthHeading).to.equal('februar 2027');
    const december = adapter.call('2026-12');
    const january = adapter.call('2027-01');
    expect(december.signal!.aborted, 'December aborted').to.equal(true);
    expect(january.signal!.aborted, 'January aborted').to.equal(true);

    const february = adapter.call('2027-02');
    february.resolve({ slots: [slot('2027-02-03', '10:00')], closedDays: [] });
    await cal.loaded();
    // December answers late (a backend that ignores abort): nothing of it may appear.
    december.resolve({ slots: [slot('2026-12-03', '09:00'), slot('2026-12-04', '09:00')], closedDays: [] });
    january.resolve({ slots: [slot('2027-01-05', '09:00')], closedDays: [] });
    await aTimeout(20);
    await cal.settled();
    expect(cal.monthHeading).to.equal('februar 2027');
    expect(cal.dayName('2027-02-03')).to.equal('onsdag 3. februar 2027, 1 ledig tid');
    expect(cal.availableDates).to.deep.equal(['2027-02-03']);
    await cal.announced('februar 2027: 1 ledig tid');
    // The dropped answer was not cached either: December is asked for again.
    const before = adapter.calls.length;
    await cal.previousMonth();
    await cal.previousMonth();
    expect(cal.monthHeading).to.equal('december 2026');
    expect(cal.loading).to.equal(true);
    expect(adapter.calls.length).to.be.greaterThan(before);
  });

  it('a late answer for a month shown earlier does not replace the current one, even unaborted', async () => {
    // Resolving in reverse order: the February grid must keep February's data.
    const adapter = new FakeAdapter();
    const cal = await calendar(adapter);
    await cal.nextMonth();
    await cal.nextMonth();
    adapter.call('2027-02').resolve({ slots: [], closedDays: [{ date: '2027-02-10', reason: 'Lukket' }] });
    adapter.call('2027-01').resolve({ slots: [slot('2027-02-10', '10:00')], closedDays: [] });
    await cal.loaded();
    await aTimeout(10);
    expect(cal.dayName('2027-02-10')).to.equal('onsdag 10. februar 2027, lukket: Lukket');
  });

  it('refresh() forgets the cache and asks again', async () => {
    const adapter = new FakeAdapter(office());
    const cal = await calendar(adapter);
    await cal.loaded();
    const before = adapter.months.filter((m) => m === '2026-12').length;
    await cal.element.refresh();
    await cal.loaded();
    expect(adapter.months.filter((m) => m === '2026-12').length).to.equal(before + 1);
  });

  it('a new service starts a new cache', async () => {
    const adapter = new FakeAdapter(office());
    const cal = await calendar(adapter);
    await cal.loaded();
    cal.element.service = 'koerekort';
    await cal.loaded();
    expect(adapter.calls.at(-1)!.query.serviceId).to.equal('koerekort');
  });
});

describe('<bt-slot-calendar> first available time', () => {
  it('searches forward month by month, shows the day and focuses the first time', async () => {
    // Nothing free until February 2027: the third month from December.
    const adapter = new FakeAdapter(office({ firstOpen: '2027-02-01' }));
    const cal = await calendar(adapter);
    await cal.loaded();
    expect(cal.firstAvailableButton.textContent!.trim()).to.equal('Første ledige tid');
    await cal.findFirstAvailable();
    expect(cal.monthHeading).to.equal('februar 2027');
    expect(cal.element.selectedDate).to.equal('2027-02-01');
    expect(cal.activeElement?.getAttribute('aria-label')).to.equal('mandag 1. februar 2027 kl. 09.00');
    // A search is not a choice: the citizen still confirms the time.
    expect(cal.element.selectedSlotId).to.equal(undefined);
    await cal.announced('Første ledige tid: mandag 1. februar 2027 kl. 09.00');
    // Each month once, through the same cache as the grid.
    expect(new Set(adapter.months).size).to.equal(adapter.months.length);
    expect(adapter.months.slice(0, 3)).to.deep.equal(['2026-12', '2027-01', '2027-02']);
    await expect(cal.element).to.be.accessible();
  });

  it('skips past days and today’s closed day', async () => {
    const adapter = new FakeAdapter(office());
    const cal = await calendar(adapter, '2026-12-24');
    await cal.findFirstAvailable();
    // 24–27 December are closed (holidays and a weekend): Monday the 28th is first.
    expect(cal.element.selectedDate).to.equal('2026-12-28');
  });

  it('says plainly, visibly and aloud, when there is nothing within six months', async () => {
    const adapter = new FakeAdapter(() => ({ slots: [], closedDays: [] }));
    const cal = await calendar(adapter);
    await cal.loaded();
    await cal.findFirstAvailable();
    expect(cal.messages).to.include('Der er ingen ledige tider de næste 6 måneder.');
    await cal.announced('Der er ingen ledige tider de næste 6 måneder.');
    expect([...new Set(adapter.months)]).to.deep.equal(['2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05']);
    expect(cal.monthHeading).to.equal('december 2026');
    await expect(cal.element).to.be.accessible();
  });

  it('says so in English too', async () => {
    const adapter = new FakeAdapter(() => ({ slots: [], closedDays: [] }));
    const cal = await calendar(adapter);
    cal.element.setAttribute('lang', 'en');
    await cal.loaded();
    await cal.findFirstAvailable();
    expect(cal.messages).to.include('There are no available times in the next 6 months.');
    await expect(cal.element).to.be.accessible();
  });

  it('shows a translated error with a retry when the search fails', async () => {
    let fail = true;
    const answer = office({ firstOpen: '2027-01-04' });
    const adapter = new FakeAdapter((query) => {
      if (query.from.startsWith('2027-01') && fail) throw new BookingError('network', 'offline');
      return answer(query) as Availability;
    });
    const cal = await calendar(adapter, '2026-12-30');
    await cal.loaded();
    await cal.findFirstAvailable();
    expect(cal.messages.join(' ')).to.include('Bestillingssystemet kan ikke nås lige nu.');
    fail = false;
    cal.retryButton!.click();
    await waitUntil(() => cal.element.selectedDate === '2027-01-04', 'retry did not find 4 January');
  });
});
