// Runs in Chromium under TZ=UTC, America/New_York, Australia/Sydney and Pacific/Kiritimati
// (see web-test-runner.config.mjs): every label must read exactly as in Copenhagen.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/bt-slot-calendar.js';
import type { BtSlotCalendar } from '../../../src/components/slot-calendar/slot-calendar.js';
import { CalendarObject } from './calendar-object.js';
import { FakeAdapter, morningOf, office } from './fake-adapter.js';
import { dstCalendar } from './dst-fixture.js';

describe('<bt-slot-calendar> in a browser far from Copenhagen', () => {
  it('is really running in another zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.not.equal('Europe/Copenhagen');
  });

  it('lays out December 2026 and names days and times as in Copenhagen', async () => {
    const el = await fixture<BtSlotCalendar>(
      html`<bt-slot-calendar
        .clock=${morningOf('2026-12-01')}
        month="2026-12"
        service="pas"
        location="centrum"
        .adapter=${new FakeAdapter(office({ times: ['00:15', '09:00', '23:45'] }))}
      ></bt-slot-calendar>`,
    );
    const cal = new CalendarObject(el);
    await cal.loaded();
    expect(cal.monthHeading).to.equal('december 2026');
    // Today's 00.15 has started by the clock's 08.00: only what is still ahead counts.
    expect(cal.dayName('2026-12-01')).to.equal('tirsdag 1. december 2026, 2 ledige tider');
    // Monday-first: 1 December 2026, a Tuesday, is in the second column.
    const firstRow = [...cal.grid.querySelectorAll('tbody tr')[0]!.children].map((td) =>
      td.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(firstRow).to.deep.equal(['', '1 2', '2 3', '3 3', '4 3', '5', '6']);
    expect(cal.dayName('2026-12-31')).to.equal('torsdag 31. december 2026, 3 ledige tider');
    expect(cal.dayName('2026-12-25')).to.equal('fredag 25. december 2026, lukket: Juledag');
    expect(cal.dayButton('2026-12-01').getAttribute('aria-current')).to.equal('date');
    await cal.pickDay('2026-12-31');
    expect(cal.times).to.deep.equal(['00.15', '09.00', '23.45']);
    expect(cal.timeNames).to.deep.equal([
      'torsdag 31. december 2026 kl. 00.15',
      'torsdag 31. december 2026 kl. 09.00',
      'torsdag 31. december 2026 kl. 23.45',
    ]);
  });

  it('puts DST-day slots on the right day with the right times', async () => {
    const spring = await dstCalendar('2026-03');
    await spring.pickDay('2026-03-29');
    expect(spring.times).to.deep.equal(['00.30', '01.30', '03.30', '12.00']);
    const autumn = await dstCalendar('2026-10');
    await autumn.pickDay('2026-10-25');
    expect(autumn.times).to.deep.equal(['02.30', '02.30', '13.00', '23.45']);
  });
});
