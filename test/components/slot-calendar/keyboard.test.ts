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
async function press(from: string, key: string, options: { shiftKey?: boolean; firstDayOfWeek?: number } = {}): Promise<string> {
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
  for (const [from, key, shiftKey, firstDay, to] of cases) {
    it(`${shiftKey ? 'Shift+' : ''}${key} from ${from} (week starts ${firstDay}) → ${to}`, () => {
      expect(dateForKey({ key, shiftKey }, from, firstDay as 1 | 7)).to.equal(to);
    });
  }
  it('leaves other keys to the browser', () => {
    expect(dateForKey({ key: 'Tab', shiftKey: false }, '2026-12-01', 1)).to.equal(undefined);
    expect(dateForKey({ key: 'Enter', shiftKey: false }, '2026-12-01', 1)).to.equal(undefined);
  });
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
