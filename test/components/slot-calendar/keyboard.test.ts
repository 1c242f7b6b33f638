import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/bt-slot-calendar.js';
import type { BtSlotCalendar } from '../../../src/components/slot-calendar/slot-calendar.js';
import { dateForKey } from '../../../src/components/slot-calendar/date-keys.js';
import { CalendarObject } from './calendar-object.js';
import { FakeAdapter, morningOf, office } from './fake-adapter.js';

async function calendarOn(
  date: string,
  { firstDayOfWeek, today = '2026-01-01' }: { firstDayOfWeek?: number; today?: string } = {},
): Promise<CalendarObject> {
  const el = await fixture<BtSlotCalendar>(
    html`<bt-slot-calendar
      .clock=${morningOf(today)}
      month=${date.slice(0, 7)}
      first-day-of-week=${firstDayOfWeek ?? ''}
      service="pas"
      location="centrum"
      .adapter=${new FakeAdapter(office())}
    ></bt-slot-calendar>`,
  );
  const cal = new CalendarObject(el);
  await cal.loaded();
  cal.focusDay(date);
  return cal;
}

/** Presses `key` from `from` and returns where focus went (and checks the roving tab stop followed). */
async function press(
  from: string,
  key: string,
  options: { shiftKey?: boolean; firstDayOfWeek?: number; today?: string } = {},
): Promise<string> {
  const cal = await calendarOn(from, options);
  await cal.press(key, options);
  const focused = cal.focusedDate!;
  expect(cal.tabStopDates, 'one tab stop, on the focused day').to.deep.equal([focused]);
  expect(cal.monthHeading.length).to.be.greaterThan(0);
  return focused;
}

describe('date-grid key map (pure)', () => {
  const cases: Array<[string, string, boolean, number, string]> = [
    ['2026-12-31', 'ArrowRight', false, 1, '2027-01-01'],
    ['2027-01-01', 'ArrowLeft', false, 1, '2026-12-31'],
    ['2026-12-29', 'ArrowDown', false, 1, '2027-01-05'],
    ['2027-01-05', 'ArrowUp', false, 1, '2026-12-29'],
    ['2026-12-02', 'Home', false, 1, '2026-11-30'],
    ['2026-12-02', 'End', false, 1, '2026-12-06'],
    ['2026-12-02', 'Home', false, 7, '2026-11-29'],
    ['2026-12-02', 'End', false, 7, '2026-12-05'],
    ['2027-03-31', 'PageUp', false, 1, '2027-02-28'],
    ['2028-03-31', 'PageUp', false, 1, '2028-02-29'],
    ['2027-01-31', 'PageDown', false, 1, '2027-02-28'],
    ['2028-02-29', 'PageDown', true, 1, '2029-02-28'],
    ['2027-06-15', 'PageUp', true, 1, '2026-06-15'],
  ];
  const farPast = { today: '2025-01-01' };
  for (const [from, key, shiftKey, firstDay, to] of cases) {
    it(`${shiftKey ? 'Shift+' : ''}${key} from ${from} (week starts ${firstDay}) → ${to}`, () => {
      expect(dateForKey({ key, shiftKey }, from, firstDay as 1 | 7, farPast)).to.equal(to);
    });
  }
  it('leaves other keys to the browser', () => {
    expect(dateForKey({ key: 'Tab', shiftKey: false }, '2026-12-01', 1, farPast)).to.equal(undefined);
    expect(dateForKey({ key: 'Enter', shiftKey: false }, '2026-12-01', 1, farPast)).to.equal(undefined);
  });

  // Today is 15 December 2026: nothing before it can be booked, nothing before December shown.
  const today = { today: '2026-12-15' };
  const bounded: Array<[string, string, boolean, string | undefined]> = [
    // A year back from less than a year ahead: today, the first bookable date (not nothing).
    ['2027-06-20', 'PageUp', true, '2026-12-15'],
    ['2027-12-14', 'PageUp', true, '2026-12-15'],
    // Exactly a year ahead, and beyond: a year back as usual.
    ['2027-12-15', 'PageUp', true, '2026-12-15'],
    ['2027-12-16', 'PageUp', true, '2026-12-16'],
    // A month back into the past, from next month or from the month after.
    ['2027-01-10', 'PageUp', false, '2026-12-15'],
    ['2027-01-20', 'PageUp', false, '2026-12-20'],
    // From today itself: stays (the grid has nowhere earlier to go).
    ['2026-12-15', 'PageUp', false, '2026-12-15'],
    ['2026-12-15', 'PageUp', true, '2026-12-15'],
    // Home in the first week, whose Monday is in November: the 1st, the first day shown.
    ['2026-12-02', 'Home', false, '2026-12-01'],
    ['2026-12-01', 'Home', false, '2026-12-01'],
    // End is never bounded, Home in a later week is not either.
    ['2026-12-02', 'End', false, '2026-12-06'],
    ['2026-12-09', 'Home', false, '2026-12-07'],
    // Arrows into November stay the caller's to refuse (the target is not moved).
    ['2026-12-01', 'ArrowLeft', false, '2026-11-30'],
  ];
  for (const [from, key, shiftKey, to] of bounded) {
    it(`with today 2026-12-15: ${shiftKey ? 'Shift+' : ''}${key} from ${from} → ${to}`, () => {
      expect(dateForKey({ key, shiftKey }, from, 1, today)).to.equal(to);
    });
  }
});

describe('<bt-slot-calendar> keyboard', () => {
  it('ArrowRight on 31 December 2026 goes to 1 January 2027 and shows January', async () => {
    const cal = await calendarOn('2026-12-31');
    await cal.press('ArrowRight');
    expect(cal.focusedDate).to.equal('2027-01-01');
    expect(cal.monthHeading).to.equal('januar 2027');
  });

  it('ArrowLeft, ArrowUp and ArrowDown move by a day and a week, across months', async () => {
    expect(await press('2027-02-01', 'ArrowLeft')).to.equal('2027-01-31');
    expect(await press('2027-01-04', 'ArrowUp')).to.equal('2026-12-28');
    expect(await press('2027-01-28', 'ArrowDown')).to.equal('2027-02-04');
  });

  it('Home and End go to the start and end of the week, Monday-first', async () => {
    expect(await press('2027-01-13', 'Home', { firstDayOfWeek: 1 })).to.equal('2027-01-11');
    expect(await press('2027-01-13', 'End', { firstDayOfWeek: 1 })).to.equal('2027-01-17');
  });

  it('Home and End follow first-day-of-week="7" (Sunday-first)', async () => {
    expect(await press('2027-01-13', 'Home', { firstDayOfWeek: 7 })).to.equal('2027-01-10');
    expect(await press('2027-01-13', 'End', { firstDayOfWeek: 7 })).to.equal('2027-01-16');
    // 1 January 2027 is a Friday: the Sunday-first week began in December.
    expect(await press('2027-01-01', 'Home', { firstDayOfWeek: 7 })).to.equal('2026-12-27');
  });

  it('PageUp from 31 March clamps to the end of February (28 and, in a leap year, 29)', async () => {
    expect(await press('2027-03-31', 'PageUp')).to.equal('2027-02-28');
    expect(await press('2028-03-31', 'PageUp')).to.equal('2028-02-29');
  });

  it('PageDown and Shift+PageDown/PageUp move by a month and a year', async () => {
    expect(await press('2027-01-15', 'PageDown')).to.equal('2027-02-15');
    expect(await press('2027-01-15', 'PageDown', { shiftKey: true })).to.equal('2028-01-15');
    expect(await press('2028-01-15', 'PageUp', { shiftKey: true })).to.equal('2027-01-15');
  });

  it('Shift+PageUp from less than a year ahead lands on today, the first bookable date, and shows its month', async () => {
    const cal = await calendarOn('2026-06-15', { today: '2026-01-20' });
    await cal.press('PageUp', { shiftKey: true });
    expect(cal.focusedDate).to.equal('2026-01-20');
    expect(cal.monthHeading).to.equal('januar 2026');
    expect(cal.tabStopDates).to.deep.equal(['2026-01-20']);
  });

  it('PageUp into the past lands on today; Home in the first week stops at the 1st', async () => {
    expect(await press('2026-02-10', 'PageUp', { today: '2026-01-20' })).to.equal('2026-01-20');
    expect(await press('2026-01-02', 'Home', { today: '2026-01-01' })).to.equal('2026-01-01');
  });

  it('does not move before the current month', async () => {
    const cal = await calendarOn('2026-01-01');
    await cal.press('ArrowLeft');
    expect(cal.focusedDate).to.equal('2026-01-01');
    await cal.press('PageUp');
    expect(cal.focusedDate).to.equal('2026-01-01');
    expect(cal.monthHeading).to.equal('januar 2026');
  });

  it('keeps the focused date across month buttons, clamped to the month end', async () => {
    const cal = await calendarOn('2027-01-31');
    cal.nextMonthButton.focus();
    await cal.nextMonth();
    expect(cal.tabStopDates).to.deep.equal(['2027-02-28']);
    // The month buttons keep focus: a citizen pressing them again stays where they are.
    // (Compared by identity: chai's failure message for an element can take minutes.)
    expect(cal.activeElement === cal.nextMonthButton, 'focus stays on the next-month button').to.equal(true);
  });

  it('Enter and Space on a day are the button click: the day is picked', async () => {
    const cal = await calendarOn('2027-01-05');
    await sendKeys({ press: 'Enter' });
    await cal.settled();
    expect(cal.element.selectedDate).to.equal('2027-01-05');
    await cal.chooseAnotherDay();
    expect(cal.focusedDate).to.equal('2027-01-05');
    await sendKeys({ press: 'ArrowRight' });
    await cal.settled();
    expect(cal.focusedDate).to.equal('2027-01-06');
    // ' ', not 'Space': Firefox's WebDriver BiDi knows the key by its value only.
    await sendKeys({ press: ' ' });
    await cal.settled();
    expect(cal.element.selectedDate).to.equal('2027-01-06');
  });

  it('real key presses (sendKeys) walk the grid and Tab leaves it', async () => {
    const cal = await calendarOn('2026-12-31');
    await sendKeys({ press: 'ArrowRight' });
    await cal.settled();
    await cal.settled();
    expect(cal.focusedDate).to.equal('2027-01-01');
    await sendKeys({ press: 'PageDown' });
    await cal.settled();
    expect(cal.focusedDate).to.equal('2027-02-01');
    await sendKeys({ press: 'End' });
    await cal.settled();
    expect(cal.focusedDate).to.equal('2027-02-07');
    await sendKeys({ press: 'Tab' });
    expect(cal.focusedDate).to.equal(undefined);
  });
});
