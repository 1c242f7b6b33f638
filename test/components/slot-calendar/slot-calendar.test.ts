import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/bt-slot-calendar.js';
import type { BtSlotCalendar } from '../../../src/components/slot-calendar/slot-calendar.js';
import { BookingError } from '../../../src/core/errors.js';
import { CalendarObject } from './calendar-object.js';
import { FakeAdapter, morningOf, office } from './fake-adapter.js';

async function calendar(
  adapter: FakeAdapter = new FakeAdapter(office()),
  { lang = 'da', today = '2026-12-01', month = '2026-12' }: { lang?: string; today?: string; month?: string } = {},
): Promise<CalendarObject> {
  const clock = morningOf(today);
  const el = await fixture<BtSlotCalendar>(
    html`<bt-slot-calendar
      lang=${lang}
      .clock=${clock}
      month=${month}
      service="pas"
      location="centrum"
      .adapter=${adapter}
    ></bt-slot-calendar>`,
  );
  return new CalendarObject(el, clock);
}

describe('<bt-slot-calendar> month grid', () => {
  it('is a table of day buttons with one tab stop, today marked and a linked month heading', async () => {
    const cal = await calendar();
    await cal.loaded();
    expect(cal.monthHeading).to.equal('december 2026');
    const heading = cal.root.querySelector('[part~="heading"]')!;
    expect(heading.tagName).to.equal('H2');
    expect(cal.grid.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(cal.grid.getAttribute('role')).to.equal(null);
    const headers = [...cal.grid.querySelectorAll('th')].map((th) => th.querySelector('.visually-hidden')!.textContent);
    expect(headers).to.deep.equal(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag']);
    expect(cal.dayButtons).to.have.length(31);
    expect(cal.tabStopDates).to.deep.equal(['2026-12-01']);
    expect(cal.dayButton('2026-12-01').getAttribute('aria-current')).to.equal('date');
    expect(cal.dayButton('2026-12-02').hasAttribute('aria-current')).to.equal(false);
    expect(cal.root.querySelector('[role="application"]')).to.equal(null);
    await expect(cal.element).to.be.accessible();
  });

  it('names every day in Danish: free times, closed with the reason, none, past', async () => {
    const cal = await calendar(new FakeAdapter(office({ lastOpen: '2026-12-29' })), { today: '2026-12-03' });
    await cal.loaded();
    expect(cal.dayName('2026-12-03')).to.equal('torsdag 3. december 2026, 4 ledige tider');
    expect(cal.dayName('2026-12-25')).to.equal('fredag 25. december 2026, lukket: Juledag');
    expect(cal.dayName('2026-12-05')).to.equal('lørdag 5. december 2026, lukket: Weekend');
    expect(cal.dayName('2026-12-30')).to.equal('onsdag 30. december 2026, ingen ledige tider');
    expect(cal.dayName('2026-12-01')).to.equal('tirsdag 1. december 2026, dato passeret');
    expect(cal.dayButton('2026-12-01').getAttribute('aria-disabled')).to.equal('true');
    expect(cal.dayButton('2026-12-25').getAttribute('aria-disabled')).to.equal('true');
    expect(cal.dayButton('2026-12-30').getAttribute('aria-disabled')).to.equal('true');
    expect(cal.dayButton('2026-12-03').getAttribute('aria-disabled')).to.equal('false');
    expect(cal.dayButton('2026-12-25').getAttribute('part')).to.include('day-closed');
    expect(cal.dayButton('2026-12-01').getAttribute('part')).to.include('day-past');
    expect(cal.dayButton('2026-12-03').getAttribute('part')).to.include('day-available');
    expect(cal.dayButton('2026-12-03').getAttribute('part')).to.include('today');
  });

  it('names every day in English, showing the backend reason as given', async () => {
    const cal = await calendar(new FakeAdapter(office({ lang: 'en', lastOpen: '2026-12-29' })), {
      lang: 'en',
      today: '2026-12-03',
    });
    await cal.loaded();
    expect(cal.monthHeading).to.equal('December 2026');
    expect(cal.dayName('2026-12-03')).to.equal('Thursday 3 December 2026, 4 available times');
    expect(cal.dayName('2026-12-25')).to.equal('Friday 25 December 2026, closed: Christmas Day');
    expect(cal.dayName('2026-12-30')).to.equal('Wednesday 30 December 2026, no available times');
    expect(cal.dayName('2026-12-01')).to.equal('Tuesday 1 December 2026, date has passed');
    expect(cal.previousMonthButton.getAttribute('aria-label')).to.equal('Previous month, November 2026');
    expect(cal.nextMonthButton.getAttribute('aria-label')).to.equal('Next month, January 2027');
    await expect(cal.element).to.be.accessible();
  });

  it('uses singular and plural counts', async () => {
    const cal = await calendar(new FakeAdapter(office({ times: ['10:00'] })));
    await cal.loaded();
    expect(cal.dayName('2026-12-01')).to.equal('tirsdag 1. december 2026, 1 ledig tid');
  });

  it('labels the month arrows and does not go before the current month', async () => {
    const cal = await calendar();
    await cal.loaded();
    expect(cal.previousMonthButton.getAttribute('aria-label')).to.equal('Forrige måned, november 2026');
    expect(cal.nextMonthButton.getAttribute('aria-label')).to.equal('Næste måned, januar 2027');
    expect(cal.previousMonthButton.getAttribute('aria-disabled')).to.equal('true');
    await cal.previousMonth();
    expect(cal.monthHeading).to.equal('december 2026');
    await cal.nextMonth();
    expect(cal.monthHeading).to.equal('januar 2027');
    expect(cal.previousMonthButton.getAttribute('aria-disabled')).to.equal('false');
  });

  it('never shows a month before the current one, even when asked to', async () => {
    const cal = await calendar(undefined, { month: '2026-10' });
    expect(cal.monthHeading).to.equal('december 2026');
  });

  it('announces the month and its free times once loaded, politely', async () => {
    const cal = await calendar();
    expect(cal.liveRegion.getAttribute('aria-live')).to.equal('polite');
    // 21 open weekdays (24 and 25 December are holidays) × 4 times.
    await cal.announced('december 2026: 84 ledige tider');
    await cal.nextMonth();
    await cal.loaded();
    await cal.announced('januar 2027: ');
  });

  it('a run of month changes ends in one announcement: the month the citizen stops on', async () => {
    let releaseFebruary = () => {};
    const february = new Promise<void>((resolve) => (releaseFebruary = resolve));
    const open = office();
    const adapter = new FakeAdapter((query) =>
      query.from.startsWith('2027-02') ? february.then(() => open(query)) : open(query),
    );
    const cal = await calendar(adapter);
    await cal.announced('december 2026: 84 ledige tider');
    await cal.idle();
    await waitUntil(() => adapter.months.includes('2027-01'), 'January was not prefetched');
    await aTimeout(0);
    // January is in, February is not: passing January says nothing of it.
    await cal.nextMonth();
    expect(cal.loading).to.equal(false);
    await cal.nextMonth();
    expect(cal.monthHeading).to.equal('februar 2027');
    await cal.later(1000);
    expect(cal.liveRegion.textContent!.trim()).to.equal('');
    releaseFebruary();
    await cal.announced('februar 2027: ');
    expect(cal.liveRegion.textContent).to.not.include('januar');
  });

  it('reads the first day of the week from the attribute', async () => {
    const el = await fixture<BtSlotCalendar>(
      html`<bt-slot-calendar
        .clock=${morningOf('2026-12-01')}
        first-day-of-week="7"
        service="pas"
        location="centrum"
        .adapter=${new FakeAdapter(office())}
      ></bt-slot-calendar>`,
    );
    const cal = new CalendarObject(el);
    const headers = [...cal.grid.querySelectorAll('th .visually-hidden')].map((th) => th.textContent);
    expect(headers[0]).to.equal('søndag');
    // 1 December 2026 is a Tuesday: Sunday-first puts it in the third column.
    const firstRow = cal.grid.querySelector('tbody tr')!;
    expect([...firstRow.children].findIndex((td) => td.querySelector('button'))).to.equal(2);
  });

  it('draws each month it steps to with its own empty cells and rows, forwards and back', async () => {
    // December 2026 to April 2027, Monday first: the 1st moves from Tuesday to Friday to Monday,
    // and the months span five, five, four and five weeks, so cells turn from empty to days,
    // back again, and rows come and go (the grid keeps its cells from month to month).
    const months = ['2026-12', '2027-01', '2027-02', '2027-03', '2027-04'];
    const cal = await calendar();
    await cal.loaded();
    const expectMonth = (month: string): void => {
      const [year, number] = month.split('-').map(Number) as [number, number];
      const days = new Date(Date.UTC(year, number, 0)).getUTCDate();
      const before = (new Date(Date.UTC(year, number - 1, 1)).getUTCDay() + 6) % 7;
      const rows = [...cal.grid.querySelectorAll('tbody tr')];
      expect(rows, month).to.have.length(Math.ceil((before + days) / 7));
      const cells = rows.flatMap((row) => [...row.children]);
      expect(cells.every((cell) => cell.tagName === 'TD') && cells.length === rows.length * 7, month).to.equal(true);
      cells.forEach((cell, index) => {
        const day = index - before + 1;
        if (day < 1 || day > days) expect(cell.children, `${month}, cell ${index}`).to.have.length(0);
        else {
          const button = cell.querySelector('button')!;
          expect(button.dataset.date, `${month}, cell ${index}`).to.equal(`${month}-${String(day).padStart(2, '0')}`);
          expect(button.textContent!.trim()).to.equal(String(day));
        }
      });
    };
    expectMonth(months[0]!);
    for (const month of months.slice(1)) {
      await cal.nextMonth();
      await cal.loaded();
      expectMonth(month);
    }
    for (const month of months.slice(0, -1).reverse()) {
      await cal.previousMonth();
      await cal.loaded();
      expectMonth(month);
    }
  });
});

describe('<bt-slot-calendar> times of a day', () => {
  it('lists the times grouped by part of day, each named with date and time, and moves focus to them', async () => {
    const cal = await calendar();
    await cal.loaded();
    const daySelect = oneEvent(cal.element, 'bt-day-select');
    await cal.pickDay('2026-12-01');
    expect((await daySelect).detail).to.deep.equal({ date: '2026-12-01' });
    expect(cal.timesHeading).to.equal('Ledige tider tirsdag 1. december 2026');
    expect(cal.timeGroups).to.deep.equal(['Formiddag', 'Eftermiddag', 'Aften']);
    expect(cal.times).to.deep.equal(['09.00', '10.15', '13.30', '17.00']);
    expect(cal.timeNames[1]).to.equal('tirsdag 1. december 2026 kl. 10.15');
    expect(cal.activeElement === cal.timesHeadingElement, 'focus on the times heading').to.equal(true);
    expect(cal.dayButton('2026-12-01').getAttribute('aria-pressed')).to.equal('true');
    expect(cal.dayButton('2026-12-01').getAttribute('part')).to.include('day-selected');
    await expect(cal.element).to.be.accessible();
  });

  it('names times in English', async () => {
    const cal = await calendar(undefined, { lang: 'en' });
    await cal.loaded();
    await cal.pickDay('2026-12-01');
    expect(cal.timeGroups).to.deep.equal(['Morning', 'Afternoon', 'Evening']);
    expect(cal.times).to.deep.equal(['09:00', '10:15', '13:30', '17:00']);
    expect(cal.timeNames[1]).to.equal('Tuesday 1 December 2026 at 10:15');
    expect(cal.backButton!.textContent!.trim()).to.equal('Choose another day');
    await expect(cal.element).to.be.accessible();
  });

  it('does not pick a closed, past or empty day', async () => {
    const cal = await calendar(undefined, { today: '2026-12-02' });
    await cal.loaded();
    let picked = false;
    cal.element.addEventListener('bt-day-select', () => (picked = true));
    await cal.pickDay('2026-12-25');
    await cal.pickDay('2026-12-01');
    expect(picked).to.equal(false);
    expect(cal.timesPanel).to.equal(null);
  });

  it('"Vælg en anden dag" returns focus to the chosen day', async () => {
    const cal = await calendar();
    await cal.loaded();
    await cal.pickDay('2026-12-08');
    await cal.chooseAnotherDay();
    expect(cal.focusedDate).to.equal('2026-12-08');
    expect(cal.tabStopDates).to.deep.equal(['2026-12-08']);
  });

  it('fires a cancelable bt-slot-select; preventDefault keeps the old choice', async () => {
    const cal = await calendar();
    await cal.loaded();
    await cal.pickDay('2026-12-01');
    const selected = oneEvent(cal.element, 'bt-slot-select');
    await cal.pickTime('10.15');
    const event = await selected;
    expect(event.detail.start).to.equal('2026-12-01T10:15:00+01:00');
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(cal.element.selectedSlotId).to.equal(event.detail.slotId);
    expect(cal.timeButtons[1]!.getAttribute('aria-pressed')).to.equal('true');
    expect(cal.timeButtons[1]!.getAttribute('part')).to.equal('time time-selected');

    cal.element.addEventListener('bt-slot-select', (e) => e.preventDefault(), { once: true });
    await cal.pickTime('13.30');
    expect(cal.element.selectedSlotId).to.equal(event.detail.slotId);
    expect(cal.timeButtons[2]!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('fires bt-month-change when another month is shown', async () => {
    const cal = await calendar();
    const change = oneEvent(cal.element, 'bt-month-change');
    cal.nextMonthButton.click();
    expect((await change).detail).to.deep.equal({ month: '2027-01' });
  });

  it('restores a selection and shows a notice above the times', async () => {
    const adapter = new FakeAdapter(office());
    const clock = morningOf('2026-12-01');
    const el = await fixture<BtSlotCalendar>(
      html`<bt-slot-calendar
        .clock=${clock}
        service="pas"
        location="centrum"
        selected-date="2027-01-05"
        notice="Tiden blev optaget. Vælg en anden."
        .adapter=${adapter}
      ></bt-slot-calendar>`,
    );
    const cal = new CalendarObject(el, clock);
    await cal.loaded();
    expect(cal.monthHeading).to.equal('januar 2027');
    expect(cal.dayButton('2027-01-05').getAttribute('aria-pressed')).to.equal('true');
    expect(cal.times).to.deep.equal(['09.00', '10.15', '13.30', '17.00']);
    expect(cal.notice).to.equal('Tiden blev optaget. Vælg en anden.');
    await cal.announced('Tiden blev optaget');
    await expect(el).to.be.accessible();
  });

  it('renders backend text as text, never as HTML', async () => {
    const adapter = new FakeAdapter(() => ({
      slots: [],
      closedDays: [{ date: '2026-12-02', reason: '<img src=x onerror="window.__pwned=1">Lukket' }],
    }));
    const cal = await calendar(adapter);
    await cal.loaded();
    expect(cal.dayName('2026-12-02')).to.equal('onsdag 2. december 2026, lukket: <img src=x onerror="window.__pwned=1">Lukket');
    expect(cal.root.querySelector('img')).to.equal(null);
  });
});

describe('<bt-slot-calendar> states', () => {
  it('loading: a same-size grid of days, busy, accessible', async () => {
    const adapter = new FakeAdapter();
    const cal = await calendar(adapter);
    expect(cal.loading).to.equal(true);
    expect(cal.dayButtons).to.have.length(31);
    expect(cal.dayName('2026-12-02')).to.equal('onsdag 2. december 2026, henter ledige tider');
    const loadingHeight = cal.grid.getBoundingClientRect().height;
    await expect(cal.element).to.be.accessible();
    adapter.call('2026-12').resolve(office()(adapter.calls[0]!.query) as never);
    await cal.loaded();
    expect(cal.grid.getBoundingClientRect().height).to.equal(loadingHeight);
  });

  it('empty month: says so and offers the next month', async () => {
    const cal = await calendar(new FakeAdapter(office({ firstOpen: '2027-01-01' })));
    await cal.loaded();
    expect(cal.messages.join(' ')).to.include('Der er ingen ledige tider i december 2026.');
    await cal.announced('december 2026: ingen ledige tider');
    await expect(cal.element).to.be.accessible();
    cal.showNextMonthButton!.click();
    await cal.loaded();
    expect(cal.monthHeading).to.equal('januar 2027');
    expect(cal.messages).to.deep.equal([]);
  });

  it('error: a translated message, announced, and a retry that works', async () => {
    const adapter = new FakeAdapter();
    const cal = await calendar(adapter, { lang: 'en' });
    adapter.call('2026-12').reject(new BookingError('unavailable', 'down'));
    await cal.settled();
    await aTimeout(0);
    expect(cal.messages.join(' ')).to.include('The booking system cannot be reached right now.');
    await cal.announced('cannot be reached right now');
    await expect(cal.element).to.be.accessible();
    cal.retryButton!.click();
    await cal.settled();
    expect(adapter.calls).to.have.length(2);
    adapter.call('2026-12').resolve(office()(adapter.calls[1]!.query) as never);
    await cal.loaded();
    expect(cal.messages).to.deep.equal([]);
    expect(cal.dayName('2026-12-01')).to.equal('Tuesday 1 December 2026, 4 available times');
  });

  it('not configured: a clear message instead of a grid', async () => {
    const el = await fixture<BtSlotCalendar>(html`<bt-slot-calendar service="pas"></bt-slot-calendar>`);
    const cal = new CalendarObject(el);
    expect(cal.root.querySelector('table')).to.equal(null);
    expect(cal.messages[0]).to.include('ikke er sat op');
    await expect(el).to.be.accessible();
  });

  for (const lang of ['da', 'en']) {
    it(`is accessible loaded and with a day picked (${lang})`, async () => {
      const cal = await calendar(undefined, { lang });
      await cal.loaded();
      await expect(cal.element).to.be.accessible();
      await cal.pickDay('2026-12-10');
      await expect(cal.element).to.be.accessible();
    });
  }
});
